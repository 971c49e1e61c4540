import { cohortOutcomes, isValidCohort, waitedLessThanLimit, type CohortOutcome } from "../payments/cohorts";
import type { Params } from "../agreement/params";
import type { Family } from "../types";
import {
  DEFAULT_PROBABILITY,
  intermediateDefaults,
  OUTCOMES,
  trancheDue,
  type CohortInput,
  type Intermediate,
  type IntermediateDefault,
  type Outcome,
  type OutcomeProbabilities,
  type Scenario,
  type SimulationRules,
} from "./scenario";

export { DEFAULT_PROBABILITY } from "./scenario";

/**
 * The simulation's starting point, from the workbook's data and agreement: the agreement's rules,
 * every cohort that has entered (cohort ≤ current year) with its counts, and each outcome's
 * default success probability with where it comes from (issue 5):
 *
 * 1. the cohort's own observed rate, where its year 3 is known ("observed");
 * 2. else the nearest evidence — for stability the cohort's year-2 rate of housing kept
 *    ("year2HousingKept": families in the denominator, not left, with housing kept, over the
 *    denominator), for the others the mean of the completed cohorts' rates ("completedMean", each
 *    completed cohort counting once; also stability's fallback when its year 2 is not known);
 * 3. else DEFAULT_PROBABILITY ("default").
 *
 * The year-1 and year-2 outcomes get one default probability each for the whole programme
 * (intermediateDefaults): the pooled share of families meeting it among the cohorts whose that
 * year is due; for year 2, when no cohort has reached it, the year-1 probability.
 *
 * A cohort whose year 3 is not known yet starts, for stability and wellbeing, at the count its
 * default probability makes most typical (p × families, rounded half up); the waiting outcome is
 * already in the data (the wait ends with the lease), and a year-2 count not yet due starts at the
 * typical count of the year-2 default probability. These starting counts are flagged as
 * estimated; the odds treat every tranche not yet due as uncertain whatever its starting count.
 */

export type ProbabilitySource = "observed" | "year2HousingKept" | "completedMean" | "default";

export interface ProbabilityDefault {
  p: number;
  source: ProbabilitySource;
  /** The cohorts whose rates it comes from (empty for "default"). */
  cohorts: number[];
}

/** What the waiting outcome of one family depends on. */
export type WaitingRecord = Pick<Family, "requestDate" | "contractDate" | "waitMonths">;

export interface CohortSeed extends CohortInput {
  /** Year-3 counts that are estimates rather than the data's. */
  estimated: Outcome[];
  /** The year-2 count is an estimate (the typical count of the year-2 default probability) because year 2 is not due yet. */
  year2Estimated: boolean;
  /**
   * The waits of the families who can reach the waiting outcome (in the denominator and not
   * left), to recount it when the simulated waiting limit moves; null when there is no data.
   */
  waits: WaitingRecord[] | null;
  defaults: Record<Outcome, ProbabilityDefault>;
}

export interface SimulationSeed {
  rules: SimulationRules;
  cohorts: CohortSeed[];
  /** The agreement gives a premium per family (otherwise the rules hold 0). */
  premiumGiven: boolean;
  /** The cohorts come from the beneficiary data (false: the example cohort). */
  fromData: boolean;
  /** The default probabilities of the year-1 and year-2 outcomes, for every cohort's tranches not yet due. */
  intermediate: Record<Intermediate, IntermediateDefault>;
}

export function rulesOf(params: Params, premiumPerFamily: number | null): SimulationRules {
  return {
    fullThreshold: params.fullThreshold,
    fullStrict: params.fullStrict,
    partialThreshold: params.partialThreshold,
    partialStrict: params.partialStrict,
    partialPayment: params.partialPayment,
    belowPartialPayment: params.belowPartialPayment,
    shares: [...params.shares],
    waitLimitMonths: params.waitLimitMonths,
    premiumPerFamily: premiumPerFamily ?? 0,
    cap: params.cap,
    currentYear: params.currentYear,
    firstCalendarYear: params.firstCalendarYear,
  };
}

/** The count p × n makes most typical: rounded half up, without binary noise (0.5 × 9 = 4.5 → 5). */
export const typicalCount = (p: number, n: number): number => Math.min(n, Math.round(Number((p * n).toPrecision(12))));

