import { fromCents, toCents } from "../cells/rounding";
import { capCents, trancheAmount, type CohortYear } from "../payments/schedule";
import { tierFromCounts, type Tier } from "../payments/tier";
import { cohortDistances, type CohortDistances } from "./margins";
import {
  calendarYearOf,
  checkScenario,
  OUTCOMES,
  trancheDue,
  year3Base,
  yearThreeKnown,
  type CohortInput,
  type Outcome,
  type Scenario,
  type SimulationRules,
} from "./scenario";

/**
 * The what-if (MECHANISM.md §7): a scenario's tiers, its tranches — due ones and, for the years
 * still to come, projections from the scenario's counts — its payments per programme year and
 * total, and how far each cohort is from its next tier and from losing its current one.
 * Amounts are the payment engine's (ROUND to the cent of share × premium × base × tier) and are
 * added in whole cents. The cap, when there is one, is applied in programme-year order, then
 * cohort, to due tranches and projections alike: a projection is paid only after every due
 * tranche, so the due payments are capped exactly as the payment sheets cap them.
 */

export interface WhatIfTranche {
  cohort: number;
  cohortYear: CohortYear;
  programmeYear: number;
  /** The families it is paid for. */
  base: number;
  share: number;
  /** The year-3 tier factor; null for cohort years 1 and 2. */
  tier: number | null;
  /** Whole cents, before and after the cap. */
  centsBeforeCap: number;
  cents: number;
  /** Due (its programme year ≤ the current year); otherwise a projection. */
  due: boolean;
}

export interface WhatIfCohort {
  cohort: number;
  /** The year-3 denominator. */
  families: number;
  /** Whether its year-3 outcomes are known (its balance is due). */
  known: boolean;
  counts: Record<Outcome, number>;
  /** Each count over the denominator; null when the denominator is 0. */
  rates: Record<Outcome, number | null>;
  tier: Tier;
  /** The year-3 tranche in euros (after the cap). */
  balance: number;
  distances: CohortDistances;
}

export interface WhatIfYear {
  programmeYear: number;
  calendarYear: number | null;
  /** Euros paid in the year, after the cap. */
  amount: number;
  cumulative: number;
  /** Every tranche of the year is due; otherwise the year holds projections. */
  due: boolean;
}

export interface WhatIfResult {
  cohorts: WhatIfCohort[];
  /** Ordered by programme year, then cohort. */
  tranches: WhatIfTranche[];
  /** From the first cohort's year to the last tranche's, with no gaps. */
  years: WhatIfYear[];
  /** Euros, after the cap: every tranche, the due ones, the projected ones. */
  total: number;
  dueTotal: number;
  projectedTotal: number;
  capCut: number;
}

/** Whole cents of an amount in euros; throws a RangeError when it is out of the exactly countable range. */
export function centsOf(amount: number): number {
  const cents = Number(toCents(amount));
  if (!Number.isSafeInteger(cents)) throw new RangeError(`The amount ${amount} is too large to be added exactly in cents.`);
  return cents;
}

export const euros = (cents: number): number => fromCents(BigInt(cents));

/** The tranche's base: year-1 and year-2 families meeting the outcome, year 3 the denominator. */
const baseOf = (c: CohortInput, k: CohortYear): number => (k === 1 ? c.year1 : k === 2 ? c.year2 : year3Base(c));

export const tierOfCohort = (c: CohortInput, rules: SimulationRules): Tier =>
  tierFromCounts({ stability: c.stability, wellbeing: c.wellbeing, waiting: c.waiting, families: year3Base(c) }, rules);

/** The cents of one cohort's tranche of cohort year k at tier factor `factor` (k = 3), before any cap. */
export const trancheCents = (c: CohortInput, k: CohortYear, factor: number, rules: SimulationRules): number =>
  centsOf(trancheAmount(rules.shares[k - 1], rules.premiumPerFamily, baseOf(c, k), k === 3 ? factor : 1));

