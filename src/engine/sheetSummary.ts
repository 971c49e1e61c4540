import { isValidCohort } from "./cohorts";
import { OUTCOME_DUE_YEAR, OUTCOME_KEYS } from "./fields";
import type { Family, OutcomeKey } from "./types";

/**
 * What the beneficiary sheet holds, at a glance: families per cohort, each outcome's due and
 * reported counts (MECHANISM.md §3, "Due outcomes"), and the flow of §3b by referring service.
 */

export interface OutcomeCount {
  /** Families for which the outcome is due by the current year (a leaver's unreported outcome is no longer due). */
  due: number;
  /** Of those, families whose cell holds a valid yes or no. */
  reported: number;
  /** Of those reported, families with yes. */
  yes: number;
}

export interface CohortSummary {
  cohort: number;
  families: number;
  /** Families with an exit date. */
  leavers: number;
  /** The programme year the cohort has reached: min(current year, cohort + 2) − cohort + 1, 0 when not entered yet. */
  cohortYearReached: number;
  outcomes: Record<OutcomeKey, OutcomeCount>;
}

/** One referring service's families at each stage of §3b: referred → lease signed → housing kept → stability. */
export interface FlowRow {
  /** The service as written in the sheet (trimmed); null for families with none. */
  referral: string | null;
  referred: number;
  leaseSigned: number;
  housingKept: number;
  stability: number;
}

export interface SheetSummary {
  families: number;
  /** Families whose cohort is not a whole number ≥ 1 (left out of the cohorts). */
  withoutCohort: number;
  cohorts: CohortSummary[];
  /** Services by number of families referred, then by name; "none" last. */
  flow: FlowRow[];
  /** Every service together. */
  flowTotal: FlowRow;
}

const emptyOutcomes = (): Record<OutcomeKey, OutcomeCount> =>
  Object.fromEntries(OUTCOME_KEYS.map((key) => [key, { due: 0, reported: 0, yes: 0 }])) as Record<OutcomeKey, OutcomeCount>;

/** The summary of the parsed families, with the agreement's current year. */
export function summarizeSheet(families: readonly Family[], currentYear: number): SheetSummary {
  const byCohort = new Map<number, CohortSummary>();
  let withoutCohort = 0;
  for (const family of families) {
    if (!isValidCohort(family.cohort)) {
      withoutCohort++;
      continue;
    }
    const cohort = family.cohort;
    let summary = byCohort.get(cohort);
    if (summary === undefined) {
      const reached = cohort > currentYear ? 0 : Math.min(currentYear, cohort + 2) - cohort + 1;
      summary = { cohort, families: 0, leavers: 0, cohortYearReached: reached, outcomes: emptyOutcomes() };
      byCohort.set(cohort, summary);
    }
    summary.families++;
    const left = family.exitDate !== null;
    if (left) summary.leavers++;
    for (const key of OUTCOME_KEYS) {
      const value = family[key];
      const reported = value !== null;
      if (cohort + OUTCOME_DUE_YEAR[key] - 1 > currentYear || (left && !reported)) continue;
      const count = summary.outcomes[key];
      count.due++;
      if (reported) count.reported++;
      if (value === true) count.yes++;
    }
  }
  const flow = flowByReferral(families);
  const flowTotal = flow.reduce(
    (total, row) => ({
      referral: null,
      referred: total.referred + row.referred,
      leaseSigned: total.leaseSigned + row.leaseSigned,
      housingKept: total.housingKept + row.housingKept,
      stability: total.stability + row.stability,
    }),
    { referral: null, referred: 0, leaseSigned: 0, housingKept: 0, stability: 0 } as FlowRow,
  );
  return {
    families: families.length,
    withoutCohort,
    cohorts: [...byCohort.values()].sort((a, b) => a.cohort - b.cohort),
    flow,
    flowTotal,
  };
}

function flowByReferral(families: readonly Family[]): FlowRow[] {
  const rows = new Map<string, FlowRow>();
  for (const family of families) {
    const referral = family.referral === null || family.referral.trim() === "" ? null : family.referral.trim();
    // Services are grouped ignoring case; the first spelling met is shown.
    const key = referral === null ? "" : referral.toLowerCase();
    let row = rows.get(key);
    if (row === undefined) {
      row = { referral, referred: 0, leaseSigned: 0, housingKept: 0, stability: 0 };
      rows.set(key, row);
    }
    row.referred++;
    if (family.leaseSigned === true) row.leaseSigned++;
    if (family.housingKept === true) row.housingKept++;
    if (family.stability === true) row.stability++;
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.referral === null) - Number(b.referral === null) ||
      b.referred - a.referred ||
      (a.referral ?? "").localeCompare(b.referral ?? "", "it"),
  );
}
