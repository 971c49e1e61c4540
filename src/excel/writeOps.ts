import { columnLetter, quoteSheetName } from "../engine/cells/address";
import { needsTextMark } from "../engine/cells/textGuard";
import { isColumnar, tableCell } from "../engine/sheets/tableRows";
import {
  isFormulaCell,
  type PlannedCell,
  type PrintSettings,
  type SheetPlan,
  type TablePlan,
  type TableRows,
} from "../engine/sheets/workbookPlan";
import { bodyColumnRuns, fillRuns, type FillRun } from "./formulaFill";

/**
 * The writes of a set of SheetPlans as plain operations, packed into requests that each stay
 * under Excel on the web's payload limit. Pure: officeWorkbook.ts turns each operation into
 * Office.js calls.
 *
 * Sizes: Excel on the web refuses a request above 5 MB. A request is filled up to
 * REQUEST_BUDGET_BYTES of estimated payload (the JSON of the values and formats sent, plus a
 * fixed cost per operation). Columns of formulas that only move with the row are written as one
 * formula filled down (formulaFill.ts), so the payload grows with the cells that differ, not with
 * the rows: 10,000 regular families fit in one request. Only a sheet with more than about a
 * megabyte of irregular cells needs a second request, and then one more per 4 MB.
 */

/** Excel on the web refuses a request, and a response, larger than this. */
export const EXCEL_WEB_REQUEST_LIMIT_BYTES = 5_000_000;
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** What an operation costs beyond its data: object paths, method name, ids. */
export const OPERATION_OVERHEAD_BYTES = 200;
const GENERAL = "General";

export type CellInput = string | number | boolean;

export type WriteOp =
  /** A rectangle of cells: formulas as "=…", text protected with a leading apostrophe. */
  | { kind: "cells"; sheet: string; address: string; formulas: CellInput[][]; numberFormats: string[][] | null; bytes: number }
  /** One formula written in `first` and filled down to `range` (which includes `first`). */
  | { kind: "fill"; sheet: string; first: string; range: string; formula: string; numberFormat: string | null; bytes: number }
  | { kind: "bold"; sheet: string; address: string; bytes: number }
  | { kind: "table"; sheet: string; name: string; address: string; bytes: number }
  | { kind: "width"; sheet: string; column: string; points: number; bytes: number }
  /** The sheet's page setup: print area (e.g. "A1:G80"), title rows (e.g. "$1:$2"), paper, scaling, header and footer. */
  | { kind: "print"; sheet: string; area: string; titleRows: string | null; settings: PrintSettings; bytes: number };

export type WriteRequest = WriteOp[];

/** The formula text a workbook-scope name needs to point at one cell: "=H4A_Parametri!$B$2". */
export function cellReference(sheet: string, row: number, column: number): string {
  return `=${quoteSheetName(sheet)}!$${columnLetter(column)}$${row}`;
}

export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const first = `${columnLetter(firstColumn)}${firstRow}`;
  const last = `${columnLetter(lastColumn)}${lastRow}`;
  return first === last ? first : `${first}:${last}`;
}

/** Text Excel could read as something else when typed: an apostrophe, an error, a number, a date, a boolean; edge spaces. */
const LOOKS_TYPED = /^['#]|^\s|\s$|\d|^(true|false|vero|falso)$/i;

/**
 * What to send for a planned cell. Excel reads what it receives in `range.values` or
 * `range.formulas` as if typed, so a text that could read as a formula (needsTextMark), number,
 * date, boolean or error gets a leading apostrophe: Excel keeps the text exactly, without the
 * apostrophe, as a quote-prefixed cell. The apostrophe, rather than the Text format "@", because
 * it is typed input's own escape, which Excel on the web and on the desktop both honour within
 * the one request, and it leaves the cell's number format to the plan (a Text cell would also turn
 * what the user later types there into text).
 */
export function cellInput(cell: PlannedCell): CellInput {
  if (isFormulaCell(cell)) return cell.formula;
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  return needsTextMark(cell) || LOOKS_TYPED.test(cell) ? `'${cell}` : cell;
}

/** Bytes a value adds to a request's JSON (UTF-8). */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}

/** Excel's column width in points for a width in characters of the default font (7 px each, 5 px padding). */
export const widthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

function cellsOp(sheet: string, row: number, column: number, formulas: CellInput[][], formats: string[][] | null): WriteOp {
  const address = rangeAddress(row, column, row + formulas.length - 1, column + formulas[0].length - 1);
  const bytes = OPERATION_OVERHEAD_BYTES + payloadBytes(formulas) + (formats === null ? 0 : payloadBytes(formats));
  return { kind: "cells", sheet, address, formulas, numberFormats: formats, bytes };
}

/** The loose cells of a plan, one operation per run of adjacent cells on a row, bold cells apart. */
function looseCellOps(plan: SheetPlan): WriteOp[] {
  const ops: WriteOp[] = [];
  const cells = [...plan.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].row === cells[i].row && cells[j + 1].column === cells[j].column + 1) j++;
    const run = cells.slice(i, j + 1);
    const formats = run.some((c) => c.numberFormat !== undefined) ? [run.map((c) => c.numberFormat ?? GENERAL)] : null;
    ops.push(cellsOp(plan.name, run[0].row, run[0].column, [run.map((c) => cellInput(c.value))], formats));
    i = j + 1;
  }
  for (const cell of cells.filter((c) => c.bold)) {
    ops.push({
      kind: "bold",
      sheet: plan.name,
      address: rangeAddress(cell.row, cell.column, cell.row, cell.column),
      bytes: OPERATION_OVERHEAD_BYTES,
    });
  }
  return ops;
}

