import type { ColumnCount } from "../engine/columnCounts";
import type { CellValue } from "../engine/types";
import { cellsOf, isBlank, wholeNumber } from "./args";
import { badNumber, badValue } from "./guard";

export const cellValuesOf = (range: unknown): CellValue[] => cellsOf(range) as CellValue[];

/**
 * A rate from counted cells: over the non-blank cells, or over `families` when it is given
 * (then blanks count as not achieved).
 */
export function rateOf(count: ColumnCount, families: unknown, expectedIt: string, expectedEn: string): number {
  if (count.invalid) {
    const seen = String(count.invalid.value);
    throw badValue(
      `«${seen}» (cella ${count.invalid.index + 1} dell'intervallo) non è valido: atteso ${expectedIt}.`,
      `"${seen}" (cell ${count.invalid.index + 1} of the range) is not valid: expected ${expectedEn}.`,
    );
  }
  const denominator = isBlank(families) ? count.answered : wholeNumber(families, "families", 1);
  if (denominator === 0) {
    throw badNumber("Nessuna famiglia: l'intervallo è vuoto.", "No families: the range is empty.");
  }
  if (count.answered > denominator) {
    throw badNumber(
      `families (${denominator}) è minore delle celle compilate (${count.answered}).`,
      `families (${denominator}) is less than the filled cells (${count.answered}).`,
    );
  }
  return count.hits / denominator;
}

export const YES_NO_IT = "Sì/No (Sì, Si, S, X, 1, Vero; No, N, 0, Falso) o una cella vuota";
export const YES_NO_EN = "Yes/No (Yes, Y, X, 1, True; No, N, 0, False) or a blank cell";
export const MONTHS_IT = "un numero di mesi ≥ 0 o una cella vuota";
export const MONTHS_EN = "a number of months ≥ 0 or a blank cell";
