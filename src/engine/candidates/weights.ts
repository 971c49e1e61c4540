import type { Params } from "../agreement/params";
import { RANKING_PARAM_KEYS, type ContributionKey, type RankingParamKey } from "../keys";

/**
 * The parameters of §3b within the agreement (§5): the weight of each indicator, the cap on the
 * shelter points, the ISEE ceiling and the months in temporary accommodation that make a family
 * eligible. A contribution to the score is keyed by its weight's key.
 */

export type RankingParams = Pick<Params, RankingParamKey>;

export const rankingParamsOf = (params: Params): RankingParams =>
  Object.fromEntries(RANKING_PARAM_KEYS.map((key) => [key, params[key]])) as RankingParams;

/** The contribution's name in the pane, the sheet and the messages. */
export const CONTRIBUTION_LABELS: Record<ContributionKey, { it: string; en: string }> = {
  wEvictionExecuted: { it: "Sfratto eseguito", en: "Eviction carried out" },
  wEvictionValidated: { it: "Sfratto convalidato", en: "Eviction validated" },
  wEvictionIntimated: { it: "Sfratto intimato", en: "Eviction notice served" },
  wPerMonthInShelter: { it: "Mesi in struttura", en: "Months in temporary accommodation" },
  wPerMinor: { it: "Minori", en: "Minors" },
  wPerElder: { it: "Anziani (70+)", en: "Members aged 70+" },
  wPerDisabled: { it: "Disabili", en: "Members with a disability" },
  wViolence: { it: "Violenza", en: "Victim of violence" },
  wLowIsee: { it: "ISEE basso", en: "Low ISEE" },
};

/** Points are kept to a millionth, so that equal sums of decimal weights tie exactly. */
export const roundPoints = (points: number): number => {
  const rounded = Math.round(points * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
};
