import * as fs from "node:fs";
import * as ExcelJS from "exceljs";
import { valuesIn } from "../../support/xlsxFiles";
import type { SheetInput } from "../../../src/engine/types";

/** Small real .xlsx files for the command-line tests, written and read with exceljs. */

export async function save(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's values as the engine reads them. */
export async function valuesOf(file: string, sheet: string): Promise<SheetInput> {
  return valuesIn(file, sheet);
}

/** A workbook with one sheet of rows from A1. */
export function workbookOf(sheetName: string, rows: ExcelJS.CellValue[][]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  return workbook;
}

/** The §9 programme in a minimal beneficiary sheet: cohort 1 of 11 families, all outcomes yes, and no agreement. */
export function minimalBeneficiaries(): ExcelJS.CellValue[][] {
  const header = ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"];
  const rows = Array.from({ length: 11 }, (_, i) => [`F${String(i + 1).padStart(2, "0")}`, 1, 3, 4, "Sì", "Sì"]);
  return [header, ...rows];
}
