import { cohortOutcomes } from "../../../src/engine/payments/cohorts";
import { paramCell, type Params } from "../../../src/engine/agreement/params";
import {
  MAX_PROGRAMME_YEARS,
  paymentSchedule,
  scheduleFromCohortRows,
  ScheduleRangeError,
  trancheAmount,
} from "../../../src/engine/payments/schedule";
import type { Family } from "../../../src/engine/types";
import { agreement, cohortFamilies, COHORT_1, COHORT_2, family } from "./moneyFixtures";

const deckFamilies = [...cohortFamilies(COHORT_1), ...cohortFamilies(COHORT_2)];
const scheduleOf = (families: Family[], p: Params, ppf = 6000) => paymentSchedule(cohortOutcomes(families, p), p, ppf);
const amounts = (payments: { cohort: number; cohortYear: number; amount: number }[]) =>
  payments.map((p) => [p.cohort, p.cohortYear, p.amount]);

describe("trancheAmount", () => {
  test("share × premium per family × base × tier, rounded once as ROUND(x, 2)", () => {
    expect(trancheAmount(0.5, 6000.07, 11, 1)).toBe(33000.39);
    expect(trancheAmount(0.2, 6000.07, 11, 1)).toBe(13200.15);
    expect(trancheAmount(0.5, 6000, 11, 0.8)).toBe(26400);
    expect(trancheAmount(0.5, 6000, 0, 1)).toBe(0);
  });
});

describe("due and planned tranches", () => {
  const p = agreement({ premiumPerFamily: 6000, currentYear: 2 });
  const schedule = scheduleOf(deckFamilies, p);

  test("only tranches with cohort + year − 1 ≤ current year are payments, ordered by programme year then cohort", () => {
    expect(amounts(schedule.payments)).toEqual([
      [1, 1, 13200],
      [1, 2, 18000],
      [2, 1, 13200],
    ]);
    expect(schedule.payments.every((pay) => pay.due)).toBe(true);
    expect(schedule.total).toBe(44400);
  });

  test("not-yet-due tranches are listed apart as planned: every family of the cohort, tier 1", () => {
    expect(schedule.planned.map((t) => [t.cohort, t.cohortYear, t.programmeYear, t.families, t.tier, t.amount, t.due])).toEqual([
      [1, 3, 3, 11, 1, 33000, false],
      [2, 2, 3, 11, null, 19800, false],
      [2, 3, 4, 11, 1, 33000, false],
    ]);
  });

  test("a planned year-3 tranche leaves out the families who left when leaversInDenominator is false", () => {
    const families = [...cohortFamilies(COHORT_1), family(99, { cohort: 1, exitDate: 45000 })];
    const q = agreement({ premiumPerFamily: 6000, currentYear: 1, leaversInDenominator: false });
    expect(scheduleOf(families, q).planned.map((t) => [t.cohortYear, t.families])).toEqual([
      [2, 12],
      [3, 11],
    ]);
  });

  test("a cohort after the current year has neither payments nor planned tranches", () => {
    const q = agreement({ premiumPerFamily: 6000, currentYear: 1 });
    const later = scheduleOf(cohortFamilies(COHORT_2), q);
    expect(later).toMatchObject({ payments: [], planned: [], years: [], total: 0, capCut: 0 });
  });

  test("the year-3 tier is the cohort's factor when due, null in years 1 and 2", () => {
    const q = agreement({ premiumPerFamily: 6000, currentYear: 4 });
    expect(scheduleOf(deckFamilies, q).payments.map((pay) => pay.tier)).toEqual([null, null, null, 1, null, 0.8]);
  });
});

