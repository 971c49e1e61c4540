/** A1 addresses as Excel writes them. */

export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

export interface CellPosition {
  /** 1-based sheet row. */
  row: number;
  /** 1-based sheet column. */
  column: number;
}

export interface SheetPosition extends CellPosition {
  /** The sheet named in the address (quotes removed), or null when none is named. */
  sheet: string | null;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHEET_COLUMNS) {
    throw new RangeError(`Column number must be a whole number from 1 to ${MAX_SHEET_COLUMNS}, got ${n}.`);
  }
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column name.`);
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  if (n > MAX_SHEET_COLUMNS) throw new RangeError(`"${letters}" is beyond the last column XFD.`);
  return n;
}

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([^'!]+))!/;
const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?(:\$?[A-Za-z]{0,3}\$?\d*)?$/;

/**
 * The top-left cell of an address, with its sheet: "B3", "$B$3", "Sheet!B3", "'My sheet'!B3:F9",
 * whole columns "B:F" (row 1) and whole rows "3:9" (column A).
 */
export function parseAddress(address: string): SheetPosition {
  const text = address.trim();
  const prefix = SHEET_PREFIX.exec(text);
  const sheet = prefix ? (prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : prefix[2]) : null;
  const cell = CELL.exec(prefix ? text.slice(prefix[0].length) : text);
  const [, letters, digits, range] = cell ?? [];
  const wholeRowsOrColumns = range !== undefined && range.length > 1;
  if (
    !cell ||
    (letters === undefined && digits === undefined) ||
    ((letters === undefined || digits === undefined) && !wholeRowsOrColumns)
  ) {
    throw new RangeError(`"${address}" is not an A1 address.`);
  }
  const row = digits === undefined ? 1 : Number(digits);
  if (row < 1 || row > MAX_SHEET_ROWS) throw new RangeError(`"${address}" has no row ${row}.`);
  return { sheet, row, column: letters === undefined ? 1 : columnNumber(letters) };
}

/** The top-left cell of an address, ignoring its sheet. */
export function parseA1(address: string): CellPosition {
  const { row, column } = parseAddress(address);
  return { row, column };
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(?:R\d*C\d*|R\d*|C\d*)$/i;

/** A sheet name as it appears in a formula: quoted when Excel would quote it. */
export function quoteSheetName(sheet: string): string {
  const plain = PLAIN_SHEET_NAME.test(sheet) && !LOOKS_LIKE_A1.test(sheet) && !LOOKS_LIKE_R1C1.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Beneficiari!F7", "'Foglio 1'!A1"; without a sheet name, just "F7". */
export function cellAddress(sheet: string, row: number, column: number): string {
  const a1 = `${columnLetter(column)}${row}`;
  return sheet === "" ? a1 : `${quoteSheetName(sheet)}!${a1}`;
}
