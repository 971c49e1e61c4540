import { parseAddress } from "../engine/cells/address";
import type { HighlightMark } from "../contract/contract";
import { rangeAddress } from "./writeOps";

/**
 * The bookkeeping of "Evidenzia" / "Rimuovi evidenziazione", as plain data. The fills the cells
 * had before the highlight are saved in the workbook's settings (they travel with the file and
 * survive closing the pane or Excel) as runs of cells in one column, so a column of 10,000 flagged
 * cells is one entry, and fills are kept once in a palette. Pure: no Office.js.
 */

export const HIGHLIGHT_SETTING = "H4A.highlight";

/** Excel's own "light red fill" and "yellow fill" of conditional formatting. */
export const HIGHLIGHT_COLOURS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** A cell's fill, as getCellProperties returns it and setCellProperties takes it. */
export interface Fill {
  color?: string;
  pattern?: string;
  patternColor?: string;
  patternTintAndShade?: number;
  tintAndShade?: number;
}

/** Cells of one column, rows first..last, all coloured `colour` by the highlight. */
export interface Run {
  sheet: string;
  column: number;
  first: number;
  last: number;
  colour: string;
}

export interface SavedRun extends Run {
  /** Per cell, top to bottom, the index in `palette` of the fill it had before. */
  fills: number[];
}

export interface HighlightRecord {
  version: 1;
  palette: Fill[];
  runs: SavedRun[];
}

/** The runs for a set of marks; a cell marked twice takes the gravest colour. */
export function runsOf(marks: readonly HighlightMark[]): Run[] {
  const byCell = new Map<string, { sheet: string; row: number; column: number; colour: string }>();
  for (const mark of marks) {
    const { sheet, row, column } = parseAddress(mark.cell);
    if (sheet === null) continue;
    const key = `${sheet}\u0000${column}\u0000${row}`;
    const colour = HIGHLIGHT_COLOURS[mark.severity];
    const known = byCell.get(key);
    if (known === undefined || (known.colour !== HIGHLIGHT_COLOURS.error && colour === HIGHLIGHT_COLOURS.error)) {
      byCell.set(key, { sheet, row, column, colour });
    }
  }
  const cells = [...byCell.values()].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row);
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === cell.sheet && last.column === cell.column && last.colour === cell.colour && last.last === cell.row - 1) {
      last.last = cell.row;
    } else {
      runs.push({ sheet: cell.sheet, column: cell.column, first: cell.row, last: cell.row, colour: cell.colour });
    }
  }
  return runs;
}

export const runAddress = (run: Run): string => rangeAddress(run.first, run.column, run.last, run.column);

export const runLength = (run: Run): number => run.last - run.first + 1;

