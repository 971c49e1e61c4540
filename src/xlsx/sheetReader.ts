import { columnLetter } from "../engine/cells/address";
import type { CellValue, SheetInput } from "../engine/types";
import type { SheetContext } from "./cellValue";
import type { Package } from "./package";
import { streamSheetCells } from "./sheetCells";
import { STOP_READING, streamXml } from "./xmlStream";

/**
 * Reading a worksheet part streamed (sheetCells.ts): its used range as Office.js `range.values`
 * gives it — numbers (dates stay serial numbers), text (shared, inline, rich runs joined,
 * formula string results), booleans, error text ("#N/A"), a formula's cached value ("" without
 * one) — built row by row as the cells come; some cells; the sheet's code name.
 */

export { cellValue, isoDateToSerial, parseReference, type SheetContext } from "./cellValue";
export { streamSheetCells, type CellHandler } from "./sheetCells";

export interface ReadSheetOptions {
  /**
   * Stop after this many rows of the used range (enough to find a header row). The range's
   * left and right edges are then those of the rows read.
   */
  rowLimit?: number;
  /** Also give each cell's style index (for StyleSheet.isDateStyle). */
  styles?: boolean;
}

/** A sheet's used range; `styles` (when asked) holds each cell's style index, 0 for blanks. */
export interface SheetValues extends SheetInput {
  styles?: number[][];
}

/**
 * The used range of a worksheet part — the smallest rectangle holding every cell with a value
 * or a formula — as the engine's SheetInput (blanks ""), read streamed.
 */
export function readSheetValues(
  pkg: Package,
  part: string,
  sheetName: string,
  context: SheetContext,
  options: ReadSheetOptions = {},
): SheetValues {
  const limit = options.rowLimit ?? Infinity;
  const withStyles = options.styles === true;
  // Rows as they come, each an array from column A: on a large sheet they become the result
  // in place, never copied.
  const rows = new Map<number, CellValue[]>();
  const styleRows = new Map<number, number[]>();
  let first = 0;
  let left = Infinity;
  let right = 0;
  let line: CellValue[] = [];
  let styleLine: number[] = [];
  let lastRow = 0;
  streamSheetCells(pkg, part, context, (row, column, value, style) => {
    if (first === 0) first = row;
    else if (row >= first + limit) return false;
    if (row !== lastRow) {
      line = rows.get(row) ?? [];
      rows.set(row, line);
      if (withStyles) {
        styleLine = styleRows.get(row) ?? [];
        styleRows.set(row, styleLine);
      }
      lastRow = row;
    }
    line[column - 1] = value;
    if (withStyles) styleLine[column - 1] = style;
    if (column < left) left = column;
    if (column > right) right = column;
    return true;
  });
  if (rows.size === 0) return { sheetName, topLeft: "A1", values: [], ...(withStyles ? { styles: [] } : {}) };
  let top = Infinity;
  let bottom = 0;
  for (const r of rows.keys()) {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
  }
  bottom = Math.min(bottom, top + limit - 1);
  const values: CellValue[][] = [];
  const styles: number[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(usedPart(rows.get(r), left, right, ""));
    rows.delete(r);
    if (withStyles) styles.push(usedPart(styleRows.get(r), left, right, 0));
  }
  return { sheetName, topLeft: `${columnLetter(left)}${top}`, values, ...(withStyles ? { styles } : {}) };
}

/** A row (from column A) cut to the used columns, holes filled, in place. */
function usedPart<T>(row: T[] | undefined, left: number, right: number, blank: T): T[] {
  const width = right - left + 1;
  if (row === undefined) return new Array<T>(width).fill(blank);
  if (left > 1) row.splice(0, left - 1);
  row.length = width;
  for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = blank;
  return row;
}

/** The values of some cells of a worksheet part (each "" when blank), reading no further than the last row asked for. */
export function readCells(
  pkg: Package,
  part: string,
  context: SheetContext,
  cells: readonly { row: number; column: number }[],
): CellValue[] {
  const wanted = new Map<string, number[]>();
  cells.forEach(({ row, column }, i) => {
    const k = `${row}:${column}`;
    wanted.set(k, [...(wanted.get(k) ?? []), i]);
  });
  const lastRow = Math.max(0, ...cells.map((c) => c.row));
  const values = cells.map((): CellValue => "");
  if (cells.length === 0) return values;
  streamSheetCells(pkg, part, context, (row, column, value) => {
    if (row > lastRow) return false;
    for (const i of wanted.get(`${row}:${column}`) ?? []) values[i] = value;
    return true;
  });
  return values;
}

/** The sheet's VBA code name (<sheetPr codeName>), reading only the part's first elements; null when it has none. */
export function readCodeName(pkg: Package, part: string): string | null {
  let codeName: string | null = null;
  streamXml(
    pkg,
    part,
    {
      open(local, attributes) {
        if (local === "sheetPr") codeName = attributes.codeName ?? null;
        if (local === "sheetPr" || local === "sheetData" || local === "dimension" || local === "sheetViews") throw STOP_READING;
      },
      close() {},
      text() {},
    },
    true,
  );
  return codeName;
}
