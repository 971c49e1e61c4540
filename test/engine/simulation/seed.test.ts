import { cohortOutcomes } from "../../../src/engine/payments/cohorts";
import { DEFAULT_PARAMS } from "../../../src/engine/agreement/params";
import { defaultProbabilities, exampleSeed, scenarioOf, seedSimulation, waitingCount } from "../../../src/engine/simulation/seed";
import { paramsWith } from "../fixtures/beneficiarySheet";
import { illustrationFamilies } from "./fixtures";

/** Where the simulation starts: the workbook's counts and each outcome's default probability, with its source. */

const seedAt = (currentYear: number, overrides = {}) => {
  const params = paramsWith({ premiumPerFamily: 6000, currentYear, ...overrides });
  return seedSimulation(illustrationFamilies(params), params, 6000);
};

const sources = (seed: ReturnType<typeof seedAt>) =>
  seed.cohorts.map((c) => [c.cohort, c.defaults.stability.source, c.defaults.wellbeing.source, c.defaults.waiting.source]);

describe("default probabilities", () => {
  test("where a cohort's year 3 is known, its own observed rates (§9 in year 4: 9/11, 10/11, 11/11 and 7/11, 9/11, 10/11)", () => {
    const seed = seedAt(4);
    expect(sources(seed)).toEqual([
      [1, "observed", "observed", "observed"],
      [2, "observed", "observed", "observed"],
    ]);
    // Years 1 and 2 are due for both cohorts: their pooled rates, 22 of 22 and 21 of 22 families
    // (they only matter for tranches not yet due, of which there are none here).
    expect(defaultProbabilities(seed)).toEqual([
      { stability: 9 / 11, wellbeing: 10 / 11, waiting: 1, year1: 1, year2: 21 / 22 },
      { stability: 7 / 11, wellbeing: 9 / 11, waiting: 10 / 11, year1: 1, year2: 21 / 22 },
    ]);
    expect(seed.cohorts.map((c) => c.estimated)).toEqual([[], []]);
  });

  test("else the nearest evidence: the cohort's year-2 rate of housing kept for stability, the completed cohorts' mean for the others", () => {
    const seed = seedAt(3);
    expect(sources(seed)).toEqual([
      [1, "observed", "observed", "observed"],
      [2, "year2HousingKept", "completedMean", "completedMean"],
    ]);
    const c2 = seed.cohorts[1];
    expect(c2.defaults.stability).toEqual({ p: 1, source: "year2HousingKept", cohorts: [2] });
    expect(c2.defaults.wellbeing).toEqual({ p: 10 / 11, source: "completedMean", cohorts: [1] });
    // Its year-3 counts start at the typical count of those probabilities; the waits are in the data.
    expect([c2.stability, c2.wellbeing, c2.waiting]).toEqual([11, 10, 10]);
    expect(c2.estimated).toEqual(["stability", "wellbeing"]);
  });

  test("else 0.8: in year 2 nothing is completed; cohort 2's year 2 is not due either, so it starts at the observed year-2 rate's typical count", () => {
    const seed = seedAt(2);
    expect(sources(seed)).toEqual([
      [1, "year2HousingKept", "default", "default"],
      [2, "default", "default", "default"],
    ]);
    // Cohort 1: all 11 families kept their home in year 2 (H4A-11 only stopped the support, so its year-2 base is 10).
    expect(seed.cohorts[0].defaults.stability.p).toBe(1);
    expect(seed.cohorts[0].year2).toBe(10);
    expect(seed.cohorts[1].defaults.wellbeing).toEqual({ p: 0.8, source: "default", cohorts: [] });
    // Cohort 2's year 2 is not reached: it starts at 10/11 × 11 = 10 families, the rate cohort 1
    // showed in its year 2 (it used to start at its own year-1 count, 11, as if certain).
    expect(seed.intermediate.year2).toEqual({ p: 10 / 11, source: "observed", cohorts: [1] });
    expect(seed.cohorts[1]).toEqual(expect.objectContaining({ year1: 11, year2: 10, year2Estimated: true, stability: 9, wellbeing: 9 }));
    expect(defaultProbabilities(seed)[1]).toEqual(expect.objectContaining({ year1: 1, year2: 10 / 11 }));
  });

  test("the mean of completed cohorts gives each completed cohort one vote", () => {
    const params = paramsWith({ premiumPerFamily: 6000, currentYear: 5 });
    const families = illustrationFamilies(params);
    // A third cohort entering in year 5 has no year 2 yet: every source is the mean of cohorts 1 and 2.
    const third = families.filter((f) => f.cohort === 2).map((f) => ({ ...f, id: `${f.id}-3`, cohort: 3 }));
    const seed = seedSimulation([...families, ...third.map((f) => ({ ...f, cohort: 5 }))], params, 6000);
    const last = seed.cohorts[seed.cohorts.length - 1];
    expect(last.cohort).toBe(5);
    expect(last.defaults.stability).toEqual({ p: (9 / 11 + 7 / 11) / 2, source: "completedMean", cohorts: [1, 2] });
    expect(last.defaults.waiting.p).toBeCloseTo((1 + 10 / 11) / 2, 15);
  });
});

