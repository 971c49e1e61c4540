import type { CellSequence } from "../engine/beneficiaries/familyTally";
import type { CellValue } from "../engine/types";
import { cellsOf, isColumn } from "./args";
import { asCellValue } from "./words";

/*
 * Classes rather than closures: every call's sequence of a kind shares one `cell` method, which
 * the engine's loop over 1,048,576 cells keeps inlined from one call to the next.
 */

/** A one-column range read in place, its cells as cellsOf gives them. */
class ColumnCells implements CellSequence {
  readonly length: number;

  constructor(private readonly rows: readonly unknown[][]) {
    this.length = rows.length;
  }

  cell(index: number): CellValue {
    return asCellValue(this.rows[index][0]) as CellValue;
  }
}

/** Any other range, its cells copied once by cellsOf. */
class ListedCells implements CellSequence {
  readonly length: number;

  constructor(private readonly cells: readonly CellValue[]) {
    this.length = cells.length;
  }

  cell(index: number): CellValue {
    return this.cells[index];
  }
}

/** The cells of a range argument in reading order, as cellsOf gives them, read in place when the range is one column. */
export function cellSequenceOf(range: unknown): CellSequence {
  if (Array.isArray(range) && isColumn(range)) return new ColumnCells(range);
  return new ListedCells(cellsOf(range) as CellValue[]);
}
