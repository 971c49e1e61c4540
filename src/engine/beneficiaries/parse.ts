import { excelErrorOf } from "../cells/cells";
import { isBlankRow, toGrid, type Grid } from "../cells/grid";
import { HEADER_SEARCH_ROWS, scanHeader, type HeaderScan } from "./headers";
import type { Params } from "../agreement/params";
import { readRow, rowReader, type RowReading } from "./parseRow";
import { checkOtherColumns } from "../sharing/personalData";
import { Reporter } from "./report";
import { checkRow, type CheckSettings } from "./rowChecks";
import { checkSheet } from "./sheetChecks";
import type { ParsedSheet, SheetInput } from "../types";

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
  const dataRows = dataRowIndexes(grid, header.headerRow - grid.top);
  const reader = rowReader(reporter);
  const readings: RowReading[] = dataRows.map((r) => readRow(grid, r, header.columns, reader));
  reportErrorsInOtherCells(grid, header, dataRows, reporter);
  for (const reading of readings) checkRow(reading, { ...settings, columns: header.columns, reporter });
  checkSheet(grid, header, readings, settings.currentYear, reporter);
  const unknown = checkOtherColumns(grid, header, dataRows, reporter);
  return {
    families: readings.map((r) => r.family),
    issues: reporter.issues(),
    columns: { headerRow: header.headerRow, columns: { ...header.columns }, unknown },
  };
}

function dataRowIndexes(grid: Grid, headerIndex: number): number[] {
  const rows: number[] = [];
  for (let r = headerIndex + 1; r < grid.rows.length; r++) if (!isBlankRow(grid.rows[r])) rows.push(r);
  return rows;
}

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
