import { tableRowList } from "../../src/engine/sheets/tableRows";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import type { Params } from "../../src/engine/agreement/params";
import { paymentPlans } from "../../src/engine/sheets/paymentPlans";
import type { SheetInput } from "../../src/engine/types";
import { isFormulaCell, type SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { beneficiarySheet, familyRow, paramsWith } from "../engine/fixtures/beneficiarySheet";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../engine/fixtures/illustration";
import { cachedResult, compareWithPlans, stalePlans, type Comparison } from "./support/compareResults";
import { generateProgramme } from "./support/generatedProgramme";
import { recalculateWithLibreOffice } from "./support/libreoffice";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { withPlans } from "../support/xlsxFiles";
import { beneficiaryWorkbook } from "./support/programmeWorkbook";

/**
 * The second spreadsheet engine: workbooks written with writePlans are opened in LibreOffice
 * Calc, which recalculates every native formula, and each formula cell of H4A_Calcolo and of
 * tables (a)–(d) on H4A_Pagamenti must equal the engine's value to the cent. Every formula is
 * written with a deliberately wrong cached result, so a right value can only come from
 * LibreOffice's own calculation; a sentinel cell shows it plainly.
 */

interface Case {
  name: string;
  sheet: SheetInput;
  params: Params;
  dateColumns?: Set<number>;
}

interface Outcome {
  plans: SheetPlan[];
  recalculated: ExcelJS.Workbook;
  comparison: Comparison;
}

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const SENTINEL_SHEET = "Sentinella";

/** A 0.5 × 6,000.07 × 11 year-3 tranche: 33,000.385 → 33,000.39 (Excel's ROUND, not binary rounding). */
function roundingCase(): Case {
  const yes = { leaseSigned: "Sì", supportStarted: "Sì", housingKept: "Sì", supportContinued: "Sì", stability: "Sì", wellbeing: "Sì" };
  const rows = Array.from({ length: 11 }, (_, i) => familyRow({ id: `R${i + 1}`, ...yes }));
  return { name: "rounding", sheet: beneficiarySheet(rows), params: paramsWith({ premiumPerFamily: 6000.07, currentYear: 3 }) };
}

const CASES: Case[] = [
  { name: "illustration", sheet: ILLUSTRATION_SHEET, params: ILLUSTRATION_PARAMS },
  roundingCase(),
  ...SEEDS.map((seed) => generateProgramme(seed)),
];

const outcomes = new Map<string, Outcome>();
let workDir = "";
let seconds = 0;

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), "h4a-libreoffice-"));
  const inputs: string[] = [];
  const planned = new Map<string, SheetPlan[]>();
  for (const c of CASES) {
    const parsed = parseBeneficiarySheet(c.sheet, c.params);
    const plans = paymentPlans({ sheet: c.sheet, parsed, params: c.params });
    planned.set(c.name, plans);
    const workbook = beneficiaryWorkbook(c.sheet, c.dateColumns);
    workbook.addWorksheet(SENTINEL_SHEET).getCell("A1").value = { formula: "1+1", result: 3 };
    const file = path.join(workDir, `${c.name}.xlsx`);
    await fs.writeFile(file, await withPlans(workbook, [parametersPlan(c.params), ...stalePlans(plans)]));
    inputs.push(file);
  }
  const started = Date.now();
  const outputs = await recalculateWithLibreOffice(inputs, path.join(workDir, "recalculated"));
  seconds = (Date.now() - started) / 1000;
  for (const [i, c] of CASES.entries()) {
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(outputs[i]);
    const plans = planned.get(c.name) ?? [];
    outcomes.set(c.name, { plans, recalculated, comparison: compareWithPlans(recalculated, plans) });
  }
}, 300_000);

afterAll(async () => {
  if (workDir !== "") await fs.rm(workDir, { recursive: true, force: true });
});

const outcome = (name: string): Outcome => {
  const found = outcomes.get(name);
  if (found === undefined) throw new Error(`LibreOffice gave no result for ${name}`);
  return found;
};

