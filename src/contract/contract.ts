import type { CellValue, SheetInput } from "../engine/types";
import type { LooseCell, NamedCell, SheetPlan, WorkbookPort } from "../engine/sheets/workbookPlan";

/**
 * What src/excel offers the task pane, as plain data: no Office.js type crosses this line, so
 * components and their tests never need Excel. src/excel/officeWorkbook.ts implements it with
 * Office.js; tests implement it in memory.
 */

/** Where beneficiary data can be read: an Excel table, or a whole sheet's used range. */
export interface DataSource {
  kind: "table" | "sheet";
  sheet: string;
  /** The table's name when kind is "table". */
  table: string | null;
  /** True when the first rows hold the headers of MECHANISM.md §3 (id, cohort and two more). */
  headerFound: boolean;
  /** True when the first rows hold the headers of a candidates sheet (§3b: id, an indicator and two more); absent when not looked for. */
  candidatesFound?: boolean;
}

/** An add-in sheet as found: absent, written by H4A (owner mark), or someone else's of that name. */
export type SheetOwnership = "missing" | "own" | "foreign";

export interface AddInSheet {
  ownership: SheetOwnership;
  /** The used range of an own sheet; null otherwise. */
  input: SheetInput | null;
}

/** A cell to colour, e.g. "Beneficiari!F7", by the gravest severity found on it. */
export interface HighlightMark {
  cell: string;
  severity: "error" | "warning";
}

export interface HighlightResult {
  /** Cells coloured now. */
  coloured: number;
  /** Cells given back the fill they had before. */
  restored: number;
  /** Cells left as they are because someone changed their fill after the highlight. */
  changedSince: number;
}

/** A written table's values (header excluded) as Excel computed them. */
export interface TableValues {
  name: string;
  values: CellValue[][];
}

export interface WriteOptions {
  /** The sheet to show once written. */
  activate?: string;
}

/** Where a block appended to an add-in sheet goes (see ExcelGateway.appendToOwnSheet). */
export interface AppendSlot {
  /** The block's first sheet row: 1 on an empty sheet, else below the last used row and the gap. */
  firstRow: number;
  /** 1 + the highest number among the workbook's tables named `tablePrefix` + a number. */
  number: number;
}

/** What a block holds, at absolute rows: loose cells, tables, and the sheet's column widths. */
export type AppendedBlock = Pick<SheetPlan, "cells" | "tables" | "columnWidths">;

export interface AppendRequest {
  sheet: string;
  /** The block's tables are numbered after the workbook's tables named this prefix + a number. */
  tablePrefix: string;
  /** Blank rows left between what the sheet holds and the block. */
  gapRows: number;
  /** Lays the block out once its place is known (plain data in, plain data out). */
  build: (slot: AppendSlot) => AppendedBlock;
  /** Show the sheet and select the block's first cell once written. */
  activate?: boolean;
}

/** A table with its header row first. */
export interface SheetTable {
  name: string;
  values: CellValue[][];
}

export interface OwnSheetTables {
  ownership: SheetOwnership;
  /** The tables of the sheet from top to bottom; none unless the sheet is the add-in's. */
  tables: SheetTable[];
}

export interface ExcelGateway extends WorkbookPort {
  /** Writes the plans (see WorkbookPort.writeSheets), then shows `options.activate`. */
  writeSheets(plans: SheetPlan[], options?: WriteOptions): Promise<void>;
  /** Whether an add-in sheet exists and is the add-in's, with its values when it is. */
  readAddInSheet(name: string): Promise<AddInSheet>;
  /**
   * Writes these cells (values with their number formats) and workbook-scope names into an
   * add-in sheet that exists, leaving every other cell of it as it is (formulas, notes, formats
   * the user put there). Refuses, writing nothing, when the sheet is not the add-in's.
   */
  updateOwnCells(sheet: string, cells: readonly LooseCell[], names: readonly NamedCell[]): Promise<void>;
  /** Every visible sheet and table that may hold the beneficiaries (the add-in's sheets excluded). */
  listSources(): Promise<DataSource[]>;
  /** The values of a table (header row included) or of a sheet's used range. */
  readSource(source: DataSource): Promise<SheetInput>;
  /** Shows a cell: activates its sheet and selects it. */
  selectCell(cell: string): Promise<void>;
  /**
   * Colours `marks` and gives every other cell coloured by an earlier call its previous fill
   * back; `[]` removes the highlight. The previous fills are kept in the workbook's settings.
   */
  applyHighlight(marks: HighlightMark[]): Promise<HighlightResult>;
  /** Whether the workbook holds a highlight to remove. */
  highlightActive(): Promise<boolean>;
  /** The data rows of tables, as computed by Excel. */
  readTables(names: string[]): Promise<TableValues[]>;
  /**
   * Appends a block below what an add-in sheet holds, creating the sheet (with its owner mark)
   * when it is missing; nothing already there and no other sheet is touched. Refuses, writing
   * nothing, when a sheet of that name exists without the owner mark. Returns where it went.
   */
  appendToOwnSheet(request: AppendRequest): Promise<AppendSlot>;
  /** The tables of an add-in sheet, header rows included, as computed by Excel. */
  readOwnSheetTables(sheet: string): Promise<OwnSheetTables>;
  /**
   * The open workbook's file as Excel saves it (.xlsx bytes), read in slices with
   * Office.context.document.getFileAsync. Throws an AddInError "not-supported" where Excel lacks it.
   */
  readWorkbookFile(): Promise<Uint8Array>;
  /**
   * Opens .xlsx bytes as a new workbook (Excel.createWorkbook); the open workbook is not touched.
   * "too-large": in Excel on the web, a file whose base64 would pass the 5 MB request limit; nothing
   * was sent.
   */
  openNewWorkbook(bytes: Uint8Array): Promise<"opened" | "too-large">;
}
