import fc from "fast-check";
import { familiesOfMargin, familiesToGo, passesThreshold } from "../../../src/engine/cells/ratio";

describe("passesThreshold compares count / total exactly", () => {
  test.each([
    [7, 10, 0.7, false, true],
    [7, 10, 0.7, true, false],
    [9, 11, 0.8, true, true],
    [8, 11, 0.8, true, false],
    [12, 15, 0.8, true, false],
    [12, 15, 0.8, false, true],
    [13, 15, 0.8, true, true],
    [7, 11, 0.6, false, true],
    [6, 11, 0.6, false, false],
    [3, 5, 0.6, false, true],
    [3, 5, 0.6, true, false],
    [1, 3, 0.3333333333333333, true, true],
    [0, 4, 0, false, true],
    [0, 4, 0, true, false],
    [4, 4, 1, false, true],
    [4, 4, 1, true, false],
  ])("%p of %p against %p (strict %p) → %p", (count, total, threshold, strict, expected) => {
    expect(passesThreshold(count, total, threshold, strict)).toBe(expected);
  });

  test("12 of 15 families is exactly 80 %, which is not more than 80 %", () => {
    expect(passesThreshold(12, 15, 0.8, true)).toBe(false);
  });

  test("a total of 0 families never passes, even a threshold of 0", () => {
    expect(passesThreshold(0, 0, 0, false)).toBe(false);
    expect(passesThreshold(0, 0, 0.8, true)).toBe(false);
  });

  test("the threshold is read as its shortest decimal: 3 of 10 is not ≥ 0.1 + 0.2 (0.30000000000000004)", () => {
    expect(passesThreshold(3, 10, 0.1 + 0.2, false)).toBe(false);
    expect(passesThreshold(3, 10, 0.3, false)).toBe(true);
  });

  test("a non-finite argument throws a RangeError", () => {
    expect(() => passesThreshold(Number.NaN, 10, 0.8, true)).toThrow(RangeError);
    expect(() => passesThreshold(1, Infinity, 0.8, true)).toThrow(RangeError);
    expect(() => passesThreshold(1, 10, Number.NaN, true)).toThrow(RangeError);
  });
});

describe("familiesToGo: the fewest more families that make the share pass", () => {
  test.each([
    [8, 11, 0.8, true, 1],
    [9, 11, 0.8, true, 0],
    [7, 11, 0.8, true, 2],
    [12, 15, 0.8, true, 1],
    [0, 11, 0.8, true, 9],
    [6, 11, 0.6, false, 1],
    [5, 10, 1, false, 5],
    [0, 5, 0, false, 0],
    [0, 5, 0, true, 1],
    [11, 11, 1, true, null],
    [0, 0, 0.8, true, null],
    [0, 0, 0, false, null],
  ])("%p of %p against %p (strict %p) → %p", (achieved, families, threshold, strict, expected) => {
    expect(familiesToGo(achieved, families, threshold, strict)).toBe(expected);
  });

  test("7 of 11 with stability: 2 more families reach the 100 % tier's > 80 %", () => {
    expect(familiesToGo(7, 11, 0.8, true)).toBe(2);
  });

  test("counts that are not whole numbers with 0 ≤ achieved ≤ families throw a RangeError", () => {
    expect(() => familiesToGo(12, 11, 0.8, true)).toThrow(RangeError);
    expect(() => familiesToGo(1.5, 11, 0.8, true)).toThrow(RangeError);
    expect(() => familiesToGo(-1, 11, 0.8, true)).toThrow(RangeError);
    expect(() => familiesToGo(1, 11, Infinity, true)).toThrow(RangeError);
  });
});

describe("familiesOfMargin: how many achieving families can be lost while still passing", () => {
  test.each([
    [9, 11, 0.8, true, 0],
    [10, 11, 0.8, true, 1],
    [11, 11, 0.8, true, 2],
    [8, 11, 0.8, true, null],
    [7, 11, 0.6, false, 0],
    [11, 11, 0.6, false, 4],
    [3, 5, 0, false, 3],
    [15, 15, 0.8, true, 2],
    [0, 0, 0, false, null],
  ])("%p of %p against %p (strict %p) → %p", (achieved, families, threshold, strict, expected) => {
    expect(familiesOfMargin(achieved, families, threshold, strict)).toBe(expected);
  });
});

describe("properties against a count-by-count search", () => {
  const thresholds = fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  const counts = fc
    .integer({ min: 0, max: 40 })
    .chain((families) => fc.tuple(fc.integer({ min: 0, max: families }), fc.constant(families)));

  test("familiesToGo is the smallest x ≤ families − achieved with (achieved + x) / families passing", () => {
    fc.assert(
      fc.property(counts, thresholds, fc.boolean(), ([achieved, families], threshold, strict) => {
        const passes = (n: number) => passesThreshold(n, families, threshold, strict);
        const search = Array.from({ length: families - achieved + 1 }, (_, x) => x).find((x) => passes(achieved + x));
        expect(familiesToGo(achieved, families, threshold, strict)).toBe(search ?? null);
      }),
      { numRuns: 200 },
    );
  });

  test("familiesOfMargin is the most families that can be lost with the share still passing", () => {
    fc.assert(
      fc.property(counts, thresholds, fc.boolean(), ([achieved, families], threshold, strict) => {
        const passes = (n: number) => passesThreshold(n, families, threshold, strict);
        const expected = passes(achieved)
          ? Array.from({ length: achieved + 1 }, (_, m) => m)
              .filter((m) => passes(achieved - m))
              .pop()
          : null;
        expect(familiesOfMargin(achieved, families, threshold, strict)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