/** LibreOffice's values of one column of a table, read from the recalculated workbook. */
function recalculatedColumn(name: string, sheet: string, tableName: string, header: string): unknown[] {
  const { plans, recalculated } = outcome(name);
  const table = plans.find((p) => p.name === sheet)?.tables.find((t) => t.name === tableName);
  if (table === undefined) throw new Error(`no table ${tableName}`);
  const column = table.column + table.header.indexOf(header);
  const worksheet = recalculated.getWorksheet(sheet);
  return tableRowList(table.rows).map((_, i) =>
    worksheet === undefined ? undefined : cachedResult(worksheet.getCell(table.row + 1 + i, column)),
  );
}

describe("LibreOffice recalculates the payment sheets to the engine's numbers", () => {
  test("it really recalculated on load: the sentinel 1+1, cached as 3, comes back 2, in every workbook", () => {
    for (const c of CASES) {
      expect(cachedResult(outcome(c.name).recalculated.getWorksheet(SENTINEL_SHEET)!.getCell("A1"))).toBe(2);
    }
    expect(seconds).toBeGreaterThan(0);
  });

  test("§9 illustration: every formula cell equals the engine; payments 13,200 / 18,000 / 13,200 / 33,000 / 19,800 / 26,400 €", () => {
    const { comparison } = outcome("illustration");
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.checked).toBeGreaterThan(500);
    expect(recalculatedColumn("illustration", "H4A_Pagamenti", "H4A_Tranche", "Importo")).toEqual([
      13200, 18000, 13200, 33000, 19800, 26400,
    ]);
    expect(recalculatedColumn("illustration", "H4A_Pagamenti", "H4A_Anni", "Pagamento")).toEqual([13200, 31200, 52800, 26400]);
    expect(recalculatedColumn("illustration", "H4A_Pagamenti", "H4A_Risparmio", "Premio pagato")).toEqual([123600]);
  });

  test("0.5 × 6,000.07 × 11 = 33,000.385 rounds to 33,000.39 €, in LibreOffice as in the engine", () => {
    expect(outcome("rounding").comparison.mismatches).toEqual([]);
    expect(recalculatedColumn("rounding", "H4A_Pagamenti", "H4A_Tranche", "Importo")).toEqual([13200.15, 19800.23, 33000.39]);
  });

  test.each(SEEDS)("generated programme %i: every formula cell of H4A_Calcolo and of tables (a)–(d) equals the engine", (seed) => {
    const { comparison } = outcome(`programme-${seed}`);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.checked).toBeGreaterThan(100);
  });

  test("the generated programmes cover what could differ: caps cutting, the three tiers, leavers out of the denominator, values typed as text, calendar years", () => {
    const programmes = SEEDS.map((seed) => generateProgramme(seed));
    const results = SEEDS.map((seed) => outcome(`programme-${seed}`).plans);
    const values = (tableName: string, header: string): unknown[] =>
      results
        .flatMap((plans) => plans.flatMap((p) => p.tables.filter((t) => t.name === tableName)))
        .flatMap((t) => tableRowList(t.rows).map((row) => row[t.header.indexOf(header)]))
        .map((cell) => (isFormulaCell(cell) ? cell.result : cell));
    expect(new Set(values("H4A_Esiti", "Fascia"))).toEqual(new Set(["pieno", "parziale", "sotto soglia"]));
    expect(values("H4A_Risparmio", "Tagliato dal tetto").some((v) => typeof v === "number" && v > 0)).toBe(true);
    expect(values("H4A_Esiti", "Uscite").some((v) => typeof v === "number" && v > 0)).toBe(true);
    expect(programmes.some((p) => !p.params.leaversInDenominator)).toBe(true);
    expect(programmes.some((p) => p.params.firstCalendarYear !== null)).toBe(true);
    expect(programmes.some((p) => p.params.premiumPerFamily === null)).toBe(true);
    const rules = new Set(programmes.flatMap((p) => parseBeneficiarySheet(p.sheet, p.params).issues.map((i) => i.rule)));
    for (const rule of ["text-date", "text-number", "token-spelling"]) expect(rules).toContain(rule);
  });
});
