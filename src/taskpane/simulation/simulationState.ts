import { defaultProbabilities, scenarioOf, waitingCount, type SimulationSeed } from "../../engine/simulation/seed";
import {
  OUTCOMES,
  year3Base,
  type CohortInput,
  type Outcome,
  type OutcomeProbabilities,
  type Scenario,
} from "../../engine/simulation/scenario";
import type { ProbabilityOrigin } from "../../engine/simulation/scenarioTable";

/**
 * The Simulazione tab's inputs as plain data, and how each change keeps them consistent: counts
 * stay whole numbers within their cohort, the partial threshold never passes the full one, and
 * moving the waiting limit recounts the waits from the data. No React here.
 */

export type CountField = "families" | "year1" | "year2" | Outcome;

export interface SimulationState {
  seed: SimulationSeed;
  scenario: Scenario;
  probabilities: OutcomeProbabilities[];
  /** Per cohort, the outcomes whose probability was set in the pane. */
  userSet: Record<Outcome, boolean>[];
  correlation: number;
}

export type SimulationAction =
  | { type: "threshold"; which: "full" | "partial"; value: number }
  | { type: "strict"; which: "full" | "partial"; value: boolean }
  | { type: "partialPayment"; value: number }
  | { type: "waitingLimit"; value: number }
  | { type: "share"; index: 0 | 1 | 2; value: number }
  | { type: "premium"; value: number }
  | { type: "count"; cohort: number; field: CountField; value: number }
  | { type: "probability"; cohort: number; outcome: Outcome; value: number }
  | { type: "correlation"; value: number }
  | { type: "resetRules" }
  | { type: "resetCohorts" }
  | { type: "resetProbabilities" };

/** The most families a simulated cohort may have. */
export const MAX_FAMILIES = 999;
/** The largest correlation offered (1 would make every family of a cohort fare alike). */
export const MAX_CORRELATION = 0.95;
export const MAX_WAITING_MONTHS = 60;

const noneSet = (): Record<Outcome, boolean> => ({ stability: false, wellbeing: false, waiting: false });

export function initialSimulationState(seed: SimulationSeed): SimulationState {
  return {
    seed,
    scenario: scenarioOf(seed),
    probabilities: defaultProbabilities(seed),
    userSet: seed.cohorts.map(noneSet),
    correlation: 0,
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const finiteOr = (value: number, fallback: number): number => (Number.isFinite(value) ? value : fallback);
const whole = (value: number, min: number, max: number, fallback: number): number => clamp(Math.round(finiteOr(value, fallback)), min, max);

/** A cohort with its counts brought back within its families. */
function fitted(c: CohortInput): CohortInput {
  const families = clamp(c.families, c.excluded, MAX_FAMILIES);
  const next = { ...c, families, year1: Math.min(c.year1, families), year2: Math.min(c.year2, families) };
  for (const outcome of OUTCOMES) next[outcome] = Math.min(c[outcome], year3Base(next));
  return next;
}

function changeCount(c: CohortInput, field: CountField, value: number): CohortInput {
  if (field === "families") return fitted({ ...c, families: whole(value, Math.max(1, c.excluded), MAX_FAMILIES, c.families) });
  const max = field === "year1" || field === "year2" ? c.families : year3Base(c);
  return { ...c, [field]: whole(value, 0, max, c[field]) };
}

export function simulationReducer(state: SimulationState, action: SimulationAction): SimulationState {
  const rules = state.scenario.rules;
  const withRules = (changes: Partial<Scenario["rules"]>): SimulationState => ({
    ...state,
    scenario: { ...state.scenario, rules: { ...rules, ...changes } },
  });
  switch (action.type) {
    case "threshold": {
      const value = clamp(finiteOr(action.value, 0), 0, 1);
      if (action.which === "full") return withRules({ fullThreshold: value, partialThreshold: Math.min(rules.partialThreshold, value) });
      return withRules({ partialThreshold: value, fullThreshold: Math.max(rules.fullThreshold, value) });
    }
    case "strict":
      return withRules(action.which === "full" ? { fullStrict: action.value } : { partialStrict: action.value });
    case "partialPayment":
      return withRules({ partialPayment: clamp(finiteOr(action.value, rules.partialPayment), rules.belowPartialPayment, 1) });
    case "share": {
      const shares: [number, number, number] = [...rules.shares];
      shares[action.index] = clamp(finiteOr(action.value, shares[action.index]), 0, 1);
      return withRules({ shares });
    }
    case "premium":
      return withRules({ premiumPerFamily: Math.max(0, finiteOr(action.value, rules.premiumPerFamily)) });
    case "waitingLimit": {
      // Whole months, as the agreement has them (EDATE adds whole months only).
      const limit = whole(action.value, 1, MAX_WAITING_MONTHS, rules.waitLimitMonths);
      return {
        ...state,
        scenario: { rules: { ...rules, waitLimitMonths: limit }, cohorts: recounted(state.seed, state.scenario.cohorts, limit) },
      };
    }
    case "count":
      return {
        ...state,
        scenario: {
          ...state.scenario,
          cohorts: state.scenario.cohorts.map((c) => (c.cohort === action.cohort ? changeCount(c, action.field, action.value) : c)),
        },
      };
    case "probability": {
      const index = state.scenario.cohorts.findIndex((c) => c.cohort === action.cohort);
      if (index < 0) return state;
      const probabilities = state.probabilities.map((p, i) =>
        i === index ? { ...p, [action.outcome]: clamp(finiteOr(action.value, p[action.outcome]), 0, 1) } : p,
      );
      const userSet = state.userSet.map((set, i) => (i === index ? { ...set, [action.outcome]: true } : set));
      return { ...state, probabilities, userSet };
    }
    case "correlation":
      return { ...state, correlation: clamp(finiteOr(action.value, 0), 0, MAX_CORRELATION) };
    case "resetRules": {
      const seeded = scenarioOf(state.seed).rules;
      return { ...state, scenario: { rules: seeded, cohorts: recounted(state.seed, state.scenario.cohorts, seeded.waitLimitMonths) } };
    }
    case "resetCohorts":
      return { ...state, scenario: { rules, cohorts: recounted(state.seed, scenarioOf(state.seed).cohorts, rules.waitLimitMonths) } };
    case "resetProbabilities":
      return { ...state, probabilities: defaultProbabilities(state.seed), userSet: state.seed.cohorts.map(noneSet), correlation: 0 };
  }
}

/** The cohorts with the waiting outcome recounted from the data's waits at `limit` (cohorts without data are left as they are). */
function recounted(seed: SimulationSeed, cohorts: CohortInput[], limit: number): CohortInput[] {
  return cohorts.map((c, i) => {
    const waits = seed.cohorts[i]?.waits ?? null;
    return waits === null ? c : { ...c, waiting: Math.min(waitingCount(waits, limit), year3Base(c)) };
  });
}

/** Where each probability of the state comes from. */
export function probabilityOrigins(state: Pick<SimulationState, "seed" | "userSet">): Record<Outcome, ProbabilityOrigin>[] {
  return state.seed.cohorts.map((c, i) => {
    const origins = {} as Record<Outcome, ProbabilityOrigin>;
    for (const outcome of OUTCOMES) origins[outcome] = state.userSet[i]?.[outcome] ? "user" : c.defaults[outcome].source;
    return origins;
  });
}
