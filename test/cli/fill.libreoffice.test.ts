import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { toCents } from "../../src/engine/cells/rounding";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { PAYMENT_SHEET } from "../../src/engine/sheets/paymentLabels";
import { h4a, SAMPLE, tempDir } from "./helpers/runCli";
import { asSerial, cachedResult } from "./support/compareResults";
import { generateProgramme } from "./support/generatedProgramme";
import { recalculateWithLibreOffice } from "./support/libreoffice";
import { withPlans } from "../support/xlsxFiles";
import { beneficiaryWorkbook } from "./support/programmeWorkbook";

/**
 * What a person does: `h4a fill` a workbook, open the result in a second spreadsheet engine
 * (LibreOffice recalculates every native formula on load), and find in its payment tables the
 * numbers `fill --json` printed, to the cent — for the sample workbook and generated programmes.
 */

interface FillJson {
  payments: { cohort: number; cohortYear: number; programmeYear: number; families: number; amount: number }[];
  years: { programmeYear: number; amount: number; cumulative: number }[];
  total: number;
  capCut: number;
  costSaving: number;
  netSaving: number;
}

type Row = Record<string, unknown>;

const TRANCHE_HEADER = ["Coorte", "Anno di coorte", "Anno di programma", "Anno solare", "Dovuto", "Famiglie conteggiate"];
const YEARS_HEADER = ["Anno di programma", "Anno solare", "Pagamento", "Cumulato"];
const SAVING_HEADER = ["Risparmio", "Premio pagato", "Risparmio netto"];
const GENERATED_SEEDS = [101, 102, 103, 104, 105, 106];

const text = (cell: ExcelJS.Cell): string => (typeof cell.value === "string" ? cell.value : "");

/** A cell as LibreOffice left it: a formula's computed result, or the constant it holds. */
const shown = (cell: ExcelJS.Cell): unknown => (cell.type === ExcelJS.ValueType.Formula ? cachedResult(cell) : asSerial(cell.value));

/** The rows of the table whose header row starts with `header`, as LibreOffice computed them. */
function tableRows(sheet: ExcelJS.Worksheet, header: readonly string[]): Row[] {
  for (let r = 1; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= sheet.columnCount; c++) {
      if (!header.every((h, i) => text(sheet.getCell(r, c + i)) === h)) continue;
      const names: string[] = [];
      for (let k = c; text(sheet.getCell(r, k)) !== ""; k++) names.push(text(sheet.getCell(r, k)));
      const rows: Row[] = [];
      for (let rr = r + 1; sheet.getCell(rr, c).value !== null && sheet.getCell(rr, c).value !== undefined; rr++) {
        rows.push(Object.fromEntries(names.map((name, i) => [name, shown(sheet.getCell(rr, c + i))])));
      }
      return rows;
    }
  }
  throw new Error(`no table headed ${header.join(" | ")} on ${sheet.name}`);
}

const cents = (value: unknown): bigint => {
  if (typeof value !== "number") throw new Error(`expected a number, LibreOffice gave ${JSON.stringify(value)}`);
  return toCents(value);
};

interface Filled {
  name: string;
  json: FillJson;
  recalculated: ExcelJS.Workbook;
}

const filled: Filled[] = [];

beforeAll(async () => {
  const dir = tempDir("fill-libreoffice");
  const inputs: { name: string; file: string }[] = [{ name: "sample", file: SAMPLE }];
  for (const seed of GENERATED_SEEDS) {
    const programme = generateProgramme(seed);
    const workbook = beneficiaryWorkbook(programme.sheet, programme.dateColumns);
    const file = path.join(dir, `programme-${seed}.xlsx`);
    await fs.writeFile(file, await withPlans(workbook, [parametersPlan(programme.params)]));
    inputs.push({ name: `programme ${seed}`, file });
  }
  const outputs: { name: string; file: string; json: FillJson }[] = [];
  for (const input of inputs) {
    const file = path.join(dir, `${path.basename(input.file, ".xlsx")}-filled.xlsx`);
    const run = await h4a(["fill", input.file, "-o", file, "--json"]);
    if (run.code !== 0) throw new Error(`h4a fill ${input.name} exited ${run.code}: ${run.stderr}`);
    outputs.push({ name: input.name, file, json: JSON.parse(run.stdout) as FillJson });
  }
  const recalculatedFiles = await recalculateWithLibreOffice(
    outputs.map((o) => o.file),
    path.join(dir, "recalculated"),
  );
  for (const [i, output] of outputs.entries()) {
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(recalculatedFiles[i]);
    filled.push({ name: output.name, json: output.json, recalculated });
  }
  await fs.rm(dir, { recursive: true, force: true });
}, 300_000);

const paymentSheet = (f: Filled): ExcelJS.Worksheet => {
  const sheet = f.recalculated.getWorksheet(PAYMENT_SHEET);
  if (sheet === undefined) throw new Error(`${f.name}: no ${PAYMENT_SHEET} sheet`);
  return sheet;
};

describe("a workbook written by h4a fill, recalculated by LibreOffice, shows fill's JSON to the cent", () => {
  test("the sample and every generated programme were filled and recalculated", () => {
    expect(filled.map((f) => f.name)).toEqual(["sample", ...GENERATED_SEEDS.map((s) => `programme ${s}`)]);
  });

  test("each due tranche's amount; tranches not yet due show 0", () => {
    for (const f of filled) {
      const rows = tableRows(paymentSheet(f), TRANCHE_HEADER);
      for (const row of rows) {
        const due = f.json.payments.find((p) => p.cohort === row["Coorte"] && p.cohortYear === row["Anno di coorte"]);
        expect({ programme: f.name, cohort: row["Coorte"], year: row["Anno di coorte"], cents: cents(row["Importo"]) }).toEqual({
          programme: f.name,
          cohort: row["Coorte"],
          year: row["Anno di coorte"],
          cents: toCents(due?.amount ?? 0),
        });
        if (due) expect(row["Famiglie conteggiate"]).toBe(due.families);
      }
      expect(rows.filter((row) => row["Dovuto"] === "Sì")).toHaveLength(f.json.payments.length);
    }
  });

  test("each programme year's payment and cumulative payment", () => {
    for (const f of filled) {
      const rows = tableRows(paymentSheet(f), YEARS_HEADER);
      for (const year of f.json.years) {
        const row = rows.find((r) => r["Anno di programma"] === year.programmeYear);
        expect([f.name, year.programmeYear, cents(row?.["Pagamento"]), cents(row?.["Cumulato"])]).toEqual([
          f.name,
          year.programmeYear,
          toCents(year.amount),
          toCents(year.cumulative),
        ]);
      }
    }
  });

  test("the total paid, what the cap cut, the City's saving and the net saving", () => {
    for (const f of filled) {
      const [row] = tableRows(paymentSheet(f), SAVING_HEADER);
      expect([
        f.name,
        cents(row["Premio pagato"]),
        cents(row["Tagliato dal tetto"]),
        cents(row["Risparmio"]),
        cents(row["Risparmio netto"]),
      ]).toEqual([f.name, toCents(f.json.total), toCents(f.json.capCut), toCents(f.json.costSaving), toCents(f.json.netSaving)]);
    }
  });

  test("the sample's figures are the ones its README run prints: 171,600 € due over four programme years", () => {
    const sample = filled[0];
    expect(sample.json.years.map((y) => y.amount)).toEqual([13200, 34800, 70200, 53400]);
    expect(sample.json.total).toBe(171600);
  });
});
