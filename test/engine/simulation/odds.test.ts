import { percentile } from "../../../src/engine/simulation/distribution";
import { DEFAULT_SAMPLES, scenarioOdds } from "../../../src/engine/simulation/odds";
import type { CohortInput, OutcomeProbabilities, Scenario } from "../../../src/engine/simulation/scenario";
import { normalQuantile } from "../../../src/engine/simulation/normal";
import { SeededRandom } from "../../../src/engine/simulation/random";
import { tierOdds } from "../../../src/engine/simulation/tierOdds";
import { DEFAULT_PARAMS } from "../../../src/engine/agreement/params";
import { tierFromCounts } from "../../../src/engine/payments/tier";
import { whatIf } from "../../../src/engine/simulation/whatIf";
import { cohort, scenario } from "./fixtures";

/**
 * The odds of a scenario: due tranches fixed, every tranche not yet due random — the year-1 and
 * year-2 tranches of cohorts that have not reached them, and the balances of cohorts whose year 3
 * is not known — the total's distribution convolved exactly in whole cents.
 */

const P = (stability: number, wellbeing: number, waiting: number): OutcomeProbabilities => ({ stability, wellbeing, waiting });

/**
 * Brute force over every outcome of every family of the uncertain cohorts: each family meets the
 * year-1 and year-2 outcomes of tranches not yet due, and each year-3 outcome of a balance not yet
 * due, with its probability (the year-1 and year-2 ones from `intermediate`). Each combination's
 * counts go through the what-if itself (which applies the cap tranche by tranche), giving the
 * exact distribution of the total and each year's expected payment.
 */
function bruteForce(s: Scenario, probabilities: OutcomeProbabilities[], intermediate: { year1: number; year2: number }[]) {
  const { currentYear } = s.rules;
  const uncertain = s.cohorts.map((c, i) => ({ c, i })).filter(({ c }) => c.cohort + 2 > currentYear);
  const random = (c: CohortInput) => {
    const fields: (keyof (typeof intermediate)[0] | "stability" | "wellbeing" | "waiting")[] = [];
    if (c.cohort > currentYear) fields.push("year1");
    if (c.cohort + 1 > currentYear) fields.push("year2");
    return [...fields, "stability", "wellbeing", "waiting"] as const;
  };
  const bits = uncertain.reduce((n, { c }) => n + c.families * random(c).length, 0);
  const totals = new Map<number, number>();
  const years = new Map<number, number>();
  for (let mask = 0; mask < 2 ** bits; mask++) {
    let probability = 1;
    let bit = 0;
    const cohorts = s.cohorts.map((c) => ({ ...c }));
    for (const { c, i } of uncertain) {
      const fields = random(c);
      const counts: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
      const p = { ...probabilities[i], ...intermediate[i] };
      for (let f = 0; f < c.families; f++) {
        for (const field of fields) {
          const reached = (mask >> bit++) & 1;
          probability *= reached ? p[field] : 1 - p[field];
          counts[field] += reached;
        }
      }
      Object.assign(cohorts[i], counts);
    }
    const result = whatIf({ ...s, cohorts });
    totals.set(Math.round(result.total * 100), (totals.get(Math.round(result.total * 100)) ?? 0) + probability);
    for (const y of result.years) years.set(y.programmeYear, (years.get(y.programmeYear) ?? 0) + probability * y.amount);
  }
  return { sorted: [...totals.entries()].sort(([a], [b]) => a - b), years, bits };
}

/** The mean and standard deviation, in euros, of a distribution of whole cents. */
function moments(sorted: [number, number][]) {
  const mean = sorted.reduce((sum, [cents, p]) => sum + p * cents, 0);
  const variance = sorted.reduce((sum, [cents, p]) => sum + p * (cents - mean) ** 2, 0);
  return { mean: mean / 100, sd: Math.sqrt(variance) / 100 };
}

