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

/** waitedLessThanLimit for one limit, with EDATE worked out once per request date (families share them). */
function waitedLessThanLimitOf(limitMonths: number): (f: Family) => boolean {
  const limitDates = new Map<number, number>();
  return (f) => {
    if (f.requestDate === null || f.contractDate === null) return waitedLessThanLimit(f, limitMonths);
    let limit = limitDates.get(f.requestDate);
    if (limit === undefined) {
      limit = edate(f.requestDate, limitMonths);
      limitDates.set(f.requestDate, limit);
    }
    return f.contractDate < limit;
  };
}

/** The counts of one cohort, gathered family by family. */
type CohortCounts = Omit<CohortOutcome, "cohort" | "rates" | "tier">;

const noCounts = (): CohortCounts => ({
  families: 0,
  leavers: 0,
  year1Base: 0,
  year2Base: 0,
  year3Base: 0,
  stability: 0,
  wellbeing: 0,
  waiting: 0,
});

/**
 * The outcome counts of every valid cohort, sorted by cohort; families with an invalid cohort are
 * ignored. One pass over the families, adding each to its cohort's counts.
 */
export function cohortOutcomes(families: Family[], p: Params): CohortOutcome[] {
  const waited = waitedLessThanLimitOf(p.waitLimitMonths);
  const byCohort = new Map<number, CohortCounts>();
  for (const family of families) {
    if (!isValidCohort(family.cohort)) continue;
    let counts = byCohort.get(family.cohort);
    if (counts === undefined) {
      counts = noCounts();
      byCohort.set(family.cohort, counts);
    }
    count(counts, family, p.leaversInDenominator, waited);
  }
  return [...byCohort.entries()].sort(([a], [b]) => a - b).map(([cohort, counts]) => outcomeOf(cohort, counts, p));
}

/** Adds one family to its cohort's counts. */
function count(c: CohortCounts, f: Family, leaversInDenominator: boolean, waited: (f: Family) => boolean): void {
  c.families++;
  const left = f.exitDate !== null;
  if (left) c.leavers++;
  if (f.leaseSigned === true && f.supportStarted === true) c.year1Base++;
  if (f.housingKept === true && f.supportContinued === true) c.year2Base++;
  if (left && !leaversInDenominator) return;
  c.year3Base++;
  // A leaver counted in the denominator never achieves.
  if (left) return;
  if (f.stability === true) c.stability++;
  if (f.wellbeing === true) c.wellbeing++;
  if (waited(f)) c.waiting++;
}

function outcomeOf(cohort: number, c: CohortCounts, p: Params): CohortOutcome {
  const { year3Base, stability, wellbeing, waiting } = c;
  const rate = (n: number): number | null => (year3Base === 0 ? null : n / year3Base);
  return {
    cohort,
    ...c,
    rates: { stability: rate(stability), wellbeing: rate(wellbeing), waiting: rate(waiting) },
    tier: tierFromCounts({ stability, wellbeing, waiting, families: year3Base }, p),
  };
}
