import { schedule } from "../../src/functions/functions";
import { testInvalidArguments, type InvalidCase } from "./errorInBothLanguages";
import { text } from "./cellArguments";

/** H4A.SCHEDULE: each invalid argument is an Excel error value with its message in Italian and English. */

const CASES: InvalidCase[] = [
  {
    what: "an empty cohorts range",
    call: () => schedule([["", "", "", "", ""]], 6000),
    code: "#VALUE!",
    it: "cohorts: l'intervallo è vuoto.",
    en: "cohorts: the range is empty.",
  },
  {
    what: "a row of three columns",
    call: () => schedule([[1, 11, 11]], 6000),
    code: "#VALUE!",
    it: "cohorts, riga 1: attese 5 colonne (anno di ingresso, famiglie, esito anno 1, esito anno 2, livello), trovate 3.",
    en: "cohorts, row 1: expected 5 columns (entry year, families, year-1 outcome, year-2 outcome, tier), got 3.",
  },
  {
    what: "entry year 0, before the programme",
    call: () => schedule([[0, 11, 11, 10, 1]], 6000),
    code: "#NUM!",
    it: "cohorts, riga 1: anno di ingresso: atteso un numero intero ≥ 1, trovato 0.",
    en: "cohorts, row 1: entry year: expected a whole number ≥ 1, got 0.",
  },
  {
    what: "text where the entry year is due",
    call: () => schedule([["uno", 11, 11, 10, 1]], 6000),
    code: "#VALUE!",
    it: 'cohorts, riga 1: anno di ingresso: "uno" non è un numero.',
    en: 'cohorts, row 1: entry year: "uno" is not a number.',
  },
  {
    what: "negative families",
    call: () => schedule([[1, -11, 11, 10, 1]], 6000),
    code: "#NUM!",
    it: "cohorts, riga 1: famiglie: atteso un numero intero ≥ 0, trovato -11.",
    en: "cohorts, row 1: families: expected a whole number ≥ 0, got -11.",
  },
  {
    what: "more families meeting an outcome than in the cohort",
    call: () => schedule([[1, 11, 12, 10, 1]], 6000),
    code: "#NUM!",
    it: "cohorts, riga 1: le famiglie che raggiungono un esito (12) superano le famiglie della coorte (11).",
    en: "cohorts, row 1: families meeting an outcome (12) exceed the cohort's families (11).",
  },
  {
    what: "a tier above 1",
    call: () => schedule([[1, 11, 11, 10, 1.2]], 6000),
    code: "#NUM!",
    it: "cohorts, riga 1: livello: atteso un valore tra 0 e 1, trovato 1,2.",
    en: "cohorts, row 1: tier: expected a value between 0 and 1, got 1.2.",
  },
  {
    what: "text where the premium is due",
    call: () => schedule([[1, 11, 11, 10, 1]], text("seimila")),
    code: "#VALUE!",
    it: 'premiumPerFamily: "seimila" non è un numero.',
    en: 'premiumPerFamily: "seimila" is not a number.',
  },
  {
    what: "shares not summing to 1",
    call: () => schedule([[1, 11, 11, 10, 1]], 6000, [[0.5, 0.5, 0.5]]),
    code: "#VALUE!",
    it: "Parametro «Quote delle tranche» (shares): valore «0,5; 0,5; 0,5» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    en: 'Parameter "Tranche shares" (shares): invalid value "0.5, 0.5, 0.5"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
  },
  {
    what: "cohorts 20,000 years apart",
    call: () =>
      schedule(
        [
          [1, 11, 11, 10, 1],
          [20_000, 11, 11, 10, 1],
        ],
        6000,
      ),
    code: "#NUM!",
    it: "cohorts: le coorti pagano dall'anno di programma 1 al 20002, più di 10000 anni.",
    en: "cohorts: the cohorts pay from programme year 1 to 20002, more than 10000 years.",
  },
  {
    what: "amounts beyond Excel's numbers",
    call: () => schedule([[1, 1e6, 1e6, 10, 1]], 1e305),
    code: "#NUM!",
    it: "cohorts: 1000000 famiglie × 1e+305 € superano i numeri di Excel.",
    en: "cohorts: 1000000 families × €1e+305 exceed Excel's numbers.",
  },
];

describe("H4A.SCHEDULE refuse invalid arguments", () => {
  testInvalidArguments(CASES);
});
