import { pick, type Lang } from "../../engine/cells/lang";
import type { RateKey } from "../../engine/keys";
import type { TierLevel } from "../../engine/payments/tier";

/**
 * Verifica's words for the year-3 rates of the summary and the flow table's letters: Italian
 * first, English when Office's display language is English.
 */

export type { RateKey };

export interface ValidationViewStrings {
  /** The heading of a cohort's year-3 rates. */
  ratesHeading: (cohort: number) => string;
  rate: (key: RateKey, waitLimitMonths: number) => string;
  /** What a rate's count over the families is when no family is counted. */
  noFamilies: string;
  /** The thresholds of the agreement, once above the cohorts. */
  thresholds: (full: string, partial: string) => string;
  tierLabel: string;
  tier: (level: TierLevel, share: string) => string;
  /** The legend of the flow table's and chart's letters. */
  legendLabel: string;
  /** The name of the region around the flow table (the section is named by the heading). */
  flowTableRegion: (heading: string) => string;
}

const IT: ValidationViewStrings = {
  ratesHeading: (cohort) => `Coorte ${cohort} · tassi dell'anno 3`,
  rate: (key, months) =>
    key === "stability" ? "Stabilità abitativa" : key === "wellbeing" ? "Benessere migliorato" : `Attesa < ${months} mesi`,
  noFamilies: "nessuna famiglia nel denominatore",
  thresholds: (full, partial) => `Soglie dell'accordo: pieno ${full}, parziale ${partial}.`,
  tierLabel: "Fascia del saldo",
  tier: (level, share) => `${level === "full" ? "pieno" : level === "partial" ? "parziale" : "sotto soglia"} (${share} della quota)`,
  legendLabel: "Legenda",
  flowTableRegion: (heading) => `Tabella: ${heading}`,
};

const EN: ValidationViewStrings = {
  ratesHeading: (cohort) => `Cohort ${cohort} · year-3 rates`,
  rate: (key, months) =>
    key === "stability" ? "Housing stability" : key === "wellbeing" ? "Improved wellbeing" : `Waiting < ${months} months`,
  noFamilies: "no family in the denominator",
  thresholds: (full, partial) => `Thresholds of the agreement: full ${full}, partial ${partial}.`,
  tierLabel: "Balance tier",
  tier: (level, share) => `${level === "full" ? "full" : level === "partial" ? "partial" : "below threshold"} (${share} of the tranche)`,
  legendLabel: "Legend",
  flowTableRegion: (heading) => `Table: ${heading}`,
};

const DICTIONARY: Record<Lang, ValidationViewStrings> = { it: IT, en: EN };

export const validationStringsFor = (language: Lang): ValidationViewStrings => DICTIONARY[language];

/** A fraction as a percentage in the pane's language, at most `digits` decimals, without binary noise: 0.8 → "80 %", 9/11 → "81,8 %". */
export function percent(fraction: number, language: Lang, digits = 1): string {
  const value = Number((fraction * 100).toPrecision(12));
  const text = new Intl.NumberFormat(pick({ it: "it-IT", en: "en-GB" }, language), {
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
  return `${text} %`;
}