describe("default probabilities of the year-1 and year-2 outcomes", () => {
  test("are pooled over the families of every cohort that reached the year, whatever the cohort's size", () => {
    const params = paramsWith({ premiumPerFamily: 6000, currentYear: 3 });
    const families = illustrationFamilies(params);
    // Cohort 1 in full (11 families, year 2: 10), cohort 2 cut to 4 families, 2 of them failing year 1 and year 2, and a cohort 3.
    const cohort2 = families
      .filter((f) => f.cohort === 2)
      .slice(0, 4)
      .map((f, i) => (i < 2 ? { ...f, leaseSigned: false, housingKept: false } : f));
    const cohort3 = families
      .filter((f) => f.cohort === 1)
      .slice(0, 5)
      .map((f) => ({ ...f, id: `${f.id}-3`, cohort: 3 }));
    const seed = seedSimulation([...families.filter((f) => f.cohort === 1), ...cohort2, ...cohort3], params, 6000);
    // Year 1 is due for all three: (11 + 2 + 5) / (11 + 4 + 5) = 18/20. Year 2 for cohorts 1 and 2: (10 + 2) / 15.
    expect(seed.intermediate).toEqual({
      year1: { p: 18 / 20, source: "observed", cohorts: [1, 2, 3] },
      year2: { p: 12 / 15, source: "observed", cohorts: [1, 2] },
    });
    // Cohort 3 has not reached year 2: it starts at 0.8 × 5 = 4 families, flagged as an estimate.
    expect(seed.cohorts[2]).toEqual(expect.objectContaining({ cohort: 3, year1: 5, year2: 4, year2Estimated: true }));
    expect(defaultProbabilities(seed).map((p) => [p.year1, p.year2])).toEqual([0, 1, 2].map(() => [18 / 20, 12 / 15]));
  });

  test("with no year 2 reached, year 2 takes the year-1 rate; the example cohort meets both", () => {
    const seed = seedAt(1);
    expect(seed.intermediate).toEqual({
      year1: { p: 1, source: "observed", cohorts: [1] },
      year2: { p: 1, source: "year1", cohorts: [1] },
    });
    expect(seed.cohorts[0]).toEqual(expect.objectContaining({ year1: 11, year2: 11, year2Estimated: true }));
    const example = exampleSeed(paramsWith({ currentYear: 2 }), null);
    expect(example.intermediate.year2).toEqual({ p: 1, source: "year1", cohorts: [2] });
  });
});

describe("the seeded counts", () => {
  test("are the data's, and the seed's scenario is the baseline", () => {
    const seed = seedAt(4);
    expect(scenarioOf(seed).cohorts).toEqual([
      { cohort: 1, families: 11, excluded: 0, year1: 11, year2: 10, stability: 9, wellbeing: 10, waiting: 11 },
      { cohort: 2, families: 11, excluded: 0, year1: 11, year2: 11, stability: 7, wellbeing: 9, waiting: 10 },
    ]);
    expect(seed.rules).toEqual(
      expect.objectContaining({ premiumPerFamily: 6000, currentYear: 4, fullThreshold: 0.8, shares: [0.2, 0.3, 0.5] }),
    );
    expect(seed.fromData).toBe(true);
  });

  test("families who left are excluded from the denominator when leaversInDenominator is false", () => {
    const params = paramsWith({ premiumPerFamily: 6000, currentYear: 4, leaversInDenominator: false });
    const families = illustrationFamilies(params).map((f) => (f.id === "H4A-10" ? { ...f, exitDate: 45_500 } : f));
    const seed = seedSimulation(families, params, 6000);
    expect(seed.cohorts[0]).toEqual(expect.objectContaining({ families: 11, excluded: 1 }));
    expect(seed.cohorts[0].waits).toHaveLength(10);
  });

  test("the waiting count follows the simulated limit exactly as the payment engine counts it", () => {
    const seed = seedAt(4);
    // Whole months only, as the agreement has them.
    for (const limit of [3, 5, 6, 7, 8, 12]) {
      const engine = cohortOutcomes(illustrationFamilies(), paramsWith({ waitLimitMonths: limit }));
      expect(seed.cohorts.map((c) => waitingCount(c.waits ?? [], limit))).toEqual(engine.map((o) => o.waiting));
    }
  });

  test("without data, the deck's example: one cohort of 11 families in the current year, at 0.8", () => {
    const seed = exampleSeed(paramsWith({ currentYear: 2 }), null);
    expect(seed.fromData).toBe(false);
    expect(seed.premiumGiven).toBe(false);
    expect(seed.rules.premiumPerFamily).toBe(0);
    expect(scenarioOf(seed).cohorts).toEqual([
      { cohort: 2, families: 11, excluded: 0, year1: 11, year2: 11, stability: 9, wellbeing: 9, waiting: 9 },
    ]);
    expect(seed.cohorts[0].defaults.waiting.source).toBe("default");
    expect(seedSimulation([], DEFAULT_PARAMS, null).cohorts).toEqual([]);
  });
});
