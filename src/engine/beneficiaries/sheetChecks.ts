import { FIELDS, OUTCOME_DUE_YEAR, OUTCOME_KEYS } from "./fields";
import { cellAt, type Grid } from "../cells/grid";
import type { HeaderScan } from "./headers";
import type { RowReading } from "./parseRow";
import { a1, type Reporter, type Site } from "./report";
import { dueCohort } from "./rowChecks";
import type { FieldKey } from "../types";

/** A repeated id's message cites at most this many other rows. */
const ROWS_CITED = 5;

/**
 * Checks that concern the whole sheet: a missing required column (one error on the first cell of
 * the header row), a field with two columns (on the repeated header) and repeated ids (on every
 * occurrence).
 */
export function checkSheet(
  grid: Grid,
  scan: HeaderScan & { headerRow: number },
  readings: readonly RowReading[],
  currentYear: number | null,
  reporter: Reporter,
): void {
  checkMissingColumns(grid.left, scan, readings, currentYear, reporter);
  for (const { field, column, firstColumn } of scan.duplicates) {
    const value = cellAt(grid, scan.headerRow - grid.top, column - grid.left);
    reporter.add("duplicate-column", { row: scan.headerRow, column, field, value }, { field, firstCell: a1(scan.headerRow, firstColumn) });
  }
  checkDuplicateIds(readings, scan, reporter);
}

/** The missing columns' errors stand on the header row's first cell, in the sheet's column `left`. */
function checkMissingColumns(
  left: number,
  { headerRow, columns }: HeaderScan & { headerRow: number },
  readings: readonly RowReading[],
  currentYear: number | null,
  reporter: Reporter,
): void {
  const site = (field: FieldKey): Site => ({ row: headerRow, column: left, field, value: "" });
  for (const { key } of FIELDS.filter((f) => f.required && columns[f.key] === undefined)) {
    reporter.add("missing-column", site(key), { field: key, need: { kind: "required" }, headerRow });
  }
  if (columns.waitMonths === undefined) {
    const lacking = readings.filter(({ family: f }) => f.requestDate === null || f.contractDate === null);
    if (lacking.length > 0) {
      const need = { kind: "waiting" as const, families: lacking.length, firstRow: lacking[0].family.row };
      reporter.add("missing-column", site("waitMonths"), { field: "waitMonths", need, headerRow });
    }
  }
  for (const field of OUTCOME_KEYS) {
    if (columns[field] !== undefined) continue;
    const cohorts: number[] = [];
    for (const reading of readings) {
      const cohort = dueCohort(reading, currentYear);
      if (cohort === null || currentYear === null || reading.family.exitDate !== null) continue;
      if (cohort + OUTCOME_DUE_YEAR[field] - 1 <= currentYear) cohorts.push(cohort);
    }
    if (cohorts.length === 0) continue;
    const need = { kind: "due" as const, families: cohorts.length, cohorts: [...new Set(cohorts)].sort((a, b) => a - b) };
    reporter.add("missing-column", site(field), { field, need, headerRow });
  }
}

/** Ids are compared trimmed and ignoring case: "F01" and "f01 " are the same family. */
function checkDuplicateIds(readings: readonly RowReading[], scan: HeaderScan, reporter: Reporter): void {
  const column = scan.columns.id;
  if (column === undefined) return;
  // A lone reading is kept as it is; only a repeated id gets an array.
  const rowsById = new Map<string, RowReading | RowReading[]>();
  for (const reading of readings) {
    const { id } = reading.family;
    if (id === null) continue;
    const key = id.toLowerCase();
    const group = rowsById.get(key);
    if (group === undefined) rowsById.set(key, reading);
    else if (Array.isArray(group)) group.push(reading);
    else rowsById.set(key, [group, reading]);
  }
  for (const group of rowsById.values()) {
    if (!Array.isArray(group)) continue;
    const rows = group.map((reading) => reading.family.row);
    group.forEach((reading, index) => {
      const otherRows = rows
        .slice(0, ROWS_CITED + 1)
        .filter((_, i) => i !== index)
        .slice(0, ROWS_CITED);
      const args = { id: reading.family.id ?? "", otherRows, moreRows: rows.length - 1 - otherRows.length };
      reporter.add("duplicate-id", { row: reading.family.row, column, field: "id", value: reading.raw.id ?? null }, args);
    });
  }
}
