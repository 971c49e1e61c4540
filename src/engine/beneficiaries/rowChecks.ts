import { monthsBetween } from "../cells/calendar";
import { OUTCOME_DUE_YEAR, OUTCOME_KEYS } from "./fields";
import type { RowReading } from "./parseRow";
import { a1, type Reporter, type Site } from "./report";
import type { FieldKey } from "../types";

/** The parameters the checks use; null when the agreement gives no usable value. */
export interface CheckSettings {
  currentYear: number | null;
  iseeCeiling: number | null;
}

export interface RowCheckContext extends CheckSettings {
  columns: Partial<Record<FieldKey, number>>;
  reporter: Reporter;
}

/** The checks of MECHANISM.md §3 within one row; each is reported on the dependent cell. */
export function checkRow(reading: RowReading, ctx: RowCheckContext): void {
  const { family: f } = reading;
  const { reporter } = ctx;
  // Every check below cites only fields that hold a value, so their columns exist.
  const at = (field: FieldKey): Site => ({ row: f.row, column: ctx.columns[field] ?? 0, field, value: reading.raw[field] ?? null });
  const ref = (field: FieldKey): string => a1(f.row, ctx.columns[field] ?? 0);

  if (f.minors !== null && f.members !== null && f.minors >= f.members) {
    reporter.add("minors-not-less-than-members", at("minors"), { minors: f.minors, members: f.members, membersCell: ref("members") });
  }
  if (f.isee !== null && ctx.iseeCeiling !== null && f.isee > ctx.iseeCeiling) {
    reporter.add("isee-above-ceiling", at("isee"), { isee: f.isee, ceiling: ctx.iseeCeiling });
  }
  const datesInOrder = f.requestDate !== null && f.contractDate !== null && f.contractDate >= f.requestDate;
  if (f.requestDate !== null && f.contractDate !== null && !datesInOrder) {
    reporter.add("contract-before-request", at("contractDate"), {
      contract: f.contractDate,
      request: f.requestDate,
      requestCell: ref("requestDate"),
    });
  }
  if (f.exitDate !== null && f.contractDate !== null && f.exitDate < f.contractDate) {
    reporter.add("exit-before-contract", at("exitDate"), { exit: f.exitDate, contract: f.contractDate, contractCell: ref("contractDate") });
  }
  if (ctx.columns.waitMonths !== undefined) {
    if (reading.states.waitMonths === "blank") {
      const lacking = (["requestDate", "contractDate"] as const).filter((field) => f[field] === null);
      if (lacking.length > 0) reporter.add("missing-wait", at("waitMonths"), { lacking });
    }
    if (f.waitMonths !== null && f.requestDate !== null && f.contractDate !== null && datesInOrder) {
      const fromDates = monthsBetween(f.requestDate, f.contractDate);
      if (Math.abs(f.waitMonths - fromDates) > 1)
        reporter.add("wait-months-disagree", at("waitMonths"), { waitMonths: f.waitMonths, fromDates });
    }
  }
  if (f.housingKept === true && f.leaseSigned === false) {
    reporter.add("housing-kept-without-lease", at("housingKept"), { leaseCell: ref("leaseSigned") });
  }
  if (f.stability === true && f.housingKept === false) {
    reporter.add("stability-without-housing", at("stability"), { housingCell: ref("housingKept") });
  }
  checkDue(reading, ctx, at);
}

/** The cohort of a row when its outcomes can be due: valid and not after the current year. */
export function dueCohort(reading: RowReading, currentYear: number | null): number | null {
  const { cohort } = reading.family;
  if (currentYear === null || reading.states.cohort !== "valid" || cohort === null || cohort > currentYear) return null;
  return cohort;
}

function checkDue(reading: RowReading, ctx: RowCheckContext, at: (field: FieldKey) => Site): void {
  const { family: f, states } = reading;
  const { currentYear, reporter } = ctx;
  if (currentYear === null) return;
  if (states.cohort === "valid" && f.cohort !== null && f.cohort > currentYear) {
    reporter.add("cohort-after-current-year", at("cohort"), { cohort: f.cohort, currentYear });
  }
  const cohort = dueCohort(reading, currentYear);
  if (cohort === null) return;
  const hasLeft = f.exitDate !== null;
  for (const field of OUTCOME_KEYS) {
    if (ctx.columns[field] === undefined) continue;
    const cohortYear = OUTCOME_DUE_YEAR[field];
    const programmeYear = cohort + cohortYear - 1;
    const args = () => ({ field, cohort, cohortYear, programmeYear, currentYear });
    if (programmeYear > currentYear) {
      if (states[field] === "valid") reporter.add("outcome-not-due", at(field), args());
    } else if (states[field] === "blank" && !hasLeft) {
      reporter.add(field === "wellbeing" ? "missing-wellbeing" : "missing-due-outcome", at(field), args());
    }
  }
}
