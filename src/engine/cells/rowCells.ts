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
  /** A cell read as the field's kind; `fieldIndex` is the field's position among the specs. */
  valid?: (cell: FieldCell<S["key"]>, value: V, fieldIndex: number) => void;
}

/** A field whose column the header gave: its spec, its position among the specs, its 1-based sheet column. */
export interface PresentField<S> {
  spec: S;
  index: number;
  column: number;
}

/** The fields whose column the header gave, in the order of the specs: worked out once per sheet. */
export function presentFields<S extends { key: string }>(
  specs: readonly S[],
  columns: Partial<Record<S["key"], number>>,
): PresentField<S>[] {
  const present: PresentField<S>[] = [];
  specs.forEach((spec, index) => {
    const column: number | undefined = columns[spec.key as S["key"]];
    if (column !== undefined) present.push({ spec, index, column });
  });
  return present;
}

/** A state as stored in CellStates: 0 is a field without a column. */
const STATE_OF_CODE: readonly (CellState | undefined)[] = [undefined, "blank", "valid", "invalid"];
const BLANK = 1;
const VALID = 2;
const INVALID = 3;

/**
 * The state of each field's cell in each row read, one byte per row and field (indexed by the
 * field's position among the specs): no object per row.
 */
export class CellStates {
  private readonly codes: Uint8Array;

  constructor(
    rows: number,
    private readonly fieldCount: number,
  ) {
    this.codes = new Uint8Array(rows * fieldCount);
  }

  /** Undefined when the field has no column. */
  get(row: number, fieldIndex: number): CellState | undefined {
    return STATE_OF_CODE[this.codes[row * this.fieldCount + fieldIndex]];
  }

  set(row: number, fieldIndex: number, code: number): void {
    this.codes[row * this.fieldCount + fieldIndex] = code;
  }
}

/**
 * Reads the cell of each present field in the grid row `rowIndex`, writing each value read into
 * `values` (at the field's index; null when the cell holds none) and each cell's state into
 * `states` (at `statesRow`, when given). The cell passed to the reader's callbacks is one object
 * reused for the whole row (no object per cell): a callback must not keep it.
 */
export function readRowCells<S extends { key: string }, V extends string | number | boolean | null>(
  grid: Grid,
  rowIndex: number,
  fields: readonly PresentField<S>[],
  reader: FieldCellReader<S, V>,
  values: (V | null)[],
  states: CellStates | null,
  statesRow: number,
): void {
  const cell: FieldCell<S["key"]> = { row: grid.top + rowIndex, column: 0, field: "" as S["key"], value: null };
  for (let f = 0; f < fields.length; f++) {
    const { spec, index, column } = fields[f];
    const key: S["key"] = spec.key;
    const value = cellAt(grid, rowIndex, column - grid.left);
    cell.column = column;
    cell.field = key;
    cell.value = value;
    values[index] = null;
    const error = excelErrorOf(value);
    if (error !== null) {
      reader.excelError(cell, error);
      states?.set(statesRow, index, INVALID);
      continue;
    }
    if (isBlank(value)) {
      states?.set(statesRow, index, BLANK);
      reader.blank(cell, spec);
      continue;
    }
    const reading = reader.read(spec, value);
    if (isProblem(reading)) {
      states?.set(statesRow, index, INVALID);
      reader.problem(cell, reading);
      continue;
    }
    states?.set(statesRow, index, VALID);
    values[index] = reading;
    reader.valid?.(cell, reading, index);
  }
}

/** A record of the given keys, each null: a row before any cell is read. */
export const nullsFor = <K extends string>(keys: readonly K[]): Record<K, null> =>
  Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>;
