import { columnLetter } from "../engine/cells/address";
import type { PlannedCell, TablePlan, TableRows } from "../engine/sheets/workbookPlan";
import { encodeXstring, escapeAttribute } from "./xmlText";

/**
 * An Excel table (ListObject) of a TablePlan: its layout on the sheet (header names made unique
 * and non-empty, as Excel requires, and at least one data row) and its part, `xl/tables/tableN.xml`.
 */

export const TABLE_STYLE = "TableStyleMedium2";

export interface TableLayout {
  plan: TablePlan;
  /** The column names: the header cells hold exactly these. */
  columns: string[];
  /** The data rows (one blank row when the plan has none, as a table needs a body). */
  rows: TableRows;
  /** "B3:F10": header row and data rows. */
  ref: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** Header texts as table column names: blanks become "ColumnN", repeats (ignoring case) get 2, 3, … appended. */
export function uniqueColumnNames(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((raw, j) => {
    const base = String(raw ?? "").trim() === "" ? `Column${j + 1}` : String(raw);
    let name = base;
    for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}${n}`;
    used.add(name.toUpperCase());
    return name;
  });
}

export function layoutTable(plan: TablePlan): TableLayout {
  const width = plan.header.length;
  if (width === 0) throw new RangeError(`Table ${plan.name} has no column.`);
  const rows: TableRows = plan.rows.length > 0 ? plan.rows : [new Array<PlannedCell>(width).fill(null)];
  const firstRow = plan.row;
  const lastRow = plan.row + rows.length;
  const firstColumn = plan.column;
  const lastColumn = plan.column + width - 1;
  return {
    plan,
    columns: uniqueColumnNames(plan.header),
    rows,
    ref: `${columnLetter(firstColumn)}${firstRow}:${columnLetter(lastColumn)}${lastRow}`,
    firstRow,
    lastRow,
    firstColumn,
    lastColumn,
  };
}

/** The table part's XML (`namespace`: the workbook's spreadsheetml namespace). */
export function tableXml(layout: TableLayout, id: number, namespace: string): string {
  const name = escapeAttribute(layout.plan.name);
  const columns = layout.columns
    .map((column, j) => `<tableColumn id="${j + 1}" name="${escapeAttribute(encodeXstring(column))}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${namespace}" id="${id}" name="${name}" displayName="${name}" ref="${layout.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${layout.ref}"/>` +
    `<tableColumns count="${layout.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
