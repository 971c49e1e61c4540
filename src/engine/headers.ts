import { isBlank, isExcelError } from "./cells";
import { matchHeader } from "./fields";
import { isBlankRow, toGrid, type Grid } from "./grid";
import type { CellValue, ColumnMap, FieldKey, SheetInput } from "./types";

/** The header row is looked for in this many non-blank rows from the top. */
export const HEADER_SEARCH_ROWS = 20;

/** A second column for a field already found: only the first (leftmost) is read. */
export interface DuplicateColumn {
  field: FieldKey;
  /** 1-based sheet column of the repeated header. */
  column: number;
  /** 1-based sheet column of the header that is read. */
  firstColumn: number;
}

export interface HeaderScan extends ColumnMap {
  duplicates: DuplicateColumn[];
}

/**
 * The header row (MECHANISM.md §3): the first of the first 20 non-blank rows holding the id and
 * cohort headers and at least two other listed headers. Columns are 1-based sheet columns.
 */
export function findHeader(input: SheetInput): HeaderScan {
  return scanHeader(toGrid(input));
}

export function scanHeader(grid: Grid): HeaderScan {
  let looked = 0;
  for (let r = 0; r < grid.rows.length && looked < HEADER_SEARCH_ROWS; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) continue;
    looked++;
    const scan = readHeaderRow(grid, r);
    const found = Object.keys(scan.columns).length;
    if (scan.columns.id !== undefined && scan.columns.cohort !== undefined && found >= 4) return scan;
  }
  return { headerRow: null, columns: {}, unknown: {}, duplicates: [] };
}

function readHeaderRow(grid: Grid, rowIndex: number): HeaderScan {
  const scan: HeaderScan = { headerRow: grid.top + rowIndex, columns: {}, unknown: {}, duplicates: [] };
  grid.rows[rowIndex].forEach((value, c) => {
    if (isBlank(value)) return;
    const column = grid.left + c;
    const text = headerText(value);
    const field = isExcelError(value) ? null : matchHeader(text);
    if (field === null) {
      scan.unknown[column] = text;
      return;
    }
    const firstColumn = scan.columns[field];
    if (firstColumn === undefined) scan.columns[field] = column;
    else scan.duplicates.push({ field, column, firstColumn });
  });
  return scan;
}

function headerText(value: CellValue): string {
  return typeof value === "string" ? value.trim() : String(value);
}
