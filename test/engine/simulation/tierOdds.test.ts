import { DEFAULT_PARAMS } from "../../../src/engine/agreement/params";
import { binomialPmf } from "../../../src/engine/simulation/binomial";
import { SeededRandom } from "../../../src/engine/simulation/random";
import { passingCounts, tierOdds } from "../../../src/engine/simulation/tierOdds";
import { tierFromCounts, type TierLevel, type TierRules } from "../../../src/engine/payments/tier";

/** The odds of a cohort's tier, exactly from binomial counts (MECHANISM.md §7). */

const RULE_SETS: [string, TierRules][] = [
  ["the defaults (> 80 %, ≥ 60 %)", DEFAULT_PARAMS],
  [
    "both thresholds at 75 %, full ≥, partial >",
    { ...DEFAULT_PARAMS, fullThreshold: 0.75, fullStrict: false, partialThreshold: 0.75, partialStrict: true },
  ],
  [
    "50 % and 25 %, both strict, below pays 10 %",
    { ...DEFAULT_PARAMS, fullThreshold: 0.5, partialThreshold: 0.25, partialStrict: true, belowPartialPayment: 0.1 },
  ],
  [
    "100 % strict (unreachable) and 0 % (always passed)",
    { ...DEFAULT_PARAMS, fullThreshold: 1, fullStrict: true, partialThreshold: 0, partialStrict: false },
  ],
];

const PROBABILITIES: [number, number, number][] = [
  [0.8, 0.8, 0.8],
  [0.3, 0.9, 0.55],
  [0, 1, 0.5],
  [0.97, 0.12, 0.61],
];

/**
 * Brute force: every one of the 2^(3n) ways the n families can reach or miss the three outcomes,
 * with its probability, tiered by the payment engine's own rule.
 */
function enumerated(n: number, [ps, pw, pt]: [number, number, number], rules: TierRules): Record<TierLevel, number> {
  const result: Record<TierLevel, number> = { full: 0, partial: 0, below: 0 };
  const bits = 3 * n;
  for (let mask = 0; mask < 2 ** bits; mask++) {
    let probability = 1;
    const counts = { stability: 0, wellbeing: 0, waiting: 0, families: n };
    for (let family = 0; family < n; family++) {
      const reached = [(mask >> (3 * family)) & 1, (mask >> (3 * family + 1)) & 1, (mask >> (3 * family + 2)) & 1];
      [ps, pw, pt].forEach((p, i) => (probability *= reached[i] ? p : 1 - p));
      counts.stability += reached[0];
      counts.wellbeing += reached[1];
      counts.waiting += reached[2];
    }
    result[tierFromCounts(counts, rules).level] += probability;
  }
  return result;
}

describe("the tier's probabilities equal brute-force enumeration of every family's outcomes (n ≤ 4)", () => {
  for (const [name, rules] of RULE_SETS) {
    test(name, () => {
      for (let n = 0; n <= 4; n++) {
        for (const probabilities of PROBABILITIES) {
          const exact = tierOdds(n, probabilities, rules);
          const brute = enumerated(n, probabilities, rules);
          expect(exact.full).toBeCloseTo(brute.full, 12);
          expect(exact.partial).toBeCloseTo(brute.partial, 12);
          expect(exact.below).toBeCloseTo(brute.below, 12);
          expect(exact.expectedFactor).toBeCloseTo(
            brute.full + rules.partialPayment * brute.partial + rules.belowPartialPayment * brute.below,
            12,
          );
        }
      }
    });
  }
});

describe("the issue's example", () => {
  test("p = 0.8 for all three outcomes and 11 families: P(full) = P(at least 9 of 11)³ = 0.6174…³ ≈ 0.2353", () => {
    const pmf = binomialPmf(11, 0.8);
    const atLeastNine = pmf[9] + pmf[10] + pmf[11];
    expect(atLeastNine).toBeCloseTo(0.617402, 6);
    const odds = tierOdds(11, [0.8, 0.8, 0.8], DEFAULT_PARAMS);
    expect(odds.full).toBeCloseTo(atLeastNine ** 3, 14);
    expect(odds.full.toFixed(4)).toBe("0.2353");
    // 9 of 11 passes > 80 %, 7 of 11 passes ≥ 60 %.
    expect(passingCounts(11, DEFAULT_PARAMS)).toEqual({ full: 9, partial: 7 });
    expect(odds.full + odds.partial + odds.below).toBeCloseTo(1, 14);
  });
});

describe("larger cohorts against a Monte Carlo of the families themselves", () => {
  /**
   * 100,000 simulated cohorts, each family drawing its three outcomes independently. Tolerance:
   * 5 standard errors of a proportion, √(p(1−p)/N) ≤ 0.00159, so 0.0079.
   */
  const DRAWS = 100_000;
  const TOLERANCE = 5 * Math.sqrt(0.25 / DRAWS);

  test.each([
    [30, [0.85, 0.9, 0.8] as [number, number, number]],
    [24, [0.7, 0.75, 0.95] as [number, number, number]],
  ])("%i families with probabilities %j", (n, probabilities) => {
    const random = new SeededRandom(2024);
    const seen: Record<TierLevel, number> = { full: 0, partial: 0, below: 0 };
    for (let draw = 0; draw < DRAWS; draw++) {
      const counts = { stability: 0, wellbeing: 0, waiting: 0, families: n };
      for (let family = 0; family < n; family++) {
        if (random.next() < probabilities[0]) counts.stability++;
        if (random.next() < probabilities[1]) counts.wellbeing++;
        if (random.next() < probabilities[2]) counts.waiting++;
      }
      seen[tierFromCounts(counts, DEFAULT_PARAMS).level]++;
    }
    const exact = tierOdds(n, probabilities, DEFAULT_PARAMS);
    expect(Math.abs(exact.full - seen.full / DRAWS)).toBeLessThan(TOLERANCE);
    expect(Math.abs(exact.partial - seen.partial / DRAWS)).toBeLessThan(TOLERANCE);
    expect(Math.abs(exact.below - seen.below / DRAWS)).toBeLessThan(TOLERANCE);
  });
});

describe("binomialPmf", () => {
  test("sums to 1 and matches the closed form for small n", () => {
    const pmf = binomialPmf(5, 0.3);
    const choose = [1, 5, 10, 10, 5, 1];
    pmf.forEach((value, k) => expect(value).toBeCloseTo(choose[k] * 0.3 ** k * 0.7 ** (5 - k), 15));
  });
  test("stays finite and normalised for a large cohort with extreme probabilities", () => {
    const pmf = binomialPmf(5_000, 0.999);
    expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pmf.every(Number.isFinite)).toBe(true);
  });
  test("refuses a probability outside 0–1 and a fractional family", () => {
    expect(() => binomialPmf(3, 1.2)).toThrow(RangeError);
    expect(() => binomialPmf(2.5, 0.5)).toThrow(RangeError);
  });
});
