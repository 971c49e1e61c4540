import type * as ExcelJS from "exceljs";
import { absolute } from "../engine/sheets/formulaText";
import { parseAddress } from "../engine/address";
import type { CellValue } from "../engine/types";
import { isFormulaCell, ownerName, type PlannedCell, type SheetPlan, type TablePlan } from "../engine/workbookPlan";

/**
 * Carries SheetPlans out on an exceljs workbook, in memory: the add-in's own sheets are replaced
 * (old sheet, its tables and its names removed first), every other sheet is left as it was.
 * Formulas keep their cached results and the workbook asks to be fully recalculated on load.
 */

/** A sheet of a plan's name exists but the add-in did not create it: nothing was written. */
export class ForeignSheetError extends Error {
  constructor(
    readonly sheets: string[],
    readonly messageIt: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = "ForeignSheetError";
  }
}

const TABLE_STYLE = "TableStyleMedium2";

/** exceljs orders the tabs by this property, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** The sheet a defined name's range points at ("'H4A_Pagamenti'!$A$1" → "H4A_Pagamenti"), or null. */
function sheetOfRange(range: string): string | null {
  try {
    return parseAddress(range).sheet;
  } catch {
    return null;
  }
}

/** True when the workbook has a sheet of this name carrying the add-in's owner mark. */
export function isOwnSheet(workbook: ExcelJS.Workbook, name: string): boolean {
  if (workbook.getWorksheet(name) === undefined) return false;
  const { ranges } = workbook.definedNames.getRanges(ownerName(name));
  return ranges.some((range) => sheetOfRange(range) === name);
}

/**
 * Writes the plans into the workbook. Throws a ForeignSheetError, changing nothing, when a
 * sheet of a plan's name exists without the owner mark, or when another sheet holds a table of a
 * plan's table name.
 */
export function writePlans(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): void {
  refuseForeign(workbook, plans);
  for (const plan of plans) {
    const old = workbook.getWorksheet(plan.name);
    const orderNo = old === undefined ? undefined : (old as Ordered).orderNo;
    if (old !== undefined) {
      removeNames(workbook, (name, sheet) => sheet === plan.name || name === ownerName(plan.name));
      workbook.removeWorksheet(old.id);
    }
    const planNames = new Set([...plan.names.map((n) => n.name), ownerName(plan.name)]);
    removeNames(workbook, (name) => planNames.has(name));
    const sheet = workbook.addWorksheet(plan.name);
    // A replaced sheet keeps its place among the tabs.
    if (orderNo !== undefined) (sheet as Ordered).orderNo = orderNo;
    writeSheet(workbook, sheet, plan);
  }
  workbook.calcProperties.fullCalcOnLoad = true;
}

function refuseForeign(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): void {
  const foreign = plans.map((p) => p.name).filter((name) => workbook.getWorksheet(name) !== undefined && !isOwnSheet(workbook, name));
  if (foreign.length > 0) {
    const list = foreign.join(", ");
    throw new ForeignSheetError(
      foreign,
      `La cartella ha già ${foreign.length === 1 ? "un foglio" : "i fogli"} ${list} non ${foreign.length === 1 ? "creato" : "creati"} da H4A: nulla è stato scritto. Rinominarli o spostarne il contenuto e riprovare.`,
      `The workbook already has ${foreign.length === 1 ? "a sheet" : "sheets"} ${list} that H4A did not create: nothing was written. Rename them or move their content, then try again.`,
    );
  }
  const replaced = new Set(plans.map((p) => p.name));
  const planned = new Set(plans.flatMap((p) => p.tables.map((t) => t.name.toLowerCase())));
  const clashes = workbook.worksheets
    .filter((ws) => !replaced.has(ws.name))
    .flatMap((ws) => ws.getTables().map((entry) => ({ sheet: ws.name, table: tableName(entry) })))
    .filter(({ table }) => planned.has(table.toLowerCase()));
  if (clashes.length > 0) {
    const list = clashes.map(({ sheet, table }) => `${table} (${sheet})`).join(", ");
    throw new ForeignSheetError(
      clashes.map((c) => c.sheet),
      `La cartella ha già tabelle con i nomi usati da H4A: ${list}; nulla è stato scritto. Rinominarle e riprovare.`,
      `The workbook already has tables with the names H4A uses: ${list}; nothing was written. Rename them and try again.`,
    );
  }
}

/** exceljs's getTables() gives [table, …] pairs in 4.4 typings but Table objects at run time. */
function tableName(entry: unknown): string {
  const table = (Array.isArray(entry) ? entry[0] : entry) as { name?: string; table?: { name?: string } };
  return table.name ?? table.table?.name ?? "";
}

/** Removes every range of a defined name for which `drop(name, sheet)` holds; names left with no range disappear. */
function removeNames(workbook: ExcelJS.Workbook, drop: (name: string, sheet: string | null) => boolean): void {
  const model = workbook.definedNames.model;
  workbook.definedNames.model = model
    .map(({ name, ranges }) => ({ name, ranges: ranges.filter((range) => !drop(name, sheetOfRange(range))) }))
    .filter(({ ranges }) => ranges.length > 0);
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row, cell.column);
    target.value = cellValue(cell.value);
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    if (cell.bold === true) target.font = { bold: true };
  }
  for (const table of plan.tables) writeTable(sheet, table);
  for (const named of plan.names) workbook.definedNames.add(absolute(named.row, named.column, plan.name), named.name);
  workbook.definedNames.add(absolute(1, 1, plan.name), ownerName(plan.name));
}

function writeTable(sheet: ExcelJS.Worksheet, table: TablePlan): void {
  const width = table.header.length;
  const rows = table.rows.length > 0 ? table.rows : [new Array<PlannedCell>(width).fill(null)];
  sheet.addTable({
    name: table.name,
    ref: absolute(table.row, table.column).replace(/\$/g, ""),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.header.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => row.map(cellValue)),
  });
  table.numberFormats.forEach((format, j) => {
    if (format === null) return;
    rows.forEach((_, i) => {
      sheet.getCell(table.row + 1 + i, table.column + j).numFmt = format;
    });
  });
}

/** A planned cell as exceljs stores it: formulas without their "=", with the cached result. */
function cellValue(cell: PlannedCell): ExcelJS.CellValue {
  if (isFormulaCell(cell)) {
    const formula = cell.formula.startsWith("=") ? cell.formula.slice(1) : cell.formula;
    return { formula, result: resultValue(cell.result) } as ExcelJS.CellFormulaValue;
  }
  return cell === "" ? null : cell;
}

function resultValue(result: CellValue): ExcelJS.CellFormulaValue["result"] {
  return result === null ? undefined : result;
}
