import { columnLetter, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from "../engine/cells/address";
import type { CellValue, SheetInput } from "../engine/types";
import type { Package } from "./package";
import { decodeXstring } from "./xmlText";
import { STOP_PARSING, STOP_READING, streamXml } from "./xmlStream";

/**
 * Reading a worksheet part streamed: cells are converted as saxes meets them, to the values
 * Office.js `range.values` gives — numbers (dates stay serial numbers), text (shared, inline,
 * rich runs joined, formula string results), booleans, error text ("#N/A"), a formula's cached
 * value ("" without one) — and handed over one by one; a sheet of a million rows is never held
 * as text. Cells and rows without an `r` attribute take the position after the previous one.
 */

export interface SheetContext {
  /** The workbook's shared strings (cells of type "s" index them). */
  sharedStrings: readonly string[];
  /** The workbook counts dates from 1904 (only ISO dates, t="d", are converted, to that system). */
  date1904: boolean;
}

/** A cell with content (a value, or a formula): 1-based row and column, its value, its style index (0 by default). Return false to stop reading. */
export type CellHandler = (row: number, column: number, value: CellValue, style: number) => boolean | void;

const MS_PER_DAY = 86_400_000;
/** Serial day of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1900-01-00 (serial 0) to 1904-01-01 (1904 serial 0). */
const DAYS_1900_TO_1904 = 1_462;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date (cells of type "d") as the serial number Excel shows for it (1900 or 1904 system). */
export function isoDateToSerial(text: string, date1904: boolean): CellValue {
  const m = ISO_DATE.exec(text.trim());
  if (m === null) return text;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const time = m[4] === undefined ? 0 : (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) * 1000;
  const serial = (day + time) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (date1904) return serial - DAYS_1900_TO_1904;
  // Excel's 1900 system counts a 29 February 1900 that never was: earlier days are one less.
  return serial < 61 ? serial - 1 : serial;
}

/** A cell's value from its type and the texts read. */
export function cellValue(
  type: string | undefined,
  v: string,
  inline: string,
  hasV: boolean,
  hasInline: boolean,
  context: SheetContext,
): CellValue {
  switch (type) {
    case undefined:
    case "n": {
      if (!hasV || v.trim() === "") return "";
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
    case "s": {
      if (!hasV) return "";
      return context.sharedStrings[parseInt(v, 10)] ?? "";
    }
    case "inlineStr":
      return hasInline ? decodeXstring(inline) : hasV ? decodeXstring(v) : "";
    case "str":
      return decodeXstring(v);
    case "b":
      return hasV ? v.trim() === "1" || v.trim().toLowerCase() === "true" : "";
    case "e":
      return v.trim();
    case "d":
      return hasV ? isoDateToSerial(v, context.date1904) : "";
    default:
      return v;
  }
}

/** "AB12" → column 28 (0 when the reference has no letters), row 12 (0 when it has no digits). */
export function parseReference(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) break;
  }
  return { column, row };
}

/**
 * Streams the cells of a worksheet part to `onCell`, in file order. Parsing ends with
 * <sheetData> (the rest is only inflated, for its CRC); reading stops at once when `onCell`
 * returns false (no CRC check then: the part is not read to its end).
 */
export function streamSheetCells(pkg: Package, part: string, context: SheetContext, onCell: CellHandler): void {
  let inData = false;
  let row = 0;
  let column = 0;
  // the cell being read
  let cellRow = 0;
  let type: string | undefined;
  let style = 0;
  let hasV = false;
  let hasF = false;
  let hasInline = false;
  let v = "";
  let inline = "";
  let capture = 0; // 0 none, 1 <v>, 2 <t> of <is>
  let inInline = false;
  let phonetic = 0;
  streamXml(
    pkg,
    part,
    {
      open(local, attributes) {
        if (!inData) {
          if (local === "sheetData") inData = true;
          return;
        }
        switch (local) {
          case "row": {
            const r = attributes.r;
            row = r === undefined ? row + 1 : parseInt(r, 10) || row + 1;
            column = 0;
            break;
          }
          case "c": {
            const r = attributes.r;
            if (r === undefined) {
              column++;
              cellRow = row;
            } else {
              const ref = parseReference(r);
              column = ref.column === 0 ? column + 1 : ref.column;
              cellRow = ref.row === 0 ? row : ref.row;
              row = cellRow;
            }
            type = attributes.t;
            const s = attributes.s;
            style = s === undefined ? 0 : parseInt(s, 10) || 0;
            hasV = false;
            hasF = false;
            hasInline = false;
            inInline = false;
            v = "";
            inline = "";
            break;
          }
          case "v":
            capture = 1;
            hasV = true;
            break;
          case "f":
            hasF = true;
            break;
          case "is":
            inInline = true;
            hasInline = true;
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inInline && phonetic === 0) capture = 2;
            break;
        }
      },
      close(local) {
        if (!inData) return;
        switch (local) {
          case "v":
          case "t":
            capture = 0;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c": {
            if (cellRow < 1 || cellRow > MAX_SHEET_ROWS || column < 1 || column > MAX_SHEET_COLUMNS) break;
            const value = cellValue(type, v, inline, hasV, hasInline, context);
            if ((value !== "" || hasF) && onCell(cellRow, column, value, style) === false) throw STOP_READING;
            break;
          }
          case "sheetData":
            throw STOP_PARSING;
        }
      },
      text(text) {
        if (capture === 1) v += text;
        else if (capture === 2) inline += text;
      },
    },
    true,
  );
}

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
  const intern = internedText();
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
    line[column - 1] = typeof value === "string" ? intern(value) : value;
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

/** Short texts repeat down a column ("Sì", "sfratto"): one copy of each is kept. */
function internedText(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length > 32) return text;
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size < 100_000) seen.set(text, text);
    return text;
  };
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
