import type { TierLevel } from "../tier";
import { binomialPmfInto, requireProbability, upperTail } from "./binomial";
import { convolve, expectedCapped, percentile, pointMass, sortedEntries, type Distribution } from "./distribution";
import { normalCdf, normalQuantile, SeededRandom } from "./random";
import { calendarYearOf, checkProbabilities, checkScenario, OUTCOMES, year3Base, yearThreeKnown, type OutcomeProbabilities, type Scenario } from "./scenario";
import { levelFactor, oddsOf, passingCounts, tierOdds, TIER_LEVELS, type TierOdds } from "./tierOdds";
import { capOf, tierOfCohort, trancheCents } from "./whatIf";

/**
 * The odds of a scenario (MECHANISM.md §7): each family of a cohort reaches each year-3 outcome
 * with the cohort's probability for it. Due tranches are fixed at the scenario's amounts; so are
 * year-1 and year-2 tranches still to come (at the scenario's counts); the random part is the
 * balance of every cohort whose year 3 is not yet known. Cohorts are independent of each other,
 * so the total's distribution is the exact convolution, in whole cents, of the uncertain
 * balances' distributions; with a cap, E[payment of year y] = E[min(C_y, cap)] − E[min(C_{y−1},
 * cap)], C_y being the uncapped cumulative payments, so the cap is exact too. What differs is how
 * each cohort's tier probabilities are found:
 *
 * - **Independent outcomes** (correlation 0): exactly, from three binomial counts (tierOdds.ts).
 * - **Correlated outcomes** (correlation ρ > 0): a seeded Monte Carlo over a one-factor Gaussian
 *   copula. In each cohort a family reaches outcome i when √ρ·G + √(1−ρ)·εᵢⱼ ≤ Φ⁻¹(pᵢ), with G one
 *   standard normal shared by all of the cohort's families and outcomes (a good or bad year for
 *   the whole cohort) and εᵢⱼ independent standard normals; every pair of the cohort's latent
 *   variables has correlation ρ, and each family keeps its probability pᵢ. Given G the three
 *   counts are independent binomials with pᵢ(G) = Φ((Φ⁻¹(pᵢ) − √ρ·G)/√(1−ρ)), so the tier odds
 *   given G are exact; the Monte Carlo averages them over N seeded draws of G, stratified (one
 *   draw in each of N equally likely slices of the normal distribution) to cut the sampling error.
 */

export interface OddsOptions {
  /** ρ between 0 and 1; 0 (the default) is independent outcomes, computed exactly. */
  correlation?: number;
  /** Monte Carlo draws of each cohort's shared factor when ρ > 0 (default DEFAULT_SAMPLES). */
  samples?: number;
  /** Monte Carlo seed (default DEFAULT_SEED): the same seed gives the same numbers. */
  seed?: number;
}

export const DEFAULT_SAMPLES = 2_000;
export const DEFAULT_SEED = 4;
/** The percentiles of the total shown and saved. */
export const PERCENTILES: readonly number[] = [0.1, 0.5, 0.9];

export interface CohortOdds extends TierOdds {
  cohort: number;
  /** Its year 3 is known: its balance is fixed in the totals, whatever its odds. */
  known: boolean;
  /** The scenario's tier for its counts. */
  level: TierLevel;
}

export interface OddsYear {
  programmeYear: number;
  calendarYear: number | null;
  /** Expected euros paid in the year (after the cap), unrounded. */
  expected: number;
  due: boolean;
}

export interface OddsResult {
  method: "exact" | "monteCarlo";
  correlation: number;
  /** Monte Carlo samples; 0 for the exact method. */
  samples: number;
  /** Monte Carlo seed; null for the exact method. */
  seed: number | null;
  cohorts: CohortOdds[];
  years: OddsYear[];
  expectedTotal: number;
  /** The total premium's percentiles (euros): the smallest t with P(total ≤ t) ≥ p. */
  percentiles: { p: number; total: number }[];
  /** The smallest and largest possible totals, in euros. */
  minTotal: number;
  maxTotal: number;
  /** How many cohorts' balances are uncertain. */
  uncertainCohorts: number;
}

