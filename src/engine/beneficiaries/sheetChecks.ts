import { FIELDS, OUTCOME_DUE_YEAR, OUTCOME_KEYS } from "./fields";
import { cellAt, type Grid } from "../cells/grid";
import type { HeaderScan } from "./headers";
import { rawOf, type SheetReading } from "./parseRow";
import { a1, type Reporter, type Site } from "./report";
import { dueCohort } from "./rowChecks";
import type { Family, FieldKey } from "../types";

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
  readings: SheetReading,
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
  readings: SheetReading,
  currentYear: number | null,
  reporter: Reporter,
): void {
  const site = (field: FieldKey): Site => ({ row: headerRow, column: left, field, value: "" });
  for (const { key } of FIELDS.filter((f) => f.required && columns[f.key] === undefined)) {
    reporter.add("missing-column", site(key), { field: key, need: { kind: "required" }, headerRow });
  }
  if (columns.waitMonths === undefined) {
    let lacking = 0;
    let firstRow = 0;
    for (const f of readings.families) {
      if (f.requestDate !== null && f.contractDate !== null) continue;
      if (lacking === 0) firstRow = f.row;
      lacking++;
    }
    if (lacking > 0) {
      const need = { kind: "waiting" as const, families: lacking, firstRow };
      reporter.add("missing-column", site("waitMonths"), { field: "waitMonths", need, headerRow });
    }
  }
  for (const field of OUTCOME_KEYS) {
    if (columns[field] !== undefined) continue;
    const cohorts: number[] = [];
    for (let i = 0; i < readings.families.length; i++) {
      const cohort = dueCohort(readings, i, currentYear);
      if (cohort === null || currentYear === null || readings.families[i].exitDate !== null) continue;
      if (cohort + OUTCOME_DUE_YEAR[field] - 1 <= currentYear) cohorts.push(cohort);
    }
    if (cohorts.length === 0) continue;
    const need = { kind: "due" as const, families: cohorts.length, cohorts: [...new Set(cohorts)].sort((a, b) => a - b) };
    reporter.add("missing-column", site(field), { field, need, headerRow });
  }
}

/** Ids are compared trimmed and ignoring case: "F01" and "f01 " are the same family. */
function checkDuplicateIds(readings: SheetReading, scan: HeaderScan, reporter: Reporter): void {
  const column = scan.columns.id;
  if (column === undefined) return;
  const { families } = readings;
  // A lone family is kept as its index; only a repeated id gets an array.
  const rowsById = new Map<string, number | number[]>();
  for (const i of maybeRepeatedIds(families)) {
    const key = (families[i].id ?? "").toLowerCase();
    const group = rowsById.get(key);
    if (group === undefined) rowsById.set(key, i);
    else if (Array.isArray(group)) group.push(i);
    else rowsById.set(key, [group, i]);
  }
  for (const group of rowsById.values()) {
    if (!Array.isArray(group)) continue;
    const rows = group.map((i) => families[i].row);
    group.forEach((i, index) => {
      const otherRows = rows
        .slice(0, ROWS_CITED + 1)
        .filter((_, j) => j !== index)
        .slice(0, ROWS_CITED);
      const args = { id: families[i].id ?? "", otherRows, moreRows: rows.length - 1 - otherRows.length };
      reporter.add("duplicate-id", { row: families[i].row, column, field: "id", value: rawOf(readings, i, "id") }, args);
    });
  }
}

/**
 * The indexes, in order, of the families whose id may be repeated: those whose lower-cased id
 * hashes like another's. Hashing needs no lower-cased copy of an ASCII id, so a sheet of distinct
 * ids is checked without making a string per family.
 */
function maybeRepeatedIds(families: readonly Family[]): number[] {
  const hashes = new Int32Array(families.length);
  const idHashes = new Int32Array(families.length);
  let withId = 0;
  for (let i = 0; i < families.length; i++) {
    const { id } = families[i];
    if (id === null) continue;
    hashes[i] = lowerCaseHash(id);
    idHashes[withId++] = hashes[i];
  }
  const sorted = idHashes.subarray(0, withId).sort();
  const repeated = new Set<number>();
  for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1]) repeated.add(sorted[k]);
  if (repeated.size === 0) return [];
  const indexes: number[] = [];
  for (let i = 0; i < families.length; i++) if (families[i].id !== null && repeated.has(hashes[i])) indexes.push(i);
  return indexes;
}

/** A 32-bit FNV-1a hash of `text.toLowerCase()`. */
function lowerCaseHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    let code = text.charCodeAt(k);
    if (code > 0x7f) return stringHash(text.toLowerCase());
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}
