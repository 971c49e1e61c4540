import { columnLetter, quoteSheetName } from "../cells/address";
import { FORMULA_YES_TOKENS } from "../beneficiaries/formulaReadable";
import { paramName, type ParamRowKey } from "../agreement/params";
import type { CellValue } from "../types";
import type { FormulaCell, RowFormula } from "./workbookPlan";

/**
 * Text builders for the payment sheets' native formulas: absolute A1 references, the H4A_* names,
 * and the few shapes that read a beneficiary cell. Only functions that Excel 2016 and
 * LibreOffice 7.4 both have; never a function that parses text (DATEVALUE, VALUE).
 */

/** A formula cell: `text` without its leading "=", and the value the engine expects. */
/**
 * A native formula with its expected result. The text, built by concatenation, is flattened
 * into one string: a payment sheet holds a few formulas per family, and a sheet of 100,000
 * families would otherwise keep every piece of every formula.
 */
export function formula(text: string, result: CellValue): FormulaCell {
  const flat = `=${text}`;
  flat.charCodeAt(0);
  return { formula: flat, result };
}

/** "$C$7", or "Sheet!$C$7" / "'My sheet'!$C$7" with a sheet. */
export function absolute(row: number | string, column: number, sheet: string | null = null): string {
  const a1 = `$${columnLetter(column)}$${row}`;
  return sheet === null ? a1 : `${quoteSheetName(sheet)}!${a1}`;
}

export type { RowFormula };

/** Stands for the row number while a row formula is cut into the pieces around it; no formula holds it. */
const ROW_MARK = "\u0000";
const PROBE_ROW = "1048576";

/**
 * `text` made once for every row: cut where the row number goes, each row's formula is one join
 * of the pieces, one flat string. Exactly `=${text(row)}`; when the probe shows otherwise (a
 * sheet name holding the mark), the formula is built whole for each row.
 */
export function rowFormula(text: (row: string) => string): RowFormula {
  const pieces = `=${text(ROW_MARK)}`.split(ROW_MARK);
  const joined: RowFormula = (row) => pieces.join(row);
  if (joined(PROBE_ROW) === `=${text(PROBE_ROW)}`) return joined;
  return (row) => formula(text(row), null).formula;
}

/** "$C$7:$C$20", or with its sheet. */
export function absoluteColumnRange(firstRow: number, lastRow: number, column: number, sheet: string | null = null): string {
  const range = `${absolute(firstRow, column)}:${absolute(lastRow, column)}`;
  return sheet === null ? range : `${quoteSheetName(sheet)}!${range}`;
}

/** The workbook-scope name of a parameter's cell in H4A_Parametri, e.g. H4A_currentYear. */
export const param = (key: ParamRowKey): string => paramName(key);

const YES_ARRAY = `{${FORMULA_YES_TOKENS.map((token) => `"${token}"`).join(",")}}`;

/**
 * 1 when the cell holds a yes of MECHANISM.md §3, else 0. LOWER(TRIM(…)) turns TRUE into "true"
 * (Excel), "vero" (Italian Excel) or "1" (LibreOffice), and the number 1 into "1".
 */
export const yesFlag = (ref: string): string => `IF(ISNUMBER(MATCH(LOWER(TRIM(${ref})),${YES_ARRAY},0)),1,0)`;

/** The cell's number, or "" when it holds none (blank, text). */
export const numberOrBlank = (ref: string): string => `IF(ISNUMBER(${ref}),${ref},"")`;

/** The cell's date as a whole serial day (time of day dropped), or "" when it holds no number. */
export const dateOrBlank = (ref: string): string => `IF(ISNUMBER(${ref}),INT(${ref}),"")`;

/** Days per month of MECHANISM.md §3: 365.25 / 12, computed as the engine computes it. */
export const DAYS_PER_MONTH = "(365.25/12)";

/**
 * Every one of `counts` of `families` passes `threshold`, compared exactly as the engine's BigInt
 * comparison: each difference count − threshold × families is taken to 9 decimals, so
 * 12 − 0.8 × 15 (−1.8e−15 in binary) is 0 (thresholds have at most 9 decimals).
 */
export function allPass(counts: readonly string[], families: string, threshold: string, strict: string): string {
  const differences = counts.map((count) => `ROUND(${count}-${threshold}*${families},9)`);
  const all = (comparison: string): string => `AND(${differences.map((d) => `${d}${comparison}0`).join(",")})`;
  return `IF(${strict},${all(">")},${all(">=")})`;
}

/**
 * The fewest families n of `families` with n / families passing `threshold` (may exceed
 * `families`): ⌊t·n⌋ + 1 when strict, ⌈t·n⌉ otherwise, on t·n taken to 9 decimals.
 */
export function fewestPassing(families: string, threshold: string, strict: string): string {
  const product = `ROUND(${threshold}*${families},9)`;
  return `IF(${strict},INT(${product})+1,ROUNDUP(${product},0))`;
}

/** An Excel string literal. */
export const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;
