import { parseAddress } from "../engine/cells/address";
import type { CellValue } from "../engine/types";
import type { SheetPlan, WorkbookPort } from "../engine/sheets/workbookPlan";
import { editCells, type SheetCellEdit } from "./cellWriter";
import { removeComments } from "./comments";
import { packageError } from "./errors";
import { openPackage, type Package, type PackageOptions } from "./package";
import { replacePivotCacheTexts } from "./pivotCaches";
import { scrubPackage, type ScrubRemoval, type ScrubReplace } from "./scrub";
import { writePlans } from "./planWriter";
import { clearUnusedSharedStrings, readSharedStrings } from "./sharedStrings";
import { readCells, readSheetValues, type ReadSheetOptions, type SheetContext, type SheetValues } from "./sheetReader";
import { StyleSheet } from "./styles";
import type { NewDefinedName } from "./workbookEditor";
import { findSheet, hasOwnerMark, readWorkbookIndex, type SheetEntry, type WorkbookIndex } from "./workbookIndex";

/**
 * The engine's WorkbookPort on an .xlsx package: sheets read streamed as Office.js reads them
 * (with the workbook's shared strings, styles and date system), and the add-in's sheets written
 * by editing the package (planWriter.ts), every part it does not own kept byte for byte.
 */

export class PackageWorkbook implements WorkbookPort {
  private cachedIndex: WorkbookIndex | null = null;
  private cachedStrings: string[] | null = null;
  private cachedStyles: StyleSheet | null | undefined = undefined;

  constructor(readonly pkg: Package) {}

  /** Opens .xlsx bytes (see openPackage). */
  static open(bytes: Uint8Array, options?: PackageOptions): PackageWorkbook {
    return new PackageWorkbook(openPackage(bytes, options));
  }

  /** The workbook's index (sheets, defined names, date system), read once and after each write. */
  get index(): WorkbookIndex {
    this.cachedIndex ??= readWorkbookIndex(this.pkg);
    return this.cachedIndex;
  }

  /** True when the workbook counts dates from 1904 (values are given as stored). */
  get date1904(): boolean {
    return this.index.date1904;
  }

