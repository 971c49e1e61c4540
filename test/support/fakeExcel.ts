/**
 * An in-memory Excel workbook behind the part of the Office.js Excel API that src/excel uses,
 * with Office.js's batching rules: calls on proxy objects are queued and run, in order, only by
 * context.sync(); a property can be read only after it was loaded and synced; an object that is
 * not there fails the sync with ItemNotFound, and the operations after it are not run. It counts
 * syncs and estimates the size of each request and of its response (what its loads return, as
 * UTF-8 JSON), so tests can hold the adapter to a fixed number of round trips and to Excel on the
 * web's 5 MB payload limit; a response beyond 5,000,000 bytes fails the sync with
 * ResponsePayloadSizeLimitExceeded, as Excel on the web does.
 *
 * Formulas are computed by HyperFormula when one is given (the browser test does; values of
 * formula cells are computed on demand); with `formulaValue` instead, formulas are kept as text and
 * every formula cell reads as that value, so that round trips and request sizes can be counted on
 * sheets too large for HyperFormula. `failAtSync(n)` makes the n-th sync from now reject, as a
 * request Excel refuses: none of its operations run, those of earlier syncs stay applied.
 * Sheets are deleted, renamed, hidden and moved as Excel does it: formulas and names follow a
 * renamed sheet and turn to #REF! when their sheet is deleted. Self-contained on purpose (type imports only): the
 * end-to-end test transpiles this file and injects it into the task pane's page.
 *
 * Not modelled: R1C1, merged cells, undo, events, calculation modes, fonts other than bold,
 * dates typed as text (they stay text, as in a cell formatted as Text), page layout beyond what
 * the add-in sets (print area and titles, paper, orientation, scaling, centring, centre header
 * and footer).
 */

export type FakeCellValue = string | number | boolean;

export interface FakeFill {
  color?: string;
  pattern?: string;
  patternColor?: string;
  patternTintAndShade?: number;
  tintAndShade?: number;
}

interface Cell {
  /** A constant; "" when the cell holds a formula or nothing. */
  value: FakeCellValue;
  formula: string | null;
  numberFormat: string | null;
  fill: FakeFill | null;
  bold: boolean;
  /** Text written with a leading apostrophe: Excel keeps it as text and shows the apostrophe only in the formula bar. */
  quotePrefix: boolean;
}

/** What a sheet's page layout holds (ExcelApi 1.9), as Excel gives it back: addresses without "$" or sheet. */
export interface FakePageLayout {
  /** e.g. "A1:G80", or null when none is set. */
  printArea: string | null;
  /** e.g. "1:2", or null when none is set. */
  printTitleRows: string | null;
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerHeader: string;
  centerFooter: string;
}

interface SheetState {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, Cell>;
  columnWidths: Map<number, number>;
  pageLayout: FakePageLayout;
}

const defaultPageLayout = (): FakePageLayout => ({
  printArea: null,
  printTitleRows: null,
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  centerHorizontally: false,
  centerHeader: "",
  centerFooter: "",
});

/** The Excel.PaperType values the fake accepts. */
const PAPER_TYPES = new Set([
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
]);

interface TableState {
  id: number;
  name: string;
  sheetId: number;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

interface NameState {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

interface Box {
  sheet: SheetState;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface SeedSheet {
  name: string;
  /** Values from `topLeft` (default A1); a string starting with "=" is a formula. Strings stay text. */
  rows: (FakeCellValue | null)[][];
  topLeft?: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface SeedTable {
  name: string;
  sheet: string;
  address: string;
}

export interface FakeExcelOptions {
  /** The HyperFormula class, to compute formulas; without it, reading a formula's value fails. */
  HyperFormula?: unknown;
  /**
   * The workbook's file as Office.context.document.getFileAsync serves it (a real .xlsx: the
   * fake does not write one from its cells). Without it, getFileAsync fails.
   */
  file?: Uint8Array;
  /** The largest slice served, whatever sliceSize asks (to test a file read in several slices). */
  maxSliceBytes?: number;
  /** Slices' data as Office on the web gives it (number[], the default) or as a Uint8Array. */
  sliceData?: "array" | "uint8array";
  /** false: an Excel without ExcelApi 1.8, getFileAsync or Excel.createWorkbook (an old perpetual Excel). */
  fileApi?: boolean;
  /**
   * Without HyperFormula: what every formula cell's value reads as, instead of failing. Formulas
   * are kept as text and never computed, so a workbook of 100,000 rows fits a normal heap.
   */
  formulaValue?: FakeCellValue;
  /** Office.context.platform: "PC" (Excel on Windows, the default) or "OfficeOnline" (Excel on the web). */
  platform?: "PC" | "Mac" | "OfficeOnline";
}

/** Office.AsyncResult as the fake's Office.js callbacks receive it. */
export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
}

export interface RequestStats {
  operations: number;
  bytes: number;
  /** What the sync's loads returned, serialised as JSON (UTF-8 bytes); for a refused response, the size refused. */
  responseBytes: number;
  /** The code of the error the sync was rejected with; null when it succeeded. */
  failed: string | null;
}

/** Excel on the web refuses a response (what a sync's loads return) larger than this. */
const RESPONSE_LIMIT_BYTES = 5_000_000;

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const key = (row: number, column: number): number => row * (MAX_COLUMNS + 1) + column;
const rowOf = (k: number): number => Math.floor(k / (MAX_COLUMNS + 1));
const columnOf = (k: number): number => k % (MAX_COLUMNS + 1);

export class FakeRichApiError extends Error {
  readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (code: string, message: string): never => {
  throw new FakeRichApiError(code, message);
};

/** A text's length in UTF-8 bytes: a surrogate pair (4 bytes) is two UTF-16 units of 2. */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) bytes += 1;
    else if (unit > 0x7ff) bytes += 2;
    else if (unit > 0x7f) bytes += 1;
  }
  return bytes;
}

/** A value's size as it travels: its JSON, in UTF-8. */
const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value ?? null));

function letters(column: number): string {
  let text = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}

