import { excelErrorOf, isBlank } from "./cells";
import { cellAt, type Grid } from "./grid";
import type { CellValue } from "../types";

export type CellState = "blank" | "valid" | "invalid";

/** Why a non-blank cell cannot be read as its field's kind. */
export type FieldProblem = { problem: "wrong-type" | "unknown-token" | "impossible-date" } | { problem: "out-of-range"; number: number };

/**
 * A non-blank cell read as a field's kind: its value, or why it cannot be read. Field values are
 * never objects, so a value is returned as it is (no wrapper to allocate for every cell).
 */
export type FieldReading<V extends string | number | boolean | null> = V | FieldProblem;

export function isProblem<V extends string | number | boolean | null>(reading: FieldReading<V>): reading is FieldProblem {
  return typeof reading === "object" && reading !== null;
}

/** The problems without detail, made once. */
export const WRONG_TYPE: FieldProblem = Object.freeze({ problem: "wrong-type" });
export const UNKNOWN_TOKEN: FieldProblem = Object.freeze({ problem: "unknown-token" });
export const IMPOSSIBLE_DATE: FieldProblem = Object.freeze({ problem: "impossible-date" });

/** A field's cell in a data row: where it is and what it holds. */
export interface FieldCell<K extends string> {
  row: number;
  column: number;
  field: K;
  value: CellValue;
}

/** How a sheet reads its fields' cells and reports what it cannot read. */
export interface FieldCellReader<S extends { key: string }, V extends string | number | boolean | null> {
  /** A cell neither blank nor an Excel error, read as the field's kind. */
  read: (spec: S, value: CellValue) => FieldReading<V>;
  excelError: (cell: FieldCell<S["key"]>, error: string) => void;
  blank: (cell: FieldCell<S["key"]>, spec: S) => void;
  problem: (cell: FieldCell<S["key"]>, problem: FieldProblem) => void;
  valid?: (cell: FieldCell<S["key"]>, value: V) => void;
}

/** One data row's fields read: each cell's state and raw value (the values go into the caller's record). */
export interface RowCells<K extends string> {
  /** 1-based sheet row. */
  row: number;
  states: Partial<Record<K, CellState>>;
  raw: Partial<Record<K, CellValue>>;
}

/**
 * Reads the cell of each field whose column the header gave, in the order of the specs, writing
 * each value read into `values`. The cell passed to the reader's callbacks is one object reused
 * for the whole row (no object per cell): a callback must not keep it.
 */
export function readRowCells<S extends { key: string }, V extends string | number | boolean | null>(
  grid: Grid,
  rowIndex: number,
  specs: readonly S[],
  columns: Partial<Record<S["key"], number>>,
  reader: FieldCellReader<S, V>,
  values: Partial<Record<S["key"], V | null>>,
): RowCells<S["key"]> {
  const row = grid.top + rowIndex;
  const cells: RowCells<S["key"]> = { row, states: {}, raw: {} };
  const cell: FieldCell<S["key"]> = { row, column: 0, field: "" as S["key"], value: null };
  for (const spec of specs) {
    const key: S["key"] = spec.key;
    const column = columns[key];
    if (column === undefined) continue;
    const value = cellAt(grid, rowIndex, column - grid.left);
    cells.raw[key] = value;
    cell.column = column;
    cell.field = key;
    cell.value = value;
    const error = excelErrorOf(value);
    if (error !== null) {
      reader.excelError(cell, error);
      cells.states[key] = "invalid";
      continue;
    }
    if (isBlank(value)) {
      cells.states[key] = "blank";
      reader.blank(cell, spec);
      continue;
    }
    const reading = reader.read(spec, value);
    if (isProblem(reading)) {
      cells.states[key] = "invalid";
      reader.problem(cell, reading);
      continue;
    }
    cells.states[key] = "valid";
    values[key] = reading;
    reader.valid?.(cell, reading);
  }
  return cells;
}

/** A record of the given keys, each null: a row before any cell is read. */
export const nullsFor = <K extends string>(keys: readonly K[]): Record<K, null> =>
  Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>;
