import { expectedTier, tierProbability } from "../../src/functions/functions";
import { testInvalidArguments, type InvalidCase } from "./errorInBothLanguages";
import { text } from "./cellArguments";

/** H4A.TIERPROBABILITY and H4A.EXPECTEDTIER: each invalid argument is an Excel error value with its message in Italian and English. */

const CASES: InvalidCase[] = [
  {
    what: "TIERPROBABILITY: more families than the exact computation takes",
    call: () => tierProbability(0.8, 0.8, 0.8, 200_000),
    code: "#NUM!",
    it: "families: al massimo 100000 famiglie, trovato 200000.",
    en: "families: at most 100000 families, got 200000.",
  },
  {
    what: "TIERPROBABILITY: a factor no tier pays",
    call: () => tierProbability(0.8, 0.8, 0.8, 11, 0.7),
    code: "#NUM!",
    it: "tier: atteso uno dei fattori 1; 0,8; 0, trovato 0,7.",
    en: "tier: expected one of the factors 1, 0.8, 0, got 0.7.",
  },
  {
    what: "TIERPROBABILITY: a probability above 1",
    call: () => tierProbability(1.2, 0.8, 0.8, 11),
    code: "#NUM!",
    it: "pStability: atteso un valore tra 0 e 1, trovato 1,2.",
    en: "pStability: expected a value between 0 and 1, got 1.2.",
  },
  {
    what: "EXPECTEDTIER: zero families",
    call: () => expectedTier(0.8, 0.8, 0.8, 0),
    code: "#NUM!",
    it: "families: atteso un numero intero ≥ 1, trovato 0.",
    en: "families: expected a whole number ≥ 1, got 0.",
  },
  {
    what: "EXPECTEDTIER: a blank probability",
    call: () => expectedTier(text(""), 0.8, 0.8, 11),
    code: "#VALUE!",
    it: "pStability: manca il valore.",
    en: "pStability: the value is missing.",
  },
  {
    what: "EXPECTEDTIER: a partial threshold above the full one",
    call: () => expectedTier(0.8, 0.8, 0.8, 11, 0.6, 0.7),
    code: "#VALUE!",
    it: "Parametro «Soglia per il saldo parziale» (partialThreshold): valore «0,7» non valido; atteso un numero tra 0 e 1 (es. 0,8), non oltre la soglia piena.",
    en: 'Parameter "Threshold for the partial balance" (partialThreshold): invalid value "0.7"; expected a number between 0 and 1 (e.g. 0.8), not above the full threshold.',
  },
];

describe("H4A.TIERPROBABILITY and H4A.EXPECTEDTIER refuse invalid arguments", () => {
  testInvalidArguments(CASES);
});
