import { cohortOutcomes, isValidCohort, type CohortOutcome } from "./cohorts";
import { resolvePremiumPerFamily, type Params } from "../agreement/params";
import { costSaving, netSaving, type CostSaving, type NetSaving } from "./saving";
import { paymentSchedule, ScheduleRangeError, type Schedule } from "./schedule";
import type { Family, Issue } from "../types";

export interface ProgrammeResult {
  /** null when the agreement gives no premium (an issue says so). */
  premiumPerFamily: number | null;
  outcomes: CohortOutcome[];
  /** null without a premium per family, or when the amounts are out of range (an issue says so). */
  schedule: Schedule | null;
  saving: CostSaving;
  /** Against the due payments; null without a schedule. */
  net: NetSaving | null;
  /** The premium's issues, then the schedule's. */
  issues: Issue[];
}

/**
 * The whole money side for the task pane and the command line. Families whose cohort is not a
 * whole number ≥ 1 are left out (the validator reports them). Never throws on valid Params.
 */
export function evaluateProgramme(families: Family[], p: Params): ProgrammeResult {
  const valid = families.every((f) => isValidCohort(f.cohort)) ? families : families.filter((f) => isValidCohort(f.cohort));
  const premium = resolvePremiumPerFamily(p);
  const outcomes = cohortOutcomes(valid, p);
  const issues = [...premium.issues];
  let schedule: Schedule | null = null;
  if (premium.premiumPerFamily !== null) {
    try {
      schedule = paymentSchedule(outcomes, p, premium.premiumPerFamily);
      issues.push(...schedule.issues);
    } catch (error) {
      if (!(error instanceof ScheduleRangeError)) throw error;
      issues.push(error.issue);
    }
  }
  const saving = costSaving(valid, p);
  return {
    premiumPerFamily: premium.premiumPerFamily,
    outcomes,
    schedule,
    saving,
    net: schedule === null ? null : netSaving(saving.total, schedule.total),
    issues,
  };
}
