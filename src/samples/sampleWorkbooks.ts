import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { parseParams, type Params } from "../engine/agreement/params";
import { parametersPlan } from "../engine/sheets/parametersSheet";
import { fontsInSchemaOrder, PackageWorkbook } from "../xlsx";
import { CANDIDATE_YEARS, sampleCandidates, type SampleCandidate } from "./candidates";
import { CURRENT_YEAR, FIRST_CALENDAR_YEAR, sampleFamilies, type SampleFamily } from "./families";

/**
 * The two sample workbooks of assets/sample, written from a fixed seed: `beneficiari.xlsx` (a
 * programme in its fourth year that validates without errors) and `beneficiari-con-errori.xlsx`
 * (the same families with the mistakes people really make). Both carry the agreement in
 * H4A_Parametri, written with the add-in's own plan and owner mark.
 */

export const SAMPLE_SHEET = "Beneficiari";
export const CANDIDATES_SHEET = "Candidati";
export const SAMPLE_FILE = "beneficiari.xlsx";
export const ERROR_SAMPLE_FILE = "beneficiari-con-errori.xlsx";
const HEADER_ROW = 4;
/** Fixed, so that the files do not depend on when they were generated. */
const GENERATED = new Date(Date.UTC(2027, 0, 15, 9, 0, 0));

export const SAMPLE_PARAMS: Params = parseParams({
  totalPremium: 240_000,
  plannedFamilies: 40,
  premiumPerFamily: 6000,
  currentYear: CURRENT_YEAR,
  firstCalendarYear: FIRST_CALENDAR_YEAR,
}).params as Params;

const DATE = "dd/mm/yyyy";
const EURO = '#,##0.00 "€"';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
  value(f: SampleFamily): ExcelJS.CellValue;
}

const flag = (value: string): ExcelJS.CellValue => (value === "" ? null : value);

const COLUMNS: Column[] = [
  { header: "ID famiglia", width: 14, value: (f) => f.id },
  { header: "Coorte", width: 8, value: (f) => f.cohort },
  { header: "Componenti", width: 11, value: (f) => f.members },
  { header: "Minori", width: 8, value: (f) => f.minors },
  { header: "ISEE", width: 12, numFmt: EURO, value: (f) => f.isee },
  { header: "Condizione abitativa", width: 20, value: (f) => f.condition },
  { header: "Servizio inviante", width: 34, value: (f) => f.referral },
  { header: "Data domanda", width: 13, numFmt: DATE, value: (f) => f.requestDate },
  { header: "Data contratto", width: 13, numFmt: DATE, value: (f) => f.contractDate },
  { header: "Mesi di attesa", width: 10, value: (f) => f.waitMonths },
  { header: "Risparmio affitto", width: 12, numFmt: EURO, value: (f) => f.rentSaving },
  { header: "Contratto firmato", width: 11, value: (f) => flag(f.leaseSigned) },
  { header: "Accompagnamento avviato", width: 15, value: (f) => flag(f.supportStarted) },
  { header: "Alloggio mantenuto", width: 11, value: (f) => flag(f.housingKept) },
  { header: "Accompagnamento proseguito", width: 15, value: (f) => flag(f.supportContinued) },
  { header: "Stabilità abitativa", width: 11, value: (f) => flag(f.stability) },
  { header: "Benessere migliorato", width: 11, value: (f) => flag(f.wellbeing) },
  { header: "Data uscita", width: 13, numFmt: DATE, value: (f) => f.exitDate },
];

/** The beneficiary table as cells, before it is written: one array per family, by header. */
interface Table {
  columns: Column[];
  rows: ExcelJS.CellValue[][];
}

function tableOf(families: readonly SampleFamily[]): Table {
  return { columns: [...COLUMNS], rows: families.map((f) => COLUMNS.map((c) => c.value(f))) };
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Città di Torino — dati di esempio H4A";
  workbook.lastModifiedBy = "H4A scripts/make-samples.js";
  workbook.created = GENERATED;
  workbook.modified = GENERATED;
  return workbook;
}

