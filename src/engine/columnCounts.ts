import { parseYesNo } from "./tokens";
import type { CellValue } from "./types";

const isBlankCell = (value: CellValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

export interface ColumnCount {
  /** Cells that meet the condition. */
  hits: number;
  /** Non-blank cells. */
  answered: number;
  /** The first cell that cannot be read, with its 0-based position in reading order. */
  invalid: { value: CellValue; index: number } | null;
}

/** Counts the yes cells of a yes/no column (tokens of MECHANISM.md §3); blanks are not reported. */
export function countYes(values: readonly CellValue[]): ColumnCount {
  let hits = 0;
  let answered = 0;
  for (let index = 0; index < values.length; index++) {
    const flag = parseYesNo(values[index]);
    if (flag === "invalid") return { hits, answered, invalid: { value: values[index], index } };
    if (flag === null) continue;
    answered++;
    if (flag) hits++;
  }
  return { hits, answered, invalid: null };
}

/** Counts the waiting times strictly below the limit (months ≥ 0); blanks are not reported. */
export function countBelowLimit(values: readonly CellValue[], limitMonths: number): ColumnCount {
  let hits = 0;
  let answered = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (isBlankCell(value)) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      return { hits, answered, invalid: { value, index } };
    }
    answered++;
    if (value < limitMonths) hits++;
  }
  return { hits, answered, invalid: null };
}
