import { pick, type Lang } from "../cells/lang";
import { formatNumber } from "../cells/format";
import type { Outcome } from "./scenario";

/** The words the simulation's sentences are made of, in Italian and English. */

export interface Sentence {
  it: string;
  en: string;
}

/** A factor as a percentage without binary noise: 0.7 → 70, 0.8 → 80, 2/3 → 66.67. */
export const percentOf = (factor: number): number => Number((factor * 100).toFixed(2));

/** "80 %" / "80 %" (Italian decimal comma). */
export const percentText = (factor: number, lang: Lang): string => `${formatNumber(percentOf(factor), lang)} %`;

/**
 * The Italian article of "al N %": "all'" before a number read with a vowel (1, 8, 11, 80–89,
 * 8xx, 1xxx is "mille": consonant), "allo" before 0 ("zero"), else "al".
 */
function italianAl(percent: number): string {
  const whole = Math.floor(percent);
  if (whole === 0) return "allo ";
  const text = String(whole);
  if (whole === 1 || whole === 11 || text.startsWith("8")) return "all'";
  return "al ";
}

/** "saldo al 100 %", "saldo all'80 %", "saldo allo 0 %" / "balance at 100 %". */
export function balancePhrase(factor: number, lang: Lang): string {
  const percent = percentOf(factor);
  return pick(
    { it: `saldo ${italianAl(percent)}${formatNumber(percent, "it")} %`, en: `balance at ${formatNumber(percent, "en")} %` },
    lang,
  );
}

/** What each outcome is, as in "2 altre famiglie con …". */
export function outcomeWords(outcome: Outcome, waitLimitMonths: number, lang: Lang): string {
  if (outcome === "stability") return pick({ it: "stabilità abitativa", en: "housing stability" }, lang);
  if (outcome === "wellbeing") return pick({ it: "benessere migliorato", en: "improved wellbeing" }, lang);
  const months = formatNumber(waitLimitMonths, lang);
  return pick({ it: `attesa inferiore a ${months} mesi`, en: `a wait under ${months} months` }, lang);
}

/** "2 altre famiglie" / "1 altra famiglia" / "2 more families" / "1 more family". */
export const moreFamilies = (n: number, lang: Lang): string =>
  pick({ it: n === 1 ? "1 altra famiglia" : `${n} altre famiglie`, en: n === 1 ? "1 more family" : `${n} more families` }, lang);

/** "1 famiglia" / "2 famiglie" / "1 family" / "2 families". */
export const familiesWord = (n: number, lang: Lang): string =>
  pick({ it: n === 1 ? "1 famiglia" : `${n} famiglie`, en: n === 1 ? "1 family" : `${n} families` }, lang);

export const both = (make: (lang: Lang) => string): Sentence => ({ it: make("it"), en: make("en") });
