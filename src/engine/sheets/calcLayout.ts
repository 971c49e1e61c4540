import { OUTCOME_KEYS } from "../keys";
import type { InputField } from "./helperInputs";
import { absolute, absoluteColumnRange } from "./formulaText";
import { CALC_SHEET } from "./paymentLabels";

/** Where each helper column of H4A_Calcolo sits: one row per family, in sheet order. */

export const DERIVED_KEYS = [
  "year1",
  "year2",
  "left",
  "inDenominator",
  "stabilityAchieved",
  "wellbeingAchieved",
  "waitingAchieved",
  "days",
  "saving",
] as const;

export type DerivedKey = (typeof DERIVED_KEYS)[number];
export type CalcKey = "id" | "row" | InputField | DerivedKey;

export const CALC_KEYS: readonly CalcKey[] = [
  "id",
  "row",
  "cohort",
  "members",
  "requestDate",
  "contractDate",
  "waitMonths",
  "daysAvoided",
  "exitDate",
  ...OUTCOME_KEYS,
  ...DERIVED_KEYS,
];

export const CALC_TITLE_ROW = 1;
export const CALC_NOTE_ROW = 2;
export const CALC_HEADER_ROW = 4;

export interface CalcLayout {
  headerRow: number;
  /** Sheet row of the first family; the i-th family (0-based) is on firstRow + i. */
  firstRow: number;
  lastRow: number;
  column(key: CalcKey): number;
  /** Same-sheet absolute reference of a family's helper cell. */
  cell(key: CalcKey, familyIndex: number): string;
  /** The whole helper column, sheet-qualified, for the aggregates on H4A_Pagamenti. */
  range(key: CalcKey): string;
}

export function calcLayout(familyCount: number): CalcLayout {
  const firstRow = CALC_HEADER_ROW + 1;
  const lastRow = CALC_HEADER_ROW + familyCount;
  const columns = new Map(CALC_KEYS.map((key, i) => [key, i + 1]));
  const column = (key: CalcKey): number => columns.get(key) ?? 0;
  return {
    headerRow: CALC_HEADER_ROW,
    firstRow,
    lastRow,
    column,
    cell: (key, familyIndex) => absolute(firstRow + familyIndex, column(key)),
    range: (key) => absoluteColumnRange(firstRow, lastRow, column(key), CALC_SHEET),
  };
}