function columnNumber(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B3", "B3:D9", "B:D", "3:9" → 1-based bounds; null when not an address. */
function parseBounds(address: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const text = address.replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(text);
  if (m) {
    const r1 = Number(m[2]);
    const c1 = columnNumber(m[1]);
    const r2 = m[4] ? Number(m[4]) : r1;
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
  if (m) return { r1: 1, c1: columnNumber(m[1]), r2: MAX_ROWS, c2: columnNumber(m[2]) };
  m = /^(\d+):(\d+)$/.exec(text);
  if (m) return { r1: Number(m[1]), c1: 1, r2: Number(m[2]), c2: MAX_COLUMNS };
  return null;
}

function boxAddress(box: Box): string {
  const first = `${letters(box.c1)}${box.r1}`;
  const last = `${letters(box.c2)}${box.r2}`;
  return `${quoteSheet(box.sheet.name)}!${first === last ? first : `${first}:${last}`}`;
}

/** "=Sheet!$B$2" / "='My sheet'!$B$2:$C$3" → sheet name and address. */
function parseReference(formula: string): { sheet: string; address: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(formula.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}

/**
 * A formula moved `rows` down as Excel's fill does it: row numbers of references without "$"
 * before the row move; nothing inside string literals does.
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const j = formula.indexOf("'!", i + 1);
      out += formula.slice(i, j + 2);
      i = j + 2;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1] : "";
    if (m && !/[A-Za-z0-9_.]/.test(before)) {
      const after = formula[i + m[0].length] ?? "";
      if (!/[A-Za-z0-9_.(!]/.test(after)) {
        const row = m[3] === "$" ? Number(m[4]) : Number(m[4]) + rows;
        out += `${m[1]}${m[2]}${m[3]}${row}`;
        i += m[0].length;
        continue;
      }
    }
    const word = /^[A-Za-z0-9_.$]+/.exec(formula.slice(i));
    if (word) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A formula's references to sheet `from` (by name, ignoring case) pointed at `to`, or at #REF! when `to` is null. */
export function renameSheetReferences(formula: string, from: string, to: string | null): string {
  let out = "";
  let i = 0;
  const target = to === null ? "#REF!" : `${quoteSheet(to)}!`;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const quoted = /^'((?:[^']|'')+)'!/.exec(formula.slice(i));
    const bare = quoted === null ? /^([A-Za-z_\\][A-Za-z0-9_.]*)!/.exec(formula.slice(i)) : null;
    const match = quoted ?? bare;
    if (match !== null && (quoted !== null || !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? ""))) {
      const name = quoted !== null ? match[1].replace(/''/g, "'") : match[1];
      out += name.toLowerCase() === from.toLowerCase() ? target : match[0];
      i += match[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * What Excel does with input written to `range.values` or `range.formulas`, read as if typed: a
 * leading apostrophe forces text (kept as the cell's quote prefix, not in its value); a cell
 * formatted as Text ("@") keeps any string as text; "=" starts a formula; a number or a boolean is
 * one. As typed input, text led by "+", "-" or "@" is a formula too ("+1+2" → "=+1+2",
 * "@SUM(A1)" → "=SUM(A1)"): Office.js documents "=" only, and the fake takes the stricter reading.
 */
function typed(input: unknown, numberFormat: string | null = null): { value: FakeCellValue; formula: string | null; quotePrefix: boolean } {
  const constant = (value: FakeCellValue, quotePrefix = false) => ({ value, formula: null, quotePrefix });
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", `Cannot write the number ${input}.`);
    return constant(input);
  }
  if (typeof input === "boolean") return constant(input);
  if (typeof input !== "string") return fail("InvalidArgument", `Cannot write ${JSON.stringify(input)} into a cell.`);
  if (input.startsWith("'")) return constant(input.slice(1), true);
  if (numberFormat === "@") return constant(input);
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input, quotePrefix: false };
  if (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(input)) return constant(Number(input));
  if (/^[+-]./s.test(input)) return { value: "", formula: `=${input}`, quotePrefix: false };
  if (/^@./s.test(input)) return { value: "", formula: `=${input.slice(1)}`, quotePrefix: false };
  if (/^(true|false)$/i.test(input)) return constant(input.toLowerCase() === "true");
  return constant(input);
}

/** A fill with every property Excel keeps, so that two fills that look alike compare equal. */
function canonicalFill(fill: FakeFill): FakeFill {
  return {
    color: (fill.color ?? "#FFFFFF").toUpperCase(),
    pattern: fill.pattern ?? "Solid",
    patternColor: (fill.patternColor ?? "#000000").toUpperCase(),
    patternTintAndShade: fill.patternTintAndShade ?? 0,
    tintAndShade: fill.tintAndShade ?? 0,
  };
}

const emptyCell = (): Cell => ({ value: "", formula: null, numberFormat: null, fill: null, bold: false, quotePrefix: false });
const isEmptyCell = (cell: Cell): boolean =>
  cell.value === "" && cell.formula === null && cell.numberFormat === null && cell.fill === null && !cell.bold && !cell.quotePrefix;

interface HyperFormulaInstance {
  getSheetId(name: string): number | undefined;
  getCellValue(address: { sheet: number; row: number; col: number }): unknown;
  addNamedExpression(name: string, expression: string): void;
  destroy(): void;
}

interface HyperFormulaClass {
  buildFromSheets(sheets: Record<string, unknown[][]>, config: Record<string, unknown>): HyperFormulaInstance;
}

/** The workbook's state, shared by every request context. */
export class FakeWorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names = new Map<string, NameState>();
  settings = new Map<string, unknown>();
  activeSheetId = 0;
  selection: { sheetId: number; r1: number; c1: number; r2: number; c2: number } | null = null;
  syncCount = 0;
  requests: RequestStats[] = [];
  /** The syncCount at which the sync fails (see FakeExcel.failAtSync); null: none fails. */
  failingSync: number | null = null;
  private nextId = 1;
  private computed: HyperFormulaInstance | null = null;
  private dirty = true;

  constructor(
    private readonly hf: HyperFormulaClass | null,
    private readonly formulaValue: FakeCellValue | null = null,
  ) {}

  newId(): number {
    return this.nextId++;
  }

  touch(): void {
    this.dirty = true;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  addSheet(name: string): SheetState {
    if (!/^[^[\]:*?/\\]{1,31}$/.test(name) || name.startsWith("'")) fail("InvalidArgument", `"${name}" is not a valid sheet name.`);
    if (this.sheetByName(name)) fail("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const sheet: SheetState = {
      id: this.newId(),
      name,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      pageLayout: defaultPageLayout(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === 0) this.activeSheetId = sheet.id;
    this.touch();
    return sheet;
  }

  cell(sheet: SheetState, row: number, column: number): Cell {
    return sheet.cells.get(key(row, column)) ?? emptyCell();
  }

  putCell(sheet: SheetState, row: number, column: number, cell: Cell): void {
    if (isEmptyCell(cell)) sheet.cells.delete(key(row, column));
    else sheet.cells.set(key(row, column), cell);
    this.touch();
  }

  /** The bounding box of the cells holding a value or formula (null on an empty sheet). */
  usedBox(sheet: SheetState, valuesOnly: boolean): Box | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === null) continue;
      const r = rowOf(k);
      const c = columnOf(k);
      if (r < r1) r1 = r;
      if (c < c1) c1 = c;
      if (r > r2) r2 = r;
      if (c > c2) c2 = c;
    }
    return r2 === 0 ? null : { sheet, r1, c1, r2, c2 };
  }

  /** A cell's value as Excel shows it: a formula's result, "" when empty. */
  valueOf(sheet: SheetState, row: number, column: number): FakeCellValue {
    const cell = this.cell(sheet, row, column);
    if (cell.formula === null) return cell.value;
    return this.compute(sheet, row, column);
  }

  private compute(sheet: SheetState, row: number, column: number): FakeCellValue {
    if (this.hf === null && this.formulaValue !== null) return this.formulaValue;
    if (this.hf === null) return fail("GeneralException", "This fake workbook computes no formula (no HyperFormula given).");
    if (this.dirty || this.computed === null) {
      this.computed?.destroy();
      const data: Record<string, unknown[][]> = {};
      for (const s of this.sheets) {
        const rows: unknown[][] = [];
        for (const [k, cell] of s.cells) {
          const r = rowOf(k) - 1;
          const c = columnOf(k) - 1;
          while (rows.length <= r) rows.push([]);
          rows[r][c] = cell.formula ?? (typeof cell.value === "string" ? (cell.value === "" ? null : `'${cell.value}`) : cell.value);
        }
        data[s.name] = rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
      }
      this.computed = this.hf.buildFromSheets(data, {
        licenseKey: "gpl-v3",
        smartRounding: false,
        maxRows: MAX_ROWS,
        maxColumns: MAX_COLUMNS,
      });
      for (const named of this.names.values()) this.computed.addNamedExpression(named.name, named.formula);
      this.dirty = false;
    }
    const id = this.computed.getSheetId(sheet.name) ?? 0;
    const value = this.computed.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
    if (value === null || value === undefined) return 0;
    if (typeof value === "object") return String((value as { value?: unknown }).value ?? "#VALUE!");
    return value as FakeCellValue;
  }

  /** Deletes a sheet as Excel does: its tables go, and formulas and names that pointed at it turn to #REF!. */
  deleteSheet(sheet: SheetState): void {
    if (sheet.visibility === "Visible" && this.sheets.filter((s) => s.visibility === "Visible").length === 1)
      fail("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.sheets = this.sheets.filter((s) => s.id !== sheet.id);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    this.repointReferences(sheet.name, null);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? 0;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
    this.touch();
  }

  /** Renames a sheet as Excel does: formulas and names that pointed at it follow it. */
  renameSheet(sheet: SheetState, name: string): void {
    if (!/^[^[\]:*?/\\]{1,31}$/.test(name) || name.startsWith("'")) fail("InvalidArgument", `"${name}" is not a valid sheet name.`);
    const other = this.sheetByName(name);
    if (other !== undefined && other.id !== sheet.id) fail("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const old = sheet.name;
    sheet.name = name;
    this.repointReferences(old, name);
    this.touch();
  }

  private repointReferences(from: string, to: string | null): void {
    for (const sheet of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.formula === null || !cell.formula.toLowerCase().includes(from.toLowerCase())) continue;
        const formula = renameSheetReferences(cell.formula, from, to);
        if (formula !== cell.formula) sheet.cells.set(k, { ...cell, formula });
      }
    }
    for (const named of this.names.values()) named.formula = renameSheetReferences(named.formula, from, to);
  }

  boxOf(sheetName: string, address: string): Box {
    const sheet = this.sheetByName(sheetName) ?? fail("ItemNotFound", `No sheet named ${sheetName}.`);
    const bounds = parseBounds(address) ?? fail("InvalidArgument", `"${address}" is not a range address.`);
    return { sheet, ...bounds };
  }
}

