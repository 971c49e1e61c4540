/**
 * Discrete distributions of amounts in whole cents (MECHANISM.md §7): the sum of independent
 * payments is their exact convolution, so the odds of a total never depend on sampling.
 */

/** Whole cents → probability; amounts of probability 0 are left out. */
export type Distribution = Map<number, number>;

/** The most distinct totals a convolution may hold before it refuses (far beyond what a programme has). */
export const MAX_SUPPORT = 1_000_000;

/**
 * Probabilities are floating-point: a cumulative probability that is p exactly may be computed a
 * hair below it. Percentiles accept P(total ≤ t) ≥ p − PROBABILITY_TOLERANCE.
 */
export const PROBABILITY_TOLERANCE = 1e-9;

export const pointMass = (cents: number): Distribution => new Map([[cents, 1]]);

/** The distribution of X + Y for independent X ~ a and Y ~ b. Throws a RangeError beyond MAX_SUPPORT totals. */
export function convolve(a: Distribution, b: Distribution): Distribution {
  const out: Distribution = new Map();
  for (const [x, px] of a) {
    for (const [y, py] of b) {
      const p = px * py;
      if (p === 0) continue;
      const sum = x + y;
      out.set(sum, (out.get(sum) ?? 0) + p);
    }
    if (out.size > MAX_SUPPORT) {
      throw new RangeError(`Too many possible totals to compute exactly (more than ${MAX_SUPPORT.toLocaleString("en")}).`);
    }
  }
  return out;
}

/** E[min(offset + X, cap)] in cents (without a cap: E[offset + X]). */
export function expectedCapped(dist: Distribution, offset: number, cap: number | null): number {
  let expected = 0;
  for (const [x, p] of dist) expected += p * (cap === null ? offset + x : Math.min(offset + x, cap));
  return expected;
}

/** The distribution's (amount, probability) pairs by increasing amount. */
export const sortedEntries = (dist: Distribution): [number, number][] => [...dist.entries()].sort(([a], [b]) => a - b);

/**
 * The p-th percentile of a distribution given by increasing amounts: the smallest t with
 * P(X ≤ t) ≥ p (MECHANISM.md §7). Throws a RangeError unless 0 < p ≤ 1 and there is an amount.
 */
export function percentile(sorted: readonly [number, number][], p: number): number {
  if (!(p > 0 && p <= 1)) throw new RangeError(`A percentile's level must lie in (0, 1], got ${p}.`);
  if (sorted.length === 0) throw new RangeError("An empty distribution has no percentile.");
  let cumulative = 0;
  for (const [amount, probability] of sorted) {
    cumulative += probability;
    if (cumulative >= p - PROBABILITY_TOLERANCE) return amount;
  }
  return sorted[sorted.length - 1][0];
}
