import type { TierLevel } from "../payments/tier";
import { binomialPmf, binomialPmfInto, requireProbability, upperTail } from "./binomial";
import { convolve, expectedCapped, percentile, pointMass, sortedEntries, type Distribution } from "./distribution";
import { normalCdf, normalQuantile } from "./normal";
import { SeededRandom } from "./random";
import {
  calendarYearOf,
  checkProbabilities,
  checkScenario,
  fullProbabilities,
  OUTCOMES,
  trancheDue,
  year3Base,
  yearThreeKnown,
  type CohortInput,
  type FullProbabilities,
  type OutcomeProbabilities,
  type Scenario,
} from "./scenario";
import { levelFactor, oddsOf, passingCounts, tierOdds, TIER_LEVELS, type TierOdds } from "./tierOdds";
import { capOf, tierOfCohort, trancheCents } from "./whatIf";

/**
 * The odds of a scenario (MECHANISM.md §7: due payments are fixed, only tranches not yet known are
 * random). Due tranches (c + k − 1 ≤ current year) are fixed at the scenario's amounts. Every
 * tranche not yet due is random, each family of the cohort meeting the year's outcome with the
 * cohort's probability for it:
 *
 * - year 1: share₁ × premium × N₁, N₁ the families meeting lease signed and support started;
 * - year 2: share₂ × premium × N₂, N₂ the families meeting housing kept and support continued.
 *   Year 1 is not re-checked (§4), so N₂ counts over all the cohort's families, whatever N₁:
 *   with independent outcomes N₂ ~ Binomial(families, p₂), independent of N₁ (p₂ is, by default,
 *   the share of all the families of the observed cohorts, not of those that met year 1);
 * - year 3: the balance at the tier its three binomial counts reach (tierOdds.ts).
 *
 * The year-1 and year-2 probabilities default to the scenario's observed rates
 * (intermediateDefaults in scenario.ts) when a set of probabilities leaves them out. Each
 * tranche is rounded to the cent at its own count, as the payment engine rounds it.
 *
 * Cohorts are independent of each other, so the total's distribution is the exact convolution, in
 * whole cents, of the uncertain parts' distributions; with a cap, E[payment of year y] =
 * E[min(C_y, cap)] − E[min(C_{y−1}, cap)], C_y being the uncapped cumulative payments, so the cap
 * is exact too. What differs is how each cohort's odds are found:
 *
 * - **Independent outcomes** (correlation 0): exactly. N₁, N₂ and the tier are independent, each
 *   tranche a part of its own.
 * - **Correlated outcomes** (correlation ρ > 0): a seeded Monte Carlo over a one-factor Gaussian
 *   copula. In each cohort a family reaches outcome i when √ρ·G + √(1−ρ)·εᵢⱼ ≤ Φ⁻¹(pᵢ), with G one
 *   standard normal shared by all of the cohort's families and outcomes — the year-1 and year-2
 *   outcomes of its tranches not yet due included (a good or bad run for the whole cohort) — and
 *   εᵢⱼ independent standard normals; every pair of the cohort's latent variables has correlation
 *   ρ, and each family keeps its probability pᵢ. Given G the counts are independent binomials with
 *   pᵢ(G) = Φ((Φ⁻¹(pᵢ) − √ρ·G)/√(1−ρ)), so everything given G is exact; the Monte Carlo averages
 *   over N seeded draws of G, stratified (one draw in each of N equally likely slices of the
 *   normal distribution) to cut the sampling error. A cohort's uncertain tranches are then one
 *   part: the joint distribution of (N₁, N₂, tier) is the average over the draws of the product
 *   of their distributions given G, so the tranches of one cohort move together.
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
  /**
   * Each family's probability of the year-1 and year-2 outcomes used for the tranche when it is
   * not yet due (random); null when the tranche is due (fixed at the scenario's count).
   */
  intermediate: { year1: number | null; year2: number | null };
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
  /** The standard deviation of the total (after the cap), in euros. */
  standardDeviation: number;
  /** How many cohorts' balances are uncertain (every cohort with a tranche not yet due: its balance is not due either). */
  uncertainCohorts: number;
  /** How many tranches are not yet due, and so random. */
  uncertainTranches: number;
}

/** The most cells the Monte Carlo's joint distribution of one cohort's tranches, times the draws, may take. */
export const MAX_MONTE_CARLO_WORK = 500_000_000;

