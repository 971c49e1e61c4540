import { findCandidateHeader } from "../engine/candidates/header";
import { findHeader } from "../engine/beneficiaries/headers";
import { parseAddress } from "../engine/cells/address";
import type { CellValue, SheetInput } from "../engine/types";
import { ownerName, type LooseCell, type NamedCell, type SheetPlan } from "../engine/sheets/workbookPlan";
import type {
  AddInSheet,
  AppendRequest,
  AppendSlot,
  DataSource,
  ExcelGateway,
  HighlightMark,
  HighlightResult,
  OwnSheetTables,
  TableValues,
  WriteOptions,
} from "../contract/contract";
import { AddInError } from "../contract/errors";
import {
  cellKey,
  decideHighlight,
  HIGHLIGHT_SETTING,
  isNoFill,
  parseRecord,
  restoreSegments,
  runAddress,
  runsOf,
  runsToRead,
  type Fill,
} from "./highlightRecord";
import { isStagingName, stagedRequests, stagingNames } from "./staging";
import {
  cellInput,
  cellReference,
  EXCEL_WEB_REQUEST_LIMIT_BYTES,
  OPERATION_OVERHEAD_BYTES,
  payloadBytes,
  planWrites,
  rangeAddress,
  REQUEST_BUDGET_BYTES,
  type WriteOp,
} from "./writeOps";

/**
 * The workbook through Office.js: the only module that talks to Excel. Every action reads what
 * it needs in one batch, computes in plain TypeScript, and writes in one batch, so the number of
 * context.sync() calls is fixed per action (listed on each method), whatever the number of rows.
 * Reads larger than a response can hold (readBlocks) and writes larger than the request budget
 * (writeOps.ts) take one more sync per block; see the README's "Task pane" section.
 */

/** Cells in a sheet's first read block: even at ~16 bytes a cell, a response of 4 MB. */
export const FIRST_READ_BLOCK_CELLS = 250_000;
/** What each read block after the first aims at: the writes' request budget, a megabyte under Excel on the web's 5 MB, which holds for responses too. */
export const READ_BLOCK_TARGET_BYTES = REQUEST_BUDGET_BYTES;
/** Rows probed at the top of each sheet when looking for the header row. */
export const HEADER_PROBE_ROWS = 40;
/** Sheets the add-in writes start with this; they are never offered as beneficiary data. */
export const ADD_IN_SHEET_PREFIX = "H4A_";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
/** Excel.run as this module calls it. */
export type ExcelRun = <T>(batch: Batch<T>) => Promise<T>;

/**
 * The part of the Excel namespace this module calls: `Excel` itself in Office, the in-memory
 * workbook in the tests. createWorkbook is looked up when called, and missing before ExcelApi 1.8.
 */
export interface ExcelApi {
  run: ExcelRun;
  createWorkbook?: (base64: string) => Promise<void>;
}

/** "Beneficiari!A4:S30" → its sheet and top-left cell. */
function topLeftOf(address: string): string {
  const { row, column } = parseAddress(address);
  return rangeAddress(row, column, row, column);
}

const sameReference = (a: string, b: string): boolean => a.replace(/['=\s]/g, "").toUpperCase() === b.replace(/['=\s]/g, "").toUpperCase();

export class OfficeWorkbook implements ExcelGateway {
  constructor(private readonly excel: ExcelApi) {}

  private run<T>(batch: Batch<T>): Promise<T> {
    return this.excel.run(batch);
  }

  /** No sync: Office.context.document.getFileAsync, one call per 4 MB slice. */
  readWorkbookFile(): Promise<Uint8Array> {
    return readDocumentFile();
  }

  /** No sync: Excel.createWorkbook, or nothing when Excel on the web could not take the file. */
  openNewWorkbook(bytes: Uint8Array): Promise<"opened" | "too-large"> {
    return openWorkbookBytes(this.excel, bytes);
  }

