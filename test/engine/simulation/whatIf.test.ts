import { evaluateProgramme } from "../../../src/engine/payments/programme";
import { scenarioOf, seedSimulation } from "../../../src/engine/simulation/seed";
import { stabilityStepChart } from "../../../src/engine/simulation/stepChart";
import { differenceFrom, whatIf } from "../../../src/engine/simulation/whatIf";
import { ILLUSTRATION_PARAMS } from "../fixtures/illustration";
import { cohort, illustrationFamilies, scenario } from "./fixtures";

/** The what-if: tiers, payments per programme year, total and difference, in whole families. */

const baseline = () => scenarioOf(seedSimulation(illustrationFamilies(), ILLUSTRATION_PARAMS, 6000));

describe("the what-if of the §9 illustration as it is", () => {
  test("pays what the payment engine pays: 13,200 / 31,200 / 52,800 / 26,400, 123,600 € in total", () => {
    const result = whatIf(baseline());
    expect(result.years.map((y) => [y.programmeYear, y.amount, y.due])).toEqual([
      [1, 13_200, true],
      [2, 31_200, true],
      [3, 52_800, true],
      [4, 26_400, true],
    ]);
    expect(result.total).toBe(123_600);
    expect(result.dueTotal).toBe(123_600);
    expect(result.projectedTotal).toBe(0);
    const engine = evaluateProgramme(illustrationFamilies(), ILLUSTRATION_PARAMS).schedule!;
    expect(result.years.map((y) => y.amount)).toEqual(engine.years.map((y) => y.amount));
    expect(result.cohorts.map((c) => [c.cohort, c.tier.level, c.balance])).toEqual([
      [1, "full", 33_000],
      [2, "partial", 26_400],
    ]);
  });

  test("cohort 2 (stability 7 of 11, 80 % tier): 2 more families with stability reach the 100 % balance", () => {
    const c2 = whatIf(baseline()).cohorts[1];
    expect(c2.distances.toNext).toEqual({
      it: "2 altre famiglie con stabilità abitativa → saldo al 100 %",
      en: "2 more families with housing stability → balance at 100 %",
    });
    expect(c2.distances.outcomes.map((o) => [o.outcome, o.achieved, o.toGo, o.margin])).toEqual([
      ["stability", 7, 2, 0],
      ["wellbeing", 9, 0, 2],
      ["waiting", 10, 0, 3],
    ]);
    expect(c2.distances.margins[0].it).toBe("stabilità abitativa: nessun margine, una famiglia in meno fa perdere il saldo all'80 %");
    expect(c2.distances.margins[1].en).toBe("improved wellbeing: a margin of 2 families before losing the balance at 80 %");
  });

  test("cohort 1 at the full tier has no next step, and its margins (9, 10, 11 of 11 against > 80 %) are 0, 1, 2", () => {
    const c1 = whatIf(baseline()).cohorts[0];
    expect(c1.distances.next).toBeNull();
    expect(c1.distances.toNext.it).toBe("Saldo già al 100 %: nessuna fascia superiore.");
    expect(c1.distances.outcomes.map((o) => o.margin)).toEqual([0, 1, 2]);
    expect(c1.distances.outcomes.every((o) => o.toGo === null)).toBe(true);
  });
});

