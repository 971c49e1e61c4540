import { monthsBetween } from "../../../src/engine/cells/calendar";
import { cohortOutcomes, waitedLessThanLimit } from "../../../src/engine/payments/cohorts";
import { agreement, cohortFamilies, COHORT_1, date, family } from "./moneyFixtures";

const defaults = agreement();

describe("cohortOutcomes counts each cohort on its own", () => {
  test("outcomes come sorted by cohort, whatever the row order", () => {
    const families = [family(2, { cohort: 3 }), family(3, { cohort: 1 }), family(4, { cohort: 2 }), family(5, { cohort: 1 })];
    expect(cohortOutcomes(families, defaults).map((o) => [o.cohort, o.families])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
  });

  test("families whose cohort is not a whole number ≥ 1 are ignored; a cohort after the current year is kept", () => {
    const families = [null, 0, -1, 1.5, Number.NaN, 7].map((cohort, i) => family(i + 2, { cohort }));
    expect(cohortOutcomes(families, defaults).map((o) => o.cohort)).toEqual([7]);
  });

  test("year-1 base: lease signed and support started, both yes", () => {
    const families = [
      family(2, { cohort: 1, leaseSigned: true, supportStarted: true }),
      family(3, { cohort: 1, leaseSigned: true, supportStarted: false }),
      family(4, { cohort: 1, leaseSigned: true, supportStarted: null }),
    ];
    expect(cohortOutcomes(families, defaults)[0].year1Base).toBe(1);
  });

  test("year-2 base: housing kept and support continued, year 1 not re-checked", () => {
    const families = [
      family(2, { cohort: 1, leaseSigned: false, housingKept: true, supportContinued: true }),
      family(3, { cohort: 1, housingKept: true, supportContinued: null }),
    ];
    expect(cohortOutcomes(families, defaults)[0]).toMatchObject({ year1Base: 0, year2Base: 1 });
  });

  test("a blank wellbeing answer counts as not improved", () => {
    const families = [family(2, { cohort: 1, wellbeing: true }), family(3, { cohort: 1, wellbeing: null })];
    expect(cohortOutcomes(families, defaults)[0]).toMatchObject({ wellbeing: 1, rates: { wellbeing: 0.5 } });
  });

  test("the rates are the counts over the year-3 base", () => {
    const [outcome] = cohortOutcomes(cohortFamilies(COHORT_1), defaults);
    expect(outcome.rates).toEqual({ stability: 9 / 11, wellbeing: 10 / 11, waiting: 1 });
  });
});

describe("families who left", () => {
  const withLeavers = [
    ...cohortFamilies({ cohort: 1, families: 8, year1: 8, year2: 8, stability: 8, wellbeing: 8, waiting: 8 }),
    family(50, {
      cohort: 1,
      leaseSigned: true,
      supportStarted: true,
      stability: true,
      wellbeing: true,
      waitMonths: 2,
      exitDate: date(2025, 3, 1),
    }),
    family(51, { cohort: 1, exitDate: date(2025, 6, 1) }),
  ];

  test("by default they stay in the denominator and count as not achieving, even with yes answers: 8 of 10 → partial", () => {
    const [outcome] = cohortOutcomes(withLeavers, defaults);
    expect(outcome).toMatchObject({ families: 10, leavers: 2, year1Base: 9, year3Base: 10, stability: 8, wellbeing: 8, waiting: 8 });
    expect(outcome.tier.level).toBe("partial");
  });

  test("with leaversInDenominator = false they leave the three rates and the year-3 base, not the year-1 base: 8 of 8 → full", () => {
    const [outcome] = cohortOutcomes(withLeavers, agreement({ leaversInDenominator: false }));
    expect(outcome).toMatchObject({ families: 10, leavers: 2, year1Base: 9, year3Base: 8, stability: 8, wellbeing: 8, waiting: 8 });
    expect(outcome.rates).toEqual({ stability: 1, wellbeing: 1, waiting: 1 });
    expect(outcome.tier.level).toBe("full");
  });

  test("a cohort whose families all left, left out of the denominator, has no rates and is below", () => {
    const families = [family(2, { cohort: 1, exitDate: date(2025, 1, 1) })];
    const [outcome] = cohortOutcomes(families, agreement({ leaversInDenominator: false }));
    expect(outcome).toMatchObject({ year3Base: 0, rates: { stability: null, wellbeing: null, waiting: null } });
    expect(outcome.tier.level).toBe("below");
  });
});

describe("waitedLessThanLimit", () => {
  test("with both dates: contract date < EDATE(request date, limit), clamped to the month's end (31 Aug + 6 → 29 Feb 2024)", () => {
    const from31Aug = (contract: number) => family(2, { requestDate: date(2023, 8, 31), contractDate: contract });
    expect(waitedLessThanLimit(from31Aug(date(2024, 2, 28)), 6)).toBe(true);
    expect(waitedLessThanLimit(from31Aug(date(2024, 2, 29)), 6)).toBe(false);
  });

  test("in a common year 31 Aug + 6 months is 28 Feb", () => {
    const from31Aug = (contract: number) => family(2, { requestDate: date(2022, 8, 31), contractDate: contract });
    expect(waitedLessThanLimit(from31Aug(date(2023, 2, 27)), 6)).toBe(true);
    expect(waitedLessThanLimit(from31Aug(date(2023, 2, 28)), 6)).toBe(false);
  });

  test("the dates win over the waiting months when both are given", () => {
    const f = family(2, { requestDate: date(2024, 1, 15), contractDate: date(2024, 9, 15), waitMonths: 2 });
    expect(waitedLessThanLimit(f, 8)).toBe(false);
  });

  test("without both dates: waiting months < limit, strictly", () => {
    expect(waitedLessThanLimit(family(2, { waitMonths: 7.9 }), 8)).toBe(true);
    expect(waitedLessThanLimit(family(2, { waitMonths: 8 }), 8)).toBe(false);
    expect(waitedLessThanLimit(family(2, { requestDate: date(2024, 1, 1), waitMonths: 3 }), 8)).toBe(true);
  });

  test("with neither the dates nor the waiting months: not achieved", () => {
    expect(waitedLessThanLimit(family(2, { contractDate: date(2024, 1, 1) }), 8)).toBe(false);
  });

  test("the limit is a whole number of months: 7.5 is refused with a clear message, so the dates and the waiting months meet one limit", () => {
    // Request 1 Jan 2024, lease 10 Aug 2024: 222 days, 7.29 months. A limit of 7.5 used to be
    // accepted and then met two ways: the dates against EDATE(request, 7) = 1 Aug (not less), the
    // waiting months against 7.5 (less) — one wait, two answers.
    expect(() => agreement({ waitLimitMonths: 7.5 })).toThrow("waitLimitMonths");
    expect(() => agreement({ waitLimitMonths: 7.5 })).toThrow("a whole number of months ≥ 1");
    const request = date(2024, 1, 1);
    const contract = date(2024, 8, 10);
    const byDates = family(2, { requestDate: request, contractDate: contract });
    const byMonths = family(3, { waitMonths: monthsBetween(request, contract) });
    for (const limit of [7, 8]) {
      const { waitLimitMonths } = agreement({ waitLimitMonths: limit });
      expect([waitedLessThanLimit(byDates, waitLimitMonths), waitedLessThanLimit(byMonths, waitLimitMonths)]).toEqual([
        limit === 8,
        limit === 8,
      ]);
    }
  });
});