/** Families of `waits` who waited less than `limit` months (the rule of §4). */
export const waitingCount = (waits: readonly WaitingRecord[], limit: number): number =>
  waits.filter((w) => waitedLessThanLimit(w, limit)).length;

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** The seed of a workbook: `families` as parsed, `params` its agreement (invalid values at their defaults). */
export function seedSimulation(families: readonly Family[], params: Params, premiumPerFamily: number | null): SimulationSeed {
  const entered = families.filter((f) => isValidCohort(f.cohort) && f.cohort <= params.currentYear);
  const outcomes = cohortOutcomes(entered, params);
  const known = (o: CohortOutcome): boolean => trancheDue(o.cohort, 3, params.currentYear) && o.year3Base > 0;
  const completed = outcomes.filter(known);
  const completedMean = (outcome: Outcome): ProbabilityDefault | null =>
    completed.length === 0
      ? null
      : { p: mean(completed.map((o) => o[outcome] / o.year3Base)), source: "completedMean", cohorts: completed.map((o) => o.cohort) };
  const fallback: ProbabilityDefault = { p: DEFAULT_PROBABILITY, source: "default", cohorts: [] };

  const intermediate = intermediateDefaults(
    outcomes.map((o) => ({ cohort: o.cohort, families: o.families, year1: o.year1Base, year2: o.year2Base })),
    params.currentYear,
  );

  const cohorts = outcomes.map((o): CohortSeed => {
    const group = entered.filter((f) => f.cohort === o.cohort);
    const stayed = group.filter((f) => f.exitDate === null);
    const defaults = {} as Record<Outcome, ProbabilityDefault>;
    for (const outcome of OUTCOMES) {
      if (known(o)) {
        defaults[outcome] = { p: o[outcome] / o.year3Base, source: "observed", cohorts: [o.cohort] };
      } else if (outcome === "stability" && trancheDue(o.cohort, 2, params.currentYear) && o.year3Base > 0) {
        defaults[outcome] = {
          p: stayed.filter((f) => f.housingKept === true).length / o.year3Base,
          source: "year2HousingKept",
          cohorts: [o.cohort],
        };
      } else {
        defaults[outcome] = completedMean(outcome) ?? fallback;
      }
    }
    const yearThree = trancheDue(o.cohort, 3, params.currentYear);
    const year2Estimated = !trancheDue(o.cohort, 2, params.currentYear);
    return {
      cohort: o.cohort,
      families: o.families,
      excluded: o.families - o.year3Base,
      year1: o.year1Base,
      year2: year2Estimated ? typicalCount(intermediate.year2.p, o.families) : o.year2Base,
      stability: yearThree ? o.stability : typicalCount(defaults.stability.p, o.year3Base),
      wellbeing: yearThree ? o.wellbeing : typicalCount(defaults.wellbeing.p, o.year3Base),
      waiting: o.waiting,
      estimated: yearThree ? [] : ["stability", "wellbeing"],
      year2Estimated,
      waits: stayed.map((f) => ({ requestDate: f.requestDate, contractDate: f.contractDate, waitMonths: f.waitMonths })),
      defaults,
    };
  });
  return { rules: rulesOf(params, premiumPerFamily), cohorts, premiumGiven: premiumPerFamily !== null, fromData: true, intermediate };
}

/**
 * A seed without data: one cohort of 11 families entering in the current year (the deck's
 * example), every family meeting the year-1 outcome (its tranche is due) and, by default, the
 * year-2 one (no year 2 is observed, so its probability is the year-1 rate, 1); every year-3
 * outcome at the default probability and its typical count.
 */
export function exampleSeed(params: Params, premiumPerFamily: number | null): SimulationSeed {
  const families = 11;
  const count = typicalCount(DEFAULT_PROBABILITY, families);
  const fallback = (): ProbabilityDefault => ({ p: DEFAULT_PROBABILITY, source: "default", cohorts: [] });
  const defaults: Record<Outcome, ProbabilityDefault> = { stability: fallback(), wellbeing: fallback(), waiting: fallback() };
  const intermediate = intermediateDefaults(
    [{ cohort: params.currentYear, families, year1: families, year2: families }],
    params.currentYear,
  );
  return {
    rules: rulesOf(params, premiumPerFamily),
    cohorts: [
      {
        cohort: params.currentYear,
        families,
        excluded: 0,
        year1: families,
        year2: typicalCount(intermediate.year2.p, families),
        stability: count,
        wellbeing: count,
        waiting: count,
        estimated: [...OUTCOMES],
        year2Estimated: true,
        waits: null,
        defaults,
      },
    ],
    premiumGiven: premiumPerFamily !== null,
    fromData: false,
    intermediate,
  };
}

/** The seed's scenario: the agreement and the data as they are (the baseline). */
export function scenarioOf(seed: SimulationSeed): Scenario {
  return {
    rules: { ...seed.rules, shares: [...seed.rules.shares] },
    cohorts: seed.cohorts.map(({ cohort, families, excluded, year1, year2, stability, wellbeing, waiting }) => ({
      cohort,
      families,
      excluded,
      year1,
      year2,
      stability,
      wellbeing,
      waiting,
    })),
  };
}

/** The seed's default probabilities, one set per cohort, the year-1 and year-2 ones included. */
export const defaultProbabilities = (seed: SimulationSeed): OutcomeProbabilities[] =>
  seed.cohorts.map((c) => ({
    stability: c.defaults.stability.p,
    wellbeing: c.defaults.wellbeing.p,
    waiting: c.defaults.waiting.p,
    year1: seed.intermediate.year1.p,
    year2: seed.intermediate.year2.p,
  }));
