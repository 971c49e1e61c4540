import { cohortOutcomes, type CohortOutcome } from "../../../src/engine/payments/cohorts";
import { commitments, type CommitmentInput } from "../../../src/engine/commitments/commitments";
import { paramCell, type RawParams } from "../../../src/engine/agreement/params";
import { ScheduleRangeError } from "../../../src/engine/payments/schedule";
import type { Family } from "../../../src/engine/types";
import { agreement, cohortFamilies, COHORT_1, COHORT_2, family } from "../payments/moneyFixtures";

/** The deck's programme (§9): cohort 1 of 11 families (year-2 base 10), cohort 2 of 11. */
const deckFamilies = [...cohortFamilies(COHORT_1), ...cohortFamilies(COHORT_2)];
const PLAN = { premiumPerFamily: 6000, currentYear: 2, plannedEnrolment: "11,11,11" };

function run(raw: RawParams, families: Family[], paid: [number, number][], due: [number, number][], premium = 6000) {
  const params = agreement(raw);
  const input: CommitmentInput = {
    outcomes: cohortOutcomes(families, params),
    params,
    premiumPerFamily: premium,
    paidByYear: new Map(paid),
    dueByYear: new Map(due),
  };
  return commitments(input);
}

const rows = (result: ReturnType<typeof commitments>) => result.years.map((y) => [y.year, y.paid, y.due, y.planned, y.maximum]);

describe("the deck's programme, year 1 recorded, year 2 due, plan 11, 11, 11", () => {
  // Tranches on 11 families at the full tier: year 1 0.2 × 6,000 × 11 = 13,200;
  // year 2 0.3 × 6,000 × 11 = 19,800; year 3 0.5 × 6,000 × 11 = 33,000.
  // Programme year 1 (recorded): cohort 1 year 1 = 13,200 paid.
  // Programme year 2 (due): cohort 1 year 2 on 10 families 18,000 + cohort 2 year 1 13,200 = 31,200.
  // Programme year 3: cohort 1 year 3 33,000 + cohort 2 year 2 19,800 + cohort 3 year 1 13,200 = 66,000.
  // Programme year 4: cohort 2 year 3 33,000 + cohort 3 year 2 19,800 = 52,800.
  // Programme year 5: cohort 3 year 3 33,000.
  const result = run(PLAN, deckFamilies, [[1, 13200]], [[2, 31200]]);

  test("every year's paid, due, planned and maximum, by programme year", () => {
    expect(rows(result)).toEqual([
      [1, 13200, 0, 0, 13200],
      [2, 0, 31200, 0, 31200],
      [3, 0, 0, 66000, 66000],
      [4, 0, 0, 52800, 52800],
      [5, 0, 0, 33000, 33000],
    ]);
    expect(result.years.map((y) => [y.programmeYear, y.calendarYear])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, null],
      [5, null],
    ]);
  });

  test("totals: 13,200 paid, 31,200 due, 151,800 planned, 196,200 at most; no cap, no warning", () => {
    expect(result.totals).toEqual({ paid: 13200, due: 31200, planned: 151800, maximum: 196200 });
    expect(result.cap).toBeNull();
    expect(result.headroom).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  test("with firstCalendarYear the years are calendar years", () => {
    const dated = run({ ...PLAN, firstCalendarYear: 2025 }, deckFamilies, [[1, 13200]], [[2, 31200]]);
    expect(dated.years.map((y) => [y.year, y.programmeYear, y.calendarYear, y.planned])).toEqual([
      [2025, 1, 2025, 0],
      [2026, 2, 2026, 0],
      [2027, 3, 2027, 66000],
      [2028, 4, 2028, 52800],
      [2029, 5, 2029, 33000],
    ]);
    expect(dated.totals).toEqual(result.totals);
  });

  test("a year neither recorded nor due is 0 paid and 0 due; the planned still come from the plan", () => {
    const unrecorded = run(
      PLAN,
      deckFamilies,
      [],
      [
        [1, 13200],
        [2, 31200],
      ],
    );
    expect(rows(unrecorded).slice(0, 2)).toEqual([
      [1, 0, 13200, 0, 13200],
      [2, 0, 31200, 0, 31200],
    ]);
    expect(unrecorded.totals).toEqual({ paid: 0, due: 44400, planned: 151800, maximum: 196200 });
  });
});

