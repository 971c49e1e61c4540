import fc from "fast-check";
import { excelRound, fromCents, roundCents, sumCents, toCents } from "../../../src/engine/cells/rounding";

describe("excelRound rounds as Excel's ROUND", () => {
  test.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.285, 2, 0.29],
    [1.255, 2, 1.26],
    [8.345, 2, 8.35],
    [0.615, 2, 0.62],
    [-2.675, 2, -2.68],
    [-1.005, 2, -1.01],
    [33000.385, 2, 33000.39],
    [1.23456789, 4, 1.2346],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [0, 2, 0],
    [7, 2, 7],
  ])("ROUND(%p, %p) = %p", (x, digits, expected) => {
    expect(excelRound(x, digits)).toBe(expected);
  });

  test("a binary product just under the half cent still rounds up: 0.5 × 6000.07 × 11 → 33000.39", () => {
    expect(roundCents(0.5 * 6000.07 * 11)).toBe(33000.39);
  });

  test("the value is first taken to 15 significant digits: 10^15 + 0.5 keeps 1e15, 10^14 + 0.5 becomes 10^14 + 1", () => {
    expect(excelRound(1e15 + 0.5, 0)).toBe(1e15);
    expect(excelRound(1e14 + 0.5, 0)).toBe(1e14 + 1);
    expect(excelRound(-(1e14 + 0.5), 0)).toBe(-(1e14 + 1));
    expect(excelRound(1e15 + 0.5, 2)).toBe(1e15);
  });

  test("binary noise beyond 15 digits is dropped: ROUND(0.1 + 0.2, 16) is 0.3", () => {
    expect(excelRound(0.1 + 0.2, 16)).toBe(0.3);
  });

  test("huge and tiny values: 1e300 stays, 5e-324 rounds to 0, a rounding position left of every digit gives 0", () => {
    expect(excelRound(1e300, 2)).toBe(1e300);
    expect(excelRound(-1.5e300, 2)).toBe(-1.5e300);
    expect(excelRound(5e-324, 2)).toBe(0);
    expect(excelRound(123, -20)).toBe(0);
    expect(excelRound(6e14, -15)).toBe(1e15);
  });

  test("the result is never −0: ROUND(−0.001, 2) is 0", () => {
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
    expect(Object.is(excelRound(-0, 2), 0)).toBe(true);
  });

  test("digits are truncated towards zero, as Excel does: ROUND(1.2345, 2.9) = 1.23", () => {
    expect(excelRound(1.2345, 2.9)).toBe(1.23);
    expect(excelRound(1250, -2.9)).toBe(1300);
  });

  test("non-finite values are returned as they are; non-finite digits throw a RangeError", () => {
    expect(excelRound(Number.NaN, 2)).toBeNaN();
    expect(excelRound(Infinity, 2)).toBe(Infinity);
    expect(excelRound(-Infinity, 2)).toBe(-Infinity);
    expect(() => excelRound(1, Number.NaN)).toThrow(RangeError);
  });

  test("property: the result is the nearest 2-decimal number and rounding again changes nothing", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = roundCents(x);
        expect(Number(r.toFixed(2))).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-6);
        expect(roundCents(r)).toBe(r);
        expect(roundCents(-x)).toBe(r === 0 ? 0 : -r);
      }),
      { numRuns: 200 },
    );
  });
});

describe("whole cents", () => {
  test("toCents gives the exact cents of ROUND(x, 2); fromCents gives them back", () => {
    expect(toCents(33000.385)).toBe(3300039n);
    expect(toCents(-2.675)).toBe(-268n);
    expect(toCents(1e20)).toBe(10n ** 22n);
    expect(fromCents(3300039n)).toBe(33000.39);
    expect(fromCents(-5n)).toBe(-0.05);
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
  });

  test("sums are added in integer cents, so 0.1 + 0.2 is 0.3 and 3 × 33,000.39 is 99,001.17", () => {
    expect(sumCents([0.1, 0.2])).toBe(0.3);
    expect(sumCents([33000.39, 33000.39, 33000.39])).toBe(99001.17);
    expect(sumCents([])).toBe(0);
  });
});