/** Reads a record back from the settings; anything else is no record. */
export function parseRecord(value: unknown): HighlightRecord | null {
  if (typeof value === "string") {
    try {
      return parseRecord(JSON.parse(value));
    } catch {
      return null;
    }
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Partial<HighlightRecord>;
  if (record.version !== 1 || !Array.isArray(record.palette) || !Array.isArray(record.runs)) return null;
  return record as HighlightRecord;
}

/** "No fill": what a cell had when its pattern is None (getCellProperties then reports white). */
export const isNoFill = (fill: Fill): boolean => fill.pattern === undefined || fill.pattern === null || fill.pattern === "None";

const normalColour = (colour: string | undefined): string => (colour ?? "").toUpperCase();

/** Whether a cell still shows the highlight it was given (a solid fill of that colour). */
export const showsHighlight = (fill: Fill, colour: string): boolean =>
  !isNoFill(fill) && fill.pattern === "Solid" && normalColour(fill.color) === normalColour(colour);

/** A fill reduced to what setCellProperties takes back, so palettes compare by value. */
function cleanFill(fill: Fill): Fill {
  if (isNoFill(fill)) return { pattern: "None" };
  const clean: Fill = {};
  if (fill.color !== undefined) clean.color = fill.color;
  if (fill.pattern !== undefined) clean.pattern = fill.pattern;
  if (fill.patternColor !== undefined) clean.patternColor = fill.patternColor;
  if (fill.patternTintAndShade !== undefined) clean.patternTintAndShade = fill.patternTintAndShade;
  if (fill.tintAndShade !== undefined) clean.tintAndShade = fill.tintAndShade;
  return clean;
}

/** Where a cell is to be painted or given back a fill. */
export interface CellChange {
  sheet: string;
  row: number;
  column: number;
}

export interface HighlightDecision {
  /** The new record to save, or null to delete it (nothing highlighted). */
  record: HighlightRecord | null;
  /** Cells to paint, as runs. */
  paint: Run[];
  /** Cells to give back a saved fill: one entry per cell. */
  restore: (CellChange & { fill: Fill })[];
  /** Old cells whose fill was changed since the highlight: left alone. */
  changedSince: number;
}

/**
 * What to do, given the record saved by the last highlight, the new runs, and the current fill of
 * every cell of both (keyed by cellKey). A cell of the old highlight that still shows its colour
 * gets its saved fill back, unless it is highlighted again: then its saved fill carries over to the
 * new record. A cell whose fill someone changed since is left alone and forgotten.
 */
export function decideHighlight(old: HighlightRecord | null, runs: readonly Run[], current: ReadonlyMap<string, Fill>): HighlightDecision {
  const saved = new Map<string, { fill: Fill; colour: string }>();
  let changedSince = 0;
  const restore: HighlightDecision["restore"] = [];
  const newCells = new Set<string>();
  for (const run of runs) for (let row = run.first; row <= run.last; row++) newCells.add(cellKey(run.sheet, row, run.column));

  if (old !== null) {
    for (const run of old.runs) {
      run.fills.forEach((index, i) => {
        const row = run.first + i;
        const key = cellKey(run.sheet, row, run.column);
        const now = current.get(key);
        const fill = old.palette[index] ?? { pattern: "None" };
        if (now === undefined || !showsHighlight(now, run.colour)) {
          changedSince++;
          return;
        }
        saved.set(key, { fill, colour: run.colour });
        if (!newCells.has(key)) restore.push({ sheet: run.sheet, row, column: run.column, fill });
      });
    }
  }

  const palette: Fill[] = [];
  const paletteIndex = new Map<string, number>();
  const indexOf = (fill: Fill): number => {
    const clean = cleanFill(fill);
    const key = JSON.stringify(clean);
    let index = paletteIndex.get(key);
    if (index === undefined) {
      index = palette.length;
      palette.push(clean);
      paletteIndex.set(key, index);
    }
    return index;
  };
  const savedRuns: SavedRun[] = runs.map((run) => {
    const fills: number[] = [];
    for (let row = run.first; row <= run.last; row++) {
      const key = cellKey(run.sheet, row, run.column);
      const before = saved.get(key)?.fill ?? current.get(key) ?? { pattern: "None" };
      fills.push(indexOf(before));
    }
    return { ...run, fills };
  });
  return {
    record: savedRuns.length === 0 ? null : { version: 1, palette, runs: savedRuns },
    paint: [...runs],
    restore,
    changedSince,
  };
}

export const cellKey = (sheet: string, row: number, column: number): string => `${sheet}\u0000${row}\u0000${column}`;

/** The runs whose cells' current fills must be read: the old record's and the new ones. */
export function runsToRead(old: HighlightRecord | null, runs: readonly Run[]): Run[] {
  return [...(old?.runs ?? []), ...runs];
}

/**
 * Groups cells to restore into vertical segments with one kind of fill each: "no fill" segments
 * are cleared, the others get their fills back cell by cell.
 */
export function restoreSegments(
  cells: readonly (CellChange & { fill: Fill })[],
): { sheet: string; column: number; first: number; fills: Fill[] }[] {
  const sorted = [...cells].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row);
  const segments: { sheet: string; column: number; first: number; fills: Fill[] }[] = [];
  for (const cell of sorted) {
    const last = segments[segments.length - 1];
    const sameKind = last !== undefined && isNoFill(last.fills[0]) === isNoFill(cell.fill);
    if (last && sameKind && last.sheet === cell.sheet && last.column === cell.column && last.first + last.fills.length === cell.row) {
      last.fills.push(cell.fill);
    } else {
      segments.push({ sheet: cell.sheet, column: cell.column, first: cell.row, fills: [cell.fill] });
    }
  }
  return segments;
}
