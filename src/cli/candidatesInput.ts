import * as path from "node:path";
import { findCandidateHeader } from "../engine/candidates/header";
import type { Lang } from "../engine/cells/lang";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import { unusable } from "./cliError";
import { say } from "./strings";
import { hasHeaderRow, isAddinSheetName, namedSheet } from "./workbookInput";

const isCandidatesHeader = (input: SheetInput): boolean => findCandidateHeader(input).headerRow !== null;

/** True when a sheet's first rows hold the header row of a candidates sheet (docs/rules.md §5). */
export function isCandidatesSheet(workbook: PackageWorkbook, sheet: string, file: string, lang: Lang): boolean {
  return hasHeaderRow(workbook, sheet, file, lang, isCandidatesHeader);
}

/**
 * The candidates sheet: the one named by --sheet, else the first sheet (in tab order, the
 * add-in's own sheets excepted) whose header row is a candidates header row. Throws a CliError
 * (exit code 2) when there is none.
 */
export function findCandidatesSheet(workbook: PackageWorkbook, requested: string | undefined, file: string, lang: Lang): string {
  const name = path.basename(file);
  if (requested !== undefined) return namedSheet(workbook, requested, file, lang);
  const found = workbook.worksheetNames().find((sheet) => !isAddinSheetName(sheet) && isCandidatesSheet(workbook, sheet, file, lang));
  if (found !== undefined) return found;
  throw unusable(say(lang).noCandidatesSheet(name));
}
