import { isValidCohort, type CohortOutcome } from "../payments/cohorts";
import { plannedEnrolmentOf, type Params } from "../agreement/params";
import { MAX_PROGRAMME_YEARS, ScheduleRangeError, trancheAmount, type CohortYear } from "../payments/schedule";
import { yearRangeIssue } from "./issues";

/** One entry programme year of the commitments: the cohort that entered, the plan, or both. */
export interface EntryYear {
  /** The entry programme year (the cohort). */
  entry: number;
  /** Families that entered this year, leavers included (0 when none has). */
  families: number;
  /** The cohort's year-3 base (every family, or without leavers when leaversInDenominator is false). */
  year3Base: number;
  /** Families the plan expects to enter this year: plannedEnrolmentOf(p)[entry − 1], 0 beyond the plan. */
  planned: number;
  /** Whether families have entered this year (an outcome exists). */
  entered: boolean;
}

/** A tranche still to come, in euros rounded to the cent, at the plan and at the worst case. */
export interface LaterTranche {
  entry: number;
  cohortYear: CohortYear;
  programmeYear: number;
  plannedAmount: number;
  maximumAmount: number;
}

const COHORT_YEARS: readonly CohortYear[] = [1, 2, 3];

/**
 * Every entry year from 1 to the last one that has entered (cohort ≤ currentYear) or is in the
 * plan, without gaps. Outcomes with an invalid cohort or one after the current year are left out.
 * Throws a RangeError when a cohort is listed twice, a ScheduleRangeError when the last tranche
 * would fall after MAX_PROGRAMME_YEARS.
 */
export function entryYears(outcomes: readonly CohortOutcome[], p: Params): EntryYear[] {
  const byCohort = new Map<number, CohortOutcome>();
  for (const o of outcomes) {
    if (!isValidCohort(o.cohort) || o.cohort > p.currentYear) continue;
    if (byCohort.has(o.cohort)) throw new RangeError(`Cohort ${o.cohort} is listed twice.`);
    byCohort.set(o.cohort, o);
  }
  const plan = plannedEnrolmentOf(p);
  const last = Math.max(plan.length, ...byCohort.keys());
  if (last + 2 > MAX_PROGRAMME_YEARS) throw new ScheduleRangeError(yearRangeIssue(p.currentYear));
  return Array.from({ length: last }, (_, i) => {
    const entry = i + 1;
    const o = byCohort.get(entry);
    return {
      entry,
      families: o?.families ?? 0,
      year3Base: o?.year3Base ?? 0,
      planned: plan[i] ?? 0,
      entered: o !== undefined,
    };
  });
}

/**
 * The tranches of an entry year whose programme year is after the current year, at the full tier:
 * planned on the planned families; maximum on max(actual base, planned families), where the
 * actual base is every family of the cohort in cohort years 1 and 2 and its year-3 base in year 3
 * (the bases of the schedule's planned tranches). Each amount is rounded as trancheAmount does.
 */
export function laterTranches(year: EntryYear, p: Params, premiumPerFamily: number): LaterTranche[] {
  return COHORT_YEARS.filter((k) => year.entry + k - 1 > p.currentYear).map((cohortYear) => {
    const share = p.shares[cohortYear - 1];
    const actual = cohortYear === 3 ? year.year3Base : year.families;
    return {
      entry: year.entry,
      cohortYear,
      programmeYear: year.entry + cohortYear - 1,
      plannedAmount: trancheAmount(share, premiumPerFamily, year.planned, 1),
      maximumAmount: trancheAmount(share, premiumPerFamily, Math.max(actual, year.planned), 1),
    };
  });
}
