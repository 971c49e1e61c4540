import { parseParams } from "../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../src/engine/beneficiaries/parse";
import { DEFAULT_SAMPLES, scenarioOdds } from "../src/engine/simulation/odds";
import type { Scenario } from "../src/engine/simulation/scenario";
import { defaultProbabilities, scenarioOf, seedSimulation } from "../src/engine/simulation/seed";
import { stabilityStepChart } from "../src/engine/simulation/stepChart";
import { differenceFrom, whatIf } from "../src/engine/simulation/whatIf";
import { largeProgrammeSheet } from "../src/samples/largeProgramme";
import { timeRuns } from "./measure";
import type { Rows } from "./rows";

/**
 * The Simulazione tab recomputes on every move of a slider: the what-if, the step chart and the
 * exact odds of 20 cohorts (about 15 families each, current year 20) must stay far below one
 * frame (16 ms). Extra rows: no budget of issue 14.
 */
export async function benchSimulation(rows: Rows): Promise<void> {
  const params = parseParams({ premiumPerFamily: 6000, currentYear: 20 }).params!;
  const parsed = parseBeneficiarySheet(largeProgrammeSheet(300, 20), params);
  const seed = seedSimulation(parsed.families, params, 6000);
  const base = scenarioOf(seed);
  const baseline = whatIf(base);
  let scenario: Scenario = base;
  let step = 0;
  const move = () => {
    // One keyboard step of the full threshold slider, between 70 % and 90 %.
    step++;
    scenario = { ...base, rules: { ...base.rules, fullThreshold: (70 + (step % 21)) / 100 } };
  };
  const uncertain = seed.cohorts.filter((c) => c.estimated.length > 0).length;
  const of = `${seed.cohorts.length} cohorts, ${uncertain} with year 3 still uncertain`;
  const slider = async (what: string, runs: number, body: () => void) => {
    const spread = await timeRuns(
      runs,
      () => {
        move();
        body();
      },
      5,
    );
    rows.add({ what, unit: "ms", spread, detail: of });
  };
  await slider("simulation: what-if + step chart + difference (one slider step)", 200, () => {
    const result = whatIf(scenario);
    stabilityStepChart(scenario, 20);
    differenceFrom(result, baseline);
  });
  await slider("simulation: exact odds (binomial tiers, convolved total, percentiles)", 200, () =>
    scenarioOdds(scenario, defaultProbabilities(seed)),
  );
  await slider("simulation: what-if + step chart + exact odds together", 200, () => {
    stabilityStepChart(scenario, 20);
    differenceFrom(whatIf(scenario), baseline);
    scenarioOdds(scenario, defaultProbabilities(seed));
  });
  await slider(`simulation: correlated odds, seeded Monte Carlo of ${DEFAULT_SAMPLES.toLocaleString("en")} draws per cohort`, 20, () =>
    scenarioOdds(scenario, defaultProbabilities(seed), { correlation: 0.3 }),
  );
}
