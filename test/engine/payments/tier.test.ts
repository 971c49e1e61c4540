import { DEFAULT_PARAMS } from "../../../src/engine/agreement/params";
import { tierFromCounts, tierFromRates } from "../../../src/engine/payments/tier";
import { agreement } from "./moneyFixtures";

const counts = (stability: number, wellbeing: number, waiting: number, families: number) => ({
  stability,
  wellbeing,
  waiting,
  families,
});

describe("tierFromCounts (defaults: > 80 % pays 100 %, ≥ 60 % pays 80 %, else 0 %)", () => {
  test("9/11, 10/11, 11/11 are all more than 80 % → full, factor 1", () => {
    expect(tierFromCounts(counts(9, 10, 11, 11), DEFAULT_PARAMS)).toEqual({ level: "full", factor: 1 });
  });

  test("7/11 (63.6 %) with the others above 80 % → partial, factor 0.8", () => {
    expect(tierFromCounts(counts(7, 9, 10, 11), DEFAULT_PARAMS)).toEqual({ level: "partial", factor: 0.8 });
  });

  test("12 of 15 families is exactly 80 %, which is not more than 80 % → tier 80 %", () => {
    expect(tierFromCounts(counts(12, 15, 15, 15), DEFAULT_PARAMS)).toEqual({ level: "partial", factor: 0.8 });
  });

  test("6 of 11 with stability → tier 0 %", () => {
    expect(tierFromCounts(counts(6, 11, 11, 11), DEFAULT_PARAMS)).toEqual({ level: "below", factor: 0 });
  });

  test("3 of 5 is exactly 60 %, which meets ≥ 60 % → partial", () => {
    expect(tierFromCounts(counts(3, 5, 5, 5), DEFAULT_PARAMS).level).toBe("partial");
  });

  test("one rate below 60 % is enough to fall below, however high the others", () => {
    expect(tierFromCounts(counts(11, 11, 6, 11), DEFAULT_PARAMS).level).toBe("below");
  });

  test("a cohort with 0 families in the denominator is below (its year-3 base is 0 anyway)", () => {
    const rules = agreement({ belowPartialPayment: 0.2 });
    expect(tierFromCounts(counts(0, 0, 0, 0), rules)).toEqual({ level: "below", factor: 0.2 });
  });

  test("the agreement's own rules: ≥ 80 % for full, partial payment 0.7, below payment 0.3", () => {
    const rules = agreement({ fullStrict: false, partialPayment: 0.7, belowPartialPayment: 0.3 });
    expect(tierFromCounts(counts(12, 15, 15, 15), rules)).toEqual({ level: "full", factor: 1 });
    expect(tierFromCounts(counts(10, 15, 15, 15), rules)).toEqual({ level: "partial", factor: 0.7 });
    expect(tierFromCounts(counts(8, 15, 15, 15), rules)).toEqual({ level: "below", factor: 0.3 });
  });
});

describe("tierFromRates compares rates as numbers (H4A.TIER)", () => {
  test.each([
    [[9 / 11, 10 / 11, 1], "full", 1],
    [[0.8, 0.9, 0.9], "partial", 0.8],
    [[12 / 15, 1, 1], "partial", 0.8],
    [[0.6, 0.6, 0.6], "partial", 0.8],
    [[0.59, 1, 1], "below", 0],
    [[Number.NaN, 1, 1], "below", 0],
  ] as [[number, number, number], string, number][])("%p → %p", (rates, level, factor) => {
    expect(tierFromRates(rates, DEFAULT_PARAMS)).toEqual({ level, factor });
  });

  test("strictness follows the agreement: partialStrict makes exactly 60 % fall below", () => {
    expect(tierFromRates([0.6, 0.9, 0.9], agreement({ partialStrict: true })).level).toBe("below");
  });
});
