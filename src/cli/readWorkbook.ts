import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { columnLetter } from "../engine/address";
import type { Lang } from "../engine/format";
import { isBlank } from "../engine/cells";
import { findHeader, HEADER_SEARCH_ROWS } from "../engine/headers";
import type { CellValue, SheetInput } from "../engine/types";
import { unusable } from "./cliError";
import { pick } from "./language";

/**
 * Reading an .xlsx file with exceljs into the engine's plain values, exactly as Office.js
 * `range.values` gives them, so the command line and the task pane see the same cells.
 */

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const MS_PER_DAY = 86_400_000;
/** Excel's serial day of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Loads a workbook, or throws a one-line CliError (exit code 2) saying why it cannot be read. */
export async function loadXlsx(file: string, lang: Lang): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw unusable(readFailure(file, error, lang));
  }
  if (bytes.length === 0) throw unusable(pick(lang, `${name}: il file è vuoto.`, `${name}: the file is empty.`));
  if (bytes.subarray(0, 4).equals(OLE2_MAGIC)) {
    throw unusable(
      pick(
        lang,
        `${name}: è un file .xls (Excel 97-2003) o una cartella protetta da password; salvarla come .xlsx senza password.`,
        `${name}: this is an .xls (Excel 97-2003) file or a password-protected workbook; save it as .xlsx without a password.`,
      ),
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw unusable(
      pick(
        lang,
        `${name}: non è un file .xlsx (forse un CSV o un testo rinominato); aprirlo in Excel e salvarlo come cartella di lavoro .xlsx.`,
        `${name}: not an .xlsx file (perhaps a CSV or a text file renamed); open it in Excel and save it as an .xlsx workbook.`,
      ),
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw unusable(
      pick(
        lang,
        `${name}: file .xlsx danneggiato o incompleto (${detail}).`,
        `${name}: the .xlsx file is damaged or incomplete (${detail}).`,
      ),
    );
  }
  if (workbook.worksheets.length === 0) {
    throw unusable(pick(lang, `${name}: la cartella non contiene fogli di lavoro.`, `${name}: the workbook holds no worksheets.`));
  }
  return workbook;
}

function readFailure(file: string, error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return pick(lang, `${file}: file non trovato.`, `${file}: no such file.`);
  if (code === "EISDIR") return pick(lang, `${file}: è una cartella, non un file .xlsx.`, `${file}: is a folder, not an .xlsx file.`);
  if (code === "EACCES" || code === "EPERM") return pick(lang, `${file}: lettura non permessa.`, `${file}: permission denied.`);
  const detail = error instanceof Error ? error.message : String(error);
  return pick(lang, `${file}: impossibile leggere il file (${detail}).`, `${file}: cannot read the file (${detail}).`);
}

/** A JavaScript date as exceljs reads it → the Excel serial it was stored as (UTC, with the time of day). */
export function dateToSerial(date: Date): CellValue {
  const time = date.getTime();
  return Number.isFinite(time) ? UNIX_EPOCH_SERIAL + time / MS_PER_DAY : "";
}

/**
 * One cell's value as Office.js `range.values` gives it: numbers, text and booleans as they are,
 * dates as serials, a formula as its cached result (blank when the file holds none), rich text
 * and hyperlinks as their text, error values as their text ("#N/A"), blanks as "".
 */
export function officeValue(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) return officeValue(v.result);
    if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((run) => String(run.text ?? "")).join("");
    if ("text" in v) return officeValue(v.text);
  }
  return String(value);
}

/** A cell's value, blank for the cells covered by a merge other than its top-left one (as Office.js). */
export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  return officeValue(cell.value);
}

/** The bounds of the cells holding something, or null for an empty sheet. */
export function usedBounds(sheet: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });
  return bottom === 0 ? null : { top, left, bottom, right };
}

/**
 * A sheet's used range as the engine reads it. `rowLimit` stops after that many rows (enough to
 * find a header row without converting a whole large sheet).
 */
export function sheetInput(sheet: ExcelJS.Worksheet, rowLimit = Infinity): SheetInput {
  const bounds = usedBounds(sheet);
  if (bounds === null) return { sheetName: sheet.name, topLeft: "A1", values: [] };
  const bottom = Math.min(bounds.bottom, bounds.top + rowLimit - 1);
  const width = bounds.right - bounds.left + 1;
  const values: CellValue[][] = [];
  for (let r = bounds.top; r <= bottom; r++) {
    const row = sheet.findRow(r);
    const line = new Array<CellValue>(width).fill("");
    if (row !== undefined) {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column >= bounds.left && column <= bounds.right) line[column - bounds.left] = cellValueOf(cell);
      });
    }
    values.push(line);
  }
  return { sheetName: sheet.name, topLeft: `${columnLetter(bounds.left)}${bounds.top}`, values };
}

/** Rows read to find a header row: the engine looks in the first 20 non-blank rows. */
const HEADER_PROBE_ROWS = 200;

/**
 * Whether the sheet has a header row (§3), reading only its first rows unless they hold fewer
 * non-blank rows than the engine looks through.
 */
function hasHeaderRow(sheet: ExcelJS.Worksheet): boolean {
  const probe = sheetInput(sheet, HEADER_PROBE_ROWS);
  if (findHeader(probe).headerRow !== null) return true;
  const nonBlank = probe.values.filter((row) => row.some((value) => !isBlank(value))).length;
  return probe.values.length === HEADER_PROBE_ROWS && nonBlank < HEADER_SEARCH_ROWS && findHeader(sheetInput(sheet)).headerRow !== null;
}

/** The sheet named by --sheet (exact name first, then ignoring case); a CliError (exit code 2) when absent. */
export function namedSheet(workbook: ExcelJS.Workbook, requested: string, file: string, lang: Lang): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find((s) => s.name === requested) ?? workbook.worksheets.find((s) => s.name.toLowerCase() === requested.toLowerCase());
  if (sheet !== undefined) return sheet;
  const name = path.basename(file);
  const names = workbook.worksheets.map((s) => s.name).join(", ");
  throw unusable(pick(lang, `${name}: nessun foglio «${requested}» (fogli presenti: ${names}).`, `${name}: no sheet "${requested}" (sheets: ${names}).`));
}

/** The add-in's own sheets (H4A_Parametri, H4A_Pagamenti, …) are never beneficiary sheets. */
export const isAddinSheetName = (name: string): boolean => /^H4A_/i.test(name);

/**
 * The beneficiary sheet: the one named by --sheet, else the first sheet (in tab order, the
 * add-in's own sheets excepted) whose header row matches MECHANISM.md §3. Throws a CliError
 * (exit code 2) when there is none.
 */
export function findBeneficiarySheet(workbook: ExcelJS.Workbook, requested: string | undefined, file: string, lang: Lang): ExcelJS.Worksheet {
  const name = path.basename(file);
  if (requested !== undefined) return namedSheet(workbook, requested, file, lang);
  for (const sheet of workbook.worksheets) {
    if (isAddinSheetName(sheet.name)) continue;
    if (hasHeaderRow(sheet)) return sheet;
  }
  throw unusable(
    pick(
      lang,
      `${name}: nessun foglio dei beneficiari (serve una riga di intestazione con «ID famiglia», «Coorte» e almeno altre due colonne previste); indicarlo con --sheet NOME.`,
      `${name}: no beneficiary sheet (it needs a header row with "Family ID", "Cohort" and at least two other listed columns); name it with --sheet NAME.`,
    ),
  );
}
