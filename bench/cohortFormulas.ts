import { tableRowList } from "../src/engine/sheets/tableRows";
import { FORMULA_YES_TOKENS } from "../src/engine/beneficiaries/formulaReadable";
import { calcLayout, type CalcKey } from "../src/engine/sheets/calcLayout";
import { paymentLayout } from "../src/engine/sheets/paymentLayout";
import { paymentModel, type PaymentInput } from "../src/engine/sheets/paymentModel";
import { paymentSheetPlan } from "../src/engine/sheets/paymentSheet";
import { CALC_SHEET, paymentPlans } from "../src/engine/sheets/paymentPlans";
import { absoluteColumnRange, DAYS_PER_MONTH, param } from "../src/engine/sheets/formulaText";
import { isFormulaCell, type PlannedCell, type SheetPlan } from "../src/engine/sheets/workbookPlan";
import type { FieldKey, ParsedSheet } from "../src/engine/types";

/**
 * The per-cohort prototype of issue 14: H4A_Pagamenti as the engine plans it, but every count
 * and sum it takes over the per-family rows of H4A_Calcolo is rewritten as one SUMPRODUCT (or
 * COUNTIFS) over the beneficiary columns themselves, the date rule included, so H4A_Calcolo is
 * not written at all. Only Excel 2016 functions, no IF inside SUMPRODUCT (Excel 2016 would need
 * an array formula for it): each per-family condition is a product of 0/1 arrays.
 */

const YES_ARRAY = `{${FORMULA_YES_TOKENS.map((token) => `"${token}"`).join(",")}}`;

/** One beneficiary column over the families' rows, or null when the sheet lacks the field. */
type ColumnOf = (field: FieldKey) => string | null;