/** The cells of a table: the header row, then each column's fill runs and the rest of its cells. */
function tableCellOps(sheet: string, table: TablePlan): WriteOp[] {
  const ops: WriteOp[] = [];
  const width = table.header.length;
  ops.push(cellsOp(sheet, table.row, table.column, [table.header.map((h) => cellInput(h))], null));
  const firstRow = table.row + 1;
  for (let c = 0; c < width; c++) {
    const column = table.column + c;
    const format = table.numberFormats[c] ?? null;
    const runs = columnRuns(table.rows, c);
    let next = 0;
    const explicit = (start: number, end: number): void => {
      if (end < start) return;
      const block: CellInput[][] = [];
      for (let r = start; r <= end; r++) block.push([cellInput(tableCell(table.rows, r, c))]);
      const formats = format === null ? null : block.map(() => [format]);
      ops.push(cellsOp(sheet, firstRow + start, column, block, formats));
    };
    for (const run of runs) {
      explicit(next, run.start - 1);
      const first = rangeAddress(firstRow + run.start, column, firstRow + run.start, column);
      const range = rangeAddress(firstRow + run.start, column, firstRow + run.end, column);
      const bytes = OPERATION_OVERHEAD_BYTES * 2 + payloadBytes(run.template) + (format === null ? 0 : payloadBytes(format));
      ops.push({ kind: "fill", sheet, first, range, formula: run.template, numberFormat: format, bytes });
      next = run.end + 1;
    }
    explicit(next, table.rows.length - 1);
  }
  return ops;
}

/** The fill-down runs of a table's column `c`. */
function columnRuns(rows: TableRows, c: number): FillRun[] {
  if (isColumnar(rows)) return bodyColumnRuns(rows.columns[c]);
  return fillRuns(rows.map((row) => row[c] ?? null).map((cell) => (isFormulaCell(cell) ? cell.formula : null)));
}

/** Splits a "cells" operation larger than `limit` bytes into row blocks that each fit. */
function fitting(op: WriteOp, limit: number): WriteOp[] {
  if (op.kind !== "cells" || op.bytes <= limit || op.formulas.length < 2) return [op];
  const match = /^([A-Z]+)(\d+)/.exec(op.address);
  if (match === null) return [op];
  const column = columnNumberOf(match[1]);
  const row = Number(match[2]);
  const blocks: WriteOp[] = [];
  let start = 0;
  let bytes = OPERATION_OVERHEAD_BYTES;
  for (let i = 0; i < op.formulas.length; i++) {
    const rowBytes = payloadBytes(op.formulas[i]) + 1 + (op.numberFormats === null ? 0 : payloadBytes(op.numberFormats[i]) + 1);
    if (i > start && bytes + rowBytes > limit) {
      blocks.push(cellsOp(op.sheet, row + start, column, op.formulas.slice(start, i), op.numberFormats?.slice(start, i) ?? null));
      start = i;
      bytes = OPERATION_OVERHEAD_BYTES;
    }
    bytes += rowBytes;
  }
  blocks.push(cellsOp(op.sheet, row + start, column, op.formulas.slice(start), op.numberFormats?.slice(start) ?? null));
  return blocks;
}

function columnNumberOf(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** Page setup is several calls: each costs an operation. */
const PRINT_OPERATIONS = 8;

function printOp(sheet: string, settings: PrintSettings): WriteOp {
  const { firstRow, firstColumn, lastRow, lastColumn } = settings.area;
  const area = rangeAddress(firstRow, firstColumn, lastRow, lastColumn);
  const titleRows = settings.titleRows === undefined ? null : `$${settings.titleRows.first}:$${settings.titleRows.last}`;
  return { kind: "print", sheet, area, titleRows, settings, bytes: OPERATION_OVERHEAD_BYTES * PRINT_OPERATIONS + payloadBytes(settings) };
}

export interface PlannedWrites {
  /** Cell writes, packed into requests of at most REQUEST_BUDGET_BYTES each (at least one request). */
  requests: WriteRequest[];
  /** Tables, column widths and page setup: sent with the last request, once every cell is written (names go there too). */
  finish: WriteOp[];
}

/** Every write of `plans`, in requests that each stay under the budget. */
export function planWrites(plans: readonly SheetPlan[]): PlannedWrites {
  const cellOps: WriteOp[] = [];
  const finish: WriteOp[] = [];
  for (const plan of plans) {
    cellOps.push(...looseCellOps(plan));
    for (const table of plan.tables) {
      cellOps.push(...tableCellOps(plan.name, table));
      const lastRow = table.row + Math.max(1, table.rows.length);
      const address = rangeAddress(table.row, table.column, lastRow, table.column + table.header.length - 1);
      finish.push({ kind: "table", sheet: plan.name, name: table.name, address, bytes: OPERATION_OVERHEAD_BYTES });
    }
    plan.columnWidths.forEach((characters, i) => {
      finish.push({
        kind: "width",
        sheet: plan.name,
        column: columnLetter(i + 1),
        points: widthPoints(characters),
        bytes: OPERATION_OVERHEAD_BYTES,
      });
    });
    if (plan.print !== undefined) finish.push(printOp(plan.name, plan.print));
  }
  const requests: WriteRequest[] = [[]];
  const reserved = finish.reduce((sum, op) => sum + op.bytes, 0);
  let used = reserved;
  for (const op of cellOps.flatMap((o) => fitting(o, REQUEST_BUDGET_BYTES - reserved))) {
    if (used + op.bytes > REQUEST_BUDGET_BYTES && requests[requests.length - 1].length > 0) {
      requests.push([]);
      used = reserved;
    }
    requests[requests.length - 1].push(op);
    used += op.bytes;
  }
  return { requests, finish };
}