  /** 1 sync. */
  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /** 2 syncs (the used range's size, then its values), plus one per further read block (readBlocks). */
  readSheet(name: string): Promise<SheetInput> {
    return this.run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return { sheetName: name, topLeft: "A1", values: [] };
      return { sheetName: name, topLeft: topLeftOf(used.address), values: await readBlocks(context, used) };
    });
  }

  /** 2 syncs. */
  readNamedValues(prefix: string): Promise<Record<string, CellValue>> {
    return this.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name,items/type");
      await context.sync();
      const wanted = names.items.filter((item) => item.name.startsWith(prefix) && item.type === "Range");
      const ranges = wanted.map((item) => {
        const range = item.getRange();
        range.load("values");
        return range;
      });
      await context.sync();
      const result: Record<string, CellValue> = {};
      wanted.forEach((item, i) => {
        result[item.name] = (ranges[i].values[0]?.[0] ?? "") as CellValue;
      });
      return result;
    });
  }

  /** 1 sync. */
  isOwnSheet(name: string): Promise<boolean> {
    return this.run(async (context) => {
      const probe = probeOwnership(context, name);
      await context.sync();
      return ownershipOf(probe) === "own";
    });
  }

  /** 2 syncs for a missing or foreign sheet, 3 for an own sheet (its values), plus read blocks as readSheet. */
  readAddInSheet(name: string): Promise<AddInSheet> {
    return this.run(async (context) => {
      const probe = probeOwnership(context, name);
      await context.sync();
      const ownership = ownershipOf(probe);
      if (ownership !== "own") return { ownership, input: null };
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return { ownership, input: { sheetName: name, topLeft: "A1", values: [] } };
      return { ownership, input: { sheetName: name, topLeft: topLeftOf(used.address), values: await readBlocks(context, used) } };
    });
  }

  /** 2 syncs: the sheet's owner mark and the names, then the writes. */
  updateOwnCells(sheet: string, cells: readonly LooseCell[], names: readonly NamedCell[]): Promise<void> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      const probe = probeOwnership(context, sheet);
      const existing = names.map((named) => {
        const item = workbook.names.getItemOrNullObject(named.name);
        item.load("formula");
        return item;
      });
      await context.sync();
      if (ownershipOf(probe) !== "own") throw AddInError.foreignSheets([sheet]);
      const worksheet = workbook.worksheets.getItem(sheet);
      for (const cell of cells) {
        const range = worksheet.getRange(rangeAddress(cell.row, cell.column, cell.row, cell.column));
        if (cell.numberFormat !== undefined) range.numberFormat = [[cell.numberFormat]];
        range.formulas = [[cellInput(cell.value)]];
        if (cell.bold === true) range.format.font.bold = true;
      }
      names.forEach((named, i) => {
        const formula = cellReference(sheet, named.row, named.column);
        if (!existing[i].isNullObject && sameReference(existing[i].formula, formula)) return;
        if (!existing[i].isNullObject) existing[i].delete();
        workbook.names.add(named.name, formula);
      });
      await context.sync();
    });
  }

  /**
   * 1 sync to look (which sheets exist, whose they are, where they stand; which tables and names
   * are there), then 1 sync for the writes, plus one per extra request when the writes exceed the
   * budget. All or nothing (write-then-swap, staging.ts): the cells go into hidden staging sheets,
   * and only the last sync puts them in the old sheets' place, with the tables, widths, page setup
   * and names. When a sync fails, the staging sheets are removed (best effort, 2 more syncs in a
   * run of their own) and the workbook is as it was.
   */
  async writeSheets(plans: SheetPlan[], options: WriteOptions = {}): Promise<void> {
    let staging: string[] = [];
    try {
      await this.run(async (context) => {
        const workbook = context.workbook;
        const probes = plans.map((plan) => probeOwnership(context, plan.name));
        const sheets = workbook.worksheets;
        sheets.load("items/name,items/visibility,items/position");
        const active = sheets.getActiveWorksheet();
        active.load("name");
        const tables = workbook.tables;
        tables.load("items/name,items/worksheet/name");
        const plannedNames = plans.flatMap((plan) => plan.names.map((named) => ({ plan, named })));
        const existingNames = plannedNames.map(({ named }) => {
          const item = workbook.names.getItemOrNullObject(named.name);
          item.load("formula");
          return item;
        });
        await context.sync();

        const ownership = probes.map(ownershipOf);
        const foreign = plans.filter((_, i) => ownership[i] === "foreign").map((plan) => plan.name);
        if (foreign.length > 0) throw AddInError.foreignSheets(foreign);
        const planSheets = new Set(plans.map((plan) => plan.name));
        const plannedTables = new Set(plans.flatMap((plan) => plan.tables.map((table) => table.name.toLowerCase())));
        const clash = tables.items.find((table) => plannedTables.has(table.name.toLowerCase()) && !planSheets.has(table.worksheet.name));
        if (clash) throw AddInError.tableNameTaken(clash.name, clash.worksheet.name);

        const leftovers = sheets.items.filter((sheet) => isStagingName(sheet.name) && sheet.visibility !== "Visible");
        const swept = new Set(leftovers.map((sheet) => sheet.name));
        staging = stagingNames(
          plans.map((plan) => plan.name),
          sheets.items.map((sheet) => sheet.name).filter((name) => !swept.has(name)),
        );
        const renames = new Map(plans.map((plan, i) => [plan.name.toLowerCase(), staging[i]]));
        const old = plans.map((plan) => sheets.items.find((sheet) => sheet.name.toLowerCase() === plan.name.toLowerCase()) ?? null);

        for (const sheet of leftovers) sheet.delete();
        for (const name of staging) workbook.worksheets.add(name).visibility = "Hidden";
        const { requests, finish } = planWrites(plans);
        await sendAllButLast(context, stagedRequests(requests, renames));

        // The swap: every old sheet goes (its tables with it) and its staging sheet takes its name,
        // place and visibility, all in this last request.
        plans.forEach((plan, i) => {
          const staged = workbook.worksheets.getItem(staging[i]);
          staged.visibility = (old[i]?.visibility ?? "Visible") as Excel.SheetVisibility;
          old[i]?.delete();
          staged.name = plan.name;
        });
        const placeOf = (sheet: Excel.Worksheet): number =>
          sheet.position - leftovers.filter((left) => left.position < sheet.position).length;
        plans
          .map((plan, i) => ({ plan, position: old[i] === null ? null : placeOf(old[i]) }))
          .filter((moved): moved is { plan: SheetPlan; position: number } => moved.position !== null)
          .sort((a, b) => a.position - b.position)
          .forEach(({ plan, position }) => {
            workbook.worksheets.getItem(plan.name).position = position;
          });
        for (const op of finish) queueWrite(context, op);
        // Names that pointed at an old sheet now read #REF!: each planned name is made again.
        plannedNames.forEach(({ plan, named }, i) => {
          if (!existingNames[i].isNullObject) existingNames[i].delete();
          workbook.names.add(named.name, cellReference(plan.name, named.row, named.column));
        });
        plans.forEach((plan, i) => {
          if (!probes[i].mark.isNullObject) probes[i].mark.delete();
          addOwnerMark(context, plan.name);
        });
        const shown = options.activate ?? plans.find((plan) => plan.name.toLowerCase() === active.name.toLowerCase())?.name;
        if (shown !== undefined) workbook.worksheets.getItem(shown).activate();
        await context.sync();
      });
    } catch (error) {
      await this.removeSheets(staging);
      throw error;
    }
  }

  /** Best effort, 2 syncs: deletes those of these sheets that are there; a failure is let go (the next write sweeps them). */
  private async removeSheets(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    try {
      await this.run(async (context) => {
        const found = names.map((name) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          sheet.load("name");
          return sheet;
        });
        await context.sync();
        for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
        await context.sync();
      });
    } catch {
      // The write's own failure is what the caller must see.
    }
  }

  /** 2 syncs. */
  listSources(): Promise<DataSource[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      const visible = sheets.items.filter((sheet) => sheet.visibility === "Visible" && !sheet.name.startsWith(ADD_IN_SHEET_PREFIX));
      const sheetProbes = visible.map((sheet) => {
        const used = sheet.getUsedRange(true);
        const top = used.getRow(0).getResizedRange(HEADER_PROBE_ROWS - 1, 0);
        top.load("address,values");
        return { name: sheet.name, top };
      });
      const visibleNames = new Set(visible.map((sheet) => sheet.name));
      const tableProbes = tables.items
        .filter((table) => visibleNames.has(table.worksheet.name))
        .map((table) => {
          const header = table.getHeaderRowRange();
          header.load("address,values");
          return { name: table.name, sheet: table.worksheet.name, header };
        });
      await context.sync();
      const matches = (sheetName: string, range: Excel.Range): boolean =>
        findHeader({ sheetName, topLeft: topLeftOf(range.address), values: range.values as CellValue[][] }).headerRow !== null;
      const candidates = (sheetName: string, range: Excel.Range): boolean =>
        findCandidateHeader({ sheetName, topLeft: topLeftOf(range.address), values: range.values as CellValue[][] }).headerRow !== null;
      const found: DataSource[] = [
        ...tableProbes.map((probe): DataSource => ({
          kind: "table",
          sheet: probe.sheet,
          table: probe.name,
          headerFound: matches(probe.sheet, probe.header),
          candidatesFound: candidates(probe.sheet, probe.header),
        })),
        ...sheetProbes.map((probe): DataSource => ({
          kind: "sheet",
          sheet: probe.name,
          table: null,
          headerFound: matches(probe.name, probe.top),
          candidatesFound: candidates(probe.name, probe.top),
        })),
      ];
      return found;
    });
  }

  /** 2 syncs, plus read blocks as readSheet. */
  readSource(source: DataSource): Promise<SheetInput> {
    if (source.kind === "sheet") return this.readSheet(source.sheet);
    return this.run(async (context) => {
      const range = context.workbook.tables.getItem(source.table ?? "").getRange();
      range.load("address,rowCount,columnCount");
      await context.sync();
      return { sheetName: source.sheet, topLeft: topLeftOf(range.address), values: await readBlocks(context, range) };
    });
  }

  /** 1 sync. */
  selectCell(cell: string): Promise<void> {
    const { sheet, row, column } = parseAddress(cell);
    return this.run(async (context) => {
      const worksheet = sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(rangeAddress(row, column, row, column)).select();
      await context.sync();
    });
  }

  /**
   * 3 syncs: the saved record and the sheets; the current fills of the old and new cells; the
   * paint, the fills given back and the new record.
   */
  applyHighlight(marks: HighlightMark[]): Promise<HighlightResult> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
      setting.load("value");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();

      const existing = new Set(sheets.items.map((sheet) => sheet.name));
      const old = setting.isNullObject ? null : parseRecord(setting.value);
      const oldOnExisting = old === null ? null : { ...old, runs: old.runs.filter((run) => existing.has(run.sheet)) };
      const runs = runsOf(marks).filter((run) => existing.has(run.sheet));
      const reads = runsToRead(oldOnExisting, runs).map((run) => ({
        run,
        props: sheets
          .getItem(run.sheet)
          .getRange(runAddress(run))
          .getCellProperties({
            format: { fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true } },
          }),
      }));
      await context.sync();

      const current = new Map<string, Fill>();
      for (const { run, props } of reads) {
        props.value.forEach((row, i) => current.set(cellKey(run.sheet, run.first + i, run.column), (row[0]?.format?.fill ?? {}) as Fill));
      }
      const decision = decideHighlight(oldOnExisting, runs, current);
      for (const segment of restoreSegments(decision.restore)) {
        const range = sheets
          .getItem(segment.sheet)
          .getRange(rangeAddress(segment.first, segment.column, segment.first + segment.fills.length - 1, segment.column));
        if (isNoFill(segment.fills[0])) range.format.fill.clear();
        else range.setCellProperties(segment.fills.map((fill) => [{ format: { fill: fill as Excel.CellPropertiesFill } }]));
      }
      for (const run of decision.paint) sheets.getItem(run.sheet).getRange(runAddress(run)).format.fill.color = run.colour;
      if (decision.record === null) {
        if (!setting.isNullObject) setting.delete();
      } else {
        context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(decision.record));
      }
      await context.sync();
      const coloured = decision.paint.reduce((sum, run) => sum + run.last - run.first + 1, 0);
      return { coloured, restored: decision.restore.length, changedSince: decision.changedSince };
    });
  }

  /** 1 sync. */
  highlightActive(): Promise<boolean> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
      setting.load("value");
      await context.sync();
      return !setting.isNullObject && parseRecord(setting.value) !== null;
    });
  }

  /** 1 sync. */
  readTables(names: string[]): Promise<TableValues[]> {
    return this.run(async (context) => {
      const bodies = names.map((name) => {
        const body = context.workbook.tables.getItem(name).getDataBodyRange();
        body.load("values");
        return { name, body };
      });
      await context.sync();
      return bodies.map(({ name, body }) => ({ name, values: body.values as CellValue[][] }));
    });
  }

  /**
   * 2 syncs when the sheet is created (look; write), 3 when it exists (look; its used range;
   * write), plus one per extra request when the block exceeds the request budget.
   */
  appendToOwnSheet(request: AppendRequest): Promise<AppendSlot> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      const probe = probeOwnership(context, request.sheet);
      const tables = workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      const ownership = ownershipOf(probe);
      if (ownership === "foreign") throw AddInError.foreignSheets([request.sheet]);
      let lastRow = 0;
      if (ownership === "own") {
        const used = workbook.worksheets.getItem(request.sheet).getUsedRangeOrNullObject(false);
        used.load("rowIndex,rowCount");
        await context.sync();
        if (!used.isNullObject) lastRow = used.rowIndex + used.rowCount;
      }
      const number = 1 + tables.items.reduce((max, table) => Math.max(max, numberAfter(request.tablePrefix, table.name) ?? 0), 0);
      const slot: AppendSlot = { firstRow: lastRow === 0 ? 1 : lastRow + 1 + request.gapRows, number };
      const block = request.build(slot);
      const taken = new Map(tables.items.map((table) => [table.name.toLowerCase(), table.worksheet.name]));
      const clash = block.tables.find((table) => taken.has(table.name.toLowerCase()));
      if (clash) throw AddInError.tableNameTaken(clash.name, taken.get(clash.name.toLowerCase()) ?? "");

      if (ownership === "missing") workbook.worksheets.add(request.sheet);
      const { requests, finish } = planWrites([{ name: request.sheet, names: [], ...block }]);
      await sendAllButLast(context, requests);
      for (const op of finish) queueWrite(context, op);
      if (ownership === "missing") addOwnerMark(context, request.sheet);
      if (request.activate) {
        const sheet = workbook.worksheets.getItem(request.sheet);
        sheet.activate();
        sheet.getRange(rangeAddress(slot.firstRow, 1, slot.firstRow, 1)).select();
      }
      await context.sync();
      return slot;
    });
  }

  /** 1 sync when the sheet is missing or not the add-in's, else 2. */
  readOwnSheetTables(sheet: string): Promise<OwnSheetTables> {
    return this.run(async (context) => {
      const probe = probeOwnership(context, sheet);
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      const ownership = ownershipOf(probe);
      if (ownership !== "own") return { ownership, tables: [] };
      const ranges = tables.items
        .filter((table) => table.worksheet.name === sheet)
        .map((table) => {
          const range = table.getRange();
          range.load("values,rowIndex");
          return { name: table.name, range };
        });
      await context.sync();
      return {
        ownership,
        tables: ranges
          .sort((a, b) => a.range.rowIndex - b.range.rowIndex)
          .map(({ name, range }) => ({ name, values: range.values as CellValue[][] })),
      };
    });
  }
}

