import { RATE_KEYS, type RateKey } from "../keys";
import type { TierRules } from "../payments/tier";

/**
 * A what-if scenario as plain data (MECHANISM.md §7): the agreement's rules that a simulation may
 * change, and per cohort the counts of families reaching each outcome. Everything is counted in
 * whole families, so the tiers are compared exactly, as in the payment engine.
 */

/** The three year-3 outcomes, by their field names. */
export type Outcome = RateKey;
export const OUTCOMES: readonly Outcome[] = RATE_KEYS;

export interface SimulationRules extends TierRules {
  /** Tranche shares of cohort years 1, 2, 3 (the what-if computes with them even when they do not sum to 1). */
  shares: [number, number, number];
  /** Waiting limit, a whole number of months ≥ 1 (always strict <): it decides which families count for the waiting outcome. */
  waitLimitMonths: number;
  /** Euros, never rounded; 0 when the agreement gives none. */
  premiumPerFamily: number;
  cap: number | null;
  /** The last programme year with verified outcomes: tranches up to it are due, later ones projected. */
  currentYear: number;
  firstCalendarYear: number | null;
}

export interface CohortInput {
  /** The programme year the cohort entered. */
  cohort: number;
  /** Every family of the cohort: the most the year-1 and year-2 bases can be. */
  families: number;
  /** Families left out of the year-3 denominator (those who left, when leaversInDenominator is false). */
  excluded: number;
  /** Families meeting the year-1 outcome (lease signed and support started). */
  year1: number;
  /** Families meeting the year-2 outcome (housing kept and support continued). */
  year2: number;
  /** Families reaching each year-3 outcome, out of families − excluded. */
  stability: number;
  wellbeing: number;
  waiting: number;
}

export interface Scenario {
  rules: SimulationRules;
  cohorts: CohortInput[];
}

/**
 * The two intermediate outcomes, by the count fields they set: year 1 (lease signed and support
 * started) and year 2 (housing kept and support continued).
 */
export type Intermediate = "year1" | "year2";
export const INTERMEDIATES: readonly Intermediate[] = ["year1", "year2"];

/**
 * Per cohort, in the scenario's order: each family's probability of reaching each outcome. The
 * year-1 and year-2 probabilities matter only for tranches not yet due; left out, they are the
 * scenario's observed rates (intermediateDefaults).
 */
export type OutcomeProbabilities = Record<Outcome, number> & Partial<Record<Intermediate, number>>;

/** Every probability of a cohort, the intermediate ones included. */
export type FullProbabilities = Record<Outcome | Intermediate, number>;

/** The probability used where nothing has been observed yet. */
export const DEFAULT_PROBABILITY = 0.8;

/** Where an intermediate outcome's default probability comes from. */
export type IntermediateSource = "observed" | "year1" | "default";

export interface IntermediateDefault {
  p: number;
  /**
   * "observed": the pooled share of families meeting the outcome among the cohorts whose that year
   * is due; "year1": nothing observed for year 2 yet, so the year-1 probability (the nearest
   * evidence); "default": nothing observed at all, DEFAULT_PROBABILITY.
   */
  source: IntermediateSource;
  /** The cohorts it is observed on (empty for "default"). */
  cohorts: number[];
}

/**
 * The default probabilities of the intermediate outcomes, the same for every cohort (MECHANISM.md
 * §7: only due tranches are known): for cohort year k, the pooled share Σ base_k / Σ families over
 * the cohorts whose year k is due (each family counting once, leavers included, as the year-k
 * base counts every family of the cohort). With no year 2 observed, year 2 takes the year-1
 * probability; with no year 1 observed, DEFAULT_PROBABILITY.
 */
export function intermediateDefaults(
  cohorts: readonly Pick<CohortInput, "cohort" | "families" | Intermediate>[],
  currentYear: number,
): Record<Intermediate, IntermediateDefault> {
  const pooled = (k: 1 | 2): IntermediateDefault | null => {
    const seen = cohorts.filter((c) => trancheDue(c.cohort, k, currentYear) && c.families > 0);
    if (seen.length === 0) return null;
    const met = seen.reduce((sum, c) => sum + (k === 1 ? c.year1 : c.year2), 0);
    const families = seen.reduce((sum, c) => sum + c.families, 0);
    return { p: met / families, source: "observed", cohorts: seen.map((c) => c.cohort) };
  };
  const year1 = pooled(1) ?? { p: DEFAULT_PROBABILITY, source: "default", cohorts: [] };
  const year2 = pooled(2) ?? { p: year1.p, source: "year1", cohorts: [...year1.cohorts] };
  return { year1, year2 };
}

/** The probabilities with the intermediate ones filled in from the scenario where they are left out. */
export function fullProbabilities(s: Scenario, probabilities: readonly OutcomeProbabilities[]): FullProbabilities[] {
  const defaults = intermediateDefaults(s.cohorts, s.rules.currentYear);
  return probabilities.map((p) => ({
    stability: p.stability,
    wellbeing: p.wellbeing,
    waiting: p.waiting,
    year1: p.year1 ?? defaults.year1.p,
    year2: p.year2 ?? defaults.year2.p,
  }));
}

