import { familiesToGo, tier } from "../../src/functions/functions";
import { testInvalidArguments, type InvalidCase } from "./errorInBothLanguages";
import { text, flag } from "./cellArguments";

/** H4A.TIER and H4A.FAMILIESTOGO: each invalid argument is an Excel error value with its message in Italian and English. */

const CASES: InvalidCase[] = [
  {
    what: "TIER: a rate above 1",
    call: () => tier(1.2, 0.8, 0.8),
    code: "#NUM!",
    it: "stabilityRate: atteso un valore tra 0 e 1, trovato 1,2.",
    en: "stabilityRate: expected a value between 0 and 1, got 1.2.",
  },
  {
    what: "TIER: a negative rate",
    call: () => tier(0.8, 0.8, -0.1),
    code: "#NUM!",
    it: "waitingRate: atteso un valore tra 0 e 1, trovato -0,1.",
    en: "waitingRate: expected a value between 0 and 1, got -0.1.",
  },
  {
    what: "TIER: text where a rate is due",
    call: () => tier(text("alta"), 0.8, 0.8),
    code: "#VALUE!",
    it: 'stabilityRate: "alta" non è un numero.',
    en: 'stabilityRate: "alta" is not a number.',
  },
  {
    what: "TIER: NaN",
    call: () => tier(Number.NaN, 0.8, 0.8),
    code: "#VALUE!",
    it: "stabilityRate: NaN non è un numero.",
    en: "stabilityRate: NaN is not a number.",
  },
  {
    what: "TIER: a partial threshold above the full one",
    call: () => tier(0.8, 0.8, 0.8, 0.6, 0.7),
    code: "#VALUE!",
    it: "Parametro «Soglia per il saldo parziale» (partialThreshold): valore «0,7» non valido; atteso un numero tra 0 e 1 (es. 0,8), non oltre la soglia piena.",
    en: 'Parameter "Threshold for the partial balance" (partialThreshold): invalid value "0.7"; expected a number between 0 and 1 (e.g. 0.8), not above the full threshold.',
  },
  {
    what: "TIER: a below-partial payment above the partial one",
    call: () => tier(0.8, 0.8, 0.8, 0.8, 0.6, 0.5, 0.6),
    code: "#VALUE!",
    it: "Parametro «Quota del saldo pagata sotto la soglia parziale» (belowPartialPayment): valore «0,6» non valido; atteso un numero tra 0 e 1 (es. 0,8), non oltre il pagamento parziale.",
    en: 'Parameter "Share of the balance paid below the partial threshold" (belowPartialPayment): invalid value "0.6"; expected a number between 0 and 1 (e.g. 0.8), not above the partial payment.',
  },
  {
    what: "TIER: text where TRUE or FALSE is due",
    call: () => tier(0.8, 0.8, 0.8, undefined, undefined, undefined, undefined, flag("forse")),
    code: "#VALUE!",
    it: 'fullStrict: atteso VERO o FALSO, trovato "forse".',
    en: 'fullStrict: expected TRUE or FALSE, got "forse".',
  },
  {
    what: "FAMILIESTOGO: more achieved than families",
    call: () => familiesToGo(12, 11),
    code: "#NUM!",
    it: "achieved (12) supera families (11).",
    en: "achieved (12) exceeds families (11).",
  },
  {
    what: "FAMILIESTOGO: negative families",
    call: () => familiesToGo(8, -11),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 1, trovato -11.",
    en: "families: expected a whole number ≥ 1, got -11.",
  },
  {
    what: "FAMILIESTOGO: zero families",
    call: () => familiesToGo(8, 0),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 1, trovato 0.",
    en: "families: expected a whole number ≥ 1, got 0.",
  },
  {
    what: "FAMILIESTOGO: a threshold above 1",
    call: () => familiesToGo(8, 11, 1.5),
    code: "#NUM!",
    it: "threshold: atteso un valore tra 0 e 1, trovato 1,5.",
    en: "threshold: expected a value between 0 and 1, got 1.5.",
  },
  {
    what: "FAMILIESTOGO: a threshold no count can pass",
    call: () => familiesToGo(8, 11, 1),
    code: "#NUM!",
    it: "Soglia irraggiungibile anche con tutte le 11 famiglie.",
    en: "The threshold cannot be passed even with all 11 families.",
  },
  {
    what: "FAMILIESTOGO: text where TRUE or FALSE is due",
    call: () => familiesToGo(8, 11, 0.8, flag("sì")),
    code: "#VALUE!",
    it: 'strict: atteso VERO o FALSO, trovato "sì".',
    en: 'strict: expected TRUE or FALSE, got "sì".',
  },
  {
    what: "FAMILIESTOGO: text where a count is due",
    call: () => familiesToGo(text("otto"), 11),
    code: "#VALUE!",
    it: 'achieved: "otto" non è un numero.',
    en: 'achieved: "otto" is not a number.',
  },
  {
    what: "FAMILIESTOGO: a boolean where a count is due",
    call: () => familiesToGo(text(true), 11),
    code: "#VALUE!",
    it: "achieved: VERO non è un numero.",
    en: "achieved: TRUE is not a number.",
  },
];

describe("H4A.TIER and H4A.FAMILIESTOGO refuse invalid arguments", () => {
  testInvalidArguments(CASES);
});