describe("the total's distribution equals brute force over every family's outcomes", () => {
  // Cohort 1 is known (year 3 due in year 3); cohorts 2 (year 4) and 3 (year 5) are uncertain, and
  // so is cohort 3's year-2 tranche (programme year 4). Left out, the year-2 probability is the
  // pooled observed rate: cohorts 1 and 2 reached year 2 with 2 of 3 and 2 of 2 families, 4/5.
  const base = (cap: number | null) =>
    scenario([cohort(1, 3, 3, 2, 3, { year2: 2 }), cohort(2, 2, 1, 1, 2), cohort(3, 2, 1, 2, 2, { year2: 1 })], { currentYear: 3, cap });
  const probabilities = [P(0.9, 0.8, 0.95), P(0.7, 0.85, 0.9), P(0.6, 0.75, 0.8)];
  const intermediate = [0, 1, 2].map(() => ({ year1: 1, year2: 0.8 }));

  test.each([
    ["without a cap", null],
    // Fixed tranches 22,800 €, the two uncertain balances up to 12,000 € and cohort 3's year 2 up to 3,600 € more.
    ["with a cap that binds in some outcomes (30,000.55 €)", 30_000.55],
  ])("%s: each year's expected payment, the percentiles, the spread and every cohort's tier odds", (_, cap) => {
    const s = base(cap);
    const odds = scenarioOdds(s, probabilities);
    const brute = bruteForce(s, probabilities, intermediate);
    expect(brute.bits).toBe(2 * 3 + 2 * 4);
    expect(odds.method).toBe("exact");
    expect(odds.samples).toBe(0);
    expect(odds.uncertainCohorts).toBe(2);
    expect(odds.uncertainTranches).toBe(3);
    for (const year of odds.years) expect(year.expected).toBeCloseTo(brute.years.get(year.programmeYear) ?? 0, 6);
    expect(odds.expectedTotal).toBeCloseTo(
      [...brute.years.values()].reduce((a, b) => a + b, 0),
      6,
    );
    for (const { p, total } of odds.percentiles) expect(total).toBe(percentile(brute.sorted, p) / 100);
    expect(odds.minTotal).toBe(brute.sorted[0][0] / 100);
    expect(odds.maxTotal).toBe(brute.sorted[brute.sorted.length - 1][0] / 100);
    expect(odds.maxTotal).toBe(cap === null ? 38_400 : 30_000.55);
    expect(odds.standardDeviation).toBeCloseTo(moments(brute.sorted).sd, 6);
    s.cohorts.forEach((c, i) => {
      const expected = tierOdds(c.families, [probabilities[i].stability, probabilities[i].wellbeing, probabilities[i].waiting], s.rules);
      expect(odds.cohorts[i].full).toBeCloseTo(expected.full, 14);
      expect(odds.cohorts[i].partial).toBeCloseTo(expected.partial, 14);
    });
    expect(odds.cohorts.map((c) => c.known)).toEqual([true, false, false]);
    expect(odds.cohorts.map((c) => c.intermediate)).toEqual([
      { year1: null, year2: null },
      { year1: null, year2: null },
      { year1: null, year2: 0.8 },
    ]);
  });

  test("with cohorts that have not reached year 1 or year 2, and year-1 and year-2 probabilities given", () => {
    // Current year 1: cohort 1 has only its year 1 known; cohort 2 enters next year, nothing known.
    const s = scenario([cohort(1, 1, 1, 1, 1, { year2: 0 }), cohort(2, 2, 1, 2, 1, { year1: 0, year2: 0 })], {
      currentYear: 1,
      cap: 15_000,
    });
    const given = [
      { ...P(0.7, 0.9, 0.6), year1: 0.2, year2: 0.65 },
      { ...P(0.8, 0.5, 0.9), year1: 0.55, year2: 0.35 },
    ];
    const odds = scenarioOdds(s, given);
    const brute = bruteForce(s, given, given);
    expect(brute.bits).toBe(1 * 4 + 2 * 5);
    expect(odds.uncertainTranches).toBe(5);
    for (const year of odds.years) expect(year.expected).toBeCloseTo(brute.years.get(year.programmeYear) ?? 0, 6);
    for (const { p, total } of odds.percentiles) expect(total).toBe(percentile(brute.sorted, p) / 100);
    expect(odds.standardDeviation).toBeCloseTo(moments(brute.sorted).sd, 6);
    expect(odds.cohorts.map((c) => c.intermediate)).toEqual([
      { year1: null, year2: 0.65 },
      { year1: 0.55, year2: 0.35 },
    ]);
  });
});

