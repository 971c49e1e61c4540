import type { PlannedCell, TablePlan } from "./workbookPlan";
import { absolute, absoluteColumnRange } from "./formulaText";

/** Where a table of the payment sheet sits, so that formulas of other tables can point into it. */
export interface TableFrame<K extends string> {
  keys: readonly K[];
  /** Row of the table's title (a bold loose cell above the table). */
  titleRow: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Sheet row following the table. */
  nextRow: number;
  column(key: K): number;
  /** Same-sheet absolute reference of the cell of `key` in data row `i` (0-based). */
  cell(key: K, i: number): string;
  /** Same-sheet absolute reference of the whole data column. */
  range(key: K): string;
}

/** A table starting in column A with its title at `titleRow`, header below it, `rows` data rows. */
export function tableFrame<K extends string>(keys: readonly K[], titleRow: number, rows: number): TableFrame<K> {
  const headerRow = titleRow + 1;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + rows;
  const column = (key: K): number => {
    const index = keys.indexOf(key);
    if (index < 0) throw new RangeError(`No column "${key}" in this table.`);
    return index + 1;
  };
  return {
    keys,
    titleRow,
    headerRow,
    firstRow,
    lastRow,
    nextRow: lastRow + 1,
    column,
    cell: (key, i) => absolute(firstRow + i, column(key)),
    range: (key) => absoluteColumnRange(firstRow, lastRow, column(key)),
  };
}

/** A column's header and number format (null: General). */
export interface ColumnSpec {
  header: string;
  format: string | null;
}

/** The table plan of a frame: one record of cells per data row, columns in the frame's order. */
export function framedTable<K extends string>(
  name: string,
  frame: TableFrame<K>,
  specs: Record<K, ColumnSpec>,
  rows: Record<K, PlannedCell>[],
): TablePlan {
  return {
    name,
    row: frame.headerRow,
    column: 1,
    header: frame.keys.map((key) => specs[key].header),
    rows: rows.map((row) => frame.keys.map((key) => row[key])),
    numberFormats: frame.keys.map((key) => specs[key].format),
  };
}