/** One cohort's tranches not yet due: the cents each possible outcome pays. */
interface UncertainTranches {
  /** Cents of the year-1 tranche for 0…families families meeting the outcome; null when it is due. */
  year1: number[] | null;
  year2: number[] | null;
  /** Cents of the balance at each level (TIER_LEVELS order); null when it is due. */
  balance: number[] | null;
}

interface Prepared {
  first: number;
  last: number;
  /** Fixed cents per programme year, indexed from `first`. */
  fixed: Float64Array;
  /** Per cohort, its tranches not yet due. */
  uncertain: UncertainTranches[];
  cap: number | null;
}

/** One independent random part of the total: from each step's programme year on, the distribution of its payments so far. */
interface RandomPart {
  steps: { year: number; dist: Distribution }[];
}

/** The cents of a year-1 or year-2 tranche for each count 0…families. */
const countCents = (c: CohortInput, k: 1 | 2, rules: Scenario["rules"]): number[] =>
  Array.from({ length: c.families + 1 }, (_, count) => trancheCents({ ...c, [k === 1 ? "year1" : "year2"]: count }, k, 1, rules));

function prepare(scenario: Scenario): Prepared {
  const { rules, cohorts } = scenario;
  const first = cohorts.length === 0 ? 0 : Math.min(...cohorts.map((c) => c.cohort));
  const last = cohorts.length === 0 ? -1 : Math.max(...cohorts.map((c) => c.cohort + 2));
  const fixed = new Float64Array(last - first + 1);
  const uncertain = cohorts.map((c): UncertainTranches => {
    const random: UncertainTranches = { year1: null, year2: null, balance: null };
    for (const k of [1, 2] as const) {
      if (trancheDue(c.cohort, k, rules.currentYear)) fixed[c.cohort + k - 1 - first] += trancheCents(c, k, 1, rules);
      else random[k === 1 ? "year1" : "year2"] = countCents(c, k, rules);
    }
    if (yearThreeKnown(c, rules)) fixed[c.cohort + 2 - first] += trancheCents(c, 3, tierOfCohort(c, rules).factor, rules);
    else random.balance = TIER_LEVELS.map((level) => trancheCents(c, 3, levelFactor(level, rules), rules));
    return random;
  });
  return { first, last, fixed, uncertain, cap: capOf(rules) };
}

/** The scenario's odds. Throws a RangeError on an impossible scenario, probabilities or options. */
export function scenarioOdds(scenario: Scenario, probabilities: readonly OutcomeProbabilities[], options: OddsOptions = {}): OddsResult {
  checkScenario(scenario);
  checkProbabilities(scenario, probabilities);
  const correlation = requireProbability(options.correlation ?? 0, "correlation");
  const full = fullProbabilities(scenario, probabilities);
  if (correlation === 0) return exactOdds(scenario, full);
  const samples = options.samples ?? DEFAULT_SAMPLES;
  if (!(Number.isInteger(samples) && samples >= 1))
    throw new RangeError(`The number of samples must be a whole number ≥ 1, got ${samples}.`);
  return monteCarloOdds(scenario, full, correlation, samples, options.seed ?? DEFAULT_SEED);
}

function cohortResult(scenario: Scenario, i: number, odds: TierOdds, probabilities: FullProbabilities): CohortOdds {
  const c = scenario.cohorts[i];
  const { currentYear } = scenario.rules;
  return {
    ...odds,
    cohort: c.cohort,
    known: yearThreeKnown(c, scenario.rules),
    level: tierOfCohort(c, scenario.rules).level,
    intermediate: {
      year1: trancheDue(c.cohort, 1, currentYear) ? null : probabilities.year1,
      year2: trancheDue(c.cohort, 2, currentYear) ? null : probabilities.year2,
    },
  };
}

const toEuros = (cents: number): number => cents / 100;

/** The distribution of the cents `amounts[j]` taken with probability `probabilities[j]`. */
function distributionOf(amounts: readonly number[], probabilities: ArrayLike<number>): Distribution {
  const dist: Distribution = new Map();
  amounts.forEach((cents, j) => {
    const p = probabilities[j];
    if (p > 0) dist.set(cents, (dist.get(cents) ?? 0) + p);
  });
  return dist;
}

const tierVector = (odds: TierOdds): number[] => [odds.full, odds.partial, odds.below];

