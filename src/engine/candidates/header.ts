import { isBlank, isExcelError } from "../cells";
import { isBlankRow, toGrid, type Grid } from "../grid";
import { HEADER_SEARCH_ROWS } from "../headers";
import type { CellValue, SheetInput } from "../types";
import { INDICATOR_KEYS, matchCandidateHeader, type CandidateFieldKey } from "./fields";

/** A second column for a candidate field: only the first (leftmost) is read. */
export interface CandidateDuplicateColumn {
  field: CandidateFieldKey;
  column: number;
  firstColumn: number;
}

export interface CandidateHeaderScan {
  /** 1-based sheet row of the header row, or null when none was found. */
  headerRow: number | null;
  /** field → 1-based sheet column. */
  columns: Partial<Record<CandidateFieldKey, number>>;
  /** Header cells not recognised: 1-based sheet column → header text. */
  unknown: Record<number, string>;
  duplicates: CandidateDuplicateColumn[];
}

/** Listed headers a candidates header row holds at least: the id, one indicator, and two more. */
export const CANDIDATE_HEADER_MIN_FIELDS = 4;

/**
 * The header row of a candidates sheet (§3b), looked for as §3 does — in the first 20 non-blank
 * rows, below any title rows: the first row holding the id header, at least one indicator of §3b
 * (Sfratto, Mesi in struttura, Anziani, Disabili, Violenza) and at least two other listed headers.
 * A beneficiary sheet has no indicator, so it is never taken for a candidates sheet.
 */
export function scanCandidateHeader(grid: Grid): CandidateHeaderScan {
  let looked = 0;
  for (let r = 0; r < grid.rows.length && looked < HEADER_SEARCH_ROWS; r++) {
    if (isBlankRow(grid.rows[r])) continue;
    looked++;
    const scan = readHeaderRow(grid, r);
    const found = Object.keys(scan.columns).length;
    const hasIndicator = INDICATOR_KEYS.some((key) => scan.columns[key] !== undefined);
    if (scan.columns.id !== undefined && hasIndicator && found >= CANDIDATE_HEADER_MIN_FIELDS) return scan;
  }
  return { headerRow: null, columns: {}, unknown: {}, duplicates: [] };
}

export function findCandidateHeader(input: SheetInput): CandidateHeaderScan {
  return scanCandidateHeader(toGrid(input));
}

function readHeaderRow(grid: Grid, rowIndex: number): CandidateHeaderScan {
  const scan: CandidateHeaderScan = { headerRow: grid.top + rowIndex, columns: {}, unknown: {}, duplicates: [] };
  grid.rows[rowIndex].forEach((value, c) => {
    if (isBlank(value)) return;
    const column = grid.left + c;
    const text = headerText(value);
    const field = isExcelError(value) ? null : matchCandidateHeader(text);
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
