import * as ExcelJS from "exceljs";

/**
 * The add-in's custom functions (=H4A.PREMIUM(…)) in a file: Excel stores them as
 * "H4A.NAME(" or, once saved where the add-in is not loaded, "_xldudf_H4A_NAME(". A shared
 * workbook must hold none (MECHANISM.md §8): each is replaced by the value Excel last computed.
 */

const CUSTOM_FUNCTION_CALL = /(?:^|[^A-Za-z0-9_.])(?:_xldudf_)?H4A\.[A-Za-z][A-Za-z0-9_.]*\s*\(|_xldudf_H4A_[A-Za-z][A-Za-z0-9_]*\s*\(/i;

/** Whether a formula calls one of the add-in's custom functions (text in quotes is not a call). */
export function callsCustomFunction(formula: string): boolean {
  const outsideQuotes = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return CUSTOM_FUNCTION_CALL.test(outsideQuotes);
}

type Result = ExcelJS.CellFormulaValue["result"];

/** The cached result as a plain cell value: what the cell showed when Excel last saved it. */
function resultValue(result: Result): ExcelJS.CellValue {
  return result === undefined ? null : result;
}

/**
 * Replaces every formula calling an H4A.* function, in every sheet, by its cached result.
 * All cells are found first, then replaced, so that shared formulas still resolve while being read.
 * Returns the addresses replaced ("Foglio!B4").
 */
export function replaceCustomFunctionFormulas(workbook: ExcelJS.Workbook): string[] {
  const found: { cell: ExcelJS.Cell; result: Result; address: string }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = cell.formula ?? "";
        if (!callsCustomFunction(formula)) return;
        const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        found.push({ cell, result: value.result, address: `${sheet.name}!${cell.address}` });
      });
    });
  }
  for (const { cell, result } of found) cell.value = resultValue(result);
  return found.map((f) => f.address);
}
