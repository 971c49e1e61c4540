/**
 * Every key the engine names things by, in one table each: the field keys of the beneficiary
 * sheet (MECHANISM.md §3) and its yes/no outcomes (§2), the three rates of the year-3 tier (§4),
 * the candidates sheet's fields (§3b) and the agreement's parameters (§5), in the order of their
 * sheets. The key types derive from these tables; this module imports nothing.
 */

/** The fields of the beneficiary sheet (§3), in the order of its table. */
export const FIELD_KEYS = [
  "id",
  "cohort",
  "members",
  "minors",
  "isee",
  "condition",
  "referral",
  "requestDate",
  "contractDate",
  "waitMonths",
  "rentSaving",
  "leaseSigned",
  "supportStarted",
  "housingKept",
  "supportContinued",
  "stability",
  "wellbeing",
  "daysAvoided",
  "exitDate",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The yes/no outcomes of the impact chain (§2), the beneficiary sheet's outcome columns. */
export const OUTCOME_KEYS = [
  "leaseSigned",
  "supportStarted",
  "housingKept",
  "supportContinued",
  "stability",
  "wellbeing",
] as const satisfies readonly FieldKey[];
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/** The three rates the year-3 tier looks at (§4): two outcomes and the waiting rate. */
export const RATE_KEYS = ["stability", "wellbeing", "waiting"] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** The §3 fields a candidates sheet shares with the beneficiary sheet (§3b). */
export const SHARED_FIELD_KEYS = [
  "id",
  "members",
  "minors",
  "isee",
  "condition",
  "referral",
  "requestDate",
] as const satisfies readonly FieldKey[];
export type SharedFieldKey = (typeof SHARED_FIELD_KEYS)[number];

/** The indicators of housing emergency of the candidates sheet (§3b). */
export const INDICATOR_KEYS = ["eviction", "shelterMonths", "elders", "disabled", "violence"] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export type CandidateFieldKey = SharedFieldKey | IndicatorKey;

/** The agreement's parameters (§5), in the order of the H4A_Parametri sheet. */
export const PARAM_KEYS = [
  "totalPremium",
  "plannedFamilies",
  "premiumPerFamily",
  "shares",
  "fullThreshold",
  "fullStrict",
  "partialThreshold",
  "partialStrict",
  "partialPayment",
  "belowPartialPayment",
  "waitLimitMonths",
  "leaversInDenominator",
  "currentYear",
  "firstCalendarYear",
  "cap",
  "iseeCeiling",
  "counterfactualMonths",
  "dailyCost",
  "wEvictionExecuted",
  "wEvictionValidated",
  "wEvictionIntimated",
  "wPerMonthInShelter",
  "maxShelterPoints",
  "wPerMinor",
  "wPerElder",
  "wPerDisabled",
  "wViolence",
  "wLowIsee",
  "minShelterMonths",
  "plannedEnrolment",
  "trueUpPolicy",
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];