/** The scenario's what-if. Throws a RangeError when the scenario is impossible (see checkScenario). */
export function whatIf(scenario: Scenario): WhatIfResult {
  checkScenario(scenario);
  const { rules } = scenario;
  const tiers = scenario.cohorts.map((c) => tierOfCohort(c, rules));
  const unordered = scenario.cohorts.flatMap((c, i) =>
    ([1, 2, 3] as const).map((k): WhatIfTranche => {
      const cents = trancheCents(c, k, tiers[i].factor, rules);
      return {
        cohort: c.cohort,
        cohortYear: k,
        programmeYear: c.cohort + k - 1,
        base: baseOf(c, k),
        share: rules.shares[k - 1],
        tier: k === 3 ? tiers[i].factor : null,
        centsBeforeCap: cents,
        cents,
        due: trancheDue(c.cohort, k, rules.currentYear),
      };
    }),
  );
  const tranches = capped(
    unordered.sort((a, b) => a.programmeYear - b.programmeYear || a.cohort - b.cohort),
    rules.cap,
  );

  const cohorts = scenario.cohorts.map((c, i): WhatIfCohort => {
    const n = year3Base(c);
    const counts = { stability: c.stability, wellbeing: c.wellbeing, waiting: c.waiting };
    const balance = tranches.find((t) => t.cohort === c.cohort && t.cohortYear === 3)?.cents ?? 0;
    return {
      cohort: c.cohort,
      families: n,
      known: yearThreeKnown(c, rules),
      counts,
      rates: Object.fromEntries(OUTCOMES.map((o) => [o, n === 0 ? null : counts[o] / n])) as Record<Outcome, number | null>,
      tier: tiers[i],
      balance: euros(balance),
      distances: cohortDistances(counts, n, tiers[i], rules, rules.waitLimitMonths),
    };
  });

  const sum = (list: WhatIfTranche[]): number => list.reduce((total, t) => total + t.cents, 0);
  return {
    cohorts,
    tranches,
    years: yearsOf(tranches, scenario, rules),
    total: euros(sum(tranches)),
    dueTotal: euros(sum(tranches.filter((t) => t.due))),
    projectedTotal: euros(sum(tranches.filter((t) => !t.due))),
    capCut: euros(tranches.reduce((cut, t) => cut + t.centsBeforeCap - t.cents, 0)),
  };
}

/** The cap in whole cents (taken down to the cent), or null. */
export const capOf = (rules: SimulationRules): number | null => (rules.cap === null ? null : Number(capCents(rules.cap)));

function capped(tranches: WhatIfTranche[], cap: number | null): WhatIfTranche[] {
  if (cap === null) return tranches;
  let left = Number(capCents(cap));
  return tranches.map((t) => {
    const paid = Math.min(t.centsBeforeCap, left);
    left -= paid;
    return { ...t, cents: paid };
  });
}

function yearsOf(tranches: WhatIfTranche[], scenario: Scenario, rules: SimulationRules): WhatIfYear[] {
  if (scenario.cohorts.length === 0) return [];
  const first = Math.min(...scenario.cohorts.map((c) => c.cohort));
  const last = Math.max(...scenario.cohorts.map((c) => c.cohort + 2));
  const years: WhatIfYear[] = [];
  let running = 0;
  for (let year = first; year <= last; year++) {
    const inYear = tranches.filter((t) => t.programmeYear === year);
    const cents = inYear.reduce((total, t) => total + t.cents, 0);
    running += cents;
    years.push({
      programmeYear: year,
      calendarYear: calendarYearOf(year, rules),
      amount: euros(cents),
      cumulative: euros(running),
      due: year <= rules.currentYear,
    });
  }
  return years;
}

export interface WhatIfDifference {
  /** Scenario − baseline, in euros. */
  total: number;
  /** Per programme year of either, scenario − baseline. */
  years: { programmeYear: number; amount: number }[];
}

/** The scenario's payments against the baseline's (the agreement and the data as they are). */
export function differenceFrom(result: WhatIfResult, baseline: WhatIfResult): WhatIfDifference {
  const cents = (amount: number): number => centsOf(amount);
  const years = new Map<number, number>();
  for (const y of baseline.years) years.set(y.programmeYear, -cents(y.amount));
  for (const y of result.years) years.set(y.programmeYear, (years.get(y.programmeYear) ?? 0) + cents(y.amount));
  return {
    total: euros(cents(result.total) - cents(baseline.total)),
    years: [...years.entries()].sort(([a], [b]) => a - b).map(([programmeYear, amount]) => ({ programmeYear, amount: euros(amount) })),
  };
}
