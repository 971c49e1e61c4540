import type { CellValue } from "../types";
import type { ColumnarRows, PlannedCell, TableRows } from "./workbookPlan";

/** Reading a table's body cell by cell, whether it is kept by row or by column. */

export const isColumnar = (rows: TableRows): rows is ColumnarRows => !Array.isArray(rows);

/** The cell on body row `row` (0-based) and column `column` (0-based); a formula cell is made as it is read. */
export function tableCell(rows: TableRows, row: number, column: number): PlannedCell {
  if (!isColumnar(rows)) return rows[row][column] ?? null;
  const body = rows.columns[column];
  if (body === undefined) return null;
  const result: CellValue = body.results[row] ?? null;
  const formulaRow = body.formulaRows[row];
  return formulaRow === 0 || body.formula === null ? result : { formula: body.formula(String(formulaRow)), result };
}

/** Body row `row` (0-based) as cells. */
export function tableRow(rows: TableRows, row: number): PlannedCell[] {
  if (!isColumnar(rows)) return rows[row];
  return rows.columns.map((_, column) => tableCell(rows, row, column));
}

/** Every body row as cells: for tests and small tables; a writer of a long table reads cell by cell. */
export const tableRowList = (rows: TableRows): PlannedCell[][] =>
  isColumnar(rows) ? Array.from({ length: rows.length }, (_, r) => tableRow(rows, r)) : rows;