function addBeneficiarySheet(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.addWorksheet(SAMPLE_SHEET, { views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }] });
  sheet.getCell("A1").value = "Homes4All — famiglie beneficiarie del premio di risultato (Città di Torino)";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value =
    `Situazione al 31/12/${FIRST_CALENDAR_YEAR + CURRENT_YEAR - 1}: esiti verificati fino all'anno di programma ${CURRENT_YEAR}. Dati di esempio, non reali.`;
  sheet.getCell("A2").font = { italic: true };
  table.columns.forEach((column, c) => {
    const header = sheet.getCell(HEADER_ROW, c + 1);
    header.value = column.header;
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    sheet.getColumn(c + 1).width = column.width;
  });
  table.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(HEADER_ROW + 1 + r, c + 1);
      cell.value = value;
      const format = table.columns[c].numFmt;
      if (format !== undefined && (typeof value === "number" || value instanceof Date)) cell.numFmt = format;
    });
  });
}

interface CandidateColumn {
  header: string;
  width: number;
  numFmt?: string;
  value(c: SampleCandidate): ExcelJS.CellValue;
}

const CANDIDATE_COLUMNS: CandidateColumn[] = [
  { header: "ID famiglia", width: 14, value: (c) => c.id },
  { header: "Data domanda", width: 13, numFmt: DATE, value: (c) => c.requestDate },
  { header: "Servizio inviante", width: 34, value: (c) => c.referral },
  { header: "Componenti", width: 11, value: (c) => c.members },
  { header: "Minori", width: 8, value: (c) => c.minors },
  { header: "Anziani", width: 8, value: (c) => c.elders },
  { header: "Disabili", width: 8, value: (c) => c.disabled },
  { header: "ISEE", width: 12, numFmt: EURO, value: (c) => c.isee },
  { header: "Condizione abitativa", width: 20, value: (c) => c.condition },
  { header: "Sfratto", width: 12, value: (c) => c.eviction },
  { header: "Mesi in struttura", width: 10, value: (c) => c.shelterMonths },
  { header: "Violenza", width: 9, value: (c) => (c.violence ? "Sì" : "No") },
];

/**
 * The applications of every entry ranked with the indicators of §3b (MECHANISM.md), year after
 * year, under two title rows like the beneficiaries.
 */
function addCandidatesSheet(workbook: ExcelJS.Workbook, candidates: readonly SampleCandidate[]): void {
  const sheet = workbook.addWorksheet(CANDIDATES_SHEET, { views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }] });
  sheet.getCell("A1").value =
    `Homes4All — domande per gli ingressi dal ${CANDIDATE_YEARS[0]} al ${CANDIDATE_YEARS[CANDIDATE_YEARS.length - 1]} (Città di Torino)`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value =
    "Indicatori di emergenza abitativa per la graduatoria delle famiglie beneficiarie: l'anno di ingresso è nell'ID. Dati di esempio, non reali.";
  sheet.getCell("A2").font = { italic: true };
  CANDIDATE_COLUMNS.forEach((column, c) => {
    const header = sheet.getCell(HEADER_ROW, c + 1);
    header.value = column.header;
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    sheet.getColumn(c + 1).width = column.width;
  });
  candidates.forEach((candidate, r) => {
    CANDIDATE_COLUMNS.forEach((column, c) => {
      const cell = sheet.getCell(HEADER_ROW + 1 + r, c + 1);
      const value = column.value(candidate);
      cell.value = value;
      if (column.numFmt !== undefined && (typeof value === "number" || value instanceof Date)) cell.numFmt = column.numFmt;
    });
  });
}

/**
 * The workbook exceljs built — its fonts put in the schema's order, which exceljs does not
 * follow — with the agreement written by the add-in's own package layer (plan and owner mark).
 */
async function finish(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written = PackageWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const styles = written.index.rels.ofKind("styles")[0]?.part;
  if (styles) written.pkg.set(styles, fontsInSchemaOrder(written.pkg.readText(styles), styles));
  await written.writeSheets([parametersPlan(SAMPLE_PARAMS)]);
  return written.toBytes();
}

/**
 * The clean sample: validates with no error (one family did not answer the wellbeing question: a
 * warning); beside the beneficiaries, the applications of 2023, 2024 and 2025 (sheet Candidati)
 * that each cohort was chosen from, in rank order.
 */
export async function cleanSampleWorkbook(): Promise<Uint8Array> {
  const workbook = newWorkbook();
  addBeneficiarySheet(workbook, tableOf(sampleFamilies()));
  addCandidatesSheet(workbook, sampleCandidates());
  return finish(workbook);
}

