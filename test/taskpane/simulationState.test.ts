import { cohortOutcomes } from "../../src/engine/payments/cohorts";
import { seedSimulation } from "../../src/engine/simulation/seed";
import {
  initialSimulationState,
  probabilityOrigins,
  simulationReducer,
  type SimulationAction,
  type SimulationState,
} from "../../src/taskpane/simulation/simulationState";
import { paramsWith } from "../engine/fixtures/beneficiarySheet";
import { ILLUSTRATION_PARAMS } from "../engine/fixtures/illustration";
import { illustrationFamilies } from "../engine/simulation/fixtures";

/** How the Simulazione tab's inputs change and stay consistent. */

const start = (): SimulationState => initialSimulationState(seedSimulation(illustrationFamilies(), ILLUSTRATION_PARAMS, 6000));
const apply = (state: SimulationState, ...actions: SimulationAction[]): SimulationState => actions.reduce(simulationReducer, state);
const cohort2 = (state: SimulationState) => state.scenario.cohorts[1];

test("the partial threshold never passes the full one, whichever moves", () => {
  const lowered = apply(start(), { type: "threshold", which: "full", value: 0.5 });
  expect([lowered.scenario.rules.fullThreshold, lowered.scenario.rules.partialThreshold]).toEqual([0.5, 0.5]);
  const raised = apply(start(), { type: "threshold", which: "partial", value: 0.9 });
  expect([raised.scenario.rules.fullThreshold, raised.scenario.rules.partialThreshold]).toEqual([0.9, 0.9]);
  expect(apply(start(), { type: "threshold", which: "full", value: 1.7 }).scenario.rules.fullThreshold).toBe(1);
});

test("the partial payment stays between the below-partial payment and 1; shares between 0 and 1; the premium ≥ 0", () => {
  const s = apply(
    start(),
    { type: "partialPayment", value: -0.2 },
    { type: "share", index: 2, value: 1.4 },
    { type: "premium", value: -5 },
  );
  expect(s.scenario.rules.partialPayment).toBe(0);
  expect(s.scenario.rules.shares).toEqual([0.2, 0.3, 1]);
  expect(s.scenario.rules.premiumPerFamily).toBe(0);
  expect(apply(start(), { type: "premium", value: Number.NaN }).scenario.rules.premiumPerFamily).toBe(6000);
});

test("counts stay whole numbers within the cohort; fewer families bring the other counts down with them", () => {
  const s = apply(
    start(),
    { type: "count", cohort: 2, field: "stability", value: 14 },
    { type: "count", cohort: 2, field: "wellbeing", value: 3.6 },
  );
  expect([cohort2(s).stability, cohort2(s).wellbeing]).toEqual([11, 4]);
  const fewer = apply(start(), { type: "count", cohort: 2, field: "families", value: 8 });
  expect(cohort2(fewer)).toEqual({ cohort: 2, families: 8, excluded: 0, year1: 8, year2: 8, stability: 7, wellbeing: 8, waiting: 8 });
  expect(cohort2(apply(start(), { type: "count", cohort: 2, field: "families", value: 0 })).families).toBe(1);
  expect(apply(start(), { type: "count", cohort: 9, field: "families", value: 3 }).scenario).toEqual(start().scenario);
});

test("moving the waiting limit recounts each cohort's waits from the data, as the payment engine counts them", () => {
  for (const limit of [4, 6, 7, 12]) {
    const s = apply(start(), { type: "waitingLimit", value: limit });
    const engine = cohortOutcomes(illustrationFamilies(), paramsWith({ waitLimitMonths: limit }));
    expect(s.scenario.cohorts.map((c) => c.waiting)).toEqual(engine.map((o) => o.waiting));
    expect(s.scenario.rules.waitLimitMonths).toBe(limit);
  }
  const back = apply(start(), { type: "waitingLimit", value: 4 }, { type: "resetRules" });
  expect(back.scenario).toEqual(start().scenario);
});

test("a probability set by hand is marked; resetting brings back the defaults and independence", () => {
  const s = apply(start(), { type: "probability", cohort: 2, outcome: "wellbeing", value: 0.95 }, { type: "correlation", value: 2 });
  expect(s.probabilities[1].wellbeing).toBe(0.95);
  expect(s.correlation).toBe(0.95);
  expect(probabilityOrigins(s)[1]).toEqual({ stability: "observed", wellbeing: "user", waiting: "observed" });
  const reset = apply(s, { type: "resetProbabilities" });
  expect(reset.probabilities).toEqual(start().probabilities);
  expect(reset.correlation).toBe(0);
  expect(probabilityOrigins(reset)[1].wellbeing).toBe("observed");
});

test("resetting the counts keeps the rules and recounts the waits at the simulated limit", () => {
  const s = apply(
    start(),
    { type: "waitingLimit", value: 6 },
    { type: "count", cohort: 1, field: "stability", value: 3 },
    { type: "resetCohorts" },
  );
  expect(s.scenario.rules.waitLimitMonths).toBe(6);
  expect(s.scenario.cohorts[0].stability).toBe(9);
  expect(s.scenario.cohorts.map((c) => c.waiting)).toEqual(
    apply(start(), { type: "waitingLimit", value: 6 }).scenario.cohorts.map((c) => c.waiting),
  );
});
