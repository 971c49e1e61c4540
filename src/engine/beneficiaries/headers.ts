import { isBlank, isExcelError } from "../cells/cells";
import { matchHeader } from "./fields";
import { isBlankRow, toGrid, type Grid } from "../cells/grid";
import type { CellValue, ColumnMap, FieldKey, SheetInput } from "../types";

/** The header row is looked for in this many non-blank rows from the top. */
export const HEADER_SEARCH_ROWS = 20;

/** A second column for a field already found: only the first (leftmost) is read. */
export interface DuplicateColumnOf<K extends string> {
  field: K;
  /** 1-based sheet column of the repeated header. */
  column: number;
  /** 1-based sheet column of the header that is read. */
  firstColumn: number;
}

/** Where a sheet's listed headers were found (1-based sheet row and columns). */
export interface HeaderScanOf<K extends string> {
  headerRow: number | null;
  columns: Partial<Record<K, number>>;
  /** Header cells not recognised: 1-based sheet column → header text. */
  unknown: Record<number, string>;
  duplicates: DuplicateColumnOf<K>[];
}

export type DuplicateColumn = DuplicateColumnOf<FieldKey>;
export type HeaderScan = HeaderScanOf<FieldKey> & ColumnMap;

/**
 * The header row (MECHANISM.md §3): the first of the first 20 non-blank rows holding the id and
 * cohort headers and at least two other listed headers. Columns are 1-based sheet columns.
 */
export function findHeader(input: SheetInput): HeaderScan {
  return scanHeader(toGrid(input));
}

export function scanHeader(grid: Grid): HeaderScan {
  return scanHeaderRows(
    grid,
    matchHeader,
    (columns) => columns.id !== undefined && columns.cohort !== undefined && Object.keys(columns).length >= 4,
  );
}

/** The first of the first 20 non-blank rows whose recognised headers `accept`; blank rows are skipped. */
export function scanHeaderRows<K extends string>(
  grid: Grid,
  match: (text: string) => K | null,
  accept: (columns: Partial<Record<K, number>>) => boolean,
): HeaderScanOf<K> {
  let looked = 0;
  for (let r = 0; r < grid.rows.length && looked < HEADER_SEARCH_ROWS; r++) {
    if (isBlankRow(grid.rows[r])) continue;
    looked++;
    const scan = readHeaderRow(grid, r, match);
    if (accept(scan.columns)) return scan;
  }
  return { headerRow: null, columns: {}, unknown: {}, duplicates: [] };
}

function readHeaderRow<K extends string>(grid: Grid, rowIndex: number, match: (text: string) => K | null): HeaderScanOf<K> {
  const scan: HeaderScanOf<K> = { headerRow: grid.top + rowIndex, columns: {}, unknown: {}, duplicates: [] };
  grid.rows[rowIndex].forEach((value, c) => {
    if (isBlank(value)) return;
    const column = grid.left + c;
    const text = headerText(value);
    const field = isExcelError(value) ? null : match(text);
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
