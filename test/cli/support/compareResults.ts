import { tableRowList } from "../../../src/engine/sheets/tableRows";
import type * as ExcelJS from "exceljs";
import { cellAddress } from "../../../src/engine/cells/address";
import { toCents } from "../../../src/engine/cells/rounding";
import type { CellValue } from "../../../src/engine/types";
import { isFormulaCell, type FormulaCell, type PlannedCell, type SheetPlan } from "../../../src/engine/sheets/workbookPlan";

/** Compares what a spreadsheet engine computed for every formula cell of the plans with the plans' `result` (the engine's). */

export interface Mismatch {
  cell: string;
  formula: string;
  expected: CellValue;
  actual: unknown;
}

export interface Comparison {
  /** Formula cells compared. */
  checked: number;
  mismatches: Mismatch[];
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** exceljs reads a number in a date-formatted cell as a Date: back to its serial day. */
export const asSerial = (value: unknown): unknown => (value instanceof Date ? value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL : value);

/** A cached formula result as exceljs reads it back: dates → serial days, no result → "". */
export function cachedResult(cell: ExcelJS.Cell): unknown {
  const result = (cell.model as { result?: unknown }).result;
  return result === undefined || result === null ? "" : asSerial(result);
}

/**
 * Equal when both are the same text, or numbers that agree to the cent and to 12 significant
 * digits (amounts, counts, rates and days alike).
 */
export function sameValue(expected: CellValue, actual: unknown): boolean {
  if (expected === null || expected === "") return actual === "" || actual === null || actual === undefined;
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    const close = Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
    return close && toCents(actual) === toCents(expected);
  }
  return actual === expected;
}

/** Every formula cell of the plans: tables and loose cells, with its sheet and position. */
export function formulaCells(plans: readonly SheetPlan[]): { sheet: string; row: number; column: number; cell: FormulaCell }[] {
  const found: { sheet: string; row: number; column: number; cell: FormulaCell }[] = [];
  for (const plan of plans) {
    for (const loose of plan.cells) {
      if (isFormulaCell(loose.value)) found.push({ sheet: plan.name, row: loose.row, column: loose.column, cell: loose.value });
    }
    for (const table of plan.tables) {
      tableRowList(table.rows).forEach((row, i) =>
        row.forEach((cell, j) => {
          if (isFormulaCell(cell)) found.push({ sheet: plan.name, row: table.row + 1 + i, column: table.column + j, cell });
        }),
      );
    }
  }
  return found;
}

export function compareWithPlans(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): Comparison {
  const mismatches: Mismatch[] = [];
  const cells = formulaCells(plans);
  for (const { sheet, row, column, cell } of cells) {
    const worksheet = workbook.getWorksheet(sheet);
    const actual = worksheet === undefined ? "(no sheet)" : cachedResult(worksheet.getCell(row, column));
    if (!sameValue(cell.result, actual)) {
      mismatches.push({ cell: cellAddress(sheet, row, column), formula: cell.formula, expected: cell.result, actual });
    }
  }
  return { checked: cells.length, mismatches };
}

/** What a stale cached result reads: a formula the second engine did not recompute still shows it. */
export const STALE = "stale";

/** The plans with every cached result replaced by a wrong one, so that only a recalculation gives the right numbers. */
export function stalePlans(plans: SheetPlan[]): SheetPlan[] {
  const wrong = (cell: PlannedCell): PlannedCell => (isFormulaCell(cell) ? { formula: cell.formula, result: STALE } : cell);
  return plans.map((plan) => ({
    ...plan,
    cells: plan.cells.map((c) => ({ ...c, value: wrong(c.value) })),
    tables: plan.tables.map((t) => ({ ...t, rows: tableRowList(t.rows).map((row) => row.map(wrong)) })),
  }));
}
