import * as ExcelJS from "exceljs";
import { parseAddress } from "../../../src/engine/cells/address";
import type { Params } from "../../../src/engine/agreement/params";
import { parametersPlan } from "../../../src/engine/sheets/parametersSheet";
import type { SheetInput } from "../../../src/engine/types";
import type { SheetPlan } from "../../../src/engine/sheets/workbookPlan";
import { withPlans } from "../../support/xlsxFiles";

/** A workbook as the City would have it: the beneficiary sheet's values, dates as real Excel dates where they are numbers. */
export function beneficiaryWorkbook(sheet: SheetInput, dateColumns: ReadonlySet<number> = new Set()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.sheetName);
  const { row: top, column: left } = parseAddress(sheet.topLeft);
  sheet.values.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = ws.getCell(top + r, left + c);
      cell.value = value;
      if (typeof value === "number" && dateColumns.has(left + c)) cell.numFmt = "dd/mm/yyyy";
    });
  });
  return workbook;
}

/** The workbook's bytes with H4A_Parametri holding `params` and the payment plans written. */
export function filledWorkbook(
  sheet: SheetInput,
  params: Params,
  plans: SheetPlan[],
  dateColumns?: ReadonlySet<number>,
): Promise<Uint8Array> {
  return withPlans(beneficiaryWorkbook(sheet, dateColumns), [parametersPlan(params), ...plans]);
}
