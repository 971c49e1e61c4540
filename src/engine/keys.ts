/**
 * Every key the engine names things by, in one table each: the field keys of the beneficiary
 * sheet (MECHANISM.md §3) and its yes/no outcomes (§2), the three rates of the year-3 tier (§4),
 * the candidates sheet's fields (§3b) and the agreement's parameters (§5), in the order of their
 * sheets. The key types derive from these tables; this module imports nothing.
 */

/** The yes/no outcomes of the impact chain (§2), the beneficiary sheet's outcome columns. */
export const OUTCOME_KEYS = ["leaseSigned", "supportStarted", "housingKept", "supportContinued", "stability", "wellbeing"] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/** Who a family is and when it applied: the fields a candidates sheet shares with the beneficiary sheet, after the id. */
const HOUSEHOLD_KEYS = ["members", "minors", "isee", "condition", "referral", "requestDate"] as const;

/** The fields of the beneficiary sheet (§3), in the order of its table. */
export const FIELD_KEYS = [
  "id",
  "cohort",
  ...HOUSEHOLD_KEYS,
  "contractDate",
  "waitMonths",
  "rentSaving",
  ...OUTCOME_KEYS,
  "daysAvoided",
  "exitDate",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The three rates the year-3 tier looks at (§4): two outcomes and the waiting rate. */
export const RATE_KEYS = ["stability", "wellbeing", "waiting"] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** The §3 fields a candidates sheet shares with the beneficiary sheet (§3b). */
export const SHARED_FIELD_KEYS = ["id", ...HOUSEHOLD_KEYS] as const satisfies readonly FieldKey[];
export type SharedFieldKey = (typeof SHARED_FIELD_KEYS)[number];

/** The indicators of housing emergency of the candidates sheet (§3b). */
export const INDICATOR_KEYS = ["eviction", "shelterMonths", "elders", "disabled", "violence"] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export type CandidateFieldKey = SharedFieldKey | IndicatorKey;

/** The parameters of the year-3 tier (§4), in the order of H4A_Parametri. */
export const TIER_PARAM_KEYS = [
  "fullThreshold",
  "fullStrict",
  "partialThreshold",
  "partialStrict",
  "partialPayment",
  "belowPartialPayment",
  "waitLimitMonths",
  "leaversInDenominator",
] as const;

const EVICTION_AND_SHELTER_WEIGHTS = ["wEvictionExecuted", "wEvictionValidated", "wEvictionIntimated", "wPerMonthInShelter"] as const;
const MEMBER_AND_INCOME_WEIGHTS = ["wPerMinor", "wPerElder", "wPerDisabled", "wViolence", "wLowIsee"] as const;

/** The weights that give points in the candidates' score (§3b), each the key of a contribution. */
export const CONTRIBUTION_KEYS = [...EVICTION_AND_SHELTER_WEIGHTS, ...MEMBER_AND_INCOME_WEIGHTS] as const;
export type ContributionKey = (typeof CONTRIBUTION_KEYS)[number];

/** The score's parameters (§3b): the weights and the cap on the shelter points, in the order of H4A_Parametri. */
export const SCORE_PARAM_KEYS = [...EVICTION_AND_SHELTER_WEIGHTS, "maxShelterPoints", ...MEMBER_AND_INCOME_WEIGHTS] as const;

/** Every parameter the ranking reads (§3b), in the order of H4A_Parametri. */
export const RANKING_PARAM_KEYS = ["iseeCeiling", ...SCORE_PARAM_KEYS, "minShelterMonths"] as const satisfies readonly ParamKey[];
export type RankingParamKey = (typeof RANKING_PARAM_KEYS)[number];

/** The agreement's parameters (§5), in the order of the H4A_Parametri sheet. */
export const PARAM_KEYS = [
  "totalPremium",
  "plannedFamilies",
  "premiumPerFamily",
  "shares",
  ...TIER_PARAM_KEYS,
  "currentYear",
  "firstCalendarYear",
  "cap",
  "iseeCeiling",
  "counterfactualMonths",
  "dailyCost",
  ...SCORE_PARAM_KEYS,
  "minShelterMonths",
  "plannedEnrolment",
  "trueUpPolicy",
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];
