import { isBlank } from "../cells/cells";
import { matchHeader } from "../beneficiaries/fields";
import { parseYesNo } from "../cells/tokens";
import type { CellValue } from "../types";

/**
 * The rates of §4 from a column of cells, as the custom functions count them: every family is
 * in the denominator and a family with no answer has not achieved the outcome. The families are
 * every cell of the column, or — given the column of family ids beside it — the rows with an id
 * (a header row of ids is skipped), so that whole columns and table columns can be passed.
 */

/** Whether a cell achieves the outcome: true, false (blank included), or "invalid" (unreadable). */
export type Achieved = (value: CellValue) => boolean | "invalid";

export const achievedYes: Achieved = (value) => {
  const flag = parseYesNo(value);
  return flag === "invalid" ? "invalid" : flag === true;
};

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

const isIdHeader = (value: CellValue): boolean => typeof value === "string" && matchHeader(value) === "id";

/** Counts a column's families and those who achieved; `ids`, when given, is the column of family ids beside it. */
export function countFamilies(values: readonly CellValue[], achieved: Achieved, ids: readonly CellValue[] | null = null): FamilyCount {
  if (ids !== null && ids.length !== values.length) {
    return {
      hits: 0,
      families: 0,
      answered: 0,
      problem: { kind: "sizes-differ", value: ids.length, index: Math.min(ids.length, values.length) },
    };
  }
  let hits = 0;
  let families = 0;
  let answered = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (ids !== null) {
      const id = ids[index];
      if (isIdHeader(id)) continue;
      if (isBlank(id)) {
        if (!isBlank(value)) return { hits, families, answered, problem: { kind: "answer-without-id", value, index } };
        continue;
      }
    }
    const result = achieved(value);
    if (result === "invalid") return { hits, families, answered, problem: { kind: "invalid", value, index } };
    families++;
    if (!isBlank(value)) answered++;
    if (result) hits++;
  }
  return { hits, families, answered, problem: null };
}