/** Queues the hidden owner mark of a sheet the add-in creates (see OWNER_NAME_PREFIX). */
function addOwnerMark(context: Excel.RequestContext, sheet: string): void {
  const mark = context.workbook.names.add(ownerName(sheet), cellReference(sheet, 1, 1), "H4A: foglio scritto dal componente aggiuntivo");
  mark.visible = false;
}

/** The number of a table named `prefix` + a whole number (compared ignoring case), or null. */
function numberAfter(prefix: string, tableName: string): number | null {
  if (tableName.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return null;
  const rest = tableName.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

/** A sheet and its owner mark, loaded by probeOwnership and read by ownershipOf after the sync. */
interface OwnershipProbe {
  name: string;
  sheet: Excel.Worksheet;
  mark: Excel.NamedItem;
}

/** Queues the check of a sheet's owner mark (no sync). */
function probeOwnership(context: Excel.RequestContext, name: string): OwnershipProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  const mark = context.workbook.names.getItemOrNullObject(ownerName(name));
  mark.load("formula");
  return { name, sheet, mark };
}

/** Whose the probed sheet is: call after the context.sync() that follows probeOwnership. */
function ownershipOf({ name, sheet, mark }: OwnershipProbe): AddInSheet["ownership"] {
  if (sheet.isNullObject) return "missing";
  return !mark.isNullObject && sameReference(mark.formula, cellReference(name, 1, 1)) ? "own" : "foreign";
}

/**
 * Queues the write requests in order, syncing after each but the last (which the caller's final
 * sync sends with what it queues after them).
 */
async function sendAllButLast(context: Excel.RequestContext, requests: readonly WriteOp[][]): Promise<void> {
  for (let r = 0; r < requests.length; r++) {
    for (const op of requests[r]) queueWrite(context, op);
    // One sync per request is the point: planWrites sized each request to fit Excel's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (r < requests.length - 1) await context.sync();
  }
}

/**
 * The values of a loaded range (address, rowCount, columnCount), read in blocks of rows so that
 * each response stays under Excel on the web's 5 MB. The first block takes FIRST_READ_BLOCK_CELLS
 * cells; the rest of the range is then cut into equal blocks of at most READ_BLOCK_TARGET_BYTES,
 * at the bytes per row of the block just read. A block whose response Excel refuses is halved and
 * sent again; a single row too large fails as Excel reported it.
 *
 * Syncs: 1 up to FIRST_READ_BLOCK_CELLS cells; beyond, 1 + ⌈(bytes left after the first block) /
 * 4 MB⌉ while the rows keep their size (100,000 families of 20 columns, 12 MB: 1 + 3), plus one
 * per refused block.
 */
async function readBlocks(context: Excel.RequestContext, range: Excel.Range): Promise<CellValue[][]> {
  const values: CellValue[][] = [];
  let rows = Math.max(1, Math.floor(FIRST_READ_BLOCK_CELLS / Math.max(1, range.columnCount)));
  while (values.length < range.rowCount) {
    const wanted = Math.min(rows, range.rowCount - values.length);
    const block = await readRows(context, range, values.length, wanted);
    if (block === null) {
      rows = Math.ceil(wanted / 2);
      continue;
    }
    for (const row of block) values.push(row);
    rows = evenBlockRows(payloadBytes(block) / block.length, range.rowCount - values.length);
  }
  return values;
}

/**
 * `count` rows of the range from row `start` (0-based), in one sync; null when Excel refused the
 * response as too large and the block has more than one row to halve.
 */
async function readRows(context: Excel.RequestContext, range: Excel.Range, start: number, count: number): Promise<CellValue[][] | null> {
  const block = range.getRow(start).getResizedRange(count - 1, 0);
  block.load("values");
  try {
    await context.sync();
  } catch (error) {
    // A refused sync rejects its own batch only: the context and the range stay usable.
    if (count > 1 && isResponseTooLarge(error)) return null;
    throw error;
  }
  return block.values as CellValue[][];
}

const isResponseTooLarge = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/** Rows per block when `rowsLeft` rows of `bytesPerRow` are cut into the fewest equal blocks of at most READ_BLOCK_TARGET_BYTES. */
function evenBlockRows(bytesPerRow: number, rowsLeft: number): number {
  const blocks = Math.max(1, Math.ceil((rowsLeft * bytesPerRow) / READ_BLOCK_TARGET_BYTES));
  return Math.max(1, Math.ceil(rowsLeft / blocks));
}

/** Bytes per slice of getFileAsync: 4 MB, the largest Office allows. */
export const FILE_SLICE_BYTES = 4_194_304;

/** Whether Office.js offers the file and new-workbook functions (ExcelApi 1.8 for createWorkbook). */
function requireFileApi(feature: "getFileAsync" | "createWorkbook", excel?: ExcelApi): void {
  const office = typeof Office === "undefined" ? undefined : Office;
  const supported = office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.8") ?? false;
  const present =
    feature === "getFileAsync"
      ? typeof office?.context?.document?.getFileAsync === "function"
      : typeof excel?.createWorkbook === "function";
  if (!supported || !present)
    throw AddInError.notSupported(feature === "getFileAsync" ? "Office.context.document.getFileAsync" : "Excel.createWorkbook");
}

function officeFailure(error: Office.Error | undefined, what: string): Error {
  const failure = new Error(`${what}: ${error?.message ?? "failed"}`) as Error & { code?: string };
  if (error?.code !== undefined) failure.code = String(error.code);
  return failure;
}

/** An Office callback API as a promise of its value. */
function officeCall<T>(what: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(officeFailure(result.error, what)),
    ),
  );
}

