import * as path from "node:path";
import { findCandidateHeader } from "../engine/candidates/header";
import { type Lang, pick } from "../engine/cells/lang";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import { unusable } from "./cliError";
import { hasHeaderRow, isAddinSheetName, namedSheet } from "./workbookInput";

const isCandidatesHeader = (input: SheetInput): boolean => findCandidateHeader(input).headerRow !== null;

/** True when a sheet's first rows hold the header row of a candidates sheet (§3b). */
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
  throw unusable(
    pick(
      {
        it: `${name}: nessun foglio dei candidati (serve una riga di intestazione con «ID famiglia», almeno un indicatore — Sfratto, Mesi in struttura, Anziani, Disabili, Violenza — e almeno altre due colonne previste); indicarlo con --sheet NOME.`,
        en: `${name}: no candidates sheet (it needs a header row with "Family ID", at least one indicator — Eviction, Months in shelter, Members aged 70+, Members with a disability, Violence — and at least two other listed columns); name it with --sheet NAME.`,
      },
      lang,
    ),
  );
}
