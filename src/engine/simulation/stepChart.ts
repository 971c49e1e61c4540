import type { TierLevel } from "../payments/tier";
import { year3Base, type Scenario } from "./scenario";
import { passingCounts } from "./tierOdds";
import { euros, tierOfCohort, trancheCents } from "./whatIf";

/**
 * The year-3 payment of one cohort against the number of its families with housing stability, the
 * other two outcomes held at the scenario's counts: a step function of whole families, with the
 * counts where stability passes each threshold.
 */

export interface StepPoint {
  /** Families with housing stability. */
  stability: number;
  level: TierLevel;
  factor: number;
  /** The year-3 tranche in euros, before any cap. */
  amount: number;
}

/** A run of counts paid the same: from `from` to `to` families, both included. */
export interface Step {
  from: number;
  to: number;
  level: TierLevel;
  factor: number;
  amount: number;
}

export interface StabilityThreshold {
  level: "partial" | "full";
  threshold: number;
  strict: boolean;
  /** The fewest families with stability that pass it; null when even all of them do not. */
  families: number | null;
}

export interface StepChart {
  cohort: number;
  /** The year-3 denominator: the x axis runs from 0 to it. */
  families: number;
  /** The scenario's families with stability. */
  current: number;
  points: StepPoint[];
  steps: Step[];
  thresholds: StabilityThreshold[];
  /** The largest amount (for the y axis). */
  maxAmount: number;
}

/** The chart of the scenario's cohort `cohort`. Throws a RangeError when the scenario has no such cohort. */
export function stabilityStepChart(scenario: Scenario, cohort: number): StepChart {
  const c = scenario.cohorts.find((item) => item.cohort === cohort);
  if (c === undefined) throw new RangeError(`The scenario has no cohort ${cohort}.`);
  const { rules } = scenario;
  const n = year3Base(c);
  const points: StepPoint[] = [];
  for (let x = 0; x <= n; x++) {
    const tier = tierOfCohort({ ...c, stability: x }, rules);
    points.push({ stability: x, level: tier.level, factor: tier.factor, amount: euros(trancheCents(c, 3, tier.factor, rules)) });
  }
  const steps: Step[] = [];
  for (const point of points) {
    const last = steps[steps.length - 1];
    if (last !== undefined && last.level === point.level && last.amount === point.amount) last.to = point.stability;
    else steps.push({ from: point.stability, to: point.stability, level: point.level, factor: point.factor, amount: point.amount });
  }
  const cuts = passingCounts(n, rules);
  return {
    cohort,
    families: n,
    current: c.stability,
    points,
    steps,
    thresholds: [
      { level: "partial", threshold: rules.partialThreshold, strict: rules.partialStrict, families: cuts.partial },
      { level: "full", threshold: rules.fullThreshold, strict: rules.fullStrict, families: cuts.full },
    ],
    maxAmount: points.reduce((max, p) => Math.max(max, p.amount), 0),
  };
}