function exactOdds(scenario: Scenario, probabilities: FullProbabilities[]): OddsResult {
  const prepared = prepare(scenario);
  const parts: RandomPart[] = [];
  const cohorts = scenario.cohorts.map((c, i) => {
    const p = probabilities[i];
    const odds = tierOdds(year3Base(c), [p.stability, p.wellbeing, p.waiting], scenario.rules);
    const { year1, year2, balance } = prepared.uncertain[i];
    if (year1 !== null) parts.push({ steps: [{ year: c.cohort, dist: distributionOf(year1, binomialPmf(c.families, p.year1)) }] });
    if (year2 !== null) parts.push({ steps: [{ year: c.cohort + 1, dist: distributionOf(year2, binomialPmf(c.families, p.year2)) }] });
    if (balance !== null) parts.push({ steps: [{ year: c.cohort + 2, dist: distributionOf(balance, tierVector(odds)) }] });
    return cohortResult(scenario, i, odds, p);
  });
  return totalsOf(scenario, prepared, parts, cohorts, { method: "exact", correlation: 0, samples: 0, seed: null });
}

/** The payments' odds from the fixed tranches and the independent random parts, convolved exactly. */
function totalsOf(
  scenario: Scenario,
  prepared: Prepared,
  parts: RandomPart[],
  cohorts: CohortOdds[],
  method: Pick<OddsResult, "method" | "correlation" | "samples" | "seed">,
): OddsResult {
  const { rules } = scenario;
  const stepsByYear = new Map<number, { part: number; dist: Distribution }[]>();
  parts.forEach((part, index) => {
    for (const { year, dist } of part.steps) stepsByYear.set(year, [...(stepsByYear.get(year) ?? []), { part: index, dist }]);
  });

  const current: (Distribution | null)[] = parts.map(() => null);
  let random = pointMass(0);
  let fixedSoFar = 0;
  let previous = 0;
  const years: OddsYear[] = [];
  for (let year = prepared.first; year <= prepared.last; year++) {
    fixedSoFar += prepared.fixed[year - prepared.first];
    const steps = stepsByYear.get(year) ?? [];
    if (steps.some(({ part }) => current[part] !== null)) {
      // A part already in the total moves on (a cohort's later tranche, drawn with its earlier ones): convolve afresh.
      for (const { part, dist } of steps) current[part] = dist;
      random = current.reduce<Distribution>((sum, dist) => (dist === null ? sum : convolve(sum, dist)), pointMass(0));
    } else {
      for (const { part, dist } of steps) {
        current[part] = dist;
        random = convolve(random, dist);
      }
    }
    const expected = expectedCapped(random, fixedSoFar, prepared.cap);
    years.push({
      programmeYear: year,
      calendarYear: calendarYearOf(year, rules),
      expected: toEuros(expected - previous),
      due: year <= rules.currentYear,
    });
    previous = expected;
  }
  const totals: Distribution = new Map();
  for (const [cents, p] of random) {
    const total = prepared.cap === null ? fixedSoFar + cents : Math.min(fixedSoFar + cents, prepared.cap);
    totals.set(total, (totals.get(total) ?? 0) + p);
  }
  const sorted = sortedEntries(totals);
  const mean = sorted.reduce((sum, [cents, p]) => sum + p * cents, 0);
  const variance = sorted.reduce((sum, [cents, p]) => sum + p * (cents - mean) ** 2, 0);
  const uncertain = prepared.uncertain;
  return {
    ...method,
    cohorts,
    years,
    expectedTotal: toEuros(previous),
    percentiles: PERCENTILES.map((p) => ({ p, total: toEuros(percentile(sorted, p)) })),
    minTotal: toEuros(sorted[0][0]),
    maxTotal: toEuros(sorted[sorted.length - 1][0]),
    standardDeviation: toEuros(Math.sqrt(variance)),
    uncertainCohorts: uncertain.filter((u) => u.balance !== null).length,
    uncertainTranches: uncertain.reduce((n, u) => n + [u.year1, u.year2, u.balance].filter((t) => t !== null).length, 0),
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

/** One uncertain tranche of a cohort in the Monte Carlo: its year, the cents of each outcome, and their probabilities given G. */
interface Dimension {
  year: number;
  amounts: number[];
  /** The probabilities given the draw of G of index s. */
  given: (s: number) => ArrayLike<number>;
}

/**
 * The part of one cohort whose tranches `dims` are uncertain: the joint distribution of their
 * outcomes averaged over the draws of G (given G they are independent, so each draw adds the
 * product of their distributions), then at each tranche's year the distribution of the sum of the
 * tranches so far. Throws a RangeError when the joint distribution is too large to average.
 */
function correlatedPart(dims: Dimension[], shared: Float64Array, cohort: number): RandomPart {
  const sizes = dims.map((d) => d.amounts.length);
  const size = sizes.reduce((a, b) => a * b, 1);
  if (size * shared.length > MAX_MONTE_CARLO_WORK) {
    throw new RangeError(
      `Cohort ${cohort}: too many outcomes of its tranches not yet due to simulate with correlation (${size.toLocaleString("en")} per draw).`,
    );
  }
  const joint = new Float64Array(size);
  const product = new Float64Array(size);
  const weight = 1 / shared.length;
  for (let s = 0; s < shared.length; s++) {
    // The outer product of the tranches' distributions given G, built in place from the last cell back.
    product[0] = weight;
    let filled = 1;
    dims.forEach((d, t) => {
      const v = d.given(s);
      const m = sizes[t];
      for (let a = filled - 1; a >= 0; a--) {
        const value = product[a];
        for (let b = m - 1; b >= 0; b--) product[a * m + b] = value * v[b];
      }
      filled *= m;
    });
    for (let cell = 0; cell < size; cell++) joint[cell] += product[cell];
  }
  const steps = dims.map((d, t) => {
    const dist: Distribution = new Map();
    for (let cell = 0; cell < size; cell++) {
      const p = joint[cell];
      if (p <= 0) continue;
      let rest = cell;
      let cents = 0;
      for (let u = dims.length - 1; u >= 0; u--) {
        const index = rest % sizes[u];
        rest = (rest - index) / sizes[u];
        if (u <= t) cents += dims[u].amounts[index];
      }
      dist.set(cents, (dist.get(cents) ?? 0) + p);
    }
    return { year: d.year, dist };
  });
  return { steps };
}

function monteCarloOdds(
  scenario: Scenario,
  probabilities: FullProbabilities[],
  correlation: number,
  samples: number,
  seed: number,
): OddsResult {
  const { rules } = scenario;
  const prepared = prepare(scenario);
  const shared = stratifiedNormals(samples, seed);
  const parts: RandomPart[] = [];
  const cohorts = scenario.cohorts.map((c, i) => {
    const n = year3Base(c);
    const cuts = passingCounts(n, rules);
    const cutBoth = cuts.full === null || cuts.partial === null ? null : Math.max(cuts.full, cuts.partial);
    const quantiles = OUTCOMES.map((o) => normalQuantile(probabilities[i][o]));
    const pmf = new Float64Array(n + 1);
    /** The tier odds given G. */
    const tierGiven = (g: number): [number, number] => {
      let full = 1;
      let allPartial = 1;
      let allBoth = 1;
      for (const quantile of quantiles) {
        binomialPmfInto(pmf, n, conditionalProbability(quantile, g, correlation));
        full *= upperTail(pmf, cuts.full);
        allPartial *= upperTail(pmf, cuts.partial);
        allBoth *= upperTail(pmf, cutBoth);
      }
      return [full, Math.max(0, allPartial - allBoth)];
    };
    const fullGiven = new Float64Array(samples);
    const partialGiven = new Float64Array(samples);
    let sumFull = 0;
    let sumPartial = 0;
    shared.forEach((g, s) => {
      [fullGiven[s], partialGiven[s]] = tierGiven(g);
      sumFull += fullGiven[s];
      sumPartial += partialGiven[s];
    });

    const { year1, year2, balance } = prepared.uncertain[i];
    const dims: Dimension[] = [];
    (
      [
        [year1, probabilities[i].year1, 0],
        [year2, probabilities[i].year2, 1],
      ] as const
    ).forEach(([amounts, p, offset]) => {
      if (amounts === null) return;
      const quantile = normalQuantile(p);
      const counts = new Float64Array(c.families + 1);
      dims.push({
        year: c.cohort + offset,
        amounts,
        given: (s) => binomialPmfInto(counts, c.families, conditionalProbability(quantile, shared[s], correlation)),
      });
    });
    if (balance !== null) {
      dims.push({
        year: c.cohort + 2,
        amounts: balance,
        given: (s) => [fullGiven[s], partialGiven[s], Math.max(0, 1 - fullGiven[s] - partialGiven[s])],
      });
    }
    if (dims.length > 0) parts.push(correlatedPart(dims, shared, c.cohort));
    return cohortResult(scenario, i, oddsOf(sumFull / samples, sumPartial / samples, rules), probabilities[i]);
  });
  return totalsOf(scenario, prepared, parts, cohorts, { method: "monteCarlo", correlation, samples, seed });
}
