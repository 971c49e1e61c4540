import { percentile } from "../../../src/engine/simulation/distribution";
import { DEFAULT_SAMPLES, scenarioOdds } from "../../../src/engine/simulation/odds";
import type { OutcomeProbabilities, Scenario } from "../../../src/engine/simulation/scenario";
import { normalQuantile, SeededRandom } from "../../../src/engine/simulation/random";
import { tierOdds } from "../../../src/engine/simulation/tierOdds";
import { DEFAULT_PARAMS } from "../../../src/engine/params";
import { tierFromCounts } from "../../../src/engine/tier";
import { whatIf } from "../../../src/engine/simulation/whatIf";
import { cohort, scenario } from "./fixtures";

/**
 * The odds of a scenario: due tranches fixed, the balances of cohorts whose year 3 is not known
 * random, the total's distribution convolved exactly in whole cents.
 */

const P = (stability: number, wellbeing: number, waiting: number): OutcomeProbabilities => ({ stability, wellbeing, waiting });

/**
 * Brute force over every outcome of every family of the uncertain cohorts: each combination's
 * counts go through the what-if itself (which applies the cap tranche by tranche), giving the
 * exact distribution of the total and each year's expected payment.
 */
function bruteForce(s: Scenario, probabilities: OutcomeProbabilities[]) {
  const uncertain = s.cohorts.map((c, i) => ({ c, i })).filter(({ c }) => c.cohort + 2 > s.rules.currentYear);
  const families = uncertain.map(({ c }) => c.families);
  const bits = 3 * families.reduce((a, b) => a + b, 0);
  const totals = new Map<number, number>();
  const years = new Map<number, number>();
  for (let mask = 0; mask < 2 ** bits; mask++) {
    let probability = 1;
    let bit = 0;
    const cohorts = s.cohorts.map((c) => ({ ...c }));
    for (const { c, i } of uncertain) {
      const counts = { stability: 0, wellbeing: 0, waiting: 0 };
      for (let f = 0; f < c.families; f++) {
        for (const outcome of ["stability", "wellbeing", "waiting"] as const) {
          const reached = (mask >> bit++) & 1;
          probability *= reached ? probabilities[i][outcome] : 1 - probabilities[i][outcome];
          counts[outcome] += reached;
        }
      }
      Object.assign(cohorts[i], counts);
    }
    const result = whatIf({ ...s, cohorts });
    totals.set(Math.round(result.total * 100), (totals.get(Math.round(result.total * 100)) ?? 0) + probability);
    for (const y of result.years) years.set(y.programmeYear, (years.get(y.programmeYear) ?? 0) + probability * y.amount);
  }
  return { sorted: [...totals.entries()].sort(([a], [b]) => a - b), years };
}

describe("the total's distribution equals brute force over every family's outcomes", () => {
  // Cohort 1 is known (year 3 due in year 3); cohorts 2 (year 4) and 3 (year 5) are uncertain.
  const base = (cap: number | null) =>
    scenario([cohort(1, 3, 3, 2, 3, { year2: 2 }), cohort(2, 2, 1, 1, 2), cohort(3, 2, 1, 2, 2, { year2: 1 })], { currentYear: 3, cap });
  const probabilities = [P(0.9, 0.8, 0.95), P(0.7, 0.85, 0.9), P(0.6, 0.75, 0.8)];

  test.each([
    ["without a cap", null],
    // Fixed tranches 24,600 €, the two uncertain balances up to 12,000 € more.
    ["with a cap that binds in some outcomes (30,000.55 €)", 30_000.55],
  ])("%s: each year's expected payment, the percentiles and every cohort's tier odds", (_, cap) => {
    const s = base(cap);
    const odds = scenarioOdds(s, probabilities);
    const brute = bruteForce(s, probabilities);
    expect(odds.method).toBe("exact");
    expect(odds.samples).toBe(0);
    expect(odds.uncertainCohorts).toBe(2);
    for (const year of odds.years) expect(year.expected).toBeCloseTo(brute.years.get(year.programmeYear) ?? 0, 6);
    expect(odds.expectedTotal).toBeCloseTo([...brute.years.values()].reduce((a, b) => a + b, 0), 6);
    for (const { p, total } of odds.percentiles) expect(total).toBe(percentile(brute.sorted, p) / 100);
    expect(odds.minTotal).toBe(brute.sorted[0][0] / 100);
    expect(odds.maxTotal).toBe(brute.sorted[brute.sorted.length - 1][0] / 100);
    expect(odds.maxTotal).toBe(cap === null ? 36_600 : 30_000.55);
    s.cohorts.forEach((c, i) => {
      const expected = tierOdds(c.families, [probabilities[i].stability, probabilities[i].wellbeing, probabilities[i].waiting], s.rules);
      expect(odds.cohorts[i].full).toBeCloseTo(expected.full, 14);
      expect(odds.cohorts[i].partial).toBeCloseTo(expected.partial, 14);
    });
    expect(odds.cohorts.map((c) => c.known)).toEqual([true, false, false]);
  });
});

