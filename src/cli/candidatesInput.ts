import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { findCandidateHeader } from "../engine/candidates/header";
import type { Lang } from "../engine/format";
import { unusable } from "./cliError";
import { pick } from "./language";
import { isAddinSheetName, namedSheet, sheetInput } from "./readWorkbook";

/** Rows read to find a candidates header row (the engine looks in the first 20 non-blank rows). */
const HEADER_PROBE_ROWS = 200;

/** True when a sheet's first rows hold the header row of a candidates sheet (§3b). */
export function isCandidatesSheet(sheet: ExcelJS.Worksheet): boolean {
  return findCandidateHeader(sheetInput(sheet, HEADER_PROBE_ROWS)).headerRow !== null;
}

/**
 * The candidates sheet: the one named by --sheet, else the first sheet (in tab order, the
 * add-in's own sheets excepted) whose header row is a candidates header row. Throws a CliError
 * (exit code 2) when there is none.
 */
export function findCandidatesSheet(workbook: ExcelJS.Workbook, requested: string | undefined, file: string, lang: Lang): ExcelJS.Worksheet {
  const name = path.basename(file);
  if (requested !== undefined) return namedSheet(workbook, requested, file, lang);
  const found = workbook.worksheets.find((sheet) => !isAddinSheetName(sheet.name) && isCandidatesSheet(sheet));
  if (found !== undefined) return found;
  throw unusable(
    pick(
      lang,
      `${name}: nessun foglio dei candidati (serve una riga di intestazione con «ID famiglia», almeno un indicatore — Sfratto, Mesi in struttura, Anziani, Disabili, Violenza — e almeno altre due colonne previste); indicarlo con --sheet NOME.`,
      `${name}: no candidates sheet (it needs a header row with "Family ID", at least one indicator — Eviction, Months in shelter, Members aged 70+, Members with a disability, Violence — and at least two other listed columns); name it with --sheet NAME.`,
    ),
  );
}
