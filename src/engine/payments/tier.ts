import type { Params } from "../agreement/params";
import { passesThreshold } from "../cells/ratio";

export type TierLevel = "full" | "partial" | "below";

export type TierRules = Pick<
  Params,
  "fullThreshold" | "fullStrict" | "partialThreshold" | "partialStrict" | "partialPayment" | "belowPartialPayment"
>;

export interface Tier {
  level: TierLevel;
  /** The share of the year-3 tranche paid: 1, partialPayment or belowPartialPayment. */
  factor: number;
}

export interface OutcomeCounts {
  stability: number;
  wellbeing: number;
  waiting: number;
  /** The denominator of the three rates. */
  families: number;
}

/**
 * The year-3 tier from counts, compared exactly (§4). With 0 families no rate passes, so the
 * level is "below" (the year-3 base is 0, so nothing is paid either way).
 */
export function tierFromCounts(counts: OutcomeCounts, p: TierRules): Tier {
  const achieved = [counts.stability, counts.wellbeing, counts.waiting];
  const allPass = (threshold: number, strict: boolean): boolean =>
    achieved.every((count) => passesThreshold(count, counts.families, threshold, strict));
  return tierOf(allPass(p.fullThreshold, p.fullStrict), allPass(p.partialThreshold, p.partialStrict), p);
}

/** The year-3 tier from three rates given as numbers (H4A.TIER); a NaN rate passes nothing. */
export function tierFromRates(rates: [number, number, number], p: TierRules): Tier {
  const allPass = (threshold: number, strict: boolean): boolean => rates.every((rate) => (strict ? rate > threshold : rate >= threshold));
  return tierOf(allPass(p.fullThreshold, p.fullStrict), allPass(p.partialThreshold, p.partialStrict), p);
}

function tierOf(full: boolean, partial: boolean, p: TierRules): Tier {
  if (full) return { level: "full", factor: 1 };
  if (partial) return { level: "partial", factor: p.partialPayment };
  return { level: "below", factor: p.belowPartialPayment };
}