function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new Error("getSliceAsync: unexpected slice data");
}

/** The open workbook's .xlsx bytes: getFileAsync, every slice in order, then closeAsync. */
async function readDocumentFile(): Promise<Uint8Array> {
  requireFileApi("getFileAsync");
  const file = await officeCall<Office.File>("getFileAsync", (callback) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: FILE_SLICE_BYTES }, callback),
  );
  try {
    const slices: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await officeCall<Office.Slice>("getSliceAsync", (callback) => file.getSliceAsync(i, callback));
      slices.push(sliceBytes(slice.data));
    }
    const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
    let at = 0;
    for (const slice of slices) {
      bytes.set(slice, at);
      at += slice.length;
    }
    return bytes;
  } finally {
    // Office keeps at most two files open per document: always close.
    file.closeAsync();
  }
}

function base64Of(bytes: Uint8Array): string {
  let text = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}

/**
 * Opens .xlsx bytes as a new workbook (a new window; in Excel on the web, a new tab). Excel.createWorkbook
 * takes the whole file as base64 in one request, which Excel on the web refuses above 5 MB.
 */
async function openWorkbookBytes(excel: ExcelApi, bytes: Uint8Array): Promise<"opened" | "too-large"> {
  requireFileApi("createWorkbook", excel);
  const base64 = base64Of(bytes);
  if (onTheWeb() && base64.length + OPERATION_OVERHEAD_BYTES > EXCEL_WEB_REQUEST_LIMIT_BYTES) return "too-large";
  await excel.createWorkbook?.(base64);
  return "opened";
}