describe("moving the inputs", () => {
  test("a full threshold of 60 % pays cohort 2 in full: 130,200 €, 6,600 € more than the agreement", () => {
    const base = baseline();
    const moved = { ...base, rules: { ...base.rules, fullThreshold: 0.6, partialThreshold: 0.6 } };
    const result = whatIf(moved);
    expect(result.cohorts[1].tier.level).toBe("full");
    expect(result.total).toBe(130_200);
    const difference = differenceFrom(result, whatIf(base));
    expect(difference.total).toBe(6_600);
    expect(difference.years).toEqual([
      { programmeYear: 1, amount: 0 },
      { programmeYear: 2, amount: 0 },
      { programmeYear: 3, amount: 0 },
      { programmeYear: 4, amount: 6_600 },
    ]);
  });

  test("one family less in cohort 1 (10 families, stability 8 of 10 = exactly 80 %) drops it to the 80 % tier", () => {
    const base = baseline();
    const c1 = { ...base.cohorts[0], families: 10, year1: 10, year2: 10, stability: 8, wellbeing: 9, waiting: 10 };
    const result = whatIf({ ...base, cohorts: [c1, base.cohorts[1]] });
    expect(result.cohorts[0].tier.level).toBe("partial");
    expect(result.cohorts[0].balance).toBe(24_000);
    expect(result.cohorts[0].distances.toNext.it).toBe("1 altra famiglia con stabilità abitativa → saldo al 100 %");
  });

  test("several outcomes short are named together; below the partial tier the next step is the partial one", () => {
    const result = whatIf(scenario([cohort(1, 11, 5, 6, 11)], { currentYear: 3 }));
    expect(result.cohorts[0].tier.level).toBe("below");
    expect(result.cohorts[0].distances.toNext).toEqual({
      it: "2 altre famiglie con stabilità abitativa e 1 con benessere migliorato → saldo all'80 %",
      en: "2 more families with housing stability and 1 with improved wellbeing → balance at 80 %",
    });
    expect(result.cohorts[0].distances.margins).toEqual([]);
  });

  test("a threshold no count can pass says so", () => {
    const result = whatIf(scenario([cohort(1, 11, 11, 11, 11)], { fullThreshold: 1, fullStrict: true, currentYear: 3 }));
    expect(result.cohorts[0].distances.reachable).toBe(false);
    expect(result.cohorts[0].distances.toNext.en).toBe("The balance at 100 % cannot be reached even if every family reaches the outcomes.");
  });

  test("tranches after the current year are projections, shown apart", () => {
    const result = whatIf(scenario([cohort(1, 11, 9, 10, 11, { year2: 10 }), cohort(2, 11, 7, 9, 10)], { currentYear: 3 }));
    expect(result.years.map((y) => [y.programmeYear, y.due])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(result.dueTotal).toBe(97_200);
    expect(result.projectedTotal).toBe(26_400);
    expect(result.total).toBe(123_600);
  });

  test("the cap cuts in programme-year order, then cohort: the tranche that crosses it is reduced, later ones are 0", () => {
    const result = whatIf(
      scenario([cohort(1, 11, 9, 10, 11, { year2: 10 }), cohort(2, 11, 7, 9, 10)], { currentYear: 4, cap: 50_000.009 }),
    );
    expect(result.years.map((y) => y.amount)).toEqual([13_200, 31_200, 5_600, 0]);
    expect(result.total).toBe(50_000);
    expect(result.capCut).toBe(73_600);
  });

  test("an impossible scenario is refused with the reason", () => {
    expect(() => whatIf(scenario([cohort(1, 5, 6, 5, 5)]))).toThrow("stability (6) exceeds the year-3 denominator (5)");
    expect(() => whatIf(scenario([cohort(1, 5, 5, 5, 5), cohort(1, 5, 5, 5, 5)]))).toThrow("appears twice");
    // A waiting limit is a whole number of months, as in the agreement (7.5 used to be accepted here).
    expect(() => whatIf(scenario([cohort(1, 5, 5, 5, 5)], { waitLimitMonths: 7.5 }))).toThrow(
      "waitLimitMonths must be a whole number of months ≥ 1, got 7.5",
    );
  });

  test("Italian articles of the balance: allo 0 %, all'8 %, all'11 %, al 60 %, all'85,5 %", () => {
    const sentence = (partialPayment: number) =>
      whatIf(scenario([cohort(1, 10, 5, 10, 10)], { partialPayment, currentYear: 3 })).cohorts[0].distances.toNext.it;
    expect(sentence(0)).toMatch(/→ saldo allo 0 %$/);
    expect(sentence(0.08)).toMatch(/→ saldo all'8 %$/);
    expect(sentence(0.11)).toMatch(/→ saldo all'11 %$/);
    expect(sentence(0.6)).toMatch(/→ saldo al 60 %$/);
    expect(sentence(0.855)).toMatch(/→ saldo all'85,5 %$/);
  });
});

describe("the year-3 payment against the families with stability", () => {
  test("cohort 2 of §9: 0 € up to 6 families, 26,400 € from 7 (≥ 60 %), 33,000 € from 9 (> 80 %)", () => {
    const chart = stabilityStepChart(baseline(), 2);
    expect(chart.families).toBe(11);
    expect(chart.current).toBe(7);
    expect(chart.steps.map((s) => [s.from, s.to, s.level, s.amount])).toEqual([
      [0, 6, "below", 0],
      [7, 8, "partial", 26_400],
      [9, 11, "full", 33_000],
    ]);
    expect(chart.thresholds.map((t) => [t.level, t.families])).toEqual([
      ["partial", 7],
      ["full", 9],
    ]);
    expect(chart.maxAmount).toBe(33_000);
    expect(chart.points).toHaveLength(12);
  });

  test("when another outcome is below the partial threshold the line stays at the bottom tier", () => {
    const chart = stabilityStepChart(scenario([cohort(1, 11, 9, 5, 11)]), 1);
    expect(chart.steps).toEqual([{ from: 0, to: 11, level: "below", factor: 0, amount: 0 }]);
    expect(() => stabilityStepChart(scenario([cohort(1, 11, 9, 5, 11)]), 3)).toThrow(RangeError);
  });
});