  /** The package's bytes as they are now. */
  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }

  private sharedStrings(): string[] {
    if (this.cachedStrings === null) {
      const rel = this.index.rels.ofKind("sharedStrings")[0];
      this.cachedStrings = rel?.part !== null && rel !== undefined && this.pkg.has(rel.part) ? readSharedStrings(this.pkg, rel.part) : [];
    }
    return this.cachedStrings;
  }

  private stylesPart(): string | null {
    const rel = this.index.rels.ofKind("styles")[0];
    return rel?.part !== null && rel !== undefined && this.pkg.has(rel.part) ? rel.part : null;
  }

  /** The workbook's styles (null when it has no styles part). */
  styles(): StyleSheet | null {
    if (this.cachedStyles === undefined) {
      const part = this.stylesPart();
      this.cachedStyles = part === null ? null : new StyleSheet(this.pkg.readText(part), part);
    }
    return this.cachedStyles;
  }

  /** True when cells of this style index show a date or time (see StyleSheet.isDateStyle). */
  isDateStyle(styleIndex: number): boolean {
    return this.styles()?.isDateStyle(styleIndex) ?? false;
  }

  private context(): SheetContext {
    return { sharedStrings: this.sharedStrings(), date1904: this.index.date1904 };
  }

  /** The worksheets' names in tab order (chart sheets are not worksheets, as in Office.js). */
  async sheetNames(): Promise<string[]> {
    return this.worksheetNames();
  }

  /** sheetNames, synchronously. */
  worksheetNames(): string[] {
    return this.index.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
  }

  private worksheet(name: string): SheetEntry {
    const sheet = findSheet(this.index, name);
    if (sheet === undefined || sheet.kind !== "worksheet") throw packageError("no-sheet", null, name);
    if (sheet.part === null || !this.pkg.has(sheet.part)) throw packageError("missing-part", sheet.part ?? `${sheet.name} (${sheet.rId})`);
    return sheet;
  }

  /** The used range of a sheet, as Office.js `range.values` gives it (see readSheetValues). */
  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    return this.readSheetSync(name, options);
  }

  /** readSheet, synchronously. */
  readSheetSync(name: string, options: ReadSheetOptions = {}): SheetValues {
    const sheet = this.worksheet(name);
    return readSheetValues(this.pkg, sheet.part as string, sheet.name, this.context(), options);
  }

  /**
   * The workbook-scope names starting with `prefix` that refer to a cell or range of a sheet of
   * the workbook (Office.js's names of type Range), each with the value of its top-left cell.
   */
  async readNamedValues(prefix: string): Promise<Record<string, CellValue>> {
    const bySheet = new Map<SheetEntry, { name: string; row: number; column: number }[]>();
    for (const defined of this.index.definedNames) {
      if (defined.localSheetId !== null || !defined.name.startsWith(prefix)) continue;
      let position;
      try {
        position = parseAddress(defined.formula);
      } catch {
        continue;
      }
      const sheet = position.sheet === null ? undefined : findSheet(this.index, position.sheet);
      if (sheet === undefined || sheet.kind !== "worksheet" || sheet.part === null) continue;
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { name: defined.name, row: position.row, column: position.column }]);
    }
    const values: Record<string, CellValue> = {};
    for (const [sheet, cells] of bySheet) {
      const read = this.pkg.has(sheet.part as string)
        ? readCells(this.pkg, sheet.part as string, this.context(), cells)
        : cells.map(() => "");
      cells.forEach((cell, i) => (values[cell.name] = read[i]));
    }
    return values;
  }

  /** True when the sheet exists and carries the add-in's owner mark. */
  async isOwnSheet(name: string): Promise<boolean> {
    const sheet = findSheet(this.index, name);
    return sheet !== undefined && hasOwnerMark(this.index, sheet);
  }

  /**
   * Replaces (or creates) the add-in's sheets with the plans. Refuses with a ForeignSheetError,
   * changing nothing, when a sheet of a plan's name exists without the owner mark, or another
   * sheet holds a table of a plan's table name. A replaced sheet keeps its tab (and its place in
   * formulas); its old parts go; the add-in's names are replaced; every other name is kept.
   */
  async writeSheets(plans: SheetPlan[]): Promise<void> {
    this.writeSheetsSync(plans);
  }

  /**
   * Edits cells of existing worksheets (sheetEditor.ts) and replaces or adds workbook-scope
   * names, all or nothing; returns the number of cells changed or put.
   */
  editCells(edits: readonly SheetCellEdit[], names: readonly NewDefinedName[] = []): number {
    try {
      return editCells(this.pkg, this.index, this.context(), edits, names);
    } finally {
      this.cachedIndex = null;
      this.cachedStyles = undefined;
    }
  }

  /** Empties the shared strings no cell uses any more (after cells were replaced); returns how many. */
  clearUnusedSharedStrings(): number {
    const rel = this.index.rels.ofKind("sharedStrings")[0];
    if (rel === undefined || rel.part === null || !this.pkg.has(rel.part)) return 0;
    const sheets = this.index.sheets.flatMap((s) => (s.kind === "worksheet" && s.part !== null && this.pkg.has(s.part) ? [s.part] : []));
    this.cachedStrings = null;
    return clearUnusedSharedStrings(this.pkg, rel.part, sheets);
  }

  /** Replaces texts in the pivot caches (the copies of their source cells, pivotCaches.ts); returns how many. */
  replacePivotCacheTexts(replace: (text: string) => string | undefined): number {
    return replacePivotCacheTexts(this.pkg, replace);
  }

  /** Searches every text part for removed values and replaces or removes them (scrub.ts); returns what was done, by part and kind. */
  scrub(replace: ScrubReplace): ScrubRemoval[] {
    try {
      return scrubPackage(this.pkg, this.index, replace);
    } finally {
      this.cachedIndex = null;
      this.cachedStrings = null;
    }
  }

  /** Removes every note and threaded comment (comments.ts); returns how many. */
  removeComments(): number {
    try {
      return removeComments(this.pkg, this.index);
    } finally {
      this.cachedIndex = null;
    }
  }

  /** writeSheets, synchronously. */
  writeSheetsSync(plans: readonly SheetPlan[]): void {
    try {
      writePlans(this.pkg, this.index, plans);
    } finally {
      this.cachedIndex = null;
      this.cachedStyles = undefined;
    }
  }
}
