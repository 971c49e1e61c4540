import type * as ExcelJS from "exceljs";
import { parseAddress } from "../engine/address";
import type { CellValue, SheetInput } from "../engine/types";
import type { SheetPlan, WorkbookPort } from "../engine/workbookPlan";
import { cellValueOf, sheetInput } from "./readWorkbook";
import { isOwnSheet, writePlans } from "./writePlans";

/**
 * The exceljs shell's WorkbookPort: reading as Office.js reads (readWorkbook.ts), writing the
 * add-in's sheets with the shared SheetPlans (writePlans.ts), so the command line writes what the
 * task pane writes. Works on a workbook in memory; saving it is the caller's (output.ts).
 */
export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<SheetInput> {
    const sheet = this.workbook.getWorksheet(name);
    if (sheet === undefined) throw new RangeError(`No sheet "${name}".`);
    return sheetInput(sheet);
  }

  async readNamedValues(prefix: string): Promise<Record<string, CellValue>> {
    const values: Record<string, CellValue> = {};
    for (const { name, ranges } of this.workbook.definedNames.model) {
      if (!name.startsWith(prefix) || ranges.length === 0) continue;
      try {
        const { sheet, row, column } = parseAddress(ranges[0]);
        const target = sheet === null ? undefined : this.workbook.getWorksheet(sheet);
        const cell = target?.findCell(row, column);
        values[name] = cell === undefined ? "" : cellValueOf(cell);
      } catch {
        values[name] = "";
      }
    }
    return values;
  }

  async isOwnSheet(name: string): Promise<boolean> {
    return isOwnSheet(this.workbook, name);
  }

  async writeSheets(plans: SheetPlan[]): Promise<void> {
    writePlans(this.workbook, plans);
  }
}
