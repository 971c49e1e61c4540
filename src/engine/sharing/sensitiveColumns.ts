import { isBlank, isExcelError } from "../cells/cells";
import { cellAt, isBlankRow, toGrid } from "../cells/grid";
import type { PersonalDataKind } from "../beneficiaries/messages";
import { columnCells, isFreeText, personalDataByContent, personalDataByHeader } from "./personalData";
import type { CandidateFieldKey } from "../candidates/fields";
import type { FieldKey, SheetInput } from "../types";

/**
 * The columns a copy for Homes4All must not carry (MECHANISM.md §8), found with the validator's
 * own detectors: direct personal data (names, codice fiscale, e-mail, phone, address — by header
 * or by content) and free text (notes that may hold health or other sensitive data).
 */

export interface SensitiveColumn {
  /** 1-based sheet column. */
  column: number;
  /** The header as typed ("" when the column has none). */
  header: string;
  reason: "personal-data" | "free-text";
  /** For personal data: what it looks like. */
  kind: PersonalDataKind | null;
}

export interface SheetLayout {
  /** 1-based sheet row of the header row; null: the first non-blank row. */
  headerRow: number | null;
  /** The fields found (of the beneficiary or the candidates sheet), by 1-based sheet column. */
  fields: ReadonlyMap<number, FieldKey | CandidateFieldKey>;
}

/**
 * The sensitive columns of a sheet. Field columns are kept (the id is pseudonymised apart),
 * except the referring service when it holds strong personal data: fiscal codes, e-mail addresses,
 * phone numbers or a named person (personalDataByContent with `strong`).
 */
export function sensitiveColumns(input: SheetInput, layout: SheetLayout): SensitiveColumn[] {
  const grid = toGrid(input);
  const headerIndex = layout.headerRow !== null ? layout.headerRow - grid.top : grid.rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0 || headerIndex >= grid.rows.length) return [];
  const dataRows: number[] = [];
  for (let r = headerIndex + 1; r < grid.rows.length; r++) if (!isBlankRow(grid.rows[r])) dataRows.push(r);
  const found: SensitiveColumn[] = [];
  for (let c = 0; c < grid.width; c++) {
    const column = grid.left + c;
    const field = layout.fields.get(column);
    const headerValue = cellAt(grid, headerIndex, c);
    const header = isBlank(headerValue) || isExcelError(headerValue) ? "" : String(headerValue).trim();
    const cells = columnCells(grid, dataRows, c);
    if (field === "referral") {
      const strong = personalDataByContent(cells, true);
      if (strong) found.push({ column, header, reason: "personal-data", kind: strong.kind });
      continue;
    }
    if (field !== undefined) continue;
    if (header === "" && cells.length === 0) continue;
    const kind = personalDataByHeader(header) ?? personalDataByContent(cells, false)?.kind ?? null;
    if (kind !== null) found.push({ column, header, reason: "personal-data", kind });
    else if (isFreeText(header, cells)) found.push({ column, header, reason: "free-text", kind: null });
  }
  return found;
}
