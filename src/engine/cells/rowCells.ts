import { excelErrorOf, isBlank } from "./cells";
import { cellAt, type Grid } from "./grid";
import type { CellValue } from "../types";

export type CellState = "blank" | "valid" | "invalid";

/** Why a non-blank cell cannot be read as its field's kind. */
export type FieldProblem = { problem: "wrong-type" | "unknown-token" | "impossible-date" } | { problem: "out-of-range"; number: number };

/** A non-blank cell read as a field's kind: its value, or why it cannot be read. */
export type FieldReading<V> = { value: V } | FieldProblem;

/** A field's cell in a data row: where it is and what it holds. */
export interface FieldCell<K extends string> {
  row: number;
  column: number;
  field: K;
  value: CellValue;
}

/** How a sheet reads its fields' cells and reports what it cannot read. */
export interface FieldCellReader<S extends { key: string }, V> {
  /** A cell neither blank nor an Excel error, read as the field's kind. */
  read: (spec: S, value: CellValue) => FieldReading<V>;
  excelError: (cell: FieldCell<S["key"]>, error: string) => void;
  blank: (cell: FieldCell<S["key"]>, spec: S) => void;
  problem: (cell: FieldCell<S["key"]>, problem: FieldProblem) => void;
  valid?: (cell: FieldCell<S["key"]>, value: V) => void;
}

/** One data row's fields read: the values that could be read, each cell's state and raw value. */
export interface RowCells<K extends string, V> {
  /** 1-based sheet row. */
  row: number;
  values: Partial<Record<K, V>>;
  states: Partial<Record<K, CellState>>;
  raw: Partial<Record<K, CellValue>>;
}

/** Reads the cell of each field whose column the header gave, in the order of the specs. */
export function readRowCells<S extends { key: string }, V>(
  grid: Grid,
  rowIndex: number,
  specs: readonly S[],
  columns: Partial<Record<S["key"], number>>,
  reader: FieldCellReader<S, V>,
): RowCells<S["key"], V> {
  const row = grid.top + rowIndex;
  const cells: RowCells<S["key"], V> = { row, values: {}, states: {}, raw: {} };
  for (const spec of specs) {
    const key: S["key"] = spec.key;
    const column = columns[key];
    if (column === undefined) continue;
    const value = cellAt(grid, rowIndex, column - grid.left);
    cells.raw[key] = value;
    const cell: FieldCell<S["key"]> = { row, column, field: key, value };
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
    if ("problem" in reading) {
      cells.states[key] = "invalid";
      reader.problem(cell, reading);
      continue;
    }
    cells.states[key] = "valid";
    cells.values[key] = reading.value;
    reader.valid?.(cell, reading.value);
  }
  return cells;
}

/** A record of the given keys, each null: a row before any cell is read. */
export const nullsFor = <K extends string>(keys: readonly K[]): Record<K, null> =>
  Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>;