function beneficiaryColumns(parsed: ParsedSheet, sheetName: string): ColumnOf {
  const rows = parsed.families.map((family) => family.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  return (field) => {
    const column = parsed.columns.columns[field];
    return column === undefined ? null : absoluteColumnRange(first, last, column, sheetName);
  };
}

/** The per-cohort expression that replaces COUNTIFS(cohort range, cohortCell, helper range, 1). */
function cohortCount(col: ColumnOf, helper: CalcKey, cohortCell: string): string {
  const cohort = col("cohort") as string;
  const inCohort = `(${cohort}=${cohortCell})`;
  const yes = (field: FieldKey): string => {
    const range = col(field);
    return range === null ? "0" : `ISNUMBER(MATCH(LOWER(TRIM(${range})),${YES_ARRAY},0))`;
  };
  const exit = col("exitDate");
  const left = exit === null ? "0" : `ISNUMBER(${exit})`;
  const stays = exit === null ? "1" : `(1-${left})`;
  const sum = (...factors: string[]): string => `SUMPRODUCT(${[inCohort, ...factors].join("*")})`;
  switch (helper) {
    case "year1":
      return sum(yes("leaseSigned"), yes("supportStarted"));
    case "year2":
      return sum(yes("housingKept"), yes("supportContinued"));
    case "left":
      return exit === null ? "0" : sum(left);
    case "inDenominator":
      return exit === null
        ? `COUNTIFS(${cohort},${cohortCell})`
        : `(COUNTIFS(${cohort},${cohortCell})-IF(${param("leaversInDenominator")},0,${sum(left)}))`;
    case "stabilityAchieved":
      return sum(stays, yes("stability"));
    case "wellbeingAchieved":
      return sum(stays, yes("wellbeing"));
    case "waitingAchieved":
      return sum(stays, waitedLess(col));
    default:
      throw new Error(`no per-cohort count for ${helper}`);
  }
}

/** 1/0 per family: waited less than the limit, the date rule first (EDATE written with DATE, elementwise). */
function waitedLess(col: ColumnOf): string {
  const [req, con, wait] = [col("requestDate"), col("contractDate"), col("waitMonths")];
  const limit = param("waitLimitMonths");
  const byWait = wait === null ? "0" : `ISNUMBER(${wait})*(${wait}<${limit})`;
  if (req === null || con === null) return `(${byWait})`;
  const both = `ISNUMBER(${req})*ISNUMBER(${con})`;
  const months = `INT(${limit})`;
  // EDATE(r, n) = the earlier of DATE(y, m + n, d) (which overflows into the next month) and the target month's last day.
  const beforeEdate =
    `(INT(${con})<DATE(YEAR(${req}),MONTH(${req})+${months},DAY(${req})))` +
    `*(INT(${con})<DATE(YEAR(${req}),MONTH(${req})+${months}+1,0))`;
  return `(${both}*${beforeEdate}+(1-${both})*${byWait})`;
}

/** The saving of every family (days avoided × daily cost × members), summed, as one SUMPRODUCT. */
function savingSum(col: ColumnOf): string {
  const [req, con, wait, given, members] = [col("requestDate"), col("contractDate"), col("waitMonths"), col("daysAvoided"), col("members")];
  const cf = param("counterfactualMonths");
  const positive = (x: string): string => `((${x})>0)*(${x})`;
  const fromDates =
    req === null || con === null
      ? "0"
      : `ISNUMBER(${req})*ISNUMBER(${con})*(INT(${con})>=INT(${req}))*${positive(`${cf}-(INT(${con})-INT(${req}))/${DAYS_PER_MONTH}`)}*${DAYS_PER_MONTH}`;
  const fromWait =
    wait === null ? fromDates : `(ISNUMBER(${wait})*${positive(`${cf}-${wait}`)}*${DAYS_PER_MONTH}+(1-ISNUMBER(${wait}))*${fromDates})`;
  const days = given === null ? fromWait : `(ISNUMBER(${given})*${positive(given)}+(1-ISNUMBER(${given}))*${fromWait})`;
  return `SUMPRODUCT(${days}*${param("dailyCost")}*${members})`;
}

const escape = (text: string): string => text.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&");

/** Rewrites one formula of H4A_Pagamenti: each count and sum over H4A_Calcolo becomes its per-cohort expression. */
function rewrite(formula: string, col: ColumnOf, familyCount: number): string {
  const calc = calcLayout(familyCount);
  const cohortRange = escape(calc.range("cohort"));
  const helpers: CalcKey[] = ["year1", "year2", "left", "inDenominator", "stabilityAchieved", "wellbeingAchieved", "waitingAchieved"];
  let out = formula;
  for (const helper of helpers) {
    const pattern = new RegExp(`COUNTIFS\\(${cohortRange},(\\$[A-Z]+\\$\\d+),${escape(calc.range(helper))},1\\)`, "g");
    out = out.replace(pattern, (_, cell: string) => cohortCount(col, helper, cell));
  }
  out = out.replace(
    new RegExp(`COUNTIFS\\(${cohortRange},(\\$[A-Z]+\\$\\d+)\\)`, "g"),
    (_, cell: string) => `COUNTIFS(${col("cohort")},${cell})`,
  );
  out = out.replace(`SUM(${calc.range("saving")})`, savingSum(col));
  if (out.includes(CALC_SHEET)) throw new Error(`a formula still reads ${CALC_SHEET}: ${out}`);
  return out;
}

/** The per-cohort H4A_Pagamenti: the engine's plan with its counts rewritten; every cell's expected result unchanged. */
export function perCohortPaymentPlan(payment: SheetPlan, parsed: ParsedSheet, sheetName: string): SheetPlan {
  const col = beneficiaryColumns(parsed, sheetName);
  const count = parsed.families.length;
  const cell = (value: PlannedCell): PlannedCell =>
    isFormulaCell(value) ? { formula: `=${rewrite(value.formula.slice(1), col, count)}`, result: value.result } : value;
  return {
    ...payment,
    cells: payment.cells.map((c) => ({ ...c, value: cell(c.value) })),
    tables: payment.tables.map((t) => ({ ...t, rows: tableRowList(t.rows).map((row) => row.map(cell)) })),
  };
}

export type Design = "per-family" | "per-cohort";

/** The payment sheets of one design: the engine's two (per-family), or the per-cohort H4A_Pagamenti alone, H4A_Calcolo never planned. */
export function designPlans(design: Design, input: PaymentInput): SheetPlan[] {
  if (design === "per-family") return paymentPlans(input);
  const model = paymentModel(input.parsed, input.params);
  return [perCohortPaymentPlan(paymentSheetPlan(model, paymentLayout(model)), input.parsed, input.sheet.sheetName)];
}
