import { isBlank } from "../cells/cells";
import { parseYesNo } from "../cells/tokens";
import type { Achieved, FamilyCount } from "../payments/columnCounts";
import type { CellValue } from "../types";
import { isIdHeader } from "./idHeader";

/**
 * The counts of the custom functions' rates (§4) — families, hits, answers and first
 * problem — in one pass over a column of up to 1,048,576 cells with no allocation per cell: the
 * common yes/no spellings and ASCII family ids skip the Unicode normalisation.
 */

/** A range's cells in reading order, read where they are: the shell need not copy a large range. */
export interface CellSequence {
  readonly length: number;
  cell(index: number): CellValue;
}

/** A yes/no cell achieves the outcome on yes (§4). */
export const achievedYes: Achieved = (value) => {
  const flag = parseYesNo(value);
  return flag === "invalid" ? "invalid" : flag === true;
};

/** Counts a column's families and those who achieved; `ids`, when given, is the column of family ids beside it. */
export function tallyFamilies(values: CellSequence, achieved: Achieved, ids: CellSequence | null = null): FamilyCount {
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
    const value = values.cell(index);
    if (ids !== null) {
      const id = ids.cell(index);
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
