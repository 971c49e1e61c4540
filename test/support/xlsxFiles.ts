import { readFileSync } from "node:fs";
import type * as ExcelJS from "exceljs";
import type { SheetInput } from "../../src/engine/types";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { PackageWorkbook } from "../../src/xlsx";

/**
 * Reading and writing .xlsx files in tests the way the add-in does (src/xlsx): values as
 * Office.js reads them, the add-in's sheets written into a workbook that exceljs (or anyone)
 * made.
 */

const bytesOf = (source: string | Uint8Array): Uint8Array => (typeof source === "string" ? readFileSync(source) : source);

/** A sheet's used range, as the engine reads it. */
export function valuesIn(source: string | Uint8Array, sheet: string): SheetInput {
  return PackageWorkbook.open(bytesOf(source)).readSheetSync(sheet);
}

/** The worksheets' names in tab order. */
export function sheetNamesIn(source: string | Uint8Array): string[] {
  return PackageWorkbook.open(bytesOf(source))
    .index.sheets.filter((s) => s.kind === "worksheet")
    .map((s) => s.name);
}

/** The bytes of a workbook exceljs built in memory. */
export async function exceljsBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The workbook's bytes with the add-in's sheets written by the package layer. */
export async function withPlans(workbook: ExcelJS.Workbook | Uint8Array, plans: SheetPlan[]): Promise<Uint8Array> {
  const package_ = PackageWorkbook.open(workbook instanceof Uint8Array ? workbook : await exceljsBytes(workbook));
  await package_.writeSheets(plans);
  return package_.toBytes();
}