describe("percentiles: the smallest t with P(total ≤ t) ≥ p", () => {
  // One uncertain cohort of 1 family whose stability is a coin toss (the other two certain):
  // its 3,000 € balance is paid with probability exactly 1/2.
  const coin = () => scenario([cohort(1, 1, 1, 1, 1)], { currentYear: 1 });
  const fixed = 1_200 + 1_800;

  test("P(total ≤ 3,000 €) is exactly 0.5, so the median is 3,000 €, not 6,000 €; the 90th percentile is 6,000 €", () => {
    const odds = scenarioOdds(coin(), [P(0.5, 1, 1)]);
    expect(odds.cohorts[0].full).toBe(0.5);
    expect(odds.percentiles).toEqual([
      { p: 0.1, total: fixed },
      { p: 0.5, total: fixed },
      { p: 0.9, total: fixed + 3_000 },
    ]);
    expect(odds.expectedTotal).toBe(fixed + 1_500);
    expect(odds.years.map((y) => [y.programmeYear, y.expected, y.due])).toEqual([
      [1, 1_200, true],
      [2, 1_800, false],
      [3, 1_500, false],
    ]);
  });

  test("a probability computed a hair below p still counts as reaching it; ties take the smallest amount", () => {
    expect(percentile([[0, 0.1 + 0.2 - 0.3 + 0.4999999999999999], [100, 0.5]], 0.5)).toBe(0);
    const tenths: [number, number][] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => [v, 0.1]);
    expect([0.1, 0.5, 0.9, 1].map((p) => percentile(tenths, p))).toEqual([1, 5, 9, 10]);
    expect(percentile([[7, 0.25], [9, 0.75]], 0.2)).toBe(7);
    expect(() => percentile([], 0.5)).toThrow(RangeError);
    expect(() => percentile(tenths, 0)).toThrow(RangeError);
  });

  test("when every balance is known the total is certain: all percentiles are the what-if's total", () => {
    const s = scenario([cohort(1, 11, 9, 10, 11, { year2: 10 }), cohort(2, 11, 7, 9, 10)], { currentYear: 4 });
    const odds = scenarioOdds(s, [P(0.8, 0.8, 0.8), P(0.8, 0.8, 0.8)]);
    expect(odds.uncertainCohorts).toBe(0);
    expect(odds.percentiles.map((p) => p.total)).toEqual([123_600, 123_600, 123_600]);
    expect(odds.expectedTotal).toBe(123_600);
  });
});

