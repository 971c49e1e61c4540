import { monthsBetween } from "../cells/calendar";
import { OUTCOME_DUE_YEAR, OUTCOME_KEYS } from "./fields";
import { FIELD_INDEX, rawOf, stateOf, type SheetReading } from "./parseRow";
import { a1, type Reporter, type Site } from "./report";
import type { FieldKey, OutcomeKey } from "../types";

/** The parameters the checks use; null when the agreement gives no usable value. */
export interface CheckSettings {
  currentYear: number | null;
  iseeCeiling: number | null;
}

/** An outcome whose column the header gave: the cohort year it is due in and its position among the fields. */
interface OutcomeColumn {
  field: OutcomeKey;
  dueYear: 1 | 2 | 3;
  fieldIndex: number;
}

export interface RowCheckContext extends CheckSettings {
  columns: Partial<Record<FieldKey, number>>;
  reporter: Reporter;
  /** The outcomes with a column, in the order of OUTCOME_KEYS. */
  outcomes: readonly OutcomeColumn[];
}

/** What the row checks of a sheet share, worked out once for all its rows. */
export function rowCheckContext(settings: CheckSettings, columns: Partial<Record<FieldKey, number>>, reporter: Reporter): RowCheckContext {
  const outcomes = OUTCOME_KEYS.filter((field) => columns[field] !== undefined).map((field): OutcomeColumn => ({
    field,
    dueYear: OUTCOME_DUE_YEAR[field],
    fieldIndex: FIELD_INDEX[field],
  }));
  return { ...settings, columns, reporter, outcomes };
}

/** Family `i`'s cell of `field`. Every check cites only fields that hold a value, so their columns exist. */
function siteOf(sheet: SheetReading, i: number, field: FieldKey, ctx: RowCheckContext): Site {
  return { row: sheet.families[i].row, column: ctx.columns[field] ?? 0, field, value: rawOf(sheet, i, field) };
}

/** Family `i`'s cell of `field` as a message cites it: "F7". */
function refOf(sheet: SheetReading, i: number, field: FieldKey, ctx: RowCheckContext): string {
  return a1(sheet.families[i].row, ctx.columns[field] ?? 0);
}

/** The checks of MECHANISM.md §3 within family `i`'s row; each is reported on the dependent cell. */
export function checkRow(sheet: SheetReading, i: number, ctx: RowCheckContext): void {
  const f = sheet.families[i];
  const { reporter } = ctx;

  if (f.minors !== null && f.members !== null && f.minors >= f.members) {
    reporter.add("minors-not-less-than-members", siteOf(sheet, i, "minors", ctx), {
      minors: f.minors,
      members: f.members,
      membersCell: refOf(sheet, i, "members", ctx),
    });
  }
  if (f.isee !== null && ctx.iseeCeiling !== null && f.isee > ctx.iseeCeiling) {
    reporter.add("isee-above-ceiling", siteOf(sheet, i, "isee", ctx), { isee: f.isee, ceiling: ctx.iseeCeiling });
  }
  const datesInOrder = f.requestDate !== null && f.contractDate !== null && f.contractDate >= f.requestDate;
  if (f.requestDate !== null && f.contractDate !== null && !datesInOrder) {
    reporter.add("contract-before-request", siteOf(sheet, i, "contractDate", ctx), {
      contract: f.contractDate,
      request: f.requestDate,
      requestCell: refOf(sheet, i, "requestDate", ctx),
    });
  }
  if (f.exitDate !== null && f.contractDate !== null && f.exitDate < f.contractDate) {
    reporter.add("exit-before-contract", siteOf(sheet, i, "exitDate", ctx), {
      exit: f.exitDate,
      contract: f.contractDate,
      contractCell: refOf(sheet, i, "contractDate", ctx),
    });
  }
  if (ctx.columns.waitMonths !== undefined) {
    if ((f.requestDate === null || f.contractDate === null) && stateOf(sheet, i, "waitMonths") === "blank") {
      const lacking = (["requestDate", "contractDate"] as const).filter((field) => f[field] === null);
      reporter.add("missing-wait", siteOf(sheet, i, "waitMonths", ctx), { lacking });
    }
    if (f.waitMonths !== null && f.requestDate !== null && f.contractDate !== null && datesInOrder) {
      const fromDates = monthsBetween(f.requestDate, f.contractDate);
      if (Math.abs(f.waitMonths - fromDates) > 1)
        reporter.add("wait-months-disagree", siteOf(sheet, i, "waitMonths", ctx), { waitMonths: f.waitMonths, fromDates });
    }
  }
  if (f.housingKept === true && f.leaseSigned === false) {
    reporter.add("housing-kept-without-lease", siteOf(sheet, i, "housingKept", ctx), { leaseCell: refOf(sheet, i, "leaseSigned", ctx) });
  }
  if (f.stability === true && f.housingKept === false) {
    reporter.add("stability-without-housing", siteOf(sheet, i, "stability", ctx), { housingCell: refOf(sheet, i, "housingKept", ctx) });
  }
  checkDue(sheet, i, ctx);
}

/** The cohort of family `i` when its outcomes can be due: valid and not after the current year. */
export function dueCohort(sheet: SheetReading, i: number, currentYear: number | null): number | null {
  const { cohort } = sheet.families[i];
  if (currentYear === null || cohort === null || cohort > currentYear || stateOf(sheet, i, "cohort") !== "valid") return null;
  return cohort;
}

function checkDue(sheet: SheetReading, i: number, ctx: RowCheckContext): void {
  const f = sheet.families[i];
  const { currentYear, reporter } = ctx;
  if (currentYear === null) return;
  if (f.cohort !== null && f.cohort > currentYear && stateOf(sheet, i, "cohort") === "valid") {
    reporter.add("cohort-after-current-year", siteOf(sheet, i, "cohort", ctx), { cohort: f.cohort, currentYear });
  }
  const cohort = dueCohort(sheet, i, currentYear);
  if (cohort === null) return;
  const hasLeft = f.exitDate !== null;
  for (const { field, dueYear, fieldIndex } of ctx.outcomes) {
    const state = sheet.states.get(i, fieldIndex);
    if (cohort + dueYear - 1 > currentYear) {
      if (state === "valid") reporter.add("outcome-not-due", siteOf(sheet, i, field, ctx), dueArgs(field, cohort, currentYear));
    } else if (!hasLeft && state === "blank") {
      const rule = field === "wellbeing" ? "missing-wellbeing" : "missing-due-outcome";
      reporter.add(rule, siteOf(sheet, i, field, ctx), dueArgs(field, cohort, currentYear));
    }
  }
}

function dueArgs(field: OutcomeKey, cohort: number, currentYear: number) {
  const cohortYear = OUTCOME_DUE_YEAR[field];
  return { field, cohort, cohortYear, programmeYear: cohort + cohortYear - 1, currentYear };
}
