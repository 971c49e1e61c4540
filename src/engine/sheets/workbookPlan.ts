import type { CellValue, SheetInput } from "../types";

/**
 * What the add-in writes into a workbook, as plain data. One module decides the layout of the
 * add-in's sheets; the Office.js writer (src/excel) and the exceljs writer (src/cli) only carry
 * plans like these out, so the task pane and the command line write the same workbook.
 */

/** A native Excel formula (with its leading "="), and the value the engine expects it to give. */
export interface FormulaCell {
  formula: string;
  result: CellValue;
}

export type PlannedCell = CellValue | FormulaCell;

export const isFormulaCell = (cell: PlannedCell): cell is FormulaCell => typeof cell === "object" && cell !== null && "formula" in cell;

/** A formula of one sheet row, given the row's number as text: its leading "=" included, flat. */
export type RowFormula = (row: string) => string;

/**
 * A long table's body kept by column, not as an object per cell: each column is one row formula
 * and two arrays, so that the 2.4 million cells of 100,000 families cost a few arrays (see
 * tableRows.ts for reading it cell by cell).
 */
export interface ColumnarRows {
  readonly length: number;
  readonly columns: readonly BodyColumn[];
}

/**
 * One column of a columnar body. On row i: when formulaRows[i] is a row number, the formula
 * `formula` gives on that row (as text), with the value results[i]; when it is 0, the constant
 * results[i].
 */
export interface BodyColumn {
  formula: RowFormula | null;
  formulaRows: Int32Array;
  results: CellValue[];
}

/** A table's body: rows of cells, or columns (ColumnarRows). */
export type TableRows = PlannedCell[][] | ColumnarRows;

/** A rectangular Excel table (ListObject) with a header row. */
export interface TablePlan {
  /** Workbook-unique table name, e.g. "H4A_Tranche". */
  name: string;
  /** 1-based sheet row of the header row. */
  row: number;
  /** 1-based sheet column of the first column. */
  column: number;
  header: string[];
  rows: TableRows;
  /** One Excel number format per column, or null for General. */
  numberFormats: (string | null)[];
}

/** A cell outside tables: titles, labels, single results. */
export interface LooseCell {
  row: number;
  column: number;
  value: PlannedCell;
  numberFormat?: string;
  bold?: boolean;
}

/** A workbook-scope name for one cell of the sheet, e.g. H4A_currentYear → H4A_Parametri!$B$16. */
export interface NamedCell {
  name: string;
  row: number;
  column: number;
}

/** How a sheet prints: what, on which paper, scaled how, with which rows repeated and which header and footer. */
export interface PrintSettings {
  /** The print area, 1-based and inclusive. */
  area: { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number };
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  titleRows?: { first: number; last: number };
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Scaled to this many pages wide, as many tall as it takes; without it, printed at 100 %. */
  fitToPagesWide?: number;
  centerHorizontally?: boolean;
  /** The header's centre section, in Excel's header and footer codes (see headerFooterText). */
  centerHeader?: string;
  /** The footer's centre section, in Excel's codes: "Pagina &P di &N" numbers the pages. */
  centerFooter?: string;
}

/** Plain text as a header or footer section: "&" starts a code there, so a literal one is doubled. */
export const headerFooterText = (text: string): string => text.replace(/&/g, "&&");

export interface SheetPlan {
  /** The sheet's name; the add-in writes only sheets it created (see OWNER_NAME_PREFIX). */
  name: string;
  cells: LooseCell[];
  tables: TablePlan[];
  names: NamedCell[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Page setup for printing; without it the sheet prints with Excel's defaults. */
  print?: PrintSettings;
}

/**
 * The add-in marks each sheet it creates with a hidden workbook-scope name pointing at the
 * sheet's A1, so that it can tell its own sheets from the user's: it never writes a sheet
 * that lacks the mark.
 */
export const OWNER_NAME_PREFIX = "H4A_Owned_";

export const ownerName = (sheetName: string): string => `${OWNER_NAME_PREFIX}${sheetName.replace(/[^A-Za-z0-9_]/g, "_")}`;

/**
 * The few operations both shells offer on a workbook: reading a sheet's values (as Office.js
 * `range.values` gives them), and writing the add-in's own sheets.
 */
export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  /** The used range of a sheet, values as Office.js returns them (blanks are ""). */
  readSheet(name: string): Promise<SheetInput>;
  /** Workbook-scope names and the single cell value each refers to, for H4A_* names. */
  readNamedValues(prefix: string): Promise<Record<string, CellValue>>;
  /** True when the sheet exists and carries the add-in's owner mark. */
  isOwnSheet(name: string): Promise<boolean>;
  /**
   * Replaces (or creates) the add-in's sheets with the plans, in one batch. Refuses, writing
   * nothing, when any sheet of those names exists without the owner mark.
   */
  writeSheets(plans: SheetPlan[]): Promise<void>;
}