describe("programme years", () => {
  test("calendar years follow firstCalendarYear; without it they are null", () => {
    const withYear = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4, firstCalendarYear: 2024 }));
    expect(withYear.payments.map((pay) => [pay.programmeYear, pay.calendarYear])).toEqual([
      [1, 2024],
      [2, 2025],
      [2, 2025],
      [3, 2026],
      [3, 2026],
      [4, 2027],
    ]);
    expect(withYear.years.map((y) => y.calendarYear)).toEqual([2024, 2025, 2026, 2027]);
    expect(withYear.planned).toEqual([]);
    const without = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4 }));
    expect(without.years.every((y) => y.calendarYear === null)).toBe(true);
  });

  test("the years run without gaps from the first to the last year with a due payment, 0 where nothing is due", () => {
    const families = [...cohortFamilies(COHORT_1), ...cohortFamilies({ ...COHORT_2, cohort: 5, firstRow: 500 })];
    const schedule = scheduleOf(families, agreement({ premiumPerFamily: 6000, currentYear: 5 }));
    expect(schedule.years.map((y) => [y.programmeYear, y.amount, y.cumulative])).toEqual([
      [1, 13200, 13200],
      [2, 18000, 31200],
      [3, 33000, 64200],
      [4, 0, 64200],
      [5, 13200, 77400],
    ]);
  });

  test("payments spanning more programme years than a schedule holds raise a ScheduleRangeError with its issue", () => {
    const families = [family(2, { cohort: 1, leaseSigned: true, supportStarted: true }), family(3, { cohort: MAX_PROGRAMME_YEARS + 5 })];
    const p = agreement({ premiumPerFamily: 6000, currentYear: MAX_PROGRAMME_YEARS + 10 });
    expect(() => scheduleOf(families, p)).toThrow(ScheduleRangeError);
  });

  test("amounts beyond the range of numbers raise a ScheduleRangeError naming the premium per family", () => {
    const p = agreement({ premiumPerFamily: 1e308, currentYear: 1 });
    let raised: unknown = null;
    try {
      scheduleOf(cohortFamilies(COHORT_1), p, 1e308);
    } catch (error) {
      raised = error;
    }
    expect(raised).toBeInstanceOf(ScheduleRangeError);
    expect((raised as ScheduleRangeError).issue).toMatchObject({ rule: "amount-out-of-range", cell: paramCell("premiumPerFamily") });
  });
});

describe("the cap", () => {
  test("the payment that crosses the cap is reduced to what is left, later ones to 0, and the cut is reported", () => {
    const schedule = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4, cap: 50000 }));
    expect(schedule.payments.map((pay) => [pay.programmeYear, pay.cohort, pay.amountBeforeCap, pay.amount])).toEqual([
      [1, 1, 13200, 13200],
      [2, 1, 18000, 18000],
      [2, 2, 13200, 13200],
      [3, 1, 33000, 5600],
      [3, 2, 19800, 0],
      [4, 2, 26400, 0],
    ]);
    expect(schedule.total).toBe(50000);
    expect(schedule.capCut).toBe(73600);
    expect(schedule.years.map((y) => y.amount)).toEqual([13200, 31200, 5600, 0]);
  });

  test("the cut is exact to the cent: premium 6,000.07, cap 40,000.01 → paid 40,000.01, cut 24,200.74", () => {
    const p = agreement({ premiumPerFamily: 6000.07, currentYear: 3, cap: 40000.01 });
    const schedule = scheduleOf(cohortFamilies(COHORT_1), p, 6000.07);
    expect(schedule.payments.map((pay) => [pay.amountBeforeCap, pay.amount])).toEqual([
      [13200.15, 13200.15],
      [18000.21, 18000.21],
      [33000.39, 8799.65],
    ]);
    expect(schedule.total).toBe(40000.01);
    expect(schedule.capCut).toBe(24200.74);
  });

  test("a cap with a fraction of a cent is taken down to the cent, so nothing above it is paid", () => {
    const schedule = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4, cap: 13200.009 }));
    expect(schedule.total).toBe(13200);
    expect(schedule.capCut).toBe(110400);
  });

  test("a cap of 0 pays nothing and cuts everything; no cap cuts nothing", () => {
    const capped = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4, cap: 0 }));
    expect([capped.total, capped.capCut]).toEqual([0, 123600]);
    const uncapped = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4 }));
    expect([uncapped.total, uncapped.capCut]).toEqual([123600, 0]);
  });

  test("the cap leaves planned tranches alone", () => {
    const schedule = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 2, cap: 1000 }));
    expect(schedule.planned.map((t) => t.amount)).toEqual([33000, 19800, 33000]);
  });
});

describe("warnings about the agreement's totals", () => {
  test("more families entered than planned → the payments exceed the planned total, on plannedFamilies", () => {
    const schedule = scheduleOf(deckFamilies, agreement({ premiumPerFamily: 6000, plannedFamilies: 20, currentYear: 4 }));
    expect(schedule.issues).toEqual([
      expect.objectContaining({
        rule: "families-exceed-planned",
        severity: "warning",
        cell: paramCell("plannedFamilies"),
        field: "plannedFamilies",
        value: 20,
      }),
    ]);
    expect(schedule.issues[0].message.it).toContain("22 famiglie");
    expect(schedule.issues[0].message.en).toContain("22 families");
  });

  test("families of a cohort that has not entered yet are not counted as entered", () => {
    const p = agreement({ premiumPerFamily: 6000, plannedFamilies: 11, currentYear: 1 });
    expect(scheduleOf(deckFamilies, p).issues).toEqual([]);
  });

  test("payments due plus planned above the total premium → a warning on totalPremium", () => {
    const within = agreement({ premiumPerFamily: 6000, totalPremium: 130200, currentYear: 2 });
    expect(scheduleOf(deckFamilies, within).issues).toEqual([]);
    const above = agreement({ premiumPerFamily: 6000, totalPremium: 130199.99, currentYear: 2 });
    const [issue] = scheduleOf(deckFamilies, above).issues;
    expect(issue).toMatchObject({
      rule: "payments-exceed-total-premium",
      severity: "warning",
      cell: paramCell("totalPremium"),
      value: 130199.99,
    });
    expect(issue.message.it).toContain(
      "(44.400 €) più quelli ancora da maturare (85.800 €) superano il premio complessivo dell'accordo (130.199,99 €)",
    );
    expect(issue.message.en).toContain("(€44,400) plus those still to come (€85,800) exceed the agreement's total premium (€130,199.99)");
  });
});

