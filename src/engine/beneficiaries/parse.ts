import { excelErrorOf } from "../cells/cells";
import { isBlankRow, toGrid, type Grid } from "../cells/grid";
import { matchHeader } from "./fields";
import { HEADER_SEARCH_ROWS, scanHeader, type HeaderScan } from "./headers";
import { isIdHeader } from "./idHeader";
import type { Params } from "../agreement/params";
import { readRows, rowReader } from "./parseRow";
import { checkOtherColumns } from "../sharing/personalData";
import { Reporter } from "./report";
import { checkRow, rowCheckContext, type CheckSettings } from "./rowChecks";
import { checkSheet } from "./sheetChecks";
import type { CellValue, ParsedSheet, SheetInput } from "../types";

/**
 * Reads and checks the beneficiary sheet (MECHANISM.md §3): one family per non-blank row below
 * the header row, in sheet order, and every issue found, in sheet order. Never throws.
 */
export function parseBeneficiarySheet(input: SheetInput, params: Params): ParsedSheet {
  const grid = toGrid(input);
  const reporter = new Reporter(grid.sheetName);
  const scan = scanHeader(grid);
  if (scan.headerRow === null) {
    reporter.add("missing-header-row", { row: grid.top, column: grid.left, field: null, value: "" }, { searchedRows: HEADER_SEARCH_ROWS });
    return { families: [], issues: reporter.issues(), columns: { headerRow: null, columns: {}, unknown: {} } };
  }
  const header = { ...scan, headerRow: scan.headerRow };
  const settings = checkSettings(params);
  const dataRows = dataRowIndexes(grid, header, reporter);
  const readings = readRows(grid, dataRows, header.columns, rowReader(reporter));
  reportErrorsInOtherCells(grid, header, dataRows, reporter);
  const context = rowCheckContext(settings, header.columns, reporter);
  for (let i = 0; i < readings.families.length; i++) checkRow(readings, i, context);
  checkSheet(grid, header, readings, settings.currentYear, reporter);
  const unknown = checkOtherColumns(grid, header, dataRows, reporter);
  return {
    families: readings.families,
    issues: reporter.issues(),
    columns: { headerRow: header.headerRow, columns: { ...header.columns }, unknown },
  };
}

/** The non-blank rows below the header, but a row that repeats the header (pasted twice): reported, not a family. */
function dataRowIndexes(grid: Grid, header: HeaderScan & { headerRow: number }, reporter: Reporter): number[] {
  const first = header.headerRow - grid.top + 1;
  // Sized for every row below the header, then cut to the rows kept: a large sheet's list is not regrown.
  const rows = new Array<number>(Math.max(grid.rows.length - first, 0));
  let kept = 0;
  const idColumn = header.columns.id;
  const cohortColumn = header.columns.cohort;
  for (let r = first; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) continue;
    if (idColumn !== undefined && cohortColumn !== undefined && repeatsHeader(row, idColumn - grid.left, cohortColumn - grid.left)) {
      const row1 = grid.top + r;
      reporter.add(
        "repeated-header",
        { row: row1, column: idColumn, field: "id", value: row[idColumn - grid.left] },
        { headerRow: header.headerRow },
      );
      continue;
    }
    rows[kept++] = r;
  }
  rows.length = kept;
  return rows;
}

const repeatsHeader = (row: readonly CellValue[], idIndex: number, cohortIndex: number): boolean => {
  const cohort = row[cohortIndex];
  return isIdHeader(row[idIndex] ?? null) && typeof cohort === "string" && matchHeader(cohort) === "cohort";
};

/** Excel errors in data cells that no field reads (the read ones are reported with their field). */
function reportErrorsInOtherCells(grid: Grid, scan: HeaderScan, dataRows: readonly number[], reporter: Reporter): void {
  const read = new Set(Object.values(scan.columns));
  const others: number[] = [];
  for (let c = 0; c < grid.width; c++) if (!read.has(grid.left + c)) others.push(c);
  if (others.length === 0) return;
  for (const r of dataRows) {
    const row = grid.rows[r];
    for (const c of others) {
      if (c >= row.length) break;
      const value = row[c];
      const error = excelErrorOf(value);
      if (error !== null) reporter.add("excel-error", { row: grid.top + r, column: grid.left + c, field: null, value }, { error });
    }
  }
}

/** The parameters the checks use, each null when unusable, so that odd input cannot throw. */
function checkSettings(params: Params): CheckSettings {
  const source: Partial<Params> = typeof params === "object" && params !== null ? params : {};
  const { currentYear, iseeCeiling } = source;
  return {
    currentYear: typeof currentYear === "number" && Number.isInteger(currentYear) && currentYear >= 1 ? currentYear : null,
    iseeCeiling: typeof iseeCeiling === "number" && Number.isFinite(iseeCeiling) && iseeCeiling >= 0 ? iseeCeiling : null,
  };
}
