import { DEFAULT_PARAMS, type Params } from "../../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { rulesOf } from "../../../src/engine/simulation/seed";
import type { CohortInput, Scenario, SimulationRules } from "../../../src/engine/simulation/scenario";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../fixtures/illustration";

/** The §9 illustration's families, parsed with the agreement `params` (default: premium 6,000 €, current year 4). */
export function illustrationFamilies(params: Params = ILLUSTRATION_PARAMS) {
  return parseBeneficiarySheet(ILLUSTRATION_SHEET, params).families;
}

/** The default agreement's rules, premium per family 6,000 €, with some changed. */
export const rules = (overrides: Partial<SimulationRules> = {}): SimulationRules => ({ ...rulesOf(DEFAULT_PARAMS, 6000), ...overrides });

/** A cohort of `families` families, every year-1 and year-2 outcome met, with the given year-3 counts. */
export const cohort = (
  cohortYear: number,
  families: number,
  stability: number,
  wellbeing: number,
  waiting: number,
  extra: Partial<CohortInput> = {},
): CohortInput => ({
  cohort: cohortYear,
  families,
  excluded: 0,
  year1: families,
  year2: families,
  stability,
  wellbeing,
  waiting,
  ...extra,
});

export const scenario = (cohorts: CohortInput[], overrides: Partial<SimulationRules> = {}): Scenario => ({
  rules: rules(overrides),
  cohorts,
});
