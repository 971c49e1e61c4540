import { expectedTier, tierProbability } from "../../src/functions/functions";
import { binomialPmf } from "../../src/engine/simulation/binomial";
import { excelErrorOf } from "./expectExcelError";

/** H4A.TIERPROBABILITY and H4A.EXPECTEDTIER: the odds of a cohort's tier, as cell formulas. */

const atLeast = (n: number, p: number, m: number): number => {
  const pmf = binomialPmf(n, p);
  let tail = 0;
  for (let k = m; k <= n; k++) tail += pmf[k];
  return tail;
};

describe("H4A.TIERPROBABILITY", () => {
  test("=H4A.TIERPROBABILITY(0,8; 0,8; 0,8; 11) is P(at least 9 of 11)³ ≈ 0.2353", () => {
    const full = tierProbability(0.8, 0.8, 0.8, 11);
    expect(full).toBeCloseTo(atLeast(11, 0.8, 9) ** 3, 14);
    expect(full.toFixed(4)).toBe("0.2353");
  });

  test("tier 0.8 is the partial tier, tier 0 the bottom one; the three add up to 1", () => {
    const partial = tierProbability(0.8, 0.8, 0.8, 11, 0.8);
    const below = tierProbability(0.8, 0.8, 0.8, 11, 0);
    // All three at least 7 of 11 (≥ 60 %), minus all three at least 9 (the full tier).
    expect(partial).toBeCloseTo(atLeast(11, 0.8, 7) ** 3 - atLeast(11, 0.8, 9) ** 3, 14);
    expect(tierProbability(0.8, 0.8, 0.8, 11) + partial + below).toBeCloseTo(1, 14);
  });

  test("takes other thresholds and another partial payment", () => {
    // ≥ 70 % of 10 passes partial at 7; > 90 % passes full only at 10.
    expect(tierProbability(0.9, 1, 1, 10, 1, 0.9, 0.7)).toBeCloseTo(0.9 ** 10, 14);
    expect(tierProbability(0.9, 1, 1, 10, 0.5, 0.9, 0.7, 0.5)).toBeCloseTo(atLeast(10, 0.9, 7) - 0.9 ** 10, 14);
    // Excel passes an empty optional argument as "" (or null).
    const blank = "" as unknown as number;
    expect(tierProbability(0.9, 1, 1, 10, blank, blank, blank, blank)).toBe(tierProbability(0.9, 1, 1, 10));
  });

  test("a factor no tier pays is #NUM! naming the factors; bad arguments are #VALUE! or #NUM!", () => {
    const wrongTier = excelErrorOf(() => tierProbability(0.8, 0.8, 0.8, 11, 0.7));
    expect(wrongTier.code).toBe("#NUM!");
    expect(wrongTier.message).toContain("0,8");
    expect(excelErrorOf(() => tierProbability(1.2, 0.8, 0.8, 11)).code).toBe("#NUM!");
    expect(excelErrorOf(() => tierProbability(0.8, -0.1, 0.8, 11)).code).toBe("#NUM!");
    expect(excelErrorOf(() => tierProbability(0.8, 0.8, 0.8, 0)).code).toBe("#NUM!");
    expect(excelErrorOf(() => tierProbability(0.8, 0.8, 0.8, 10.5)).code).toBe("#NUM!");
    expect(excelErrorOf(() => tierProbability(0.8, 0.8, 0.8, 200_000)).code).toBe("#NUM!");
    expect(excelErrorOf(() => tierProbability("alta" as unknown as number, 0.8, 0.8, 11)).code).toBe("#VALUE!");
    expect(excelErrorOf(() => tierProbability(0.8, 0.8, "" as unknown as number, 11)).code).toBe("#VALUE!");
    // A partial threshold above the full one is refused by the agreement's own rule.
    const crossed = excelErrorOf(() => tierProbability(0.8, 0.8, 0.8, 11, 1, 0.6, 0.7));
    expect(crossed.code).toBe("#VALUE!");
    expect(crossed.message).toContain("partialThreshold");
  });
});

describe("H4A.EXPECTEDTIER", () => {
  test("is 1 × P(full) + 0.8 × P(partial) by default", () => {
    const expected = tierProbability(0.8, 0.8, 0.8, 11) + 0.8 * tierProbability(0.8, 0.8, 0.8, 11, 0.8);
    expect(expectedTier(0.8, 0.8, 0.8, 11)).toBeCloseTo(expected, 14);
  });

  test("certain outcomes give their tier: 1 when every family reaches all three; the partial payment when no rate can exceed 100 %", () => {
    expect(expectedTier(1, 1, 1, 11)).toBe(1);
    expect(expectedTier(1, 1, 1, 11, 1, 0.6, 0.5)).toBe(0.5);
    expect(expectedTier(0, 1, 1, 11)).toBe(0);
  });

  test("bad arguments are Excel errors", () => {
    expect(excelErrorOf(() => expectedTier(0.8, 0.8, 0.8, -3)).code).toBe("#NUM!");
    expect(excelErrorOf(() => expectedTier(0.8, 0.8, 0.8, 11, 2)).code).toBe("#VALUE!");
  });
});
