import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { ForeignSheetError, isOwnSheet, writePlans } from "../../src/cli/writePlans";
import { parseBeneficiarySheet } from "../../src/engine/parse";
import type { Params } from "../../src/engine/params";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { payoutPlans } from "../../src/engine/sheets/payoutPlans";
import { isFormulaCell, type FormulaCell, type SheetPlan } from "../../src/engine/workbookPlan";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../engine/fixtures/illustration";
import { asSerial, cachedResult } from "./support/compareResults";
import { beneficiaryWorkbook } from "./support/programmeWorkbook";

/** writePlans on real .xlsx files, read back with exceljs. */

function plansFor(params: Params): SheetPlan[] {
  const parsed = parseBeneficiarySheet(ILLUSTRATION_SHEET, params);
  return [parametersPlan(params), ...payoutPlans({ sheet: ILLUSTRATION_SHEET, parsed, params })];
}

async function reload(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const tableNames = (ws: ExcelJS.Worksheet | undefined): string[] =>
  (ws?.getTables() ?? []).map((entry) => (entry as unknown as { name: string }).name);

let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "h4a-write-plans-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a workbook written with writePlans, read back", () => {
  const plans = plansFor(ILLUSTRATION_PARAMS);
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const written = beneficiaryWorkbook(ILLUSTRATION_SHEET);
    writePlans(written, plans);
    expect(written.calcProperties.fullCalcOnLoad).toBe(true);
    const file = path.join(dir, "filled.xlsx");
    await written.xlsx.writeFile(file);
    workbook = await reload(file);
  });

  test("has the beneficiary sheet first, then H4A_Parametri, H4A_Calcolo and H4A_Pagamenti, each marked as the add-in's", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Beneficiari", "H4A_Parametri", "H4A_Calcolo", "H4A_Pagamenti"]);
    for (const name of ["H4A_Parametri", "H4A_Calcolo", "H4A_Pagamenti"]) expect(isOwnSheet(workbook, name)).toBe(true);
    expect(isOwnSheet(workbook, "Beneficiari")).toBe(false);
  });

  test("has the workbook-scope names of the agreement and of the premium per family used", () => {
    expect(workbook.definedNames.getRanges("H4A_currentYear").ranges).toEqual(["'H4A_Parametri'!$B$16"]);
    expect(workbook.definedNames.getRanges("H4A_share3").ranges).toEqual(["'H4A_Parametri'!$B$7"]);
    expect(workbook.definedNames.getRanges("H4A_premiumPerFamilyUsed").ranges).toEqual(["'H4A_Pagamenti'!$B$2"]);
    expect(workbook.definedNames.getRanges("H4A_Owned_H4A_Pagamenti").ranges).toEqual(["'H4A_Pagamenti'!$A$1"]);
  });

  test("has the Excel tables where the plans put them, with their headers", () => {
    expect(tableNames(workbook.getWorksheet("H4A_Calcolo"))).toEqual(["H4A_Famiglie"]);
    expect(tableNames(workbook.getWorksheet("H4A_Pagamenti"))).toEqual(["H4A_Tranche", "H4A_Anni", "H4A_Esiti", "H4A_Risparmio"]);
    const pagamenti = workbook.getWorksheet("H4A_Pagamenti")!;
    const tranche = plans[2].tables[0];
    expect(pagamenti.getRow(tranche.row).values).toEqual([undefined, ...tranche.header]);
  });

  test("holds every formula without its '=' and with the engine's result cached, and the number formats", () => {
    for (const plan of plans.slice(1)) {
      const ws = workbook.getWorksheet(plan.name)!;
      for (const table of plan.tables) {
        table.rows.forEach((row, i) =>
          row.forEach((cell, j) => {
            const written = ws.getCell(table.row + 1 + i, table.column + j);
            if (isFormulaCell(cell)) {
              expect(written.formula).toBe(cell.formula.slice(1));
              expect(cachedResult(written)).toBe(cell.result);
            } else {
              expect(asSerial(written.value ?? null)).toBe(cell === "" ? null : cell);
            }
            if (table.numberFormats[j] !== null) expect(written.numFmt).toBe(table.numberFormats[j]);
          }),
        );
      }
    }
    const premium = workbook.getWorksheet("H4A_Pagamenti")!.getCell("B2");
    expect(premium.formula).toBe((plans[2].cells.find((c) => c.row === 2 && c.column === 2)!.value as FormulaCell).formula.slice(1));
    expect(premium.font?.bold).toBe(true);
  });
});