type Op = () => void;

class Context {
  readonly workbook: Workbook;
  queue: { run: Op; bytes: number }[] = [];
  /** The stats of the sync whose operations are running, which the loads add to. */
  private response: RequestStats | null = null;

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new Workbook(this);
  }

  enqueue(run: Op, args: unknown = null): void {
    this.queue.push({ run, bytes: 100 + (args === null ? 0 : JSON.stringify(args).length) });
  }

  /** Adds a loaded value to the response of the sync running now, which Excel refuses beyond RESPONSE_LIMIT_BYTES. */
  responded(value: unknown): void {
    if (this.response === null) return;
    const bytes = (this.response.responseBytes += jsonBytes(value));
    if (bytes > RESPONSE_LIMIT_BYTES)
      fail(
        "ResponsePayloadSizeLimitExceeded",
        `The response would be ${bytes} bytes, more than Excel on the web's ${RESPONSE_LIMIT_BYTES}.`,
      );
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.state.syncCount++;
    const stats: RequestStats = {
      operations: queue.length,
      bytes: queue.reduce((sum, op) => sum + op.bytes, 0),
      responseBytes: 0,
      failed: null,
    };
    this.state.requests.push(stats);
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.response = stats;
    try {
      if (this.state.syncCount === this.state.failingSync) {
        this.state.failingSync = null;
        fail("GeneralException", "The request failed (injected by the test): none of its operations ran.");
      }
      for (const op of queue) op.run();
    } catch (error) {
      stats.failed = error instanceof FakeRichApiError ? error.code : "unknown";
      throw error;
    } finally {
      this.response = null;
    }
  }
}

/** A proxy's loaded properties, each counted in the response of the sync that loads it. */
class LoadedValues extends Map<string, unknown> {
  constructor(private readonly ctx: Context) {
    super();
  }

  set(name: string, value: unknown): this {
    // A loaded proxy (a table's worksheet) is counted by its own loads.
    if (!(value instanceof Proxy)) this.ctx.responded(value);
    return super.set(name, value);
  }
}

/** Base of every proxy: what was loaded, and the rule that unloaded properties cannot be read. */
class Proxy {
  protected loaded: Map<string, unknown>;
  protected nullChecked: boolean | null = null;

