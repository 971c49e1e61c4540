import { isBlank } from "../engine/cells/cells";
import { findHeader, HEADER_SEARCH_ROWS } from "../engine/beneficiaries/headers";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "./packageWorkbook";

/**
 * Finding the beneficiary sheet of a package the way the command line does (src/cli/workbookInput.ts)
 * and the task pane's Condividi tab does, with no file system: the first sheet in tab order, the
 * add-in's own sheets excepted, whose header row matches MECHANISM.md §3.
 */

/** Rows read to find a header row: the engine looks in the first 20 non-blank rows. */
export const HEADER_PROBE_ROWS = 200;

/** The add-in's own sheets (H4A_Parametri, H4A_Pagamenti, …) are never data sheets. */
export const isAddinSheetName = (name: string): boolean => /^H4A_/i.test(name);

/** Reads a sheet's used range (its first `rowLimit` rows when given). */
export type SheetRead = (sheet: string, rowLimit?: number) => SheetInput;

export const readerOf =
  (workbook: PackageWorkbook): SheetRead =>
  (sheet, rowLimit) =>
    workbook.readSheetSync(sheet, rowLimit === undefined ? {} : { rowLimit });

/**
 * Whether a sheet has a header row that `found` recognises, reading only its first rows unless
 * they hold fewer non-blank rows than the engine looks through (a header below a blank stretch).
 */
export function sheetHasHeaderRow(read: SheetRead, sheet: string, found: (input: SheetInput) => boolean): boolean {
  const probe = read(sheet, HEADER_PROBE_ROWS);
  if (found(probe)) return true;
  const nonBlank = probe.values.filter((row) => row.some((value) => !isBlank(value))).length;
  return nonBlank < HEADER_SEARCH_ROWS && found(read(sheet));
}

/** The first sheet (tab order, the add-in's own excepted) with the header row of §3; undefined when none. */
export function detectBeneficiarySheet(workbook: PackageWorkbook, read: SheetRead = readerOf(workbook)): string | undefined {
  const isBeneficiaries = (input: SheetInput): boolean => findHeader(input).headerRow !== null;
  return workbook.worksheetNames().find((name) => !isAddinSheetName(name) && sheetHasHeaderRow(read, name, isBeneficiaries));
}
