import { tallyFamilies, type CellSequence } from "../engine/beneficiaries/familyTally";
import type { Achieved } from "../engine/payments/columnCounts";
import type { Text } from "../engine/cells/lang";
import { isBlank, wholeNumber } from "./args";
import { cellSequenceOf } from "./cellSequence";
import { badNumber, badValue } from "./guard";
import { valueIn } from "./words";

/**
 * The `families` argument of the rate functions: omitted (every cell of the range is a family),
 * a number of families, or the range of family ids (the rows with an id are the families). A
 * single cell holding a number is a number of families.
 */
function familiesArg(families: unknown): { count: number | null; ids: CellSequence | null } {
  if (isBlank(families)) return { count: null, ids: null };
  const cells = cellSequenceOf(families);
  if (cells.length === 1 && isBlank(cells.cell(0))) return { count: null, ids: null };
  if (cells.length === 1 && typeof cells.cell(0) === "number") return { count: wholeNumber(cells.cell(0), "families", 1), ids: null };
  return { count: null, ids: cells };
}

/**
 * A rate over the families of a column: every family counts, a blank is not achieved
 * (MECHANISM.md §4: no answer is not improved), never a rate over the answers alone.
 */
export function rateOf(range: unknown, achieved: Achieved, families: unknown, expected: Text): number {
  const values = cellSequenceOf(range);
  const { count, ids } = familiesArg(families);
  const counted = tallyFamilies(values, achieved, ids);
  const problem = counted.problem;
  if (problem?.kind === "sizes-differ") {
    throw badValue({
      it: `families: l'intervallo degli ID ha ${problem.value} celle, quello dei valori ${values.length}; devono avere le stesse righe.`,
      en: `families: the id range has ${problem.value} cells and the values ${values.length}; they must span the same rows.`,
    });
  }
  if (problem?.kind === "answer-without-id") {
    throw badValue({
      it: `«${valueIn(problem.value, "it")}» (cella ${problem.index + 1} dell'intervallo) non ha un ID famiglia accanto.`,
      en: `"${valueIn(problem.value, "en")}" (cell ${problem.index + 1} of the range) has no family id beside it.`,
    });
  }
  if (problem?.kind === "invalid") {
    throw badValue({
      it: `«${valueIn(problem.value, "it")}» (cella ${problem.index + 1} dell'intervallo) non è valido: atteso ${expected.it}.`,
      en: `"${valueIn(problem.value, "en")}" (cell ${problem.index + 1} of the range) is not valid: expected ${expected.en}.`,
    });
  }
  const denominator = count ?? counted.families;
  if (denominator === 0) throw badNumber({ it: "Nessuna famiglia: l'intervallo è vuoto.", en: "No families: the range is empty." });
  if (counted.answered > denominator) {
    throw badNumber({
      it: `families (${denominator}) è minore delle celle compilate (${counted.answered}).`,
      en: `families (${denominator}) is less than the filled cells (${counted.answered}).`,
    });
  }
  return counted.hits / denominator;
}

export const YES_NO: Text = {
  it: "Sì/No (Sì, Si, S, X, 1, Vero; No, N, 0, Falso) o una cella vuota (non raggiunto)",
  en: "Yes/No (Yes, Y, X, 1, True; No, N, 0, False) or a blank cell (not achieved)",
};
export const MONTHS: Text = {
  it: "un numero di mesi ≥ 0 o una cella vuota (non raggiunto)",
  en: "a number of months ≥ 0 or a blank cell (not achieved)",
};
