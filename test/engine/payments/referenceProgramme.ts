import type { Params } from "../../../src/engine/agreement/params";
import { roundCents } from "../../../src/engine/cells/rounding";
import { isValidCohort, waitedLessThanLimit, type CohortOutcome } from "../../../src/engine/payments/cohorts";
import { daysAvoided, type CostSaving, type FamilySaving } from "../../../src/engine/payments/saving";
import { tierFromCounts } from "../../../src/engine/payments/tier";
import type { Family } from "../../../src/engine/types";

/**
 * The cohort counts and the cost saving written as plainly as §4 and §6 state them, without the
 * engine's shortcuts (one pass, a cache of limit dates, a list made only when read): the engine
 * must give exactly what these give.
 */

export function referenceOutcomes(families: Family[], p: Params): CohortOutcome[] {
  const valid = families.filter((f) => isValidCohort(f.cohort));
  const cohorts = [...new Set(valid.map((f) => f.cohort as number))].sort((a, b) => a - b);
  return cohorts.map((cohort) => {
    const group = valid.filter((f) => f.cohort === cohort);
    const left = (f: Family): boolean => f.exitDate !== null;
    const inYear3 = group.filter((f) => p.leaversInDenominator || !left(f));
    const achievers = inYear3.filter((f) => !left(f));
    const year3Base = inYear3.length;
    const stability = achievers.filter((f) => f.stability === true).length;
    const wellbeing = achievers.filter((f) => f.wellbeing === true).length;
    const waiting = achievers.filter((f) => waitedLessThanLimit(f, p.waitLimitMonths)).length;
    const rate = (n: number): number | null => (year3Base === 0 ? null : n / year3Base);
    return {
      cohort,
      families: group.length,
      leavers: group.filter(left).length,
      year1Base: group.filter((f) => f.leaseSigned === true && f.supportStarted === true).length,
      year2Base: group.filter((f) => f.housingKept === true && f.supportContinued === true).length,
      year3Base,
      stability,
      wellbeing,
      waiting,
      rates: { stability: rate(stability), wellbeing: rate(wellbeing), waiting: rate(waiting) },
      tier: tierFromCounts({ stability, wellbeing, waiting, families: year3Base }, p),
    };
  });
}

export function referenceSaving(families: Family[], p: Params): CostSaving & { perFamily: FamilySaving[] } {
  const perFamily: FamilySaving[] = [];
  const excluded: number[] = [];
  for (const f of families) {
    const days = daysAvoided(f, p);
    const members = f.members;
    if (days === null || members === null || !Number.isInteger(members) || members < 1) excluded.push(f.row);
    else perFamily.push({ row: f.row, id: f.id, days, saving: days * p.dailyCost * members });
  }
  const compare = <T extends number | string>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);
  perFamily.sort(
    (a, b) =>
      compare(a.row, b.row) ||
      compare(a.id === null ? 0 : 1, b.id === null ? 0 : 1) ||
      compare(a.id ?? "", b.id ?? "") ||
      compare(a.days, b.days) ||
      compare(a.saving, b.saving),
  );
  excluded.sort((a, b) => a - b);
  return { total: roundCents(perFamily.reduce((sum, f) => sum + f.saving, 0)), perFamily, excluded };
}
