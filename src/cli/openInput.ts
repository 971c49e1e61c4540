import { statSync } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import type { SheetInput } from "../engine/types";
import type { Io } from "./io";
import { findBeneficiarySheet, loadXlsx, sheetInput } from "./readWorkbook";

/** Opening the input workbook and reading its beneficiary sheet, with progress for long files. */

export interface Beneficiaries {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  input: SheetInput;
}

export async function openWorkbook(file: string, io: Io): Promise<ExcelJS.Workbook> {
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    bytes = 0; // loadXlsx says why the file cannot be read
  }
  io.progress.consider({ bytes });
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  io.progress.step(`lettura di ${path.basename(file)} (${megabytes.replace(".", ",")} MB)…`, `reading ${path.basename(file)} (${megabytes} MB)…`);
  return loadXlsx(file, io.lang);
}

export async function openBeneficiaries(file: string, sheetName: string | undefined, io: Io): Promise<Beneficiaries> {
  const workbook = await openWorkbook(file, io);
  const sheet = findBeneficiarySheet(workbook, sheetName, file, io.lang);
  io.progress.consider({ rows: sheet.actualRowCount });
  io.progress.step(`foglio «${sheet.name}»: ${sheet.actualRowCount} righe, lettura dei valori…`, `sheet "${sheet.name}": ${sheet.actualRowCount} rows, reading the values…`);
  const input = sheetInput(sheet);
  return { workbook, sheet, input };
}