const onTheWeb = (): boolean => Office.context.platform === Office.PlatformType.OfficeOnline;

/** One write as Office.js calls, queued (no sync). */
function queueWrite(context: Excel.RequestContext, op: WriteOp): void {
  const sheets = context.workbook.worksheets;
  switch (op.kind) {
    case "cells": {
      const range = sheets.getItem(op.sheet).getRange(op.address);
      if (op.numberFormats !== null) range.numberFormat = op.numberFormats;
      range.formulas = op.formulas;
      return;
    }
    case "fill": {
      const sheet = sheets.getItem(op.sheet);
      const first = sheet.getRange(op.first);
      if (op.numberFormat !== null) first.numberFormat = [[op.numberFormat]];
      first.formulas = [[op.formula]];
      first.autoFill(op.range, "FillCopy");
      return;
    }
    case "bold":
      sheets.getItem(op.sheet).getRange(op.address).format.font.bold = true;
      return;
    case "table": {
      const table = sheets.getItem(op.sheet).tables.add(op.address, true);
      table.name = op.name;
      return;
    }
    case "width":
      sheets.getItem(op.sheet).getRange(`${op.column}:${op.column}`).format.columnWidth = op.points;
      return;
    case "print":
      if (pageLayoutSupported()) queuePageLayout(sheets.getItem(op.sheet).pageLayout, op);
      return;
  }
}