describe("correlated outcomes: the seeded Monte Carlo", () => {
  const s = () => scenario([cohort(1, 11, 9, 10, 11), cohort(2, 15, 12, 13, 14)], { currentYear: 2 });
  const probabilities = [P(0.85, 0.9, 0.95), P(0.8, 0.82, 0.9)];

  test("shows its sample size and seed, and the same seed gives the same numbers", () => {
    const first = scenarioOdds(s(), probabilities, { correlation: 0.3, seed: 7 });
    expect(first.method).toBe("monteCarlo");
    expect(first.samples).toBe(DEFAULT_SAMPLES);
    expect(first.seed).toBe(7);
    expect(scenarioOdds(s(), probabilities, { correlation: 0.3, seed: 7 })).toEqual(first);
    expect(scenarioOdds(s(), probabilities, { correlation: 0.3, seed: 8 }).expectedTotal).not.toBe(first.expectedTotal);
  });

  test("with a vanishing correlation it agrees with the exact odds (tier odds within 0.002, expected total within 0.5 %)", () => {
    const exact = scenarioOdds(s(), probabilities);
    const sampled = scenarioOdds(s(), probabilities, { correlation: 1e-9 });
    exact.cohorts.forEach((c, i) => {
      expect(Math.abs(sampled.cohorts[i].full - c.full)).toBeLessThan(0.002);
      expect(Math.abs(sampled.cohorts[i].partial - c.partial)).toBeLessThan(0.002);
    });
    expect(Math.abs(sampled.expectedTotal - exact.expectedTotal) / exact.expectedTotal).toBeLessThan(0.005);
  });

  test("with perfect correlation every family fares alike: P(full) = the smallest of the three probabilities (± 1/N)", () => {
    const odds = scenarioOdds(s(), probabilities, { correlation: 1 });
    expect(Math.abs(odds.cohorts[0].full - 0.85)).toBeLessThan(1 / DEFAULT_SAMPLES + 1e-6);
    expect(Math.abs(odds.cohorts[1].full - 0.8)).toBeLessThan(1 / DEFAULT_SAMPLES + 1e-6);
    expect(odds.cohorts[0].partial).toBe(0);
  });

  test("agrees with a family-by-family simulation of the same copula (50,000 cohorts; within 5 standard errors, 0.0112)", () => {
    const correlation = 0.4;
    const [ps, pw, pt] = [0.8, 0.85, 0.9];
    const odds = scenarioOdds(scenario([cohort(1, 11, 9, 10, 11)], { currentYear: 1 }), [P(ps, pw, pt)], { correlation });
    const random = new SeededRandom(99);
    const z = [ps, pw, pt].map(normalQuantile);
    const DRAWS = 50_000;
    const seen = { full: 0, partial: 0 };
    for (let draw = 0; draw < DRAWS; draw++) {
      const shared = random.normal();
      const counts = { stability: 0, wellbeing: 0, waiting: 0, families: 11 };
      for (let family = 0; family < 11; family++) {
        (["stability", "wellbeing", "waiting"] as const).forEach((outcome, i) => {
          if (Math.sqrt(correlation) * shared + Math.sqrt(1 - correlation) * random.normal() <= z[i]) counts[outcome]++;
        });
      }
      // 9 of 11 is more than 80 %, 7 of 11 at least 60 % (checked against the tier rule below).
      const all = (m: number) => counts.stability >= m && counts.wellbeing >= m && counts.waiting >= m;
      if (all(9)) seen.full++;
      else if (all(7)) seen.partial++;
    }
    expect(tierFromCounts({ stability: 9, wellbeing: 9, waiting: 9, families: 11 }, DEFAULT_PARAMS).level).toBe("full");
    expect(tierFromCounts({ stability: 8, wellbeing: 11, waiting: 11, families: 11 }, DEFAULT_PARAMS).level).toBe("partial");
    expect(tierFromCounts({ stability: 6, wellbeing: 11, waiting: 11, families: 11 }, DEFAULT_PARAMS).level).toBe("below");
    const tolerance = 5 * Math.sqrt(0.25 / DRAWS);
    expect(Math.abs(odds.cohorts[0].full - seen.full / DRAWS)).toBeLessThan(tolerance);
    expect(Math.abs(odds.cohorts[0].partial - seen.partial / DRAWS)).toBeLessThan(tolerance);
  });

  test("a positive correlation widens the spread of the total", () => {
    const exact = scenarioOdds(s(), probabilities);
    const correlated = scenarioOdds(s(), probabilities, { correlation: 0.6 });
    const spread = (o: typeof exact) => o.percentiles[2].total - o.percentiles[0].total;
    expect(spread(correlated)).toBeGreaterThanOrEqual(spread(exact));
    expect(correlated.cohorts[0].below).toBeGreaterThan(exact.cohorts[0].below);
  });

  test("refuses a correlation outside 0–1, a bad sample size and a missing set of probabilities", () => {
    expect(() => scenarioOdds(s(), probabilities, { correlation: 1.5 })).toThrow(RangeError);
    expect(() => scenarioOdds(s(), probabilities, { correlation: 0.5, samples: 0 })).toThrow(RangeError);
    expect(() => scenarioOdds(s(), probabilities.slice(1))).toThrow("One set of probabilities per cohort");
    expect(() => scenarioOdds(s(), [P(0.8, 0.8, 1.2), probabilities[1]])).toThrow(RangeError);
  });
});
