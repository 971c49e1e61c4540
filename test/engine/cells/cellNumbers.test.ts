import { parseNumberCell } from "../../../src/engine/cells/cellNumbers";
import type { CellValue } from "../../../src/engine/types";

describe("a number cell", () => {
  it.each<[CellValue, number]>([
    [3, 3],
    [3.5, 3.5],
    [-0, 0],
    ["3", 3],
    [" 3 ", 3],
    ["3,5", 3.5],
    ["3.5", 3.5],
    ["0,250", 0.25],
    ["1234,567", 1234.567],
    ["1.234,50", 1234.5],
    ["1,234.50", 1234.5],
    ["1.234.567", 1234567],
    ["1 234,5", 1234.5],
    ["€ 150", 150],
    ["150 €", 150],
    ["-2", -2],
    [",5", 0.5],
  ])("%j is %j", (value, expected) => {
    expect(parseNumberCell(value)).toBe(expected);
  });

  it.each<[CellValue]>([[""], [null], ["   "]])("%j is blank", (value) => {
    expect(parseNumberCell(value)).toBeNull();
  });

  it.each<[CellValue]>([
    ["tre"],
    ["1.234"],
    ["1,234"],
    ["3,5,6"],
    ["1e3"],
    ["12abc"],
    ["€"],
    [true],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ["9".repeat(400)],
  ])("%j is invalid", (value) => {
    expect(parseNumberCell(value)).toBe("invalid");
  });
});
