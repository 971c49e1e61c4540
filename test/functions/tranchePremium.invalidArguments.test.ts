import { perFamily, premium, tranche } from "../../src/functions/functions";
import { testInvalidArguments, type InvalidCase } from "./errorInBothLanguages";
import { text } from "./cellArguments";

/** H4A.TRANCHE, H4A.PREMIUM and H4A.PERFAMILY: each invalid argument is an Excel error value with its message in Italian and English. */

const CASES: InvalidCase[] = [
  {
    what: "TRANCHE: year 4, after the programme's three cohort years",
    call: () => tranche(4),
    code: "#NUM!",
    it: "year: atteso 1, 2 o 3, trovato 4.",
    en: "year: expected 1, 2 or 3, got 4.",
  },
  {
    what: "TRANCHE: year 0, before the first cohort year",
    call: () => tranche(0),
    code: "#NUM!",
    it: "year: atteso 1, 2 o 3, trovato 0.",
    en: "year: expected 1, 2 or 3, got 0.",
  },
  {
    what: "TRANCHE: a year that is not whole",
    call: () => tranche(2.5),
    code: "#NUM!",
    it: "year: atteso 1, 2 o 3, trovato 2,5.",
    en: "year: expected 1, 2 or 3, got 2.5.",
  },
  {
    what: "TRANCHE: text where the year is due",
    call: () => tranche(text("tre")),
    code: "#VALUE!",
    it: 'year: "tre" non è un numero.',
    en: 'year: "tre" is not a number.',
  },
  {
    what: "TRANCHE: a boolean where the year is due",
    call: () => tranche(text(true)),
    code: "#VALUE!",
    it: "year: VERO non è un numero.",
    en: "year: TRUE is not a number.",
  },
  {
    what: "TRANCHE: NaN",
    call: () => tranche(Number.NaN),
    code: "#VALUE!",
    it: "year: NaN non è un numero.",
    en: "year: NaN is not a number.",
  },
  {
    what: "TRANCHE: Infinity",
    call: () => tranche(Number.POSITIVE_INFINITY),
    code: "#VALUE!",
    it: "year: Infinity non è un numero.",
    en: "year: Infinity is not a number.",
  },
  {
    what: "TRANCHE: shares not summing to 1",
    call: () => tranche(1, [[0.2, 0.3, 0.6]]),
    code: "#VALUE!",
    it: "Parametro «Quote delle tranche» (shares): valore «0,2; 0,3; 0,6» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    en: 'Parameter "Tranche shares" (shares): invalid value "0.2, 0.3, 0.6"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
  },
  {
    what: "TRANCHE: a negative share",
    call: () => tranche(1, [[-0.2, 0.7, 0.5]]),
    code: "#VALUE!",
    it: "Parametro «Quote delle tranche» (shares): valore «-0,2; 0,7; 0,5» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    en: 'Parameter "Tranche shares" (shares): invalid value "-0.2, 0.7, 0.5"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
  },
  {
    what: "TRANCHE: two shares instead of three",
    call: () => tranche(1, [[0.5, 0.5]]),
    code: "#VALUE!",
    it: "Parametro «Quote delle tranche» (shares): valore «0,5; 0,5» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    en: 'Parameter "Tranche shares" (shares): invalid value "0.5, 0.5"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
  },
  {
    what: "TRANCHE: a share typed as text",
    call: () => tranche(1, [["20%", 0.3, 0.5]]),
    code: "#VALUE!",
    it: "Parametro «Quote delle tranche» (shares): valore «20%; 0,3; 0,5» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    en: 'Parameter "Tranche shares" (shares): invalid value "20%, 0.3, 0.5"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
  },
  {
    what: "PREMIUM: negative families",
    call: () => premium(6000, -3, 1),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 0, trovato -3.",
    en: "families: expected a whole number ≥ 0, got -3.",
  },
  {
    what: "PREMIUM: families not whole",
    call: () => premium(6000, 10.5, 1),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 0, trovato 10,5.",
    en: "families: expected a whole number ≥ 0, got 10.5.",
  },
  {
    what: "PREMIUM: text where the premium is due",
    call: () => premium(text("seimila"), 11, 1),
    code: "#VALUE!",
    it: 'premiumPerFamily: "seimila" non è un numero.',
    en: 'premiumPerFamily: "seimila" is not a number.',
  },
  {
    what: "PREMIUM: a negative premium",
    call: () => premium(-6000, 11, 1),
    code: "#VALUE!",
    it: "Parametro «Premio per famiglia» (premiumPerFamily): valore «-6000» non valido; atteso un importo in euro > 0, o vuoto.",
    en: 'Parameter "Premium per family" (premiumPerFamily): invalid value "-6000"; expected an amount in euros > 0, or empty.',
  },
  {
    what: "PREMIUM: a zero premium",
    call: () => premium(0, 11, 1),
    code: "#VALUE!",
    it: "Parametro «Premio per famiglia» (premiumPerFamily): valore «0» non valido; atteso un importo in euro > 0, o vuoto.",
    en: 'Parameter "Premium per family" (premiumPerFamily): invalid value "0"; expected an amount in euros > 0, or empty.',
  },
  {
    what: "PREMIUM: a blank premium",
    call: () => premium(text(""), 11, 1),
    code: "#VALUE!",
    it: "premiumPerFamily: manca il valore.",
    en: "premiumPerFamily: the value is missing.",
  },
  {
    what: "PREMIUM: a tier above 1",
    call: () => premium(6000, 11, 3, 1.5),
    code: "#NUM!",
    it: "tier: atteso un valore tra 0 e 1, trovato 1,5.",
    en: "tier: expected a value between 0 and 1, got 1.5.",
  },
  {
    what: "PREMIUM: year 4",
    call: () => premium(6000, 11, 4),
    code: "#NUM!",
    it: "year: atteso 1, 2 o 3, trovato 4.",
    en: "year: expected 1, 2 or 3, got 4.",
  },
  {
    what: "PREMIUM: an amount beyond Excel's numbers",
    call: () => premium(1e308, 100_000, 3),
    code: "#NUM!",
    it: "Il risultato non è un numero finito: i valori sono troppo grandi.",
    en: "The result is not a finite number: the values are too large.",
  },
  {
    what: "PERFAMILY: zero planned families",
    call: () => perFamily(132_000, 0),
    code: "#VALUE!",
    it: "Parametro «Famiglie previste» (plannedFamilies): valore «0» non valido; atteso un numero intero ≥ 1, o vuoto.",
    en: 'Parameter "Planned families" (plannedFamilies): invalid value "0"; expected a whole number ≥ 1, or empty.',
  },
  {
    what: "PERFAMILY: planned families not whole",
    call: () => perFamily(132_000, 2.5),
    code: "#VALUE!",
    it: "Parametro «Famiglie previste» (plannedFamilies): valore «2,5» non valido; atteso un numero intero ≥ 1, o vuoto.",
    en: 'Parameter "Planned families" (plannedFamilies): invalid value "2.5"; expected a whole number ≥ 1, or empty.',
  },
  {
    what: "PERFAMILY: a negative total premium",
    call: () => perFamily(-132_000, 22),
    code: "#VALUE!",
    it: "Parametro «Premio complessivo» (totalPremium): valore «-132000» non valido; atteso un importo in euro > 0, o vuoto.",
    en: 'Parameter "Total premium" (totalPremium): invalid value "-132000"; expected an amount in euros > 0, or empty.',
  },
  {
    what: "PERFAMILY: text where the total premium is due",
    call: () => perFamily(text("abc"), 22),
    code: "#VALUE!",
    it: 'totalPremium: "abc" non è un numero.',
    en: 'totalPremium: "abc" is not a number.',
  },
];

describe("H4A.TRANCHE, H4A.PREMIUM and H4A.PERFAMILY refuse invalid arguments", () => {
  testInvalidArguments(CASES);
});
