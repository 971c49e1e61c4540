import { pick, type Text, type Lang } from "../cells/lang";
import { formatEuro, formatNumber, joinList } from "../cells/format";
import { evictionEn, HOUSING_CONDITION_EN } from "./dataWords";
import type { Candidate, CandidateFieldKey } from "./fields";
import type { RankingParams } from "./weights";

/**
 * Who may be ranked (MECHANISM.md §3b): ISEE given and at most the ceiling, and at least one
 * emergency condition — eviction validated or executed; months in temporary accommodation at
 * least minShelterMonths; housing condition "alloggio inadeguato"; victim of violence. A family
 * that is not eligible gets every reason, never only the first.
 */

/** The emergency conditions of §3b. */
export type EmergencyCode = "eviction" | "shelter" | "inadequate-housing" | "violence";

export type ExclusionCode = "invalid-data" | "isee-missing" | "isee-above-ceiling" | "no-emergency";

export interface ExclusionReason {
  code: ExclusionCode;
  message: Text;
}

export interface Eligibility {
  eligible: boolean;
  /** The emergency conditions that hold, in the order of §3b. */
  emergencies: EmergencyCode[];
  /** Why the family is not eligible; empty when it is. */
  reasons: ExclusionReason[];
}

/** A row's own errors (from the sheet's validation): the cells, and the fields they concern. */
export interface RowErrors {
  cells: string[];
  fields: ReadonlySet<CandidateFieldKey>;
}

/** A blank indicator counts as absent: no eviction, no months, no violence. */
const monthsOf = (c: Candidate): number => c.shelterMonths ?? 0;

export function emergenciesOf(c: Candidate, params: RankingParams): EmergencyCode[] {
  const found: EmergencyCode[] = [];
  if (c.eviction === "convalidato" || c.eviction === "eseguito") found.push("eviction");
  if (monthsOf(c) >= params.minShelterMonths) found.push("shelter");
  if (c.condition === "alloggio inadeguato") found.push("inadequate-housing");
  if (c.violence === true) found.push("violence");
  return found;
}

/** The fields an emergency condition reads: when one of them is invalid, "no emergency" cannot be said. */
const EMERGENCY_FIELDS: readonly CandidateFieldKey[] = ["eviction", "shelterMonths", "condition", "violence"];

export function eligibilityOf(c: Candidate, params: RankingParams, errors: RowErrors | null = null): Eligibility {
  const emergencies = emergenciesOf(c, params);
  const reasons: ExclusionReason[] = [];
  const invalid = errors?.fields ?? new Set<CandidateFieldKey>();
  if (errors !== null && errors.cells.length > 0) reasons.push(invalidData(errors.cells));
  if (c.isee === null && !invalid.has("isee")) reasons.push(iseeMissing());
  if (c.isee !== null && c.isee > params.iseeCeiling) reasons.push(iseeAbove(c.isee, params.iseeCeiling));
  if (emergencies.length === 0 && !EMERGENCY_FIELDS.some((field) => invalid.has(field))) reasons.push(noEmergency(c, params));
  return { eligible: reasons.length === 0, emergencies, reasons };
}

function invalidData(cells: readonly string[]): ExclusionReason {
  const list = (lang: Lang) => joinList([...cells], lang);
  return {
    code: "invalid-data",
    message: {
      it: `dati non validi (${list("it")}): correggerli, la famiglia sarà valutata di nuovo`,
      en: `invalid data (${list("en")}): fix it and the family is assessed again`,
    },
  };
}

const iseeMissing = (): ExclusionReason => ({
  code: "isee-missing",
  message: { it: "ISEE mancante", en: "ISEE missing" },
});

const iseeAbove = (isee: number, ceiling: number): ExclusionReason => ({
  code: "isee-above-ceiling",
  message: {
    it: `ISEE oltre la soglia (${formatEuro(isee, "it")} > ${formatEuro(ceiling, "it")})`,
    en: `ISEE above the ceiling (${formatEuro(isee, "en")} > ${formatEuro(ceiling, "en")})`,
  },
});

function noEmergency(c: Candidate, params: RankingParams): ExclusionReason {
  const months = monthsOf(c);
  const stage = c.eviction ?? "nessuno";
  const monthsIt = `${formatNumber(months, "it")} ${months === 1 ? "mese" : "mesi"} in struttura (ne servono almeno ${params.minShelterMonths})`;
  const monthsEn = `${formatNumber(months, "en")} ${months === 1 ? "month" : "months"} in temporary accommodation (at least ${params.minShelterMonths} needed)`;
  const conditionIt = c.condition === null ? "condizione abitativa non indicata" : `condizione «${c.condition}»`;
  const conditionEn =
    c.condition === null ? "housing condition not given" : `housing condition: ${HOUSING_CONDITION_EN[c.condition]} (${c.condition})`;
  return {
    code: "no-emergency",
    message: {
      it: `nessuna condizione di emergenza: sfratto ${stage === "nessuno" ? "assente" : stage}, ${monthsIt}, ${conditionIt}, nessuna violenza segnalata`,
      en: `no emergency condition: ${evictionEn(c.eviction)}, ${monthsEn}, ${conditionEn}, no violence reported`,
    },
  };
}

/** An emergency condition that holds, as the breakdown shows it. */
export function emergencyText(code: EmergencyCode, c: Candidate, params: RankingParams, lang: Lang): string {
  switch (code) {
    case "eviction":
      return pick({ it: `sfratto ${c.eviction}`, en: evictionEn(c.eviction) }, lang);
    case "shelter": {
      const months = formatNumber(monthsOf(c), lang);
      return pick(
        {
          it: `${months} ${monthsOf(c) === 1 ? "mese" : "mesi"} in struttura (almeno ${params.minShelterMonths})`,
          en: `${months} ${monthsOf(c) === 1 ? "month" : "months"} in temporary accommodation (at least ${params.minShelterMonths})`,
        },
        lang,
      );
    }
    case "inadequate-housing":
      return pick({ it: "alloggio inadeguato", en: "inadequate housing" }, lang);
    case "violence":
      return pick({ it: "vittima di violenza", en: "victim of violence" }, lang);
  }
}
