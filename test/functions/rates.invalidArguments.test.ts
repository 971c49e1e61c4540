import { stabilityRate, waitRate, wellbeingRate } from "../../src/functions/functions";
import { testInvalidArguments, type InvalidCase } from "./errorInBothLanguages";
import { column, text, excelError } from "./cellArguments";

/** H4A.STABILITYRATE, H4A.WELLBEINGRATE and H4A.WAITRATE: each invalid argument is an Excel error value with its message in Italian and English. */

const CASES: InvalidCase[] = [
  {
    what: "STABILITYRATE: an unknown token",
    call: () => stabilityRate(column("Sì", "forse")),
    code: "#VALUE!",
    it: "«forse» (cella 2 dell'intervallo) non è valido: atteso Sì/No (Sì, Si, S, X, 1, Vero; No, N, 0, Falso) o una cella vuota (non raggiunto).",
    en: '"forse" (cell 2 of the range) is not valid: expected Yes/No (Yes, Y, X, 1, True; No, N, 0, False) or a blank cell (not achieved).',
  },
  {
    what: "STABILITYRATE: an error value inside the range, as Office.js text",
    call: () => stabilityRate(column("Sì", "#N/A")),
    code: "#VALUE!",
    it: "«#N/A» (cella 2 dell'intervallo) non è valido: atteso Sì/No (Sì, Si, S, X, 1, Vero; No, N, 0, Falso) o una cella vuota (non raggiunto).",
    en: '"#N/A" (cell 2 of the range) is not valid: expected Yes/No (Yes, Y, X, 1, True; No, N, 0, False) or a blank cell (not achieved).',
  },
  {
    what: "STABILITYRATE: an error value inside the range, as a CustomFunctions.Error",
    call: () => stabilityRate(column("Sì", excelError("#N/A"))),
    code: "#VALUE!",
    it: "«#N/A» (cella 2 dell'intervallo) non è valido: atteso Sì/No (Sì, Si, S, X, 1, Vero; No, N, 0, Falso) o una cella vuota (non raggiunto).",
    en: '"#N/A" (cell 2 of the range) is not valid: expected Yes/No (Yes, Y, X, 1, True; No, N, 0, False) or a blank cell (not achieved).',
  },
  {
    what: "STABILITYRATE: a number that is not a yes/no",
    call: () => stabilityRate(column("Sì", 2)),
    code: "#VALUE!",
    it: "«2» (cella 2 dell'intervallo) non è valido: atteso Sì/No (Sì, Si, S, X, 1, Vero; No, N, 0, Falso) o una cella vuota (non raggiunto).",
    en: '"2" (cell 2 of the range) is not valid: expected Yes/No (Yes, Y, X, 1, True; No, N, 0, False) or a blank cell (not achieved).',
  },
  {
    what: "STABILITYRATE: ranges of different sizes",
    call: () => stabilityRate(column("Sì", "Sì", "No"), column("TO-1", "TO-2")),
    code: "#VALUE!",
    it: "families: l'intervallo degli ID ha 2 celle, quello dei valori 3; devono avere le stesse righe.",
    en: "families: the id range has 2 cells and the values 3; they must span the same rows.",
  },
  {
    what: "STABILITYRATE: an answer beside a blank id",
    call: () => stabilityRate(column("Sì", "Sì"), column("TO-1", "")),
    code: "#VALUE!",
    it: "«Sì» (cella 2 dell'intervallo) non ha un ID famiglia accanto.",
    en: '"Sì" (cell 2 of the range) has no family id beside it.',
  },
  {
    what: "STABILITYRATE: an id range with no family",
    call: () => stabilityRate(column("", ""), column("", "")),
    code: "#NUM!",
    it: "Nessuna famiglia: l'intervallo è vuoto.",
    en: "No families: the range is empty.",
  },
  {
    what: "STABILITYRATE: an empty range",
    call: () => stabilityRate([]),
    code: "#NUM!",
    it: "Nessuna famiglia: l'intervallo è vuoto.",
    en: "No families: the range is empty.",
  },
  {
    what: "WELLBEINGRATE: fewer families than filled cells",
    call: () => wellbeingRate(column("Sì", "No", "Sì"), [[2]]),
    code: "#NUM!",
    it: "families (2) è minore delle celle compilate (3).",
    en: "families (2) is less than the filled cells (3).",
  },
  {
    what: "WELLBEINGRATE: negative families",
    call: () => wellbeingRate(column("Sì"), [[-2]]),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 1, trovato -2.",
    en: "families: expected a whole number ≥ 1, got -2.",
  },
  {
    what: "WELLBEINGRATE: families not whole",
    call: () => wellbeingRate(column("Sì"), [[2.5]]),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 1, trovato 2,5.",
    en: "families: expected a whole number ≥ 1, got 2.5.",
  },
  {
    what: "WAITRATE: negative months",
    call: () => waitRate(column(4, -1)),
    code: "#VALUE!",
    it: "«-1» (cella 2 dell'intervallo) non è valido: atteso un numero di mesi ≥ 0 o una cella vuota (non raggiunto).",
    en: '"-1" (cell 2 of the range) is not valid: expected a number of months ≥ 0 or a blank cell (not achieved).',
  },
  {
    what: "WAITRATE: text where months are due",
    call: () => waitRate(column(4, "tre")),
    code: "#VALUE!",
    it: "«tre» (cella 2 dell'intervallo) non è valido: atteso un numero di mesi ≥ 0 o una cella vuota (non raggiunto).",
    en: '"tre" (cell 2 of the range) is not valid: expected a number of months ≥ 0 or a blank cell (not achieved).',
  },
  {
    what: "WAITRATE: NaN months",
    call: () => waitRate(column(4, Number.NaN)),
    code: "#VALUE!",
    it: "«NaN» (cella 2 dell'intervallo) non è valido: atteso un numero di mesi ≥ 0 o una cella vuota (non raggiunto).",
    en: '"NaN" (cell 2 of the range) is not valid: expected a number of months ≥ 0 or a blank cell (not achieved).',
  },
  {
    what: "WAITRATE: an error value inside the range",
    call: () => waitRate(column(4, excelError("#DIV/0!"))),
    code: "#VALUE!",
    it: "«#DIV/0!» (cella 2 dell'intervallo) non è valido: atteso un numero di mesi ≥ 0 o una cella vuota (non raggiunto).",
    en: '"#DIV/0!" (cell 2 of the range) is not valid: expected a number of months ≥ 0 or a blank cell (not achieved).',
  },
  {
    what: "WAITRATE: a zero limit",
    call: () => waitRate(column(4), 0),
    code: "#VALUE!",
    it: "Parametro «Mesi di attesa massimi» (waitLimitMonths): valore «0» non valido; atteso un numero intero di mesi ≥ 1.",
    en: 'Parameter "Waiting limit in months" (waitLimitMonths): invalid value "0"; expected a whole number of months ≥ 1.',
  },
  {
    what: "WAITRATE: a limit not whole",
    call: () => waitRate(column(4), 7.5),
    code: "#VALUE!",
    it: "Parametro «Mesi di attesa massimi» (waitLimitMonths): valore «7,5» non valido; atteso un numero intero di mesi ≥ 1.",
    en: 'Parameter "Waiting limit in months" (waitLimitMonths): invalid value "7.5"; expected a whole number of months ≥ 1.',
  },
  {
    what: "WAITRATE: text where the limit is due",
    call: () => waitRate(column(4), text("otto")),
    code: "#VALUE!",
    it: "Parametro «Mesi di attesa massimi» (waitLimitMonths): valore «otto» non valido; atteso un numero intero di mesi ≥ 1.",
    en: 'Parameter "Waiting limit in months" (waitLimitMonths): invalid value "otto"; expected a whole number of months ≥ 1.',
  },
];

describe("H4A.STABILITYRATE, H4A.WELLBEINGRATE and H4A.WAITRATE refuse invalid arguments", () => {
  testInvalidArguments(CASES);
});
