import type { Lang, Text } from "../cells/lang";
import type { ParamKey } from "../keys";

/** A weight of the ranking: the points it gives, and what for. */
const points = (it: string, en: string): Text => ({ it: `Punti: ${it}`, en: `Points: ${en}` });

/**
 * Each parameter as the Parametri form names it, for messages: the key (currentYear) is the
 * H4A_Parametri sheet's Chiave column, not a word people use.
 */
export const PARAM_LABELS: Record<ParamKey, Text> = {
  totalPremium: { it: "Premio complessivo", en: "Total premium" },
  plannedFamilies: { it: "Famiglie previste", en: "Planned families" },
  premiumPerFamily: { it: "Premio per famiglia", en: "Premium per family" },
  shares: { it: "Quote delle tranche", en: "Tranche shares" },
  fullThreshold: { it: "Soglia per il saldo pieno", en: "Threshold for the full balance" },
  fullStrict: { it: "Saldo pieno quando il tasso è", en: "Full balance when the rate is" },
  partialThreshold: { it: "Soglia per il saldo parziale", en: "Threshold for the partial balance" },
  partialStrict: { it: "Saldo parziale quando il tasso è", en: "Partial balance when the rate is" },
  partialPayment: { it: "Quota del saldo pagata al livello parziale", en: "Share of the balance paid at the partial tier" },
  belowPartialPayment: {
    it: "Quota del saldo pagata sotto la soglia parziale",
    en: "Share of the balance paid below the partial threshold",
  },
  waitLimitMonths: { it: "Mesi di attesa massimi", en: "Waiting limit in months" },
  leaversInDenominator: { it: "Famiglie uscite nel denominatore", en: "Families who left in the denominator" },
  currentYear: { it: "Anno corrente", en: "Current year" },
  firstCalendarYear: { it: "Anno solare dell'anno di programma 1", en: "Calendar year of programme year 1" },
  cap: { it: "Tetto all'impegno complessivo", en: "Cap on the total premium" },
  iseeCeiling: { it: "Soglia ISEE di ammissibilità", en: "ISEE eligibility ceiling" },
  counterfactualMonths: { it: "Mesi controfattuali in struttura temporanea", en: "Counterfactual months in temporary accommodation" },
  dailyCost: { it: "Costo giornaliero della struttura temporanea", en: "Daily cost of temporary accommodation" },
  wEvictionExecuted: points("sfratto eseguito", "eviction carried out"),
  wEvictionValidated: points("sfratto convalidato", "eviction validated"),
  wEvictionIntimated: points("sfratto intimato", "eviction notice served"),
  wPerMonthInShelter: points("per mese in struttura temporanea", "per month in temporary accommodation"),
  maxShelterPoints: points("massimo per i mesi in struttura", "maximum for months in accommodation"),
  wPerMinor: points("per minore", "per minor"),
  wPerElder: points("per componente di 70 anni o più", "per member aged 70 or more"),
  wPerDisabled: points("per componente con disabilità", "per member with a disability"),
  wViolence: points("vittima di violenza", "victim of violence"),
  wLowIsee: points("ISEE sotto metà della soglia", "ISEE below half the ceiling"),
  minShelterMonths: {
    it: "Mesi in struttura temporanea che rendono ammissibile",
    en: "Months in temporary accommodation that make a family eligible",
  },
  plannedEnrolment: { it: "Famiglie previste per anno di ingresso", en: "Families planned per entry year" },
  trueUpPolicy: { it: "Conguagli", en: "True-ups" },
};

export const paramLabel = (key: ParamKey, lang: Lang): string => PARAM_LABELS[key][lang];

const isParamKey = (key: string): key is ParamKey => Object.prototype.hasOwnProperty.call(PARAM_LABELS, key);

/** "currentYear, cap" → "Anno corrente, Tetto all'impegno complessivo": a list of keys as the form names them (unknown words kept). */
export const paramLabelList = (keys: string, lang: Lang): string =>
  keys
    .split(",")
    .map((key) => key.trim())
    .map((key) => (isParamKey(key) ? paramLabel(key, lang) : key))
    .join("; ");