interface Prepared {
  first: number;
  last: number;
  /** Fixed cents per programme year, indexed from `first`. */
  fixed: Float64Array;
  /** Per cohort: the cents of its balance at each level, or null when it is fixed. */
  balances: (Record<TierLevel, number> | null)[];
  cap: number | null;
}

function prepare(scenario: Scenario): Prepared {
  const { rules, cohorts } = scenario;
  const first = cohorts.length === 0 ? 0 : Math.min(...cohorts.map((c) => c.cohort));
  const last = cohorts.length === 0 ? -1 : Math.max(...cohorts.map((c) => c.cohort + 2));
  const fixed = new Float64Array(last - first + 1);
  const balances = cohorts.map((c) => {
    const known = yearThreeKnown(c, rules);
    fixed[c.cohort - first] += trancheCents(c, 1, 1, rules);
    fixed[c.cohort + 1 - first] += trancheCents(c, 2, 1, rules);
    if (known) {
      fixed[c.cohort + 2 - first] += trancheCents(c, 3, tierOfCohort(c, rules).factor, rules);
      return null;
    }
    const amounts = {} as Record<TierLevel, number>;
    for (const level of TIER_LEVELS) amounts[level] = trancheCents(c, 3, levelFactor(level, rules), rules);
    return amounts;
  });
  return { first, last, fixed, balances, cap: capOf(rules) };
}

/** The scenario's odds. Throws a RangeError on an impossible scenario, probabilities or options. */
export function scenarioOdds(scenario: Scenario, probabilities: readonly OutcomeProbabilities[], options: OddsOptions = {}): OddsResult {
  checkScenario(scenario);
  checkProbabilities(scenario, probabilities);
  const correlation = requireProbability(options.correlation ?? 0, "correlation");
  if (correlation === 0) return exactOdds(scenario, probabilities);
  const samples = options.samples ?? DEFAULT_SAMPLES;
  if (!(Number.isInteger(samples) && samples >= 1)) throw new RangeError(`The number of samples must be a whole number ≥ 1, got ${samples}.`);
  return monteCarloOdds(scenario, probabilities, correlation, samples, options.seed ?? DEFAULT_SEED);
}

function cohortResult(scenario: Scenario, i: number, odds: TierOdds): CohortOdds {
  const c = scenario.cohorts[i];
  return { ...odds, cohort: c.cohort, known: yearThreeKnown(c, scenario.rules), level: tierOfCohort(c, scenario.rules).level };
}

const toEuros = (cents: number): number => cents / 100;

function exactOdds(scenario: Scenario, probabilities: readonly OutcomeProbabilities[]): OddsResult {
  const cohorts = scenario.cohorts.map((c, i) =>
    cohortResult(scenario, i, tierOdds(year3Base(c), [probabilities[i].stability, probabilities[i].wellbeing, probabilities[i].waiting], scenario.rules)),
  );
  return totalsOf(scenario, cohorts, { method: "exact", correlation: 0, samples: 0, seed: null });
}

