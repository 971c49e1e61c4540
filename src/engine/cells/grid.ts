import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, parseA1, type CellPosition } from "./address";
import { isBlank, readCell } from "./cells";
import type { CellValue, SheetInput } from "../types";

/** A sheet's values made safe to read: every cell a CellValue, rows clipped to the sheet's edges. */
export interface Grid {
  sheetName: string;
  /** Sheet row and column of rows[0][0]. */
  top: number;
  left: number;
  rows: CellValue[][];
  /** Length of the longest row. */
  width: number;
}

export function toGrid(input: SheetInput): Grid {
  const source: Partial<SheetInput> = isObject(input) ? input : {};
  const sheetName = typeof source.sheetName === "string" ? source.sheetName : "";
  const { row: top, column: left } = safeTopLeft(source.topLeft);
  const values: unknown = source.values;
  const rawRows: readonly unknown[] = Array.isArray(values) ? values : [];
  const count = Math.min(rawRows.length, MAX_SHEET_ROWS - top + 1);
  const maxWidth = MAX_SHEET_COLUMNS - left + 1;
  let width = 0;
  const rows = new Array<CellValue[]>(count);
  for (let r = 0; r < count; r++) {
    const cells: unknown[] = Array.isArray(rawRows[r]) ? (rawRows[r] as unknown[]) : [];
    const length = Math.min(cells.length, maxWidth);
    if (length > width) width = length;
    // A row already made of plain cell values is used as it is: a large sheet is not copied.
    rows[r] = length === cells.length && isPlainRow(cells) ? (cells as CellValue[]) : readRow(cells, length);
  }
  return { sheetName, top, left, rows, width };
}

/** The first `length` cells of a row, each read as a cell value. */
function readRow(cells: readonly unknown[], length: number): CellValue[] {
  const row: CellValue[] = new Array<CellValue>(length);
  for (let c = 0; c < length; c++) row[c] = readCell(cells[c]);
  return row;
}

function isPlainRow(cells: readonly unknown[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    const kind = typeof cell;
    if (kind !== "string" && kind !== "number" && kind !== "boolean" && cell !== null) return false;
    if (!(c in cells)) return false;
  }
  return true;
}

export function cellAt(grid: Grid, rowIndex: number, columnIndex: number): CellValue {
  const row = grid.rows[rowIndex];
  if (row === undefined || columnIndex >= row.length) return null;
  return row[columnIndex];
}

export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlank);
}

function safeTopLeft(topLeft: unknown): CellPosition {
  if (typeof topLeft !== "string") return { row: 1, column: 1 };
  try {
    return parseA1(topLeft);
  } catch {
    return { row: 1, column: 1 };
  }
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
