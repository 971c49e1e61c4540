import { cohortOutcomes } from "../../src/engine/payments/cohorts";
import { evaluateProgramme } from "../../src/engine/payments/programme";
import { costSaving, daysAvoided, familySavings } from "../../src/engine/payments/saving";
import { paymentSchedule, trancheAmount, type Schedule } from "../../src/engine/payments/schedule";
import { agreement, cohortFamilies, COHORT_1, COHORT_2, family } from "./payments/moneyFixtures";

// MECHANISM.md §9: premium per family 6,000 €, defaults otherwise.
const deck = agreement({ premiumPerFamily: 6000, currentYear: 4 });
const families = [...cohortFamilies(COHORT_1), ...cohortFamilies(COHORT_2)];
const schedule: Schedule = paymentSchedule(cohortOutcomes(families, deck), deck, 6000);
const paid = (cohort: number, cohortYear: number) => schedule.payments.find((p) => p.cohort === cohort && p.cohortYear === cohortYear);

describe("§9 cohort 1 (programme year 1), 11 families", () => {
  test("year 1: 11 meet the intermediate outcome → 0.2 × 6,000 × 11 = 13,200 €", () => {
    expect(paid(1, 1)).toMatchObject({ programmeYear: 1, families: 11, amount: 13200 });
  });

  test("year 2: 10 meet it → 0.3 × 6,000 × 10 = 18,000 €", () => {
    expect(paid(1, 2)).toMatchObject({ programmeYear: 2, families: 10, amount: 18000 });
  });

  test("year 3: stability 9/11, wellbeing 10/11, waiting 11/11, all > 80 % → tier 100 % → 33,000 €", () => {
    const [outcome] = cohortOutcomes(cohortFamilies(COHORT_1), deck);
    expect(outcome).toMatchObject({ stability: 9, wellbeing: 10, waiting: 11, year3Base: 11 });
    expect(outcome.tier).toEqual({ level: "full", factor: 1 });
    expect(paid(1, 3)).toMatchObject({ programmeYear: 3, families: 11, tier: 1, amount: 33000 });
  });
});

describe("§9 cohort 2 (programme year 2), 11 families", () => {
  test("13,200 € in programme year 2", () => {
    expect(paid(2, 1)).toMatchObject({ programmeYear: 2, amount: 13200 });
  });

  test("11 keep housing → 19,800 € in programme year 3", () => {
    expect(paid(2, 2)).toMatchObject({ programmeYear: 3, families: 11, amount: 19800 });
  });

  test("in year 4 stability 7/11 (63.6 %), wellbeing 9/11, waiting 10/11 → tier 80 % → 0.5 × 6,000 × 11 × 0.8 = 26,400 €", () => {
    const outcome = cohortOutcomes(cohortFamilies(COHORT_2), deck)[0];
    expect(outcome.rates.stability).toBeCloseTo(0.636, 3);
    expect(outcome.tier).toEqual({ level: "partial", factor: 0.8 });
    expect(paid(2, 3)).toMatchObject({ programmeYear: 4, families: 11, tier: 0.8, amount: 26400 });
  });
});

test("with current year 4 the programme-year totals are 13,200 / 31,200 / 52,800 / 26,400, total 123,600 €", () => {
  expect(schedule.years.map((y) => [y.programmeYear, y.amount, y.cumulative])).toEqual([
    [1, 13200, 13200],
    [2, 31200, 44400],
    [3, 52800, 97200],
    [4, 26400, 123600],
  ]);
  expect(schedule.total).toBe(123600);
  expect(schedule.planned).toEqual([]);
  expect(evaluateProgramme(families, deck).schedule?.total).toBe(123600);
});

test("15 families, 12 with stability (exactly 80 %), others above 80 % → tier 80 %, not 100 %", () => {
  const cohort = cohortFamilies({ cohort: 1, families: 15, year1: 15, year2: 15, stability: 12, wellbeing: 15, waiting: 15 });
  const p = agreement({ premiumPerFamily: 6000, currentYear: 3 });
  const [outcome] = cohortOutcomes(cohort, p);
  expect(outcome.tier).toEqual({ level: "partial", factor: 0.8 });
  expect(paymentSchedule([outcome], p, 6000).payments[2].amount).toBe(36000);
});

test("11 families, 6 with stability (54.5 %) → tier 0 % → year-3 payment 0 €", () => {
  const cohort = cohortFamilies({ cohort: 1, families: 11, year1: 11, year2: 11, stability: 6, wellbeing: 11, waiting: 11 });
  const p = agreement({ premiumPerFamily: 6000, currentYear: 3 });
  const [outcome] = cohortOutcomes(cohort, p);
  expect(outcome.tier).toEqual({ level: "below", factor: 0 });
  expect(paymentSchedule([outcome], p, 6000).payments[2]).toMatchObject({ cohortYear: 3, tier: 0, amount: 0 });
});

test("a family of 3 that waited 4 months: (24 − 4) × 365.25 / 12 = 608.75 days avoided × 20 € × 3 = 36,525 € saved", () => {
  const waited4 = family(2, { cohort: 1, members: 3, waitMonths: 4 });
  expect(daysAvoided(waited4, deck)).toBe(608.75);
  expect(costSaving([waited4], deck)).toEqual({ total: 36525, excluded: [] });
  expect(familySavings([waited4], deck)).toEqual([{ row: 2, id: "F2", days: 608.75, saving: 36525 }]);
});

test("rounding: 0.5 × 6,000.07 × 11 = 33,000.385 → 33,000.39 € as Excel's ROUND (a naive Math.round gives 33,000.38)", () => {
  const product = 0.5 * 6000.07 * 11;
  expect(Math.round(product * 100) / 100).toBe(33000.38);
  expect(trancheAmount(0.5, 6000.07, 11, 1)).toBe(33000.39);
});