/** The payments' odds from each cohort's tier probabilities: fixed tranches, uncertain balances convolved exactly. */
function totalsOf(scenario: Scenario, cohorts: CohortOdds[], method: Pick<OddsResult, "method" | "correlation" | "samples" | "seed">): OddsResult {
  const { rules } = scenario;
  const prepared = prepare(scenario);
  const randomByYear = new Map<number, Distribution[]>();
  prepared.balances.forEach((amounts, i) => {
    if (amounts === null) return;
    const dist: Distribution = new Map();
    for (const level of TIER_LEVELS) {
      const p = cohorts[i][level];
      if (p > 0) dist.set(amounts[level], (dist.get(amounts[level]) ?? 0) + p);
    }
    const year = scenario.cohorts[i].cohort + 2;
    randomByYear.set(year, [...(randomByYear.get(year) ?? []), dist]);
  });

  let random = pointMass(0);
  let fixedSoFar = 0;
  let previous = 0;
  const years: OddsYear[] = [];
  for (let year = prepared.first; year <= prepared.last; year++) {
    fixedSoFar += prepared.fixed[year - prepared.first];
    for (const dist of randomByYear.get(year) ?? []) random = convolve(random, dist);
    const expected = expectedCapped(random, fixedSoFar, prepared.cap);
    years.push({ programmeYear: year, calendarYear: calendarYearOf(year, rules), expected: toEuros(expected - previous), due: year <= rules.currentYear });
    previous = expected;
  }
  const totals: Distribution = new Map();
  for (const [cents, p] of random) {
    const total = prepared.cap === null ? fixedSoFar + cents : Math.min(fixedSoFar + cents, prepared.cap);
    totals.set(total, (totals.get(total) ?? 0) + p);
  }
  const sorted = sortedEntries(totals);
  return {
    ...method,
    cohorts,
    years,
    expectedTotal: toEuros(previous),
    percentiles: PERCENTILES.map((p) => ({ p, total: toEuros(percentile(sorted, p)) })),
    minTotal: toEuros(sorted[0][0]),
    maxTotal: toEuros(sorted[sorted.length - 1][0]),
    uncertainCohorts: prepared.balances.filter((b) => b !== null).length,
  };
}

/** P(a family reaches the outcome | G) in the one-factor Gaussian copula. */
function conditionalProbability(quantile: number, shared: number, correlation: number): number {
  if (quantile === -Infinity) return 0;
  if (quantile === Infinity) return 1;
  if (correlation === 1) return shared <= quantile ? 1 : 0;
  return normalCdf((quantile - Math.sqrt(correlation) * shared) / Math.sqrt(1 - correlation));
}

/** N stratified standard normal draws: one uniformly placed in each of N equally likely slices. */
function stratifiedNormals(samples: number, seed: number): Float64Array {
  const random = new SeededRandom(seed);
  const draws = new Float64Array(samples);
  for (let j = 0; j < samples; j++) {
    let u = 0;
    while (u === 0) u = random.next();
    draws[j] = normalQuantile(Math.min((j + u) / samples, 1 - Number.EPSILON));
  }
  return draws;
}

function monteCarloOdds(
  scenario: Scenario,
  probabilities: readonly OutcomeProbabilities[],
  correlation: number,
  samples: number,
  seed: number,
): OddsResult {
  const { rules } = scenario;
  const shared = stratifiedNormals(samples, seed);
  const cohorts = scenario.cohorts.map((c, i) => {
    const n = year3Base(c);
    const cuts = passingCounts(n, rules);
    const cutBoth = cuts.full === null || cuts.partial === null ? null : Math.max(cuts.full, cuts.partial);
    const quantiles = OUTCOMES.map((o) => normalQuantile(probabilities[i][o]));
    const pmf = new Float64Array(n + 1);
    let sumFull = 0;
    let sumPartial = 0;
    for (let s = 0; s < samples; s++) {
      let full = 1;
      let allPartial = 1;
      let allBoth = 1;
      for (const quantile of quantiles) {
        binomialPmfInto(pmf, n, conditionalProbability(quantile, shared[s], correlation));
        full *= upperTail(pmf, cuts.full);
        allPartial *= upperTail(pmf, cuts.partial);
        allBoth *= upperTail(pmf, cutBoth);
      }
      sumFull += full;
      sumPartial += Math.max(0, allPartial - allBoth);
    }
    return cohortResult(scenario, i, oddsOf(sumFull / samples, sumPartial / samples, rules));
  });
  return totalsOf(scenario, cohorts, { method: "monteCarlo", correlation, samples, seed });
}