describe("planned at the plan, maximum at the larger of the actual and planned families", () => {
  // Cohort 2 has 13 families, 2 more than its plan of 11.
  const bigCohort2 = [...cohortFamilies(COHORT_1), ...cohortFamilies({ ...COHORT_2, families: 13 })];
  // Due in year 2: cohort 1 year 2 18,000 + cohort 2 year 1 0.2 × 6,000 × 13 = 15,600 → 33,600.
  // Year 3 planned: 33,000 + 19,800 (cohort 2 at 11) + 13,200 = 66,000;
  //        maximum: 33,000 + 23,400 (0.3 × 6,000 × 13) + 13,200 = 69,600.
  // Year 4 planned: 33,000 (cohort 2 at 11) + 19,800 = 52,800;
  //        maximum: 39,000 (0.5 × 6,000 × 13) + 19,800 = 58,800.
  // Year 5: 33,000 both.
  const result = run({ ...PLAN, cap: 200000 }, bigCohort2, [[1, 13200]], [[2, 33600]]);

  test("every year by hand", () => {
    expect(rows(result)).toEqual([
      [1, 13200, 0, 0, 13200],
      [2, 0, 33600, 0, 33600],
      [3, 0, 0, 66000, 69600],
      [4, 0, 0, 52800, 58800],
      [5, 0, 0, 33000, 33000],
    ]);
    expect(result.totals).toEqual({ paid: 13200, due: 33600, planned: 151800, maximum: 208200 });
  });

  test("headroom = 200,000 − (13,200 + 33,600 + 151,800) = 1,400; the maximum 208,200 is over the cap", () => {
    expect(result.cap).toBe(200000);
    expect(result.headroom).toBe(1400);
    expect(result.warnings.map((w) => [w.rule, w.severity, w.cell, w.field])).toEqual([
      ["enrolment-exceeds-plan", "warning", paramCell("plannedEnrolment"), "plannedEnrolment"],
      ["maximum-exceeds-cap", "warning", paramCell("cap"), "cap"],
    ]);
  });

  test("the enrolment warning names the year, the families and the plan, in Italian and English", () => {
    const [enrolment, cap] = result.warnings;
    expect(enrolment.value).toBe("11; 11; 11");
    expect(enrolment.message.it).toBe(
      "Ingressi nell'anno di programma 2: 13 famiglie, più delle 11 previste (Famiglie previste per anno di ingresso, foglio H4A_Parametri); gli impegni massimi superano quelli previsti.",
    );
    expect(enrolment.message.en).toBe(
      "Entries in programme year 2: 13 families, more than the 11 planned (Families planned per entry year, sheet H4A_Parametri); the maximum commitments exceed the planned ones.",
    );
    expect(cap.value).toBe(200000);
    expect(cap.message.it).toBe(
      "L'impegno massimo (208.200 €: ogni famiglia entrata o prevista al livello pieno) supera il tetto (200.000 €).",
    );
    expect(cap.message.en).toBe(
      "The maximum commitment (€208,200: every family entered or planned at the full tier) exceeds the cap (€200,000).",
    );
  });

  test("the enrolment warning shows the calendar year when known", () => {
    const dated = run({ ...PLAN, firstCalendarYear: 2025 }, bigCohort2, [], []);
    expect(dated.warnings[0].message.en).toContain("programme year 2 (2026)");
    expect(dated.warnings[0].message.it).toContain("anno di programma 2 (2026)");
  });
});

describe("the cap", () => {
  test("negative headroom and the cap warning when the commitments exceed it", () => {
    const result = run({ ...PLAN, cap: 190000 }, deckFamilies, [[1, 13200]], [[2, 31200]]);
    expect(result.headroom).toBe(-6200);
    expect(result.warnings.map((w) => w.rule)).toEqual(["maximum-exceeds-cap"]);
  });

  test("no warning when the maximum is within the cap; a maximum equal to the cap is within", () => {
    expect(run({ ...PLAN, cap: 200000 }, deckFamilies, [[1, 13200]], [[2, 31200]])).toMatchObject({ headroom: 3800, warnings: [] });
    expect(run({ ...PLAN, cap: 196200 }, deckFamilies, [[1, 13200]], [[2, 31200]])).toMatchObject({ headroom: 0, warnings: [] });
  });

  test("a cap with fractions of a cent is taken down to the cent", () => {
    const result = run({ ...PLAN, cap: 196199.999 }, deckFamilies, [[1, 13200]], [[2, 31200]]);
    expect(result.cap).toBe(196199.99);
    expect(result.headroom).toBe(-0.01);
    expect(result.warnings.map((w) => w.rule)).toEqual(["maximum-exceeds-cap"]);
  });
});

