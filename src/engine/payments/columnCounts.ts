import { isBlank } from "../cells/cells";
import type { CellValue } from "../types";

/**
 * The rates of §4 from a column of cells, as the custom functions count them: every family is
 * in the denominator and a family with no answer has not achieved the outcome. The families are
 * every cell of the column, or — given the column of family ids beside it — the rows with an id
 * (a header row of ids is skipped), so that whole columns and table columns can be passed.
 */

/** Whether a cell achieves the outcome: true, false (blank included), or "invalid" (unreadable). */
export type Achieved = (value: CellValue) => boolean | "invalid";

/** Waiting months strictly below the limit; a blank has not waited less (no answer). */
export const waitedLessThan =
  (limitMonths: number): Achieved =>
  (value) => {
    if (isBlank(value)) return false;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return "invalid";
    return value < limitMonths;
  };

/** A problem in the column, at its 0-based position in reading order. */
export interface ColumnProblem {
  kind: "invalid" | "answer-without-id" | "sizes-differ";
  value: CellValue;
  index: number;
}

export interface FamilyCount {
  /** Families that achieved the outcome. */
  hits: number;
  /** Families: cells of the column, or rows with an id. */
  families: number;
  /** Families with a non-blank answer. */
  answered: number;
  problem: ColumnProblem | null;
}
