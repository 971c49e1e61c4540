import { edate } from "../cells/calendar";
import type { Params } from "../agreement/params";
import { tierFromCounts, type Tier } from "./tier";
import type { Family } from "../types";

export interface CohortOutcome {
  cohort: number;
  /** Every family of the cohort, leavers included. */
  families: number;
  /** Families with an exit date. */
  leavers: number;
  /** Families with lease signed and support started. */
  year1Base: number;
  /** Families with housing kept and support continued (year 1 not re-checked). */
  year2Base: number;
  /** The denominator of the three rates: every family, or without leavers when they are left out. */
  year3Base: number;
  /** Families achieving each year-3 outcome (a leaver never achieves). */
  stability: number;
  wellbeing: number;
  waiting: number;
  /** Each count over year3Base; null when year3Base is 0. */
  rates: { stability: number | null; wellbeing: number | null; waiting: number | null };
  tier: Tier;
}

/** A cohort is a whole programme year ≥ 1. */
export const isValidCohort = (cohort: number | null): cohort is number => cohort !== null && Number.isInteger(cohort) && cohort >= 1;

/**
 * Waited less than the limit (§4): with both dates, contract date < EDATE(request date, limit);
 * otherwise waiting months < limit; with neither, false. The limit is a whole number of months:
 * the agreement's schema (params.ts) and the simulation's checkScenario refuse any other, since
 * EDATE would truncate a fraction that the waiting months compare in full.
 */
export function waitedLessThanLimit(f: Pick<Family, "requestDate" | "contractDate" | "waitMonths">, limitMonths: number): boolean {
  if (f.requestDate !== null && f.contractDate !== null) return f.contractDate < edate(f.requestDate, limitMonths);
  return f.waitMonths !== null && f.waitMonths < limitMonths;
}

/** The outcome counts of every valid cohort, sorted by cohort; families with an invalid cohort are ignored. */
export function cohortOutcomes(families: Family[], p: Params): CohortOutcome[] {
  const byCohort = new Map<number, Family[]>();
  for (const family of families) {
    if (!isValidCohort(family.cohort)) continue;
    const group = byCohort.get(family.cohort);
    if (group === undefined) byCohort.set(family.cohort, [family]);
    else group.push(family);
  }
  return [...byCohort.entries()].sort(([a], [b]) => a - b).map(([cohort, group]) => outcomeOf(cohort, group, p));
}

const hasLeft = (f: Family): boolean => f.exitDate !== null;

function outcomeOf(cohort: number, group: Family[], p: Params): CohortOutcome {
  const count = (test: (f: Family) => boolean): number => group.filter(test).length;
  const rated = p.leaversInDenominator ? group : group.filter((f) => !hasLeft(f));
  const achieving = (test: (f: Family) => boolean): number => rated.filter((f) => !hasLeft(f) && test(f)).length;
  const year3Base = rated.length;
  const stability = achieving((f) => f.stability === true);
  const wellbeing = achieving((f) => f.wellbeing === true);
  const waiting = achieving((f) => waitedLessThanLimit(f, p.waitLimitMonths));
  const rate = (n: number): number | null => (year3Base === 0 ? null : n / year3Base);
  return {
    cohort,
    families: group.length,
    leavers: count(hasLeft),
    year1Base: count((f) => f.leaseSigned === true && f.supportStarted === true),
    year2Base: count((f) => f.housingKept === true && f.supportContinued === true),
    year3Base,
    stability,
    wellbeing,
    waiting,
    rates: { stability: rate(stability), wellbeing: rate(wellbeing), waiting: rate(waiting) },
    tier: tierFromCounts({ stability, wellbeing, waiting, families: year3Base }, p),
  };
}
