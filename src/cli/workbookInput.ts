import { promises as fs } from "node:fs";
import * as path from "node:path";
import { type Lang, pick } from "../engine/cells/lang";
import type { SheetInput } from "../engine/types";
import { PackageError, PackageWorkbook } from "../xlsx";
import { detectBeneficiarySheet, sheetHasHeaderRow } from "../xlsx/beneficiarySheet";
import { unusable } from "./cliError";
import { say } from "./strings";

/**
 * Opening the input workbook as the package it is (src/xlsx): its sheets read streamed, exactly
 * as Office.js `range.values` gives them, so the command line and the task pane see the same
 * cells — and nothing else of the workbook is built, so nothing else can be lost.
 */

/** Rows read to find a header row, and the add-in's own sheets: shared with the task pane (src/xlsx/beneficiarySheet.ts). */
export { HEADER_PROBE_ROWS, isAddinSheetName } from "../xlsx/beneficiarySheet";

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A PackageError (or any failure reading a package) as the one line the command prints. */
export function packageFailure(file: string, error: unknown, lang: Lang): Error {
  const name = path.basename(file);
  if (error instanceof PackageError) return unusable(`${name}: ${lowerFirst(pick(error.text, lang))}`);
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return unusable(say(lang).damaged(name, detail));
}

function readFailure(file: string, error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  const t = say(lang);
  if (code === "ENOENT") return t.noSuchFile(file);
  if (code === "EISDIR") return t.inputIsFolder(file);
  if (code === "EACCES" || code === "EPERM") return t.readDenied(file);
  return t.readFailed(file, error instanceof Error ? error.message : String(error));
}

/** Opens a workbook, or throws a one-line CliError (exit code 2) saying why it cannot be read. */
export async function loadWorkbook(file: string, lang: Lang): Promise<PackageWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw unusable(readFailure(file, error, lang));
  }
  try {
    const workbook = PackageWorkbook.open(bytes);
    if ((await workbook.sheetNames()).length === 0) {
      throw unusable(say(lang).noWorksheets(path.basename(file)));
    }
    return workbook;
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    throw packageFailure(file, error, lang);
  }
}

/** A sheet's used range (its first `rowLimit` rows), reading errors reported for the file. */
export function sheetValues(workbook: PackageWorkbook, sheet: string, file: string, lang: Lang, rowLimit?: number): SheetInput {
  try {
    return workbook.readSheetSync(sheet, rowLimit === undefined ? {} : { rowLimit });
  } catch (error) {
    throw packageFailure(file, error, lang);
  }
}

/** The sheet named by --sheet (exact name first, then ignoring case); a CliError (exit code 2) when absent. */
export function namedSheet(workbook: PackageWorkbook, requested: string, file: string, lang: Lang): string {
  const names = workbook.worksheetNames();
  const found = names.find((name) => name === requested) ?? names.find((name) => name.toLowerCase() === requested.toLowerCase());
  if (found !== undefined) return found;
  const base = path.basename(file);
  throw unusable(say(lang).noSuchSheet(base, requested, names));
}

/**
 * Whether a sheet has a header row that `found` recognises, reading only its first rows unless
 * they hold fewer non-blank rows than the engine looks through (a header below a blank stretch).
 */
export function hasHeaderRow(
  workbook: PackageWorkbook,
  sheet: string,
  file: string,
  lang: Lang,
  found: (input: SheetInput) => boolean,
): boolean {
  return sheetHasHeaderRow((name, rowLimit) => sheetValues(workbook, name, file, lang, rowLimit), sheet, found);
}

/**
 * The beneficiary sheet: the one named by --sheet, else the first sheet (in tab order, the
 * add-in's own sheets excepted) whose header row matches docs/rules.md §3. Throws a CliError (exit code 2)
 * when there is none.
 */
export function findBeneficiarySheet(workbook: PackageWorkbook, requested: string | undefined, file: string, lang: Lang): string {
  if (requested !== undefined) return namedSheet(workbook, requested, file, lang);
  const found = detectBeneficiarySheet(workbook, (name, rowLimit) => sheetValues(workbook, name, file, lang, rowLimit));
  if (found !== undefined) return found;
  throw unusable(say(lang).noBeneficiarySheet(path.basename(file)));
}