/** The year-3 denominator and base. */
export const year3Base = (c: CohortInput): number => c.families - c.excluded;

/** Whether the cohort's tranche of cohort year k is due (programme year c + k − 1 ≤ current year). */
export const trancheDue = (cohort: number, cohortYear: 1 | 2 | 3, currentYear: number): boolean => cohort + cohortYear - 1 <= currentYear;

/** Whether the cohort's year-3 outcomes are known (its balance is due). */
export const yearThreeKnown = (c: CohortInput, rules: SimulationRules): boolean => trancheDue(c.cohort, 3, rules.currentYear);

export const calendarYearOf = (programmeYear: number, rules: SimulationRules): number | null =>
  rules.firstCalendarYear === null ? null : rules.firstCalendarYear + programmeYear - 1;

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;
const isFraction = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 1;

/**
 * Throws a RangeError naming the first thing that makes the scenario impossible: counts that are
 * not whole numbers, more families reaching an outcome than can, cohorts that repeat or are not
 * whole programme years ≥ 1, thresholds and payments outside 0–1, a negative premium or share, a
 * waiting limit that is not a whole number of months ≥ 1.
 */
export function checkScenario(s: Scenario): void {
  const r = s.rules;
  for (const [name, value] of [
    ["fullThreshold", r.fullThreshold],
    ["partialThreshold", r.partialThreshold],
    ["partialPayment", r.partialPayment],
    ["belowPartialPayment", r.belowPartialPayment],
  ] as const) {
    if (!isFraction(value)) throw new RangeError(`${name} must lie between 0 and 1, got ${value}.`);
  }
  r.shares.forEach((share, i) => {
    if (!(Number.isFinite(share) && share >= 0)) throw new RangeError(`share ${i + 1} must be a number ≥ 0, got ${share}.`);
  });
  if (!(Number.isFinite(r.premiumPerFamily) && r.premiumPerFamily >= 0))
    throw new RangeError(`premiumPerFamily must be a number ≥ 0, got ${r.premiumPerFamily}.`);
  // Whole months, as the agreement's schema has them: EDATE would truncate a fraction that waiting months compare in full.
  if (!(Number.isInteger(r.waitLimitMonths) && r.waitLimitMonths >= 1)) {
    throw new RangeError(`waitLimitMonths must be a whole number of months ≥ 1, got ${r.waitLimitMonths}.`);
  }
  if (r.cap !== null && !(Number.isFinite(r.cap) && r.cap >= 0)) throw new RangeError(`cap must be a number ≥ 0, got ${r.cap}.`);
  if (!(Number.isInteger(r.currentYear) && r.currentYear >= 1))
    throw new RangeError(`currentYear must be a whole number ≥ 1, got ${r.currentYear}.`);
  const seen = new Set<number>();
  for (const c of s.cohorts) {
    if (!(Number.isInteger(c.cohort) && c.cohort >= 1))
      throw new RangeError(`A cohort must be a whole programme year ≥ 1, got ${c.cohort}.`);
    if (seen.has(c.cohort)) throw new RangeError(`Cohort ${c.cohort} appears twice.`);
    seen.add(c.cohort);
    for (const key of ["families", "excluded", "year1", "year2", "stability", "wellbeing", "waiting"] as const) {
      if (!isCount(c[key])) throw new RangeError(`Cohort ${c.cohort}: ${key} must be a whole number ≥ 0, got ${c[key]}.`);
    }
    if (c.excluded > c.families) throw new RangeError(`Cohort ${c.cohort}: excluded (${c.excluded}) exceeds families (${c.families}).`);
    for (const key of ["year1", "year2"] as const) {
      if (c[key] > c.families) throw new RangeError(`Cohort ${c.cohort}: ${key} (${c[key]}) exceeds families (${c.families}).`);
    }
    for (const outcome of OUTCOMES) {
      if (c[outcome] > year3Base(c))
        throw new RangeError(`Cohort ${c.cohort}: ${outcome} (${c[outcome]}) exceeds the year-3 denominator (${year3Base(c)}).`);
    }
  }
}

/**
 * Throws a RangeError unless there is one set of probabilities per cohort, each of the three
 * year-3 ones, and the year-1 and year-2 ones where given, between 0 and 1.
 */
export function checkProbabilities(s: Scenario, probabilities: readonly OutcomeProbabilities[]): void {
  if (probabilities.length !== s.cohorts.length) {
    throw new RangeError(`One set of probabilities per cohort is needed: ${s.cohorts.length} cohorts, ${probabilities.length} sets.`);
  }
  probabilities.forEach((p, i) => {
    for (const outcome of OUTCOMES) {
      if (!isFraction(p[outcome]))
        throw new RangeError(`Cohort ${s.cohorts[i].cohort}: the probability of ${outcome} must lie between 0 and 1, got ${p[outcome]}.`);
    }
    for (const outcome of INTERMEDIATES) {
      const value = p[outcome];
      if (value !== undefined && !isFraction(value)) {
        throw new RangeError(
          `Cohort ${s.cohorts[i].cohort}: the probability of the ${outcome === "year1" ? "year-1" : "year-2"} outcome must lie between 0 and 1, got ${value}.`,
        );
      }
    }
  });
}