  constructor(protected readonly ctx: Context) {
    this.loaded = new LoadedValues(ctx);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeRichApiError("PropertyNotLoaded", `The property '${name}' is not available. Load it and call context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullChecked === null) throw new FakeRichApiError("PropertyNotLoaded", "isNullObject is known only after a load and a sync.");
    return this.nullChecked;
  }

  protected names(props: string | string[] | undefined): string[] {
    if (props === undefined) return [];
    return (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  }
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly settings: SettingCollection;

  constructor(private readonly ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableCollection(ctx, null);
    this.names = new NamedItemCollection(ctx);
    this.settings = new SettingCollection(ctx);
  }

  getSelectedRange(): Range {
    const state = this.ctx.state;
    return new Range(this.ctx, () => {
      const selection = state.selection ?? fail("ItemNotFound", "Nothing is selected.");
      const sheet = state.sheetById(selection.sheetId) ?? fail("ItemNotFound", "The selected sheet is gone.");
      return { sheet, r1: selection.r1, c1: selection.c1, r2: selection.r2, c2: selection.c2 };
    });
  }
}

class WorksheetCollection extends Proxy {
  private itemList: Worksheet[] | null = null;

  get items(): Worksheet[] {
    if (this.itemList === null) throw new FakeRichApiError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      this.itemList = this.ctx.state.sheets.map((sheet) => {
        const item = new Worksheet(this.ctx, () => sheet);
        item.fill(wanted);
        return item;
      });
    });
    return this;
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.state.sheetByName(name) ?? fail("ItemNotFound", `No sheet named ${name}.`));
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.state.sheetByName(name) ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.ctx,
      () => this.ctx.state.sheetById(this.ctx.state.activeSheetId) ?? fail("ItemNotFound", "No active sheet."),
    );
  }

  add(name: string): Worksheet {
    let created: SheetState | null = null;
    this.ctx.enqueue(
      () => {
        created = this.ctx.state.addSheet(name);
      },
      { name },
    );
    return new Worksheet(this.ctx, () => created ?? fail("ItemNotFound", `The sheet ${name} was not created.`));
  }
}

class Worksheet extends Proxy {
  constructor(
    ctx: Context,
    private readonly target: () => SheetState | null,
  ) {
    super(ctx);
  }

  private sheet(): SheetState {
    return this.target() ?? fail("ItemNotFound", "The sheet does not exist.");
  }

  /** Fills loaded properties now (used while running a collection's load). */
  fill(props: string[]): void {
    const sheet = this.target();
    this.nullChecked = sheet === null;
    if (sheet === null) return;
    for (const p of props) {
      if (p === "name") this.loaded.set("name", sheet.name);
      else if (p === "visibility") this.loaded.set("visibility", sheet.visibility);
      else if (p === "id") this.loaded.set("id", String(sheet.id));
      else if (p === "position") this.loaded.set("position", this.ctx.state.sheets.indexOf(sheet));
      else if (p !== "") fail("InvalidArgument", `The fake does not load worksheet.${p}.`);
    }
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.ctx.enqueue(() => this.ctx.state.renameSheet(this.sheet(), name), { name });
  }

  get visibility(): string {
    return this.read("visibility");
  }

  set visibility(visibility: string) {
    this.ctx.enqueue(
      () => {
        const sheet = this.sheet();
        if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
          fail("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
        const visible = this.ctx.state.sheets.filter((s) => s.visibility === "Visible");
        if (visibility !== "Visible" && visible.length === 1 && visible[0].id === sheet.id)
          fail("InvalidOperation", "A workbook must keep at least one visible sheet.");
        sheet.visibility = visibility as SheetState["visibility"];
      },
      { visibility },
    );
  }

  get position(): number {
    return this.read("position");
  }

  set position(position: number) {
    this.ctx.enqueue(
      () => {
        const state = this.ctx.state;
        const sheet = this.sheet();
        if (!Number.isInteger(position) || position < 0 || position >= state.sheets.length)
          fail("InvalidArgument", `${position} is not a sheet position.`);
        const others = state.sheets.filter((s) => s.id !== sheet.id);
        state.sheets = [...others.slice(0, position), sheet, ...others.slice(position)];
      },
      { position },
    );
  }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.deleteSheet(this.sheet()));
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props);
    this.ctx.enqueue(() => this.fill(wanted));
    return this;
  }

  get tables(): TableCollection {
    return new TableCollection(this.ctx, () => this.sheet());
  }

  getRange(address?: string): Range {
    return new Range(this.ctx, () => {
      const sheet = this.sheet();
      if (address === undefined || address === "") return { sheet, r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLUMNS };
      const bounds = parseBounds(address) ?? fail("InvalidArgument", `"${address}" is not a range address.`);
      return { sheet, ...bounds };
    });
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(this.ctx, () => {
      const sheet = this.sheet();
      return this.ctx.state.usedBox(sheet, valuesOnly) ?? { sheet, r1: 1, c1: 1, r2: 1, c2: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.ctx, () => this.ctx.state.usedBox(this.sheet(), valuesOnly));
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.activeSheetId = this.sheet().id;
    });
  }

  get pageLayout(): PageLayout {
    return new PageLayout(this.ctx, () => this.sheet());
  }
}

/** worksheet.pageLayout: the print area and title rows, paper, orientation, scaling and the header and footer of every page. */
class PageLayout {
  readonly headersFooters: { readonly defaultForAllPages: HeaderFooter };

  constructor(
    private readonly ctx: Context,
    private readonly sheet: () => SheetState,
  ) {
    this.headersFooters = { defaultForAllPages: new HeaderFooter(ctx, sheet) };
  }

  private change(args: unknown, apply: (layout: FakePageLayout) => void): void {
    this.ctx.enqueue(() => apply(this.sheet().pageLayout), args);
  }

  setPrintArea(address: string): void {
    this.change({ address }, (layout) => {
      const bounds = parseBounds(address) ?? fail("InvalidArgument", `"${address}" is not a range address.`);
      layout.printArea = `${letters(bounds.c1)}${bounds.r1}:${letters(bounds.c2)}${bounds.r2}`;
    });
  }

  setPrintTitleRows(address: string): void {
    this.change({ address }, (layout) => {
      const bounds = parseBounds(address) ?? fail("InvalidArgument", `"${address}" is not a range address.`);
      if (bounds.c1 !== 1 || bounds.c2 !== MAX_COLUMNS) fail("InvalidArgument", "The print title rows must span entire rows.");
      layout.printTitleRows = `${bounds.r1}:${bounds.r2}`;
    });
  }

  set orientation(orientation: string) {
    this.change({ orientation }, (layout) => {
      if (orientation !== "Portrait" && orientation !== "Landscape") fail("InvalidArgument", `"${orientation}" is not a page orientation.`);
      layout.orientation = orientation;
    });
  }

  set paperSize(paper: string) {
    this.change({ paper }, (layout) => {
      if (!PAPER_TYPES.has(paper)) fail("InvalidArgument", `"${paper}" is not a paper type the fake knows.`);
      layout.paperSize = paper;
    });
  }

  set zoom(zoom: FakePageLayout["zoom"]) {
    this.change(zoom, (layout) => {
      const pages = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter((n) => n !== undefined);
      if (pages.some((n) => !Number.isInteger(n) || (n as number) < 0)) fail("InvalidArgument", "Pages to fit must be whole numbers ≥ 0.");
      if (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))
        fail("InvalidArgument", "The scale must be between 10 and 400.");
      if (zoom.scale !== undefined && pages.length > 0) fail("InvalidArgument", "Give either a scale or pages to fit, not both.");
      layout.zoom = { ...zoom };
    });
  }

  set centerHorizontally(centre: boolean) {
    this.change({ centre }, (layout) => {
      layout.centerHorizontally = centre;
    });
  }
}

class HeaderFooter {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: () => SheetState,
  ) {}

  set centerHeader(text: string) {
    this.ctx.enqueue(
      () => {
        this.sheet().pageLayout.centerHeader = text;
      },
      { text },
    );
  }

  set centerFooter(text: string) {
    this.ctx.enqueue(
      () => {
        this.sheet().pageLayout.centerFooter = text;
      },
      { text },
    );
  }
}

class Range extends Proxy {
  readonly format: RangeFormat;

  constructor(
    ctx: Context,
    private readonly target: () => Box | null,
  ) {
    super(ctx);
    this.format = new RangeFormat(ctx, () => this.box());
  }

  box(): Box {
    return this.target() ?? fail("ItemNotFound", "The range does not exist.");
  }

  get address(): string {
    return this.read("address");
  }
  get values(): FakeCellValue[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write(input, "values");
  }
  get formulas(): FakeCellValue[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write(input, "formulas");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.ctx.enqueue(() => {
      const box = this.box();
      const grid = this.sized(input, box, "numberFormat");
      this.forEach(box, (cell, i, j) => ({ ...cell, numberFormat: grid[i][j] === "General" ? null : String(grid[i][j]) }));
    }, input);
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props);
    this.ctx.enqueue(() => {
      const box = this.target();
      this.nullChecked = box === null;
      if (box === null) return;
      const state = this.ctx.state;
      for (const p of wanted) {
        if (p === "address") this.loaded.set(p, boxAddress(box));
        else if (p === "rowCount") this.loaded.set(p, box.r2 - box.r1 + 1);
        else if (p === "columnCount") this.loaded.set(p, box.c2 - box.c1 + 1);
        else if (p === "rowIndex") this.loaded.set(p, box.r1 - 1);
        else if (p === "columnIndex") this.loaded.set(p, box.c1 - 1);
        else if (p === "values")
          this.loaded.set(
            p,
            this.grid(box, (r, c) => state.valueOf(box.sheet, r, c)),
          );
        else if (p === "formulas")
          this.loaded.set(
            p,
            this.grid(box, (r, c) => state.cell(box.sheet, r, c).formula ?? state.cell(box.sheet, r, c).value),
          );
        else if (p === "numberFormat")
          this.loaded.set(
            p,
            this.grid(box, (r, c) => state.cell(box.sheet, r, c).numberFormat ?? "General"),
          );
        else fail("InvalidArgument", `The fake does not load range.${p}.`);
      }
    });
    return this;
  }

  /** The cells of a box, refused unbuilt when they cannot fit a response: each takes at least a character and a comma. */
  private grid<T>(box: Box, at: (row: number, column: number) => T): T[][] {
    if ((box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) > RESPONSE_LIMIT_BYTES / 2)
      fail("ResponsePayloadSizeLimitExceeded", "The range is too large to read at once.");
    const rows: T[][] = [];
    for (let r = box.r1; r <= box.r2; r++) {
      const row: T[] = [];
      for (let c = box.c1; c <= box.c2; c++) row.push(at(r, c));
      rows.push(row);
    }
    return rows;
  }

  private sized(input: unknown[][], box: Box, what: string): unknown[][] {
    const rows = box.r2 - box.r1 + 1;
    const columns = box.c2 - box.c1 + 1;
    if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
      fail("InvalidArgument", `The ${what} array does not match the range ${boxAddress(box)} (${rows} × ${columns}).`);
    }
    return input;
  }

  private forEach(box: Box, change: (cell: Cell, i: number, j: number) => Cell): void {
    const state = this.ctx.state;
    for (let r = box.r1; r <= box.r2; r++) {
      for (let c = box.c1; c <= box.c2; c++) state.putCell(box.sheet, r, c, change(state.cell(box.sheet, r, c), r - box.r1, c - box.c1));
    }
  }

  private write(input: unknown[][], what: string): void {
    this.ctx.enqueue(() => {
      const box = this.box();
      const grid = this.sized(input, box, what);
      this.forEach(box, (cell, i, j) => ({ ...cell, ...typed(grid[i][j], cell.numberFormat) }));
    }, input);
  }

  getRow(index: number): Range {
    return new Range(this.ctx, () => {
      const box = this.box();
      if (index < 0 || box.r1 + index > box.r2) fail("InvalidArgument", `Row ${index} is outside the range.`);
      return { ...box, r1: box.r1 + index, r2: box.r1 + index };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return new Range(this.ctx, () => {
      const box = this.box();
      const r2 = box.r2 + deltaRows;
      const c2 = box.c2 + deltaColumns;
      if (r2 < box.r1 || c2 < box.c1 || r2 > MAX_ROWS || c2 > MAX_COLUMNS) fail("InvalidArgument", "The resized range is not valid.");
      return { ...box, r2, c2 };
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const box = this.box();
      this.ctx.state.activeSheetId = box.sheet.id;
      this.ctx.state.selection = { sheetId: box.sheet.id, r1: box.r1, c1: box.c1, r2: box.r2, c2: box.c2 };
    });
  }

  clear(applyTo: string = "All"): void {
    this.ctx.enqueue(
      () => {
        const box = this.box();
        const state = this.ctx.state;
        for (const [k, cell] of [...box.sheet.cells]) {
          const r = rowOf(k);
          const c = columnOf(k);
          if (r < box.r1 || r > box.r2 || c < box.c1 || c > box.c2) continue;
          const contents = applyTo === "All" || applyTo === "Contents";
          const formats = applyTo === "All" || applyTo === "Formats";
          state.putCell(box.sheet, r, c, {
            value: contents ? "" : cell.value,
            formula: contents ? null : cell.formula,
            numberFormat: formats ? null : cell.numberFormat,
            fill: formats ? null : cell.fill,
            bold: formats ? false : cell.bold,
            quotePrefix: contents || formats ? false : cell.quotePrefix,
          });
        }
      },
      { applyTo },
    );
  }

  autoFill(destination: string, type: string = "FillDefault"): void {
    this.ctx.enqueue(
      () => {
        if (type !== "FillCopy") fail("InvalidArgument", `The fake fills only with FillCopy, not ${type}.`);
        const source = this.box();
        const bounds = parseBounds(destination) ?? fail("InvalidArgument", `"${destination}" is not a range address.`);
        const dest: Box = { sheet: source.sheet, ...bounds };
        const inside = dest.r1 <= source.r1 && dest.r2 >= source.r2 && dest.c1 === source.c1 && dest.c2 === source.c2;
        if (!inside || dest.r1 !== source.r1) fail("InvalidArgument", "AutoFill extends the source downwards over the same columns.");
        const state = this.ctx.state;
        const height = source.r2 - source.r1 + 1;
        for (let r = source.r2 + 1; r <= dest.r2; r++) {
          const from = source.r1 + ((r - source.r1) % height);
          for (let c = dest.c1; c <= dest.c2; c++) {
            const cell = state.cell(source.sheet, from, c);
            const formula = cell.formula === null ? null : shiftFormulaRows(cell.formula, r - from);
            state.putCell(source.sheet, r, c, { ...cell, formula, fill: cell.fill === null ? null : { ...cell.fill } });
          }
        }
      },
      { destination, type },
    );
  }

  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): { value: unknown[][] } {
    const result: { value: unknown[][]; loaded: boolean } = { value: [], loaded: false };
    this.ctx.enqueue(() => {
      const box = this.box();
      const wanted = Object.keys(options.format?.fill ?? {}).filter((k) => options.format?.fill?.[k]);
      result.value = this.grid(box, (r, c) => {
        const fill = this.ctx.state.cell(box.sheet, r, c).fill;
        const shown: Record<string, unknown> =
          fill === null
            ? { color: "#FFFFFF", pattern: "None", patternColor: "#000000", patternTintAndShade: 0, tintAndShade: 0 }
            : { ...fill };
        const picked: Record<string, unknown> = {};
        for (const k of wanted) picked[k] = shown[k];
        return { format: { fill: picked } };
      });
      result.loaded = true;
      this.ctx.responded(result.value);
    }, options);
    return {
      get value(): unknown[][] {
        if (!result.loaded) throw new FakeRichApiError("PropertyNotLoaded", "The result is available after context.sync().");
        return result.value;
      },
    };
  }

  setCellProperties(data: { format?: { fill?: FakeFill } }[][]): void {
    this.ctx.enqueue(() => {
      const box = this.box();
      const grid = this.sized(data, box, "cell properties") as { format?: { fill?: FakeFill } }[][];
      this.forEach(box, (cell, i, j) => {
        const fill = grid[i][j]?.format?.fill;
        if (fill === undefined) return cell;
        if (fill.pattern === "None") return { ...cell, fill: null };
        return { ...cell, fill: canonicalFill({ ...(cell.fill ?? {}), ...fill }) };
      });
    }, data);
  }
}

class RangeFormat {
  readonly fill: RangeFill;
  readonly font: RangeFont;

  constructor(
    private readonly ctx: Context,
    private readonly box: () => Box,
  ) {
    this.fill = new RangeFill(ctx, box);
    this.font = new RangeFont(ctx, box);
  }

  set columnWidth(points: number) {
    this.ctx.enqueue(
      () => {
        const box = this.box();
        for (let c = box.c1; c <= box.c2; c++) box.sheet.columnWidths.set(c, points);
      },
      { points },
    );
  }
}

class RangeFill {
  constructor(
    private readonly ctx: Context,
    private readonly box: () => Box,
  ) {}

  set color(colour: string) {
    this.ctx.enqueue(
      () => {
        const box = this.box();
        const state = this.ctx.state;
        for (let r = box.r1; r <= box.r2; r++) {
          for (let c = box.c1; c <= box.c2; c++) {
            state.putCell(box.sheet, r, c, { ...state.cell(box.sheet, r, c), fill: canonicalFill({ color: colour, pattern: "Solid" }) });
          }
        }
      },
      { colour },
    );
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const box = this.box();
      const state = this.ctx.state;
      for (let r = box.r1; r <= box.r2; r++) {
        for (let c = box.c1; c <= box.c2; c++) state.putCell(box.sheet, r, c, { ...state.cell(box.sheet, r, c), fill: null });
      }
    });
  }
}

class RangeFont {
  constructor(
    private readonly ctx: Context,
    private readonly box: () => Box,
  ) {}

  set bold(bold: boolean) {
    this.ctx.enqueue(
      () => {
        const box = this.box();
        const state = this.ctx.state;
        for (let r = box.r1; r <= box.r2; r++) {
          for (let c = box.c1; c <= box.c2; c++) state.putCell(box.sheet, r, c, { ...state.cell(box.sheet, r, c), bold });
        }
      },
      { bold },
    );
  }
}

class TableCollection extends Proxy {
  private itemList: Table[] | null = null;

  constructor(
    ctx: Context,
    private readonly sheet: (() => SheetState) | null,
  ) {
    super(ctx);
  }

  get items(): Table[] {
    if (this.itemList === null) throw new FakeRichApiError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const sheetId = this.sheet === null ? null : this.sheet().id;
      this.itemList = this.ctx.state.tables
        .filter((table) => sheetId === null || table.sheetId === sheetId)
        .map((table) => {
          const item = new Table(this.ctx, () => table.id);
          item.fill(wanted);
          return item;
        });
    });
    return this;
  }

  getItem(name: string): Table {
    return new Table(this.ctx, () => this.find(name)?.id ?? fail("ItemNotFound", `No table named ${name}.`));
  }

  getItemOrNullObject(name: string): Table {
    return new Table(this.ctx, () => this.find(name)?.id ?? null);
  }

  private find(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.ctx.state.tables.find((table) => table.name.toLowerCase() === lower);
  }

  add(address: string, hasHeaders: boolean): Table {
    let id: number | null = null;
    this.ctx.enqueue(
      () => {
        const state = this.ctx.state;
        const bang = address.lastIndexOf("!");
        const sheet = bang >= 0 ? state.sheetByName(address.slice(0, bang).replace(/^'|'$/g, "")) : this.sheet?.();
        if (sheet === undefined) return fail("ItemNotFound", `No sheet for the table at ${address}.`);
        const bounds =
          parseBounds(bang >= 0 ? address.slice(bang + 1) : address) ?? fail("InvalidArgument", `"${address}" is not a range address.`);
        if (!hasHeaders) fail("InvalidArgument", "The fake only makes tables with a header row.");
        const overlap = state.tables.some(
          (t) => t.sheetId === sheet.id && !(t.r2 < bounds.r1 || t.r1 > bounds.r2 || t.c2 < bounds.c1 || t.c1 > bounds.c2),
        );
        if (overlap) fail("InvalidArgument", `A table already covers part of ${address}.`);
        const headers: string[] = [];
        for (let c = bounds.c1; c <= bounds.c2; c++) {
          const value = state.valueOf(sheet, bounds.r1, c);
          const text = String(value).trim();
          if (text === "" || headers.some((h) => h.toLowerCase() === text.toLowerCase())) {
            fail("InvalidArgument", `Header cell ${letters(c)}${bounds.r1} must hold a unique non-empty text, not "${text}".`);
          }
          headers.push(text);
          if (typeof value !== "string")
            state.putCell(sheet, bounds.r1, c, { ...state.cell(sheet, bounds.r1, c), value: text, formula: null });
        }
        id = state.newId();
        let n = 1;
        while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        state.tables.push({ id, name: `Table${n}`, sheetId: sheet.id, ...bounds });
      },
      { address, hasHeaders },
    );
    return new Table(this.ctx, () => id ?? fail("ItemNotFound", "The table was not created."));
  }
}

class Table extends Proxy {
  constructor(
    ctx: Context,
    private readonly id: () => number | null,
  ) {
    super(ctx);
  }

  private table(): TableState {
    const id = this.id();
    return this.ctx.state.tables.find((t) => t.id === id) ?? fail("ItemNotFound", "The table does not exist.");
  }

  fill(props: string[]): void {
    const id = this.id();
    const table = this.ctx.state.tables.find((t) => t.id === id);
    this.nullChecked = table === undefined;
    if (table === undefined) return;
    for (const p of props) {
      if (p === "name") this.loaded.set("name", table.name);
      else if (p === "worksheet/name") {
        const sheet = this.ctx.state.sheetById(table.sheetId);
        const proxy = new Worksheet(this.ctx, () => sheet ?? null);
        proxy.fill(["name"]);
        this.loaded.set("worksheet", proxy);
      } else fail("InvalidArgument", `The fake does not load table.${p}.`);
    }
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.ctx.enqueue(
      () => {
        const table = this.table();
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) fail("InvalidArgument", `"${name}" is not a valid table name.`);
        const taken = this.ctx.state.tables.some((t) => t.id !== table.id && t.name.toLowerCase() === name.toLowerCase());
        if (taken || this.ctx.state.names.has(name.toLowerCase())) fail("InvalidArgument", `The name ${name} is already used.`);
        table.name = name;
      },
      { name },
    );
  }

  get worksheet(): Worksheet {
    if (this.loaded.has("worksheet")) return this.loaded.get("worksheet") as Worksheet;
    return new Worksheet(this.ctx, () => this.ctx.state.sheetById(this.table().sheetId) ?? null);
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props);
    this.ctx.enqueue(() => this.fill(wanted));
    return this;
  }

  private part(top: (t: TableState) => number, bottom: (t: TableState) => number): Range {
    return new Range(this.ctx, () => {
      const table = this.table();
      const sheet = this.ctx.state.sheetById(table.sheetId) ?? fail("ItemNotFound", "The table's sheet is gone.");
      return { sheet, r1: top(table), c1: table.c1, r2: bottom(table), c2: table.c2 };
    });
  }

  getRange(): Range {
    return this.part(
      (t) => t.r1,
      (t) => t.r2,
    );
  }

  getHeaderRowRange(): Range {
    return this.part(
      (t) => t.r1,
      (t) => t.r1,
    );
  }

  getDataBodyRange(): Range {
    return this.part(
      (t) => t.r1 + 1,
      (t) => t.r2,
    );
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const table = this.table();
      const state = this.ctx.state;
      const sheet = state.sheetById(table.sheetId);
      state.tables = state.tables.filter((t) => t.id !== table.id);
      if (sheet === undefined) return;
      for (let r = table.r1; r <= table.r2; r++) for (let c = table.c1; c <= table.c2; c++) state.putCell(sheet, r, c, emptyCell());
    });
  }
}

class NamedItemCollection extends Proxy {
  private itemList: NamedItem[] | null = null;

  get items(): NamedItem[] {
    if (this.itemList === null) throw new FakeRichApiError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      this.itemList = [...this.ctx.state.names.values()].map((named) => {
        const item = new NamedItem(this.ctx, named.name);
        item.fill(wanted);
        return item;
      });
    });
    return this;
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.ctx, name, true);
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.ctx, name, false);
  }

  add(name: string, reference: string, comment = ""): NamedItem {
    this.ctx.enqueue(
      () => {
        const state = this.ctx.state;
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          fail("InvalidArgument", `"${name}" is not a valid name.`);
        if (state.names.has(name.toLowerCase())) fail("ItemAlreadyExists", `The name ${name} already exists.`);
        if (typeof reference !== "string") fail("InvalidArgument", "The fake takes name references as formula text.");
        const target = parseReference(reference) ?? fail("InvalidArgument", `"${reference}" is not a cell reference.`);
        if (state.sheetByName(target.sheet) === undefined) fail("InvalidArgument", `The sheet ${target.sheet} does not exist.`);
        state.names.set(name.toLowerCase(), {
          name,
          formula: reference.startsWith("=") ? reference : `=${reference}`,
          visible: true,
          comment,
        });
        state.touch();
      },
      { name, reference, comment },
    );
    return new NamedItem(this.ctx, name, true);
  }
}

class NamedItem extends Proxy {
  constructor(
    ctx: Context,
    private readonly itemName: string,
    private readonly required = true,
  ) {
    super(ctx);
  }

  private named(): NameState | null {
    const found = this.ctx.state.names.get(this.itemName.toLowerCase()) ?? null;
    if (found === null && this.required) fail("ItemNotFound", `No name ${this.itemName}.`);
    return found;
  }

  fill(props: string[]): void {
    const named = this.named();
    this.nullChecked = named === null;
    if (named === null) return;
    for (const p of props) {
      if (p === "name") this.loaded.set(p, named.name);
      else if (p === "formula") this.loaded.set(p, named.formula);
      else if (p === "visible") this.loaded.set(p, named.visible);
      else if (p === "type") this.loaded.set(p, parseReference(named.formula) ? "Range" : "String");
      else if (p === "comment") this.loaded.set(p, named.comment);
      else fail("InvalidArgument", `The fake does not load name.${p}.`);
    }
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props);
    this.ctx.enqueue(() => this.fill(wanted));
    return this;
  }

  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get type(): string {
    return this.read("type");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.ctx.enqueue(
      () => {
        const named = this.named() ?? fail("ItemNotFound", `No name ${this.itemName}.`);
        named.visible = visible;
      },
      { visible },
    );
  }

  delete(): void {
    this.ctx.enqueue(() => {
      if (this.named() === null) fail("ItemNotFound", `No name ${this.itemName}.`);
      this.ctx.state.names.delete(this.itemName.toLowerCase());
      this.ctx.state.touch();
    });
  }

  getRange(): Range {
    return new Range(this.ctx, () => {
      const named = this.named() ?? fail("ItemNotFound", `No name ${this.itemName}.`);
      const target = parseReference(named.formula) ?? fail("InvalidArgument", `${named.name} is not a range.`);
      return this.ctx.state.boxOf(target.sheet, target.address);
    });
  }
}

class SettingCollection {
  constructor(private readonly ctx: Context) {}

  getItemOrNullObject(settingKey: string): Setting {
    return new Setting(this.ctx, settingKey, false);
  }

  getItem(settingKey: string): Setting {
    return new Setting(this.ctx, settingKey, true);
  }

  add(settingKey: string, value: unknown): Setting {
    this.ctx.enqueue(
      () => {
        this.ctx.state.settings.set(settingKey, JSON.parse(JSON.stringify(value)));
      },
      { settingKey, value },
    );
    return new Setting(this.ctx, settingKey, true);
  }
}

class Setting extends Proxy {
  constructor(
    ctx: Context,
    private readonly settingKey: string,
    private readonly required: boolean,
  ) {
    super(ctx);
  }

  load(props?: string | string[]): this {
    const wanted = this.names(props);
    this.ctx.enqueue(() => {
      const present = this.ctx.state.settings.has(this.settingKey);
      if (!present && this.required) fail("ItemNotFound", `No setting ${this.settingKey}.`);
      this.nullChecked = !present;
      if (!present) return;
      for (const p of wanted) {
        if (p === "value") this.loaded.set(p, JSON.parse(JSON.stringify(this.ctx.state.settings.get(this.settingKey))));
        else if (p === "key") this.loaded.set(p, this.settingKey);
      }
    });
    return this;
  }

  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.ctx.enqueue(() => {
      if (!this.ctx.state.settings.delete(this.settingKey)) fail("ItemNotFound", `No setting ${this.settingKey}.`);
    });
  }
}

/** What a test sees of a sheet. */
export interface SheetView {
  values: FakeCellValue[][];
  formulas: FakeCellValue[][];
  numberFormats: (string | null)[][];
  fills: (FakeFill | null)[][];
  bold: boolean[][];
  /** Cells whose text was written with a leading apostrophe (the quote prefix). */
  quotePrefix: boolean[][];
}

/** The fake: `Excel` is what OfficeWorkbook is given, `Office` what to install as the global Office; inspect and edit the workbook as a person would. */
export class FakeExcel {
  readonly state: FakeWorkbookState;
  /** Excel.run and Excel.createWorkbook, its Context standing in for Excel.RequestContext. */
  readonly Excel: {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    createWorkbook?: (base64: string) => Promise<void>;
  };
  /** The part of the Office namespace the add-in uses: install as the global Office. */
  readonly Office: Record<string, unknown>;
  /** The base64 of every workbook Excel.createWorkbook was asked to open, in order. */
  readonly createdWorkbooks: string[] = [];
  /** Files opened by getFileAsync and not yet closed (Office allows two at a time). */
  openFiles = 0;
  /** Slices served by getSliceAsync. */
  slicesServed = 0;

  constructor(sheets: SeedSheet[], tables: SeedTable[] = [], options: FakeExcelOptions = {}) {
    this.state = new FakeWorkbookState((options.HyperFormula as HyperFormulaClass | undefined) ?? null, options.formulaValue ?? null);
    for (const seed of sheets) {
      const sheet = this.state.addSheet(seed.name);
      sheet.visibility = seed.visibility ?? "Visible";
      const origin = parseBounds(seed.topLeft ?? "A1") ?? { r1: 1, c1: 1 };
      seed.rows.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value === null || value === "") return;
          const formula = typeof value === "string" && value.startsWith("=") ? value : null;
          this.state.putCell(sheet, origin.r1 + i, origin.c1 + j, { ...emptyCell(), value: formula === null ? value : "", formula });
        }),
      );
    }
    for (const seed of tables) {
      const box = this.state.boxOf(seed.sheet, seed.address);
      this.state.tables.push({
        id: this.state.newId(),
        name: seed.name,
        sheetId: box.sheet.id,
        r1: box.r1,
        c1: box.c1,
        r2: box.r2,
        c2: box.c2,
      });
    }
    const state = this.state;
    const fileApi = options.fileApi ?? true;
    const created = this.createdWorkbooks;
    this.Excel = {
      async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
        const context = new Context(state);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.queue.length > 0) await context.sync();
        return result;
      },
    };
    if (fileApi) {
      this.Excel.createWorkbook = async (base64: string) => {
        if (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
          fail("InvalidArgument", "createWorkbook needs base64 text.");
        created.push(base64);
      };
    }
    this.Office = this.officeNamespace(options, fileApi);
  }

  private officeNamespace(options: FakeExcelOptions, fileApi: boolean): Record<string, unknown> {
    const later = (f: () => void): void => void setTimeout(f, 0);
    const succeeded = <T>(value: T): FakeAsyncResult<T> => ({ status: "succeeded", value });
    const failed = (code: number, message: string): FakeAsyncResult<null> => ({
      status: "failed",
      value: null,
      error: { code, name: "GenericError", message },
    });
    const document: Record<string, unknown> = {};
    if (fileApi) {
      document.getFileAsync = (fileType: string, optionsOrCallback: unknown, maybeCallback?: unknown): void => {
        const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as (
          result: FakeAsyncResult<unknown>,
        ) => void;
        const asked =
          typeof optionsOrCallback === "object" && optionsOrCallback !== null
            ? (optionsOrCallback as { sliceSize?: number }).sliceSize
            : undefined;
        const bytes = options.file;
        if (fileType !== "compressed")
          return later(() => callback(failed(12000, `The fake serves only FileType.Compressed, not ${fileType}.`)));
        if (bytes === undefined) return later(() => callback(failed(5001, "The fake was given no file.")));
        if (this.openFiles >= 2) return later(() => callback(failed(7000, "Too many files open: close one first (File.closeAsync).")));
        const sliceSize = Math.min(asked ?? 4_194_304, options.maxSliceBytes ?? Infinity);
        const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
        let open = true;
        this.openFiles++;
        const file = {
          size: bytes.length,
          sliceCount,
          getSliceAsync: (index: number, sliceCallback: (result: FakeAsyncResult<unknown>) => void): void => {
            if (!open) return later(() => sliceCallback(failed(5001, "The file was closed.")));
            if (!Number.isInteger(index) || index < 0 || index >= sliceCount)
              return later(() => sliceCallback(failed(5001, `No slice ${index}.`)));
            const chunk = bytes.subarray(index * sliceSize, Math.min(bytes.length, (index + 1) * sliceSize));
            this.slicesServed++;
            const data = options.sliceData === "uint8array" ? Uint8Array.from(chunk) : Array.from(chunk);
            later(() => sliceCallback(succeeded({ data, index, size: chunk.length })));
          },
          closeAsync: (closeCallback?: (result: FakeAsyncResult<null>) => void): void => {
            if (open) {
              open = false;
              this.openFiles--;
            }
            if (closeCallback) later(() => closeCallback(succeeded(null)));
          },
        };
        later(() => callback(succeeded(file)));
      };
    }
    return {
      context: {
        document,
        platform: options.platform ?? "PC",
        requirements: {
          isSetSupported: (name: string, version?: string) => name === "ExcelApi" && (fileApi || Number(version ?? "1.1") < 1.8),
        },
      },
      FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
  }

  get syncCount(): number {
    return this.state.syncCount;
  }

  /**
   * Makes the n-th context.sync() from now (1: the next one) reject with a RichApi error, as
   * Office does when a request fails: none of that sync's operations run, those of the syncs
   * before it stay applied. One failure per call; the syncs after it succeed.
   */
  failAtSync(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failAtSync takes a whole number ≥ 1, not ${n}.`);
    this.state.failingSync = this.state.syncCount + n;
  }

