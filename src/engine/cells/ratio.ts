import { ceilDiv, floorDiv, shortestFraction } from "./decimal";

/**
 * Exact comparisons of a share of families against a threshold: the threshold is read as the
 * decimal it is written as (0.8 is 4/5), and count / total is compared as a fraction, so
 * 12 of 15 is exactly 0.8 and is not more than 0.8.
 */

/**
 * count / total > threshold (strict) or ≥ threshold, exactly. A total ≤ 0 never passes.
 * Throws a RangeError when an argument is not finite.
 */
export function passesThreshold(count: number, total: number, threshold: number, strict: boolean): boolean {
  const c = shortestFraction(count);
  const t = shortestFraction(total);
  const thr = shortestFraction(threshold);
  if (t.num <= 0n) return false;
  // (c.num/c.den) / (t.num/t.den) vs thr.num/thr.den, both sides times c.den · t.num · thr.den > 0.
  const left = c.num * t.den * thr.den;
  const right = thr.num * t.num * c.den;
  return strict ? left > right : left >= right;
}

/**
 * The fewest additional families that must achieve for (achieved + x) / families to pass:
 * 0 when it already passes, null when it cannot pass even if every family achieves.
 * Throws a RangeError unless 0 ≤ achieved ≤ families are whole numbers and threshold is finite.
 */
export function familiesToGo(achieved: number, families: number, threshold: number, strict: boolean): number | null {
  const needed = fewestPassing(achieved, families, threshold, strict);
  if (needed === null) return null;
  return Math.max(0, needed - achieved);
}

/**
 * How many of the achieving families can be lost while the share still passes
 * (0: losing one more family drops it); null when it does not pass now.
 * Same argument rules as familiesToGo.
 */
export function familiesOfMargin(achieved: number, families: number, threshold: number, strict: boolean): number | null {
  const needed = fewestPassing(achieved, families, threshold, strict);
  if (needed === null || achieved < needed) return null;
  return achieved - needed;
}

/** The smallest count n (0 ≤ n ≤ families) with n / families passing, or null if none. */
function fewestPassing(achieved: number, families: number, threshold: number, strict: boolean): number | null {
  if (!Number.isInteger(achieved) || !Number.isInteger(families) || achieved < 0 || achieved > families) {
    throw new RangeError(`Counts must be whole numbers with 0 ≤ achieved ≤ families, got ${achieved} of ${families}.`);
  }
  const { num, den } = shortestFraction(threshold);
  if (families === 0) return null;
  // n · den > num · families (strict) or ≥.
  const product = num * BigInt(families);
  const bound = strict ? floorDiv(product, den) + 1n : ceilDiv(product, den);
  const needed = bound < 0n ? 0n : bound;
  return needed > BigInt(families) ? null : Number(needed);
}