describe("writing over sheets", () => {
  test("a sheet named H4A_Pagamenti that the add-in did not create is refused, and nothing is written", async () => {
    const file = path.join(dir, "foreign.xlsx");
    const original = beneficiaryWorkbook(ILLUSTRATION_SHEET);
    original.addWorksheet("H4A_Pagamenti").getCell("A1").value = "I miei pagamenti";
    await original.xlsx.writeFile(file);
    const before = await fs.readFile(file);

    const workbook = await reload(file);
    expect(() => writePlans(workbook, plansFor(ILLUSTRATION_PARAMS))).toThrow(ForeignSheetError);
    try {
      writePlans(workbook, plansFor(ILLUSTRATION_PARAMS));
    } catch (error) {
      expect((error as ForeignSheetError).sheets).toEqual(["H4A_Pagamenti"]);
      expect((error as ForeignSheetError).messageIt).toContain("non creato da H4A");
    }
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Beneficiari", "H4A_Pagamenti"]);
    expect(workbook.getWorksheet("H4A_Pagamenti")!.getCell("A1").value).toBe("I miei pagamenti");
    expect(workbook.definedNames.model).toEqual([]);
    expect(await fs.readFile(file)).toEqual(before);
  });

  test("a table of the user's named like one of the add-in's is refused too", async () => {
    const workbook = beneficiaryWorkbook(ILLUSTRATION_SHEET);
    workbook.getWorksheet("Beneficiari")!.addTable({
      name: "H4A_Anni",
      ref: "AA1",
      columns: [{ name: "Anno" }],
      rows: [[1]],
    });
    expect(() => writePlans(workbook, plansFor(ILLUSTRATION_PARAMS))).toThrow(/H4A_Anni \(Beneficiari\)/);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Beneficiari"]);
  });

  test("writing again replaces the add-in's own sheets, tables and names, in place, and leaves the user's sheets alone", async () => {
    const first = path.join(dir, "first.xlsx");
    const workbook = beneficiaryWorkbook(ILLUSTRATION_SHEET);
    writePlans(workbook, plansFor(ILLUSTRATION_PARAMS));
    workbook.addWorksheet("Note").getCell("A1").value = "appunti";
    await workbook.xlsx.writeFile(first);

    const again = await reload(first);
    const later = { ...ILLUSTRATION_PARAMS, currentYear: 3, firstCalendarYear: 2023 };
    const plans = plansFor(later);
    writePlans(again, plans);
    const second = path.join(dir, "second.xlsx");
    await again.xlsx.writeFile(second);
    const result = await reload(second);

    expect(result.worksheets.map((ws) => ws.name)).toEqual(["Beneficiari", "H4A_Parametri", "H4A_Calcolo", "H4A_Pagamenti", "Note"]);
    expect(result.getWorksheet("Note")!.getCell("A1").value).toBe("appunti");
    expect(tableNames(result.getWorksheet("H4A_Pagamenti"))).toEqual(["H4A_Tranche", "H4A_Anni", "H4A_Esiti", "H4A_Risparmio"]);
    const names = result.definedNames.model.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    expect(result.definedNames.getRanges("H4A_premiumPerFamilyUsed").ranges).toEqual(["'H4A_Pagamenti'!$B$2"]);
    expect(result.getWorksheet("H4A_Parametri")!.getCell("B16").value).toBe(3);
    const tranche = plans[2].tables[0];
    const lastRow = result.getWorksheet("H4A_Pagamenti")!.getCell(tranche.row + tranche.rows.length, tranche.column);
    expect(lastRow.value).toBe(2);
  });
});
