import type { Params } from "../agreement/params";
import type { Family } from "../types";
import { scenarioOdds } from "./odds";
import { defaultProbabilities, scenarioOf, seedSimulation } from "./seed";
import { whatIf } from "./whatIf";

/** The two totals the Simulazione tab opens on, for the workbook's data and agreement. */
export interface SimulatedTotals {
  /** The what-if's total: the due tranches plus the years not yet verified, projected at the seed's counts. */
  total: number;
  dueTotal: number;
  projectedTotal: number;
  /** The programme years holding projections, in order (with their calendar years when known). */
  projectedYears: { programmeYear: number; calendarYear: number | null }[];
  /** The odds' expected total: every tranche not yet due weighted by its probability (default probabilities, independent outcomes). */
  expectedTotal: number;
}

/**
 * The simulated and expected totals exactly as Simulazione first shows them for the same
 * families and agreement: the same seed, the baseline scenario, the default probabilities and no
 * correlation. Null when there is no cohort to simulate (Simulazione then shows its example
 * cohort, not the workbook) or when the scenario is out of the simulation's range.
 */
export function simulatedTotals(families: readonly Family[], params: Params, premiumPerFamily: number | null): SimulatedTotals | null {
  const seed = seedSimulation(families, params, premiumPerFamily);
  if (seed.cohorts.length === 0) return null;
  const scenario = scenarioOf(seed);
  try {
    const result = whatIf(scenario);
    const odds = scenarioOdds(scenario, defaultProbabilities(seed));
    return {
      total: result.total,
      dueTotal: result.dueTotal,
      projectedTotal: result.projectedTotal,
      projectedYears: result.years.filter((y) => !y.due).map((y) => ({ programmeYear: y.programmeYear, calendarYear: y.calendarYear })),
      expectedTotal: odds.expectedTotal,
    };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
