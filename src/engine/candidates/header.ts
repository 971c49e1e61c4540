import { toGrid, type Grid } from "../cells/grid";
import { scanHeaderRows, type DuplicateColumnOf, type HeaderScanOf } from "../beneficiaries/headers";
import type { SheetInput } from "../types";
import { INDICATOR_KEYS, matchCandidateHeader, type CandidateFieldKey } from "./fields";

export type CandidateDuplicateColumn = DuplicateColumnOf<CandidateFieldKey>;
export type CandidateHeaderScan = HeaderScanOf<CandidateFieldKey>;

/** Listed headers a candidates header row holds at least: the id, one indicator, and two more. */
export const CANDIDATE_HEADER_MIN_FIELDS = 4;

/**
 * The header row of a candidates sheet (§3b), looked for as §3 does — in the first 20 non-blank
 * rows, below any title rows: the first row holding the id header, at least one indicator of §3b
 * (Sfratto, Mesi in struttura, Anziani, Disabili, Violenza) and at least two other listed headers.
 * A beneficiary sheet has no indicator, so it is never taken for a candidates sheet.
 */
export function scanCandidateHeader(grid: Grid): CandidateHeaderScan {
  return scanHeaderRows(
    grid,
    matchCandidateHeader,
    (columns) =>
      columns.id !== undefined &&
      INDICATOR_KEYS.some((key) => columns[key] !== undefined) &&
      Object.keys(columns).length >= CANDIDATE_HEADER_MIN_FIELDS,
  );
}

export function findCandidateHeader(input: SheetInput): CandidateHeaderScan {
  return scanCandidateHeader(toGrid(input));
}