function set(table: Table, row: number, header: string, value: ExcelJS.CellValue): void {
  const column = table.columns.findIndex((c) => c.header === header);
  if (column < 0) throw new RangeError(`No column ${header}.`);
  table.rows[row][column] = value;
}

function insertColumn(table: Table, at: number, column: Column, values: ExcelJS.CellValue[]): void {
  table.columns.splice(at, 0, column);
  table.rows.forEach((row, r) => row.splice(at, 0, values[r] ?? null));
}

/** A date as people type it in Italy: "14/03/2023". */
function dayFirst(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A codice fiscale shaped like a real one (16 characters) but with the non-existent place code Z999. */
function syntheticFiscalCode(index: number): string {
  const letters = "BCDFGHLMNPRSTVZ";
  const letter = (k: number) => letters[(index * 7 + k * 3) % letters.length];
  const month = "ABCDEHLMPRST"[index % 12];
  const day = String(1 + ((index * 11) % 28)).padStart(2, "0");
  const year = String(60 + ((index * 13) % 40));
  return `${letter(1)}${letter(2)}${letter(3)}${letter(4)}${letter(5)}${letter(6)}${year}${month}${day}Z999${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index % 26]}`;
}

const NOTES: Record<number, string> = {
  2: "Madre in cura presso il CSM per depressione; contattare prima l'assistente sociale.",
  9: "Segnalata dal SerD, percorso di disintossicazione del padre in corso.",
  17: "Figlio con disabilità certificata (legge 104), serve alloggio al piano terra.",
  25: "Sfratto per morosità incolpevole dopo la perdita del lavoro del marito.",
};

/**
 * The sample with a dozen realistic mistakes, each on its own family (rows counted from the first
 * family): a duplicate id, an impossible date, a missing due outcome, an unknown yes/no token,
 * minors not fewer than members, a contract dated before the request, a cohort after the current
 * year, a household size in words, housing kept without a lease, an Excel #N/A; plus variations
 * that are valid but worth a look (a date typed as text, `si` and `X` for yes, an ISEE above the
 * ceiling) and two columns that must not be shared: codice fiscale and free-text notes.
 */
export async function errorSampleWorkbook(): Promise<Uint8Array> {
  const families = sampleFamilies();
  const table = tableOf(families);
  set(table, 7, "ID famiglia", families[2].id);
  set(table, 4, "Data contratto", dayFirst(families[4].contractDate as Date));
  set(table, 5, "Contratto firmato", "si");
  set(table, 6, "Accompagnamento avviato", "X");
  set(table, 14, "Data domanda", "31/02/2024");
  set(table, 16, "Stabilità abitativa", null);
  set(table, 18, "Accompagnamento proseguito", "forse");
  set(table, 20, "Componenti", 2);
  set(table, 20, "Minori", 2);
  set(table, 22, "Data domanda", new Date(Date.UTC(2024, 10, 20)));
  set(table, 22, "Data contratto", new Date(Date.UTC(2024, 8, 2)));
  set(table, 29, "Coorte", 5);
  set(table, 31, "Componenti", "tre");
  set(table, 33, "Contratto firmato", "No");
  set(table, 34, "ISEE", { formula: "NA()", result: { error: "#N/A" } });
  set(table, 36, "ISEE", 31_500);
  insertColumn(
    table,
    1,
    { header: "Codice fiscale", width: 19, value: () => null },
    families.map((_, i) => syntheticFiscalCode(i)),
  );
  insertColumn(
    table,
    table.columns.length,
    { header: "Note", width: 60, value: () => null },
    families.map((_, i) => NOTES[i] ?? null),
  );
  const workbook = newWorkbook();
  addBeneficiarySheet(workbook, table);
  return finish(workbook);
}

/** Writes both samples into `folder`; returns the paths written. */
export async function writeSamples(folder: string): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const [name, build] of [
    [SAMPLE_FILE, cleanSampleWorkbook],
    [ERROR_SAMPLE_FILE, errorSampleWorkbook],
  ] as const) {
    const file = path.join(folder, name);
    fs.writeFileSync(file, await build());
    written.push(file);
  }
  return written;
}
