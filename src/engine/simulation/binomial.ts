/**
 * The binomial distribution of how many of n families reach an outcome, each independently with
 * probability p (MECHANISM.md §7: the tier's odds follow exactly from these counts).
 */

/** Throws a RangeError unless p is a probability. */
export function requireProbability(p: number, name = "probability"): number {
  if (!(Number.isFinite(p) && p >= 0 && p <= 1)) throw new RangeError(`The ${name} must lie between 0 and 1, got ${p}.`);
  return p;
}

/**
 * P(X = k) for k = 0…n, X ~ Binomial(n, p). Built from the mode outwards by the ratio of
 * consecutive terms and normalised, so no term underflows before it is negligible and no
 * exponential is taken: O(n) multiplications. Throws a RangeError unless n is a whole number ≥ 0
 * and p a probability.
 */
export function binomialPmf(n: number, p: number): Float64Array {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`The number of families must be a whole number ≥ 0, got ${n}.`);
  return binomialPmfInto(new Float64Array(n + 1), n, requireProbability(p));
}

/** binomialPmf written into `out` (length n + 1), for loops that must not allocate; arguments are not checked. */
export function binomialPmfInto(out: Float64Array, n: number, p: number): Float64Array {
  out.fill(0);
  if (p === 0 || n === 0) {
    out[0] = 1;
    return out;
  }
  if (p === 1) {
    out[n] = 1;
    return out;
  }
  const odds = p / (1 - p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  out[mode] = 1;
  let sum = 1;
  for (let k = mode + 1; k <= n; k++) {
    out[k] = (out[k - 1] * (n - k + 1) * odds) / k;
    sum += out[k];
  }
  for (let k = mode - 1; k >= 0; k--) {
    out[k] = (out[k + 1] * (k + 1)) / ((n - k) * odds);
    sum += out[k];
  }
  for (let k = 0; k <= n; k++) out[k] /= sum;
  return out;
}

/** P(X ≥ m) from a pmf; 0 when m is null (no count passes) or beyond n, 1 when m ≤ 0. */
export function upperTail(pmf: Float64Array, m: number | null): number {
  if (m === null || m >= pmf.length) return 0;
  if (m <= 0) return 1;
  let tail = 0;
  for (let k = pmf.length - 1; k >= m; k--) tail += pmf[k];
  return Math.min(1, tail);
}