describe("scheduleFromCohortRows (H4A.SCHEDULE)", () => {
  test("the deck's two cohorts give 13,200 / 31,200 / 52,800 / 26,400 with their cumulative totals", () => {
    const years = scheduleFromCohortRows(
      [
        { entryYear: 1, families: 11, year1: 11, year2: 10, tier: 1 },
        { entryYear: 2, families: 11, year1: 11, year2: 11, tier: 0.8 },
      ],
      6000,
      [0.2, 0.3, 0.5],
    );
    expect(years).toEqual([
      { programmeYear: 1, calendarYear: null, amount: 13200, cumulative: 13200 },
      { programmeYear: 2, calendarYear: null, amount: 31200, cumulative: 44400 },
      { programmeYear: 3, calendarYear: null, amount: 52800, cumulative: 97200 },
      { programmeYear: 4, calendarYear: null, amount: 26400, cumulative: 123600 },
    ]);
  });

  test("a blank count or tier leaves that tranche out; the years end with the last known tranche", () => {
    const years = scheduleFromCohortRows([{ entryYear: 1, families: 11, year1: 11, year2: 10, tier: null }], 6000, [0.2, 0.3, 0.5]);
    expect(years.map((y) => y.amount)).toEqual([13200, 18000]);
  });

  test("the years start at the first entry year, with 0 where nothing is paid", () => {
    const years = scheduleFromCohortRows(
      [
        { entryYear: 3, families: null, year1: 11, year2: null, tier: null },
        { entryYear: 1, families: null, year1: null, year2: null, tier: null },
      ],
      6000,
      [0.2, 0.3, 0.5],
    );
    expect(years.map((y) => [y.programmeYear, y.amount, y.cumulative])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 13200, 13200],
    ]);
  });

  test("each tranche is rounded before it is added: 3 × 33,000.39 in one year is 99,001.17", () => {
    const row = { entryYear: 1, families: 11, year1: null, year2: null, tier: 1 };
    const years = scheduleFromCohortRows([row, row, row], 6000.07, [0.2, 0.3, 0.5]);
    expect(years.map((y) => y.amount)).toEqual([0, 0, 99001.17]);
  });

  test("no rows or no known tranche give no years", () => {
    expect(scheduleFromCohortRows([], 6000, [0.2, 0.3, 0.5])).toEqual([]);
    expect(scheduleFromCohortRows([{ entryYear: 1, families: null, year1: null, year2: null, tier: null }], 6000, [0.2, 0.3, 0.5])).toEqual(
      [],
    );
  });

  test("invalid rows, premium or shares throw a RangeError", () => {
    const row = { entryYear: 1, families: 11, year1: 11, year2: 10, tier: 1 };
    const shares: [number, number, number] = [0.2, 0.3, 0.5];
    expect(() => scheduleFromCohortRows([{ ...row, entryYear: 0 }], 6000, shares)).toThrow(RangeError);
    expect(() => scheduleFromCohortRows([{ ...row, year1: 2.5 }], 6000, shares)).toThrow(RangeError);
    expect(() => scheduleFromCohortRows([{ ...row, families: -1 }], 6000, shares)).toThrow(RangeError);
    expect(() => scheduleFromCohortRows([{ ...row, tier: Number.NaN }], 6000, shares)).toThrow(RangeError);
    expect(() => scheduleFromCohortRows([row], Infinity, shares)).toThrow(RangeError);
    expect(() => scheduleFromCohortRows([row], 6000, [0.2, Number.NaN, 0.5])).toThrow(RangeError);
    expect(() => scheduleFromCohortRows([row, { ...row, entryYear: MAX_PROGRAMME_YEARS + 1 }], 6000, shares)).toThrow(RangeError);
  });
});