describe("only due tranches are fixed: a cohort that has not reached year 1 (MECHANISM.md §7)", () => {
  // One cohort of 2 families entering in programme year 2, current year 1: none of its tranches is
  // due. Premium 6,000 €: 1,200 € per family meeting year 1, 1,800 € per family meeting year 2,
  // and the balance 2 × 3,000 € = 6,000 € (every year-3 probability 1: surely the full tier).
  // Each family meets year 1 and year 2 with probability 1/2, independently.
  const s = () => scenario([cohort(2, 2, 2, 2, 2)], { currentYear: 1 });
  const coins = { ...P(1, 1, 1), year1: 0.5, year2: 0.5 };

  test("the expected total, its spread and its percentiles, by hand", () => {
    const odds = scenarioOdds(s(), [coins]);
    // total = 6,000 + 1,200 N₁ + 1,800 N₂, N₁ and N₂ ~ Binomial(2, 1/2), independent:
    // E = 6,000 + 1,200 + 1,800 = 9,000 €; Var = 2 × 1/4 × (1,200² + 1,800²) = 2,340,000 €².
    expect(odds.expectedTotal).toBe(9_000);
    expect(odds.standardDeviation ** 2).toBeCloseTo(2_340_000, 3);
    expect(odds.years.map((y) => [y.programmeYear, y.expected, y.due])).toEqual([
      [2, 1_200, false],
      [3, 1_800, false],
      [4, 6_000, false],
    ]);
    // P(total ≤ t): 6,000 1/16; 7,200 3/16; 7,800 5/16; 8,400 6/16; 9,000 10/16; 9,600 11/16;
    // 10,200 13/16; 10,800 15/16; 12,000 1.
    expect(odds.percentiles).toEqual([
      { p: 0.1, total: 7_200 },
      { p: 0.5, total: 9_000 },
      { p: 0.9, total: 10_800 },
    ]);
    expect([odds.minTotal, odds.maxTotal]).toEqual([6_000, 12_000]);
    // The old rule fixed both tranches at the scenario's counts (2 and 2): 12,000 € for certain.
    expect(odds.expectedTotal).not.toBe(12_000);
    expect(odds.standardDeviation).toBeGreaterThan(0);
    expect(odds.uncertainTranches).toBe(3);
  });

  test("left out, the year-1 probability is the observed pooled rate; here nothing is observed, so 0.8, and year 2 takes it", () => {
    const odds = scenarioOdds(s(), [P(1, 1, 1)]);
    expect(odds.cohorts[0].intermediate).toEqual({ year1: 0.8, year2: 0.8 });
    // E = 6,000 + 2 × 0.8 × (1,200 + 1,800); Var = 2 × 0.8 × 0.2 × (1,200² + 1,800²).
    expect(odds.expectedTotal).toBeCloseTo(10_800, 9);
    expect(odds.standardDeviation ** 2).toBeCloseTo(0.32 * (1_200 ** 2 + 1_800 ** 2), 3);
  });

  test("when every family of the cohort fares alike (correlation 1), the two tranches move together", () => {
    const odds = scenarioOdds(s(), [coins], { correlation: 1 });
    // G ≤ 0 (exactly half of the stratified draws): both families meet both outcomes, 12,000 €;
    // otherwise neither meets either, 6,000 €. Same mean, a wider spread: 3,000 € against 1,529.71 €.
    expect(odds.method).toBe("monteCarlo");
    expect(odds.expectedTotal).toBeCloseTo(9_000, 6);
    expect(odds.standardDeviation).toBeCloseTo(3_000, 6);
    expect(odds.percentiles.map((p) => p.total)).toEqual([6_000, 6_000, 12_000]);
    expect(odds.years.map((y) => y.expected)).toEqual([1_200, 1_800, 6_000].map((v) => expect.closeTo(v, 6)));
  });

  test("with a vanishing correlation the Monte Carlo agrees with the exact odds, intermediate tranches included", () => {
    const moved = scenario([cohort(1, 4, 3, 3, 3, { year2: 3 }), cohort(2, 3, 2, 2, 2)], { currentYear: 1 });
    const given = [
      { ...P(0.8, 0.9, 0.85), year2: 0.7 },
      { ...P(0.75, 0.8, 0.9), year1: 0.6, year2: 0.5 },
    ];
    const exact = scenarioOdds(moved, given);
    const sampled = scenarioOdds(moved, given, { correlation: 1e-9 });
    expect(Math.abs(sampled.expectedTotal - exact.expectedTotal) / exact.expectedTotal).toBeLessThan(0.005);
    expect(Math.abs(sampled.standardDeviation - exact.standardDeviation) / exact.standardDeviation).toBeLessThan(0.02);
    exact.years.forEach((y, i) => expect(Math.abs(sampled.years[i].expected - y.expected)).toBeLessThan(0.005 * Math.max(1, y.expected)));
  });

  test("refuses a year-1 or year-2 probability outside 0–1", () => {
    expect(() => scenarioOdds(s(), [{ ...coins, year1: 1.5 }])).toThrow("year-1 outcome must lie between 0 and 1");
    expect(() => scenarioOdds(s(), [{ ...coins, year2: -0.1 }])).toThrow(RangeError);
  });
});

describe("percentiles: the smallest t with P(total ≤ t) ≥ p", () => {
  // One uncertain cohort of 1 family whose stability is a coin toss (the other two certain):
  // its 3,000 € balance is paid with probability exactly 1/2. Its year 2 is not due either, but
  // its probability, left out, is the observed year-1 rate (1 of 1), so 1,800 € is certain.
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
    expect(
      percentile(
        [
          [0, 0.1 + 0.2 - 0.3 + 0.4999999999999999],
          [100, 0.5],
        ],
        0.5,
      ),
    ).toBe(0);
    const tenths: [number, number][] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => [v, 0.1]);
    expect([0.1, 0.5, 0.9, 1].map((p) => percentile(tenths, p))).toEqual([1, 5, 9, 10]);
    expect(
      percentile(
        [
          [7, 0.25],
          [9, 0.75],
        ],
        0.2,
      ),
    ).toBe(7);
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
