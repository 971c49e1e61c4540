import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { paymentPlans } from "../../src/engine/sheets/paymentPlans";
import type { SheetInput } from "../../src/engine/types";
import { isFormulaCell } from "../../src/engine/sheets/workbookPlan";
import { PackageWorkbook } from "../../src/xlsx";
import { formulaCells, sameValue, stalePlans } from "../cli/support/compareResults";
import { recalculateWithLibreOffice } from "../cli/support/libreoffice";
import { beneficiaryWorkbook } from "../cli/support/programmeWorkbook";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../engine/fixtures/illustration";
import { richWorkbook } from "./support/fixtures";

/**
 * LibreOffice Calc opens what the package writer makes, recalculates every formula and saves it
 * again: each formula cell must then hold the engine's value. The cached results are written
 * wrong on purpose, so a right value can only come from LibreOffice's own calculation. The files
 * LibreOffice saves are read back with the package reader (its layout, not Excel's).
 */

const at = (sheet: SheetInput, row: number, column: number): unknown => {
  const m = /^([A-Z]+)(\d+)$/.exec(sheet.topLeft)!;
  const left = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.values[row - Number(m[2])]?.[column - left] ?? "";
};

let dir = "";
const plans = (() => {
  const parsed = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
  return [parametersPlan(ILLUSTRATION_PARAMS), ...paymentPlans({ sheet: ILLUSTRATION_SHEET, parsed, params: ILLUSTRATION_PARAMS })];
})();
let recalculated: PackageWorkbook;
let richRecalculated: PackageWorkbook;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "h4a-xlsx-libreoffice-"));
  const input = new Uint8Array(await beneficiaryWorkbook(ILLUSTRATION_SHEET).xlsx.writeBuffer());
  const wb = PackageWorkbook.open(input);
  await wb.writeSheets(stalePlans(plans));
  const rich = PackageWorkbook.open(richWorkbook());
  await rich.writeSheets(plans);
  const files = [path.join(dir, "illustration.xlsx"), path.join(dir, "rich.xlsx")];
  await fs.writeFile(files[0], wb.toBytes());
  await fs.writeFile(files[1], rich.toBytes());
  const [out, richOut] = await recalculateWithLibreOffice(files, path.join(dir, "out"));
  recalculated = PackageWorkbook.open(new Uint8Array(await fs.readFile(out)));
  richRecalculated = PackageWorkbook.open(new Uint8Array(await fs.readFile(richOut)));
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("LibreOffice opens the written workbook with every sheet, in order", async () => {
  expect(await recalculated.sheetNames()).toEqual([ILLUSTRATION_SHEET.sheetName, ...plans.map((p) => p.name)]);
});

test("every formula LibreOffice computed equals the engine's value", async () => {
  const sheets = new Map<string, SheetInput>();
  for (const plan of plans) sheets.set(plan.name, await recalculated.readSheet(plan.name));
  const cells = formulaCells(plans);
  expect(cells.length).toBeGreaterThan(50);
  const mismatches = cells
    .map(({ sheet, row, column, cell }) => ({
      sheet,
      row,
      column,
      formula: cell.formula,
      expected: cell.result,
      actual: at(sheets.get(sheet)!, row, column),
    }))
    .filter((c) => !sameValue(c.expected, c.actual));
  expect(mismatches).toEqual([]);
});

test("the beneficiary sheet and the names survive LibreOffice", async () => {
  const sheet = await recalculated.readSheet(ILLUSTRATION_SHEET.sheetName);
  const width = Math.max(...ILLUSTRATION_SHEET.values.map((row) => row.length));
  expect(sheet.topLeft).toBe(ILLUSTRATION_SHEET.topLeft);
  expect(sheet.values).toEqual(ILLUSTRATION_SHEET.values.map((row) => [...row, ...new Array(width - row.length).fill("")]));
  const named = await recalculated.readNamedValues("H4A_");
  expect(named.H4A_currentYear).toBe(ILLUSTRATION_PARAMS.currentYear);
  for (const plan of plans) expect(await recalculated.isOwnSheet(plan.name)).toBe(true);
});

test("the workbook with everything opens in LibreOffice with its sheets and values", async () => {
  // LibreOffice has no chart sheets: it saves Grafico as a worksheet holding the chart
  expect(await richRecalculated.sheetNames()).toEqual([
    "Dati",
    "Nascosto",
    "Grafico",
    "H4A_Pagamenti",
    "Note",
    ...plans.map((p) => p.name).filter((n) => n !== "H4A_Pagamenti"),
  ]);
  const dati = await richRecalculated.readSheet("Dati");
  expect(dati.values[0]).toEqual(["ID famiglia", "Importo", "Data", "Doppio"]);
  expect(dati.values[1].slice(1)).toEqual([10, 45306, 20]);
  // (the engine's formulas there refer to a beneficiary sheet this workbook lacks: only plain values are compared)
  const parametri = plans[0];
  const sheet = await richRecalculated.readSheet(parametri.name);
  const plain = parametri.cells.filter((c) => !isFormulaCell(c.value) && c.value !== null && c.value !== "");
  expect(plain.length).toBeGreaterThan(10);
  expect(plain.filter((c) => at(sheet, c.row, c.column) !== c.value)).toEqual([]);
  expect(await richRecalculated.isOwnSheet("H4A_Pagamenti")).toBe(true);
});
