import { statSync } from "node:fs";
import * as path from "node:path";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import type { Io } from "./io";
import { say } from "./strings";
import { findBeneficiarySheet, loadWorkbook, sheetValues } from "./workbookInput";

/** Opening the input workbook and reading its beneficiary sheet, with progress for long files. */

export interface Beneficiaries {
  workbook: PackageWorkbook;
  /** The beneficiary sheet's name. */
  sheet: string;
  input: SheetInput;
}

export async function openWorkbook(file: string, io: Io): Promise<PackageWorkbook> {
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    bytes = 0; // loadWorkbook says why the file cannot be read
  }
  io.progress.consider({ bytes });
  io.progress.step(say(io.lang).reading(path.basename(file), (bytes / 1024 / 1024).toFixed(1)));
  return loadWorkbook(file, io.lang);
}

export async function openBeneficiaries(file: string, sheetName: string | undefined, io: Io): Promise<Beneficiaries> {
  const workbook = await openWorkbook(file, io);
  const sheet = findBeneficiarySheet(workbook, sheetName, file, io.lang);
  const input = sheetValues(workbook, sheet, file, io.lang);
  io.progress.consider({ rows: input.values.length });
  io.progress.step(say(io.lang).rowsRead(sheet, input.values.length));
  return { workbook, sheet, input };
}
