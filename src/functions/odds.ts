import type { Params } from "../engine/agreement/params";
import { TIER_LEVELS, levelFactor, tierOdds, type TierOdds } from "../engine/simulation/tierOdds";
import { formatNumber } from "../engine/cells/format";
import { agreement, fraction, isBlank, wholeNumber } from "./args";
import { badNumber } from "./guard";

/** The arguments of H4A.TIERPROBABILITY and H4A.EXPECTEDTIER, checked, and the cohort's tier odds. */

/** Cohorts larger than this are refused (#NUM!): the exact computation grows with the families. */
export const MAX_FAMILIES = 100_000;

export function cohortOdds(
  pStability: unknown,
  pWellbeing: unknown,
  pWaiting: unknown,
  families: unknown,
  fullThreshold: unknown,
  partialThreshold: unknown,
  partialPayment: unknown,
): { odds: TierOdds; rules: Params } {
  const probabilities: [number, number, number] = [
    fraction(pStability, "pStability"),
    fraction(pWellbeing, "pWellbeing"),
    fraction(pWaiting, "pWaiting"),
  ];
  const n = wholeNumber(families, "families", 1);
  if (n > MAX_FAMILIES) {
    throw badNumber({
      it: `families: al massimo ${MAX_FAMILIES} famiglie, trovato ${n}.`,
      en: `families: at most ${MAX_FAMILIES} families, got ${n}.`,
    });
  }
  const rules = agreement({ fullThreshold, partialThreshold, partialPayment });
  return { odds: tierOdds(n, probabilities, rules), rules };
}

/**
 * The probability that the tier pays `tier` (default 1): the sum over the levels paying that
 * factor. A factor no level pays is #NUM!, naming the ones that exist.
 */
export function probabilityOfFactor(odds: TierOdds, rules: Params, tier: unknown): number {
  const factor = isBlank(tier) ? 1 : fraction(tier, "tier");
  const matching = TIER_LEVELS.filter((level) => levelFactor(level, rules) === factor);
  if (matching.length === 0) {
    const factors = [...new Set(TIER_LEVELS.map((level) => levelFactor(level, rules)))];
    throw badNumber({
      it: `tier: atteso uno dei fattori ${factors.map((f) => formatNumber(f, "it")).join("; ")}, trovato ${formatNumber(factor, "it")}.`,
      en: `tier: expected one of the factors ${factors.map((f) => formatNumber(f, "en")).join(", ")}, got ${formatNumber(factor, "en")}.`,
    });
  }
  return matching.reduce((sum, level) => sum + odds[level], 0);
}
