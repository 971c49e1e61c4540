import { isValidCohort } from "../payments/cohorts";
import { OUTCOME_DUE_YEAR, OUTCOME_KEYS } from "./fields";
import type { Family, OutcomeKey } from "../types";

/**
 * What the beneficiary sheet holds, at a glance: families per cohort, each outcome's due and
 * reported counts (MECHANISM.md §3, "Due outcomes"), and the flow of §3b by referring service —
 * from the candidates sheet's applications when there is one.
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

/**
 * One referring service's families at each stage of §3b: applied → eligible (the candidates
 * sheet, when there is one) → referred → lease signed → housing kept → stability.
 */
export interface FlowRow {
  /** The service as written in the sheet (trimmed); null for families with none. */
  referral: string | null;
  /** Families that applied (rows of the candidates sheet); null without a candidates sheet. */
  applied: number | null;
  /** Of those, families eligible (§3b); null without a candidates sheet. */
  eligible: number | null;
  referred: number;
  leaseSigned: number;
  housingKept: number;
  stability: number;
}

/** A row of the candidates sheet, as the flow needs it (see candidates/flow.ts). */
export interface Applicant {
  id: string | null;
  referral: string | null;
  eligible: boolean;
}

/** How the two sheets meet, joined by id (trimmed, ignoring case). */
export interface FlowJoin {
  /** Rows of the candidates sheet. */
  applicants: number;
  /** Beneficiary rows whose id is in the candidates sheet. */
  referredFromCandidates: number;
  /** Beneficiary rows whose id is not (families that entered before the list, or by another way). */
  referredOutsideCandidates: number;
  /** Eligible candidates not among the beneficiaries (yet). */
  eligibleNotReferred: number;
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
  /** The join with the candidates sheet; null without one. */
  flowJoin: FlowJoin | null;
}

const emptyOutcomes = (): Record<OutcomeKey, OutcomeCount> =>
  Object.fromEntries(OUTCOME_KEYS.map((key) => [key, { due: 0, reported: 0, yes: 0 }])) as Record<OutcomeKey, OutcomeCount>;

/**
 * The summary of the parsed families, with the agreement's current year; with the candidates
 * sheet's applicants, the flow starts with the stages applied → eligible.
 */
export function summarizeSheet(
  families: readonly Family[],
  currentYear: number,
  applicants: readonly Applicant[] | null = null,
): SheetSummary {
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
  const flow = flowByReferral(families, applicants);
  const plus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
  const flowTotal = flow.reduce(
    (total, row) => ({
      referral: null,
      applied: plus(total.applied, row.applied),
      eligible: plus(total.eligible, row.eligible),
      referred: total.referred + row.referred,
      leaseSigned: total.leaseSigned + row.leaseSigned,
      housingKept: total.housingKept + row.housingKept,
      stability: total.stability + row.stability,
    }),
    emptyFlowRow(null, applicants !== null),
  );
  return {
    families: families.length,
    withoutCohort,
    cohorts: [...byCohort.values()].sort((a, b) => a.cohort - b.cohort),
    flow,
    flowTotal,
    flowJoin: applicants === null ? null : joinOf(families, applicants),
  };
}

const emptyFlowRow = (referral: string | null, withCandidates: boolean): FlowRow => ({
  referral,
  applied: withCandidates ? 0 : null,
  eligible: withCandidates ? 0 : null,
  referred: 0,
  leaseSigned: 0,
  housingKept: 0,
  stability: 0,
});

/** Ids are joined trimmed and ignoring case, as the sheets compare them. */
const idKey = (id: string | null): string | null => (id === null || id.trim() === "" ? null : id.trim().toLowerCase());

const serviceOf = (referral: string | null): string | null => (referral === null || referral.trim() === "" ? null : referral.trim());

function joinOf(families: readonly Family[], applicants: readonly Applicant[]): FlowJoin {
  const applied = new Set(applicants.map((a) => idKey(a.id)).filter((id): id is string => id !== null));
  const referred = new Set(families.map((f) => idKey(f.id)).filter((id): id is string => id !== null));
  const fromCandidates = families.filter((f) => {
    const id = idKey(f.id);
    return id !== null && applied.has(id);
  }).length;
  const eligibleNotReferred = applicants.filter((a) => {
    const id = idKey(a.id);
    return a.eligible && (id === null || !referred.has(id));
  }).length;
  return {
    applicants: applicants.length,
    referredFromCandidates: fromCandidates,
    referredOutsideCandidates: families.length - fromCandidates,
    eligibleNotReferred,
  };
}

/**
 * The flow by referring service. A family's service is the one the beneficiary sheet gives, else
 * the one of its application (joined by id): so a family is counted under one service at every stage.
 */
function flowByReferral(families: readonly Family[], applicants: readonly Applicant[] | null): FlowRow[] {
  const rows = new Map<string, FlowRow>();
  const rowOf = (referral: string | null): FlowRow => {
    // Services are grouped ignoring case; the first spelling met is shown.
    const key = referral === null ? "" : referral.toLowerCase();
    let row = rows.get(key);
    if (row === undefined) {
      row = emptyFlowRow(referral, applicants !== null);
      rows.set(key, row);
    }
    return row;
  };
  const serviceById = (list: readonly { id: string | null; referral: string | null }[]): Map<string, string> => {
    const services = new Map<string, string>();
    for (const entry of list) {
      const id = idKey(entry.id);
      const service = serviceOf(entry.referral);
      if (id !== null && service !== null && !services.has(id)) services.set(id, service);
    }
    return services;
  };
  const beneficiaryServices = serviceById(families);
  const applicantServices = serviceById(applicants ?? []);
  for (const family of families) {
    const id = idKey(family.id);
    const row = rowOf(serviceOf(family.referral) ?? (id === null ? null : (applicantServices.get(id) ?? null)));
    row.referred++;
    if (family.leaseSigned === true) row.leaseSigned++;
    if (family.housingKept === true) row.housingKept++;
    if (family.stability === true) row.stability++;
  }
  for (const applicant of applicants ?? []) {
    const id = idKey(applicant.id);
    const row = rowOf((id === null ? undefined : beneficiaryServices.get(id)) ?? serviceOf(applicant.referral));
    row.applied = (row.applied ?? 0) + 1;
    if (applicant.eligible) row.eligible = (row.eligible ?? 0) + 1;
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.referral === null) - Number(b.referral === null) ||
      b.referred - a.referred ||
      (b.applied ?? 0) - (a.applied ?? 0) ||
      (a.referral ?? "").localeCompare(b.referral ?? "", "it"),
  );
}
