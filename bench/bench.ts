import { performance } from "node:perf_hooks";
import { parseParams } from "../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../src/engine/beneficiaries/parse";
import { evaluateProgramme } from "../src/engine/payments/programme";
import { paymentPlans } from "../src/engine/sheets/paymentPlans";
import { DEFAULT_SAMPLES, scenarioOdds } from "../src/engine/simulation/odds";
import type { Scenario } from "../src/engine/simulation/scenario";
import { defaultProbabilities, scenarioOf, seedSimulation } from "../src/engine/simulation/seed";
import { stabilityStepChart } from "../src/engine/simulation/stepChart";
import { differenceFrom, whatIf } from "../src/engine/simulation/whatIf";
import type { SheetInput } from "../src/engine/types";
import { largeProgrammeSheet } from "../src/samples/largeProgramme";
import { benchCommandLine } from "./commandLineBench";

/** Prints how long the engine takes on large inputs (`npm run bench`); it asserts nothing. */

const sheetOf = (rows: number, currentYear: number): SheetInput => largeProgrammeSheet(rows, currentYear);

function measure(label: string, runs: number, body: () => void): void {
  body();
  const start = performance.now();
  for (let i = 0; i < runs; i++) body();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms`);
}

/** Heap in use after a full collection (node --expose-gc). */
function settledHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const params = parseParams({ premiumPerFamily: 6000, currentYear: 20 }).params!;

for (const rows of [1_000, 10_000, 100_000]) {
  const sheet = sheetOf(rows, 20);
  const heapBefore = settledHeap();
  const parsed = parseBeneficiarySheet(sheet, params);
  const heapMb = (settledHeap() - heapBefore) / 1e6;
  measure(`validate ${rows.toLocaleString("en")} families (${parsed.issues.length} issues)`, rows >= 100_000 ? 2 : 10, () =>
    parseBeneficiarySheet(sheet, params),
  );
  measure(`payment schedule of ${rows.toLocaleString("en")} families in 20 cohorts`, rows >= 100_000 ? 2 : 10, () =>
    evaluateProgramme(parsed.families, params),
  );
  if (parsed.issues.every((issue) => issue.severity !== "error")) {
    measure(`H4A_Calcolo + H4A_Pagamenti plans for ${rows.toLocaleString("en")} families`, rows >= 100_000 ? 2 : 5, () =>
      paymentPlans({ sheet, parsed, params }),
    );
  }
  console.log(`${"  heap retained by the parsed sheet".padEnd(58)} ${heapMb.toFixed(1).padStart(9)} MB`);
}

// The Simulazione tab recomputes on every move of a slider: the what-if, the step chart and the
// exact odds of 20 cohorts (about 15 families each, current year 20) must stay far below one
// frame (16 ms).
{
  const sheet = sheetOf(300, 20);
  const parsed = parseBeneficiarySheet(sheet, params);
  const seed = seedSimulation(parsed.families, params, 6000);
  const base = scenarioOf(seed);
  const baseline = whatIf(base);
  let state: { scenario: Scenario } = { scenario: base };
  let step = 0;
  const move = () => {
    // One keyboard step of the full threshold slider, between 70 % and 90 %.
    step++;
    state = { scenario: { ...base, rules: { ...base.rules, fullThreshold: (70 + (step % 21)) / 100 } } };
  };
  console.log(
    `simulation of ${seed.cohorts.length} cohorts, ${seed.cohorts.filter((c) => c.estimated.length > 0).length} with year 3 still uncertain`,
  );
  measure("  what-if + step chart + difference (one slider step)", 200, () => {
    move();
    const result = whatIf(state.scenario);
    stabilityStepChart(state.scenario, 20);
    differenceFrom(result, baseline);
  });
  measure("  exact odds (binomial tiers, convolved total, percentiles)", 200, () => {
    move();
    scenarioOdds(state.scenario, defaultProbabilities(seed));
  });
  measure("  what-if + step chart + exact odds together", 200, () => {
    move();
    stabilityStepChart(state.scenario, 20);
    differenceFrom(whatIf(state.scenario), baseline);
    scenarioOdds(state.scenario, defaultProbabilities(seed));
  });
  measure(`  correlated odds: seeded Monte Carlo, ${DEFAULT_SAMPLES.toLocaleString("en")} draws per cohort`, 20, () => {
    move();
    scenarioOdds(state.scenario, defaultProbabilities(seed), { correlation: 0.3 });
  });
}

// The command line end to end on large files, each command in its own process.
benchCommandLine().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
