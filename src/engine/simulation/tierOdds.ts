import { familiesToGo } from "../cells/ratio";
import type { TierLevel, TierRules } from "../payments/tier";
import { binomialPmf, upperTail } from "./binomial";

/**
 * The probability of each year-3 tier of one cohort when each family reaches each outcome
 * independently (MECHANISM.md §7): each outcome's count is binomial, and a count passes a
 * threshold exactly when it reaches the fewest passing count, so
 *
 *   P(full)    = Π P(Xᵢ ≥ m_full)
 *   P(partial) = Π P(Xᵢ ≥ m_partial) − Π P(Xᵢ ≥ max(m_full, m_partial))
 *   P(below)   = 1 − P(full) − P(partial)
 *
 * (the second term removes the cases where all three pass both thresholds, which are full).
 */

export interface TierOdds {
  full: number;
  partial: number;
  below: number;
  /** The expected payment factor: 1 × P(full) + partialPayment × P(partial) + belowPartialPayment × P(below). */
  expectedFactor: number;
}

/** The fewest families of n passing each threshold; null when none passes (or n is 0). */
export interface PassingCounts {
  full: number | null;
  partial: number | null;
}

export function passingCounts(n: number, rules: TierRules): PassingCounts {
  if (n === 0) return { full: null, partial: null };
  return {
    full: familiesToGo(0, n, rules.fullThreshold, rules.fullStrict),
    partial: familiesToGo(0, n, rules.partialThreshold, rules.partialStrict),
  };
}

const both = (cuts: PassingCounts): number | null =>
  cuts.full === null || cuts.partial === null ? null : Math.max(cuts.full, cuts.partial);

/** The tier odds from the three outcomes' count distributions (each a pmf over 0…n). */
export function tierOddsOfPmfs(pmfs: readonly Float64Array[], cuts: PassingCounts, rules: TierRules): TierOdds {
  let full = 1;
  let allPartial = 1;
  let allBoth = 1;
  const cutBoth = both(cuts);
  for (const pmf of pmfs) {
    full *= upperTail(pmf, cuts.full);
    allPartial *= upperTail(pmf, cuts.partial);
    allBoth *= upperTail(pmf, cutBoth);
  }
  return oddsOf(full, Math.max(0, allPartial - allBoth), rules);
}

export function oddsOf(full: number, partial: number, rules: TierRules): TierOdds {
  const below = Math.max(0, 1 - full - partial);
  return { full, partial, below, expectedFactor: full + rules.partialPayment * partial + rules.belowPartialPayment * below };
}

/**
 * The tier odds of a cohort of n families whose families reach stability, wellbeing and a short
 * wait independently with the given probabilities. Throws a RangeError unless n is a whole
 * number ≥ 0 and each probability lies between 0 and 1.
 */
export function tierOdds(n: number, probabilities: readonly [number, number, number], rules: TierRules): TierOdds {
  const pmfs = probabilities.map((p) => binomialPmf(n, p));
  return tierOddsOfPmfs(pmfs, passingCounts(n, rules), rules);
}

/** The factor each level pays. */
export const levelFactor = (level: TierLevel, rules: TierRules): number =>
  level === "full" ? 1 : level === "partial" ? rules.partialPayment : rules.belowPartialPayment;

export const TIER_LEVELS: readonly TierLevel[] = ["full", "partial", "below"];
