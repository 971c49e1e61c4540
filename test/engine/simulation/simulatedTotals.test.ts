import { currentYearTranches } from "../../../src/engine/payments/currentYearTranches";
import { evaluateProgramme } from "../../../src/engine/payments/programme";
import { scenarioOdds } from "../../../src/engine/simulation/odds";
import { defaultProbabilities, scenarioOf, seedSimulation } from "../../../src/engine/simulation/seed";
import { simulatedTotals } from "../../../src/engine/simulation/simulatedTotals";
import { whatIf } from "../../../src/engine/simulation/whatIf";
import { paramsWith } from "../fixtures/beneficiarySheet";
import { illustrationFamilies } from "./fixtures";

/**
 * The totals Pagamenti sets side by side (§9's illustration, premium 6,000 €): the due total of
 * the schedule, and the simulated and expected totals exactly as Simulazione opens on them.
 */

const THIRD_YEAR = paramsWith({ premiumPerFamily: 6000, currentYear: 3, firstCalendarYear: 2024 });
const families = illustrationFamilies(THIRD_YEAR);

describe("simulatedTotals", () => {
  test("in year 3, the simulated total is the due one plus cohort 2's projected balance of year 4 (2027), and equals Simulazione's", () => {
    const totals = simulatedTotals(families, THIRD_YEAR, 6000);
    const due = evaluateProgramme(families, THIRD_YEAR).schedule?.total;
    expect(totals).not.toBeNull();
    expect(totals?.dueTotal).toBe(due);
    expect(totals?.projectedYears).toEqual([{ programmeYear: 4, calendarYear: 2027 }]);
    expect(totals?.total).toBe((totals?.dueTotal ?? 0) + (totals?.projectedTotal ?? 0));
    expect(totals).toMatchObject({ total: 130200, dueTotal: 97200, projectedTotal: 33000 });
    expect(totals?.expectedTotal).toBeCloseTo(129682.79, 2);

    const seed = seedSimulation(families, THIRD_YEAR, 6000);
    expect(totals?.total).toBe(whatIf(scenarioOf(seed)).total);
    expect(totals?.expectedTotal).toBe(scenarioOdds(scenarioOf(seed), defaultProbabilities(seed), { correlation: 0 }).expectedTotal);
  });

  test("in year 4 nothing is projected: the simulated and expected totals are the due one", () => {
    const fourth = paramsWith({ premiumPerFamily: 6000, currentYear: 4 });
    const totals = simulatedTotals(illustrationFamilies(fourth), fourth, 6000);
    const due = evaluateProgramme(illustrationFamilies(fourth), fourth).schedule?.total;
    expect(totals).toMatchObject({ total: due, dueTotal: due, projectedTotal: 0, projectedYears: [], expectedTotal: due });
  });

  test("without a cohort that has entered, there is nothing of the data to simulate", () => {
    expect(simulatedTotals([], THIRD_YEAR, 6000)).toBeNull();
  });
});

describe("currentYearTranches", () => {
  test("year 3 (2026) holds cohort 1's balance and cohort 2's second tranche, by cohort", () => {
    const schedule = evaluateProgramme(families, THIRD_YEAR).schedule;
    const year = currentYearTranches(schedule, THIRD_YEAR);
    expect(year.programmeYear).toBe(3);
    expect(year.calendarYear).toBe(2026);
    expect(year.tranches.map((t) => [t.cohort, t.cohortYear, t.share, t.families, t.tier, t.amount])).toEqual([
      [1, 3, 0.5, 11, 1, 33000],
      [2, 2, 0.3, 11, null, 19800],
    ]);
  });

  test("without a calendar year or a schedule, the year is a programme year with no tranche", () => {
    const params = paramsWith({ currentYear: 2 });
    expect(currentYearTranches(null, params)).toEqual({ programmeYear: 2, calendarYear: null, tranches: [] });
  });
});