/** Page layout needs ExcelApi 1.9: an older Excel gets the sheet without it, and prints it with its defaults. */
function pageLayoutSupported(): boolean {
  const office = typeof Office === "undefined" ? undefined : Office;
  return office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.9") ?? false;
}

/** Paper and orientation as Excel.PaperType and Excel.PageOrientation name them. */
const PAPER_TYPES = { A4: "A4" } as const;
const ORIENTATIONS = { portrait: "Portrait", landscape: "Landscape" } as const;

function queuePageLayout(layout: Excel.PageLayout, op: Extract<WriteOp, { kind: "print" }>): void {
  const settings = op.settings;
  layout.setPrintArea(op.area);
  if (op.titleRows !== null) layout.setPrintTitleRows(op.titleRows);
  layout.orientation = ORIENTATIONS[settings.orientation];
  layout.paperSize = PAPER_TYPES[settings.paper];
  // 0 pages tall: as many as it takes.
  if (settings.fitToPagesWide !== undefined) layout.zoom = { horizontalFitToPages: settings.fitToPagesWide, verticalFitToPages: 0 };
  if (settings.centerHorizontally !== undefined) layout.centerHorizontally = settings.centerHorizontally;
  const pages = layout.headersFooters.defaultForAllPages;
  if (settings.centerHeader !== undefined) pages.centerHeader = settings.centerHeader;
  if (settings.centerFooter !== undefined) pages.centerFooter = settings.centerFooter;
}
