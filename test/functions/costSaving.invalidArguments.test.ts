import { costSaving } from "../../src/functions/functions";
import { testInvalidArguments, type InvalidCase } from "./errorInBothLanguages";
import { column, text, excelError } from "./cellArguments";

/** H4A.COSTSAVING: each invalid argument is an Excel error value with its message in Italian and English. */

const CASES: InvalidCase[] = [
  {
    what: "negative days",
    call: () => costSaving(column(10, -5), 20),
    code: "#NUM!",
    it: "daysAvoided (2): -5 è negativo.",
    en: "daysAvoided (2): -5 is negative.",
  },
  {
    what: "text where days are due",
    call: () => costSaving(column(10, "dieci"), 20),
    code: "#VALUE!",
    it: 'daysAvoided (2): "dieci" non è un numero.',
    en: 'daysAvoided (2): "dieci" is not a number.',
  },
  {
    what: "an error value inside the days, as Office.js text",
    call: () => costSaving(column(10, "#N/A"), 20),
    code: "#VALUE!",
    it: 'daysAvoided (2): "#N/A" non è un numero.',
    en: 'daysAvoided (2): "#N/A" is not a number.',
  },
  {
    what: "an error value inside the days, as a CustomFunctions.Error",
    call: () => costSaving(column(10, excelError("#N/A")), 20),
    code: "#VALUE!",
    it: 'daysAvoided (2): "#N/A" non è un numero.',
    en: 'daysAvoided (2): "#N/A" is not a number.',
  },
  {
    what: "ranges of different sizes",
    call: () => costSaving(column(10, 20), 20, column(3)),
    code: "#VALUE!",
    it: "members ha 1 celle, daysAvoided 2: servono intervalli della stessa forma.",
    en: "members has 1 cells, daysAvoided 2: the ranges must have the same shape.",
  },
  {
    what: "zero members",
    call: () => costSaving(column(10), 20, column(0)),
    code: "#NUM!",
    it: "members (1): atteso un numero intero ≥ 1, trovato 0.",
    en: "members (1): expected a whole number ≥ 1, got 0.",
  },
  {
    what: "members not whole",
    call: () => costSaving(column(10), 20, column(2.5)),
    code: "#NUM!",
    it: "members (1): atteso un numero intero ≥ 1, trovato 2,5.",
    en: "members (1): expected a whole number ≥ 1, got 2.5.",
  },
  {
    what: "a blank member beside days",
    call: () => costSaving(column(10, 5), 20, column("", 2)),
    code: "#VALUE!",
    it: "members (1): manca il valore.",
    en: "members (1): the value is missing.",
  },
  {
    what: "a negative daily cost",
    call: () => costSaving(column(10), -20),
    code: "#VALUE!",
    it: "Parametro «Costo giornaliero della struttura temporanea» (dailyCost): valore «-20» non valido; atteso un numero ≥ 0.",
    en: 'Parameter "Daily cost of temporary accommodation" (dailyCost): invalid value "-20"; expected a number ≥ 0.',
  },
  {
    what: "text where the daily cost is due",
    call: () => costSaving(column(10), text("venti")),
    code: "#VALUE!",
    it: 'dailyCost: "venti" non è un numero.',
    en: 'dailyCost: "venti" is not a number.',
  },
  {
    what: "a saving beyond Excel's numbers",
    call: () => costSaving(column(1e308, 1e308), 1e308),
    code: "#NUM!",
    it: "Il risultato non è un numero finito: i valori sono troppo grandi.",
    en: "The result is not a finite number: the values are too large.",
  },
];

describe("H4A.COSTSAVING refuse invalid arguments", () => {
  testInvalidArguments(CASES);
});