  /** Every sheet in the workbook's order, with its visibility. */
  sheetList(): { name: string; visibility: string }[] {
    return this.state.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility }));
  }

  get requests(): RequestStats[] {
    return this.state.requests;
  }

  /** Counts the syncs of one action, with its largest request and largest response sent (a refused one was not). */
  async countSyncs<T>(action: () => Promise<T>): Promise<{ result: T; syncs: number; largestRequest: number; largestResponse: number }> {
    const before = this.state.syncCount;
    const firstRequest = this.state.requests.length;
    const result = await action();
    const requests = this.state.requests.slice(firstRequest);
    const largestRequest = requests.reduce((max, r) => Math.max(max, r.bytes), 0);
    const largestResponse = requests.reduce((max, r) => (r.failed === null ? Math.max(max, r.responseBytes) : max), 0);
    return { result, syncs: this.state.syncCount - before, largestRequest, largestResponse };
  }

  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  /** The sheet from A1 to its last used cell (formats included). */
  view(sheetName: string): SheetView {
    const sheet = this.state.sheetByName(sheetName) ?? fail("ItemNotFound", `No sheet named ${sheetName}.`);
    const box = this.state.usedBox(sheet, false) ?? { sheet, r1: 1, c1: 1, r2: 0, c2: 0 };
    const at = <T>(f: (cell: Cell, r: number, c: number) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = 1; r <= box.r2; r++) {
        const row: T[] = [];
        for (let c = 1; c <= box.c2; c++) row.push(f(this.state.cell(sheet, r, c), r, c));
        rows.push(row);
      }
      return rows;
    };
    return {
      values: at((_, r, c) => this.state.valueOf(sheet, r, c)),
      formulas: at((cell) => cell.formula ?? cell.value),
      numberFormats: at((cell) => cell.numberFormat),
      fills: at((cell) => (cell.fill === null ? null : { ...cell.fill })),
      bold: at((cell) => cell.bold),
      quotePrefix: at((cell) => cell.quotePrefix),
    };
  }

  /** A cell's shown value. */
  value(sheetName: string, address: string): FakeCellValue {
    const box = this.state.boxOf(sheetName, address);
    return this.state.valueOf(box.sheet, box.r1, box.c1);
  }

  /** True when the cell's text was written with a leading apostrophe (Excel's quote prefix). */
  quotePrefixed(sheetName: string, address: string): boolean {
    const box = this.state.boxOf(sheetName, address);
    return this.state.cell(box.sheet, box.r1, box.c1).quotePrefix;
  }

  fill(sheetName: string, address: string): FakeFill | null {
    const box = this.state.boxOf(sheetName, address);
    const fill = this.state.cell(box.sheet, box.r1, box.c1).fill;
    return fill === null ? null : { ...fill };
  }

  /** Types into a cell as a person would ("" empties it). */
  type(sheetName: string, address: string, input: FakeCellValue): void {
    const box = this.state.boxOf(sheetName, address);
    const cell = this.state.cell(box.sheet, box.r1, box.c1);
    this.state.putCell(box.sheet, box.r1, box.c1, {
      ...cell,
      ...(input === "" ? { value: "", formula: null, quotePrefix: false } : typed(input, cell.numberFormat)),
    });
  }

  /** Colours a cell as a person would with the Fill button (null: no fill). */
  paint(sheetName: string, address: string, fill: FakeFill | null): void {
    const box = this.state.boxOf(sheetName, address);
    for (let r = box.r1; r <= box.r2; r++) {
      for (let c = box.c1; c <= box.c2; c++) {
        this.state.putCell(box.sheet, r, c, { ...this.state.cell(box.sheet, r, c), fill: fill === null ? null : canonicalFill(fill) });
      }
    }
  }

  setNumberFormat(sheetName: string, address: string, format: string): void {
    const box = this.state.boxOf(sheetName, address);
    for (let r = box.r1; r <= box.r2; r++) {
      for (let c = box.c1; c <= box.c2; c++)
        this.state.putCell(box.sheet, r, c, { ...this.state.cell(box.sheet, r, c), numberFormat: format });
    }
  }

  selection(): string | null {
    const selection = this.state.selection;
    if (selection === null) return null;
    const sheet = this.state.sheetById(selection.sheetId);
    return sheet === undefined ? null : boxAddress({ sheet, ...selection });
  }

  activeSheet(): string | null {
    return this.state.sheetById(this.state.activeSheetId)?.name ?? null;
  }

  tables(): { name: string; sheet: string; address: string }[] {
    return this.state.tables.map((t) => {
      const sheet = this.state.sheetById(t.sheetId)!;
      return { name: t.name, sheet: sheet.name, address: boxAddress({ sheet, r1: t.r1, c1: t.c1, r2: t.r2, c2: t.c2 }) };
    });
  }

  /** A table's data rows as computed values. */
  tableValues(name: string): FakeCellValue[][] {
    const t =
      this.state.tables.find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? fail("ItemNotFound", `No table ${name}.`);
    const sheet = this.state.sheetById(t.sheetId)!;
    const rows: FakeCellValue[][] = [];
    for (let r = t.r1; r <= t.r2; r++) {
      const row: FakeCellValue[] = [];
      for (let c = t.c1; c <= t.c2; c++) row.push(this.state.valueOf(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  names(): NameState[] {
    return [...this.state.names.values()].map((n) => ({ ...n }));
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries(this.state.settings);
  }

  pageLayout(sheetName: string): FakePageLayout {
    const sheet = this.state.sheetByName(sheetName) ?? fail("ItemNotFound", `No sheet named ${sheetName}.`);
    return { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom } };
  }

  columnWidths(sheetName: string): Record<string, number> {
    const sheet = this.state.sheetByName(sheetName) ?? fail("ItemNotFound", `No sheet named ${sheetName}.`);
    return Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [letters(c), w]));
  }
}