describe("the plan", () => {
  test("without plannedEnrolment the plan is plannedFamilies in year 1; a later entry year counts as planned 0", () => {
    // Plan [22]. Year 3: cohort 1 year 3 planned 0.5 × 6,000 × 22 = 66,000, maximum the same;
    // cohort 2 year 2 planned 0, maximum 19,800. Year 4: cohort 2 year 3 planned 0, maximum 33,000.
    const result = run(
      { premiumPerFamily: 6000, plannedFamilies: 22, currentYear: 2 },
      deckFamilies,
      [],
      [
        [1, 13200],
        [2, 31200],
      ],
    );
    expect(rows(result)).toEqual([
      [1, 0, 13200, 0, 13200],
      [2, 0, 31200, 0, 31200],
      [3, 0, 0, 66000, 85800],
      [4, 0, 0, 0, 33000],
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ rule: "enrolment-exceeds-plan", cell: paramCell("plannedEnrolment"), value: "" });
    expect(result.warnings[0].message.it).toBe(
      "Ingressi nell'anno di programma 2: 11 famiglie, le Famiglie previste per anno di ingresso (foglio H4A_Parametri) non prevedono ingressi in quell'anno; gli impegni massimi superano quelli previsti.",
    );
    expect(result.warnings[0].message.en).toBe(
      "Entries in programme year 2: 11 families, the Families planned per entry year (sheet H4A_Parametri) expect no entries that year; the maximum commitments exceed the planned ones.",
    );
  });

  test("without any plan nothing is planned, the maximum is the families that entered, and no enrolment warning", () => {
    const result = run({ premiumPerFamily: 6000, currentYear: 2 }, deckFamilies, [[1, 13200]], [[2, 31200]]);
    expect(rows(result)).toEqual([
      [1, 13200, 0, 0, 13200],
      [2, 0, 31200, 0, 31200],
      [3, 0, 0, 0, 52800],
      [4, 0, 0, 0, 33000],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("an entry year of the plan, up to the current year, in which no family has entered is still planned", () => {
    // Plan 11, 11; only cohort 1 entered; current year 2. Year 3: cohort 1 year 3 33,000 +
    // cohort 2 year 2 19,800 = 52,800. Year 4: cohort 2 year 3 33,000.
    const result = run(
      { premiumPerFamily: 6000, currentYear: 2, plannedEnrolment: "11,11" },
      cohortFamilies(COHORT_1),
      [],
      [
        [1, 13200],
        [2, 18000],
      ],
    );
    expect(rows(result).slice(2)).toEqual([
      [3, 0, 0, 52800, 52800],
      [4, 0, 0, 33000, 33000],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("a plan of fewer families than entered, and no families at all, are handled per entry year", () => {
    // Plan 5, 0: cohort 1 (11 > 5) and cohort 2 (11 > 0) both exceed it.
    const result = run({ premiumPerFamily: 6000, currentYear: 2, plannedEnrolment: "5; 0" }, deckFamilies, [], []);
    expect(result.warnings.map((w) => [w.rule, w.value])).toEqual([
      ["enrolment-exceeds-plan", "5; 0"],
      ["enrolment-exceeds-plan", "5; 0"],
    ]);
    expect(result.warnings[1].message.en).toContain("more than the 0 planned");
  });

  test("the year-3 maximum leaves out the families who left when leaversInDenominator is false", () => {
    // Cohort 1: 12 families, one left; plan 11; current year 1.
    // Year 2: planned 0.3 × 6,000 × 11 = 19,800; maximum on 12 families 21,600.
    // Year 3: planned 33,000; maximum on max(year-3 base 11, plan 11) = 33,000 (36,000 with the leaver counted).
    const families = [...cohortFamilies(COHORT_1), family(99, { cohort: 1, exitDate: 45000 })];
    const raw = { premiumPerFamily: 6000, currentYear: 1, plannedEnrolment: "11" };
    expect(rows(run({ ...raw, leaversInDenominator: false }, families, [], [[1, 13200]])).slice(1)).toEqual([
      [2, 0, 0, 19800, 21600],
      [3, 0, 0, 33000, 33000],
    ]);
    expect(rows(run(raw, families, [], [[1, 13200]])).slice(1)).toEqual([
      [2, 0, 0, 19800, 21600],
      [3, 0, 0, 33000, 36000],
    ]);
  });
});

describe("cents", () => {
  test("each tranche rounded as ROUND(x, 2), sums exact in cents (premium 6,000.07)", () => {
    // 0.2 × 6,000.07 × 11 = 13,200.154 → 13,200.15; 0.3 × … × 11 = 19,800.231 → 19,800.23;
    // 0.5 × … × 11 = 33,000.385 → 33,000.39 (Excel's ROUND; Math.round gives 33,000.38).
    // Year 2 due: 0.3 × 6,000.07 × 10 = 18,000.21 + 13,200.15 = 31,200.36.
    const result = run({ ...PLAN, premiumPerFamily: 6000.07 }, deckFamilies, [[1, 13200.15]], [[2, 31200.36]], 6000.07);
    expect(rows(result)).toEqual([
      [1, 13200.15, 0, 0, 13200.15],
      [2, 0, 31200.36, 0, 31200.36],
      [3, 0, 0, 66000.77, 66000.77],
      [4, 0, 0, 52800.62, 52800.62],
      [5, 0, 0, 33000.39, 33000.39],
    ]);
    expect(result.totals).toEqual({ paid: 13200.15, due: 31200.36, planned: 151801.78, maximum: 196202.29 });
  });

  test("ledger amounts are taken to the cent, and the headroom is exact", () => {
    const result = run({ ...PLAN, cap: 200000.1 }, deckFamilies, [[1, 13200.004]], [[2, 31200.005]]);
    expect(result.totals.paid).toBe(13200);
    expect(result.totals.due).toBe(31200.01);
    expect(result.headroom).toBe(3800.09);
  });
});

describe("years and inputs", () => {
  test("amounts in years after the current year are kept, and extend the years", () => {
    // A true-up carried to programme year 6 (after every tranche): listed, and counted in the maximum.
    const result = run(
      PLAN,
      deckFamilies,
      [[1, 13200]],
      [
        [2, 31200],
        [6, -500],
      ],
    );
    expect(rows(result).slice(4)).toEqual([
      [5, 0, 0, 33000, 33000],
      [6, 0, -500, 0, -500],
    ]);
    expect(result.totals).toEqual({ paid: 13200, due: 30700, planned: 151800, maximum: 195700 });
  });

  test("cohorts after the current year are ignored; nothing at all gives no years", () => {
    const outcomes: CohortOutcome[] = cohortOutcomes(deckFamilies, agreement({ currentYear: 2 }));
    const params = agreement({ premiumPerFamily: 6000, currentYear: 1 });
    const result = commitments({ outcomes, params, premiumPerFamily: 6000, paidByYear: new Map(), dueByYear: new Map() });
    expect(result.years.map((y) => y.programmeYear)).toEqual([1, 2, 3]);
    expect(run({ premiumPerFamily: 6000 }, [], [], []).years).toEqual([]);
  });

  test("invalid inputs are refused", () => {
    const params = agreement(PLAN);
    const base = {
      outcomes: [],
      params,
      premiumPerFamily: 6000,
      paidByYear: new Map<number, number>(),
      dueByYear: new Map<number, number>(),
    };
    expect(() => commitments({ ...base, premiumPerFamily: Number.NaN })).toThrow(RangeError);
    expect(() => commitments({ ...base, paidByYear: new Map([[0, 1]]) })).toThrow(/paidByYear/);
    expect(() => commitments({ ...base, dueByYear: new Map([[2, Infinity]]) })).toThrow(/dueByYear/);
    const outcomes = cohortOutcomes(cohortFamilies(COHORT_1), params);
    expect(() => commitments({ ...base, outcomes: [...outcomes, ...outcomes] })).toThrow(/listed twice/);
  });

  test("out-of-range years and amounts raise a ScheduleRangeError carrying the issue", () => {
    const params = agreement({ premiumPerFamily: 6000, currentYear: 20000 });
    const outcomes = cohortOutcomes([family(2, { cohort: 20000 })], params);
    const base = { outcomes, params, premiumPerFamily: 6000, paidByYear: new Map<number, number>(), dueByYear: new Map<number, number>() };
    expect(() => commitments(base)).toThrow(ScheduleRangeError);
    try {
      commitments(base);
    } catch (error) {
      expect((error as ScheduleRangeError).issue).toMatchObject({ rule: "years-out-of-range", cell: paramCell("currentYear") });
    }
    const huge = agreement({ premiumPerFamily: 1e308, plannedEnrolment: "11" });
    const overflow = { ...base, params: huge, outcomes: [], premiumPerFamily: 1e308 };
    expect(() => commitments(overflow)).toThrow(ScheduleRangeError);
  });
});
