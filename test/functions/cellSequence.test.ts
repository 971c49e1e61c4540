import fc from "fast-check";
import { cellsOf } from "../../src/functions/args";
import { cellSequenceOf } from "../../src/functions/cellSequence";
import { stabilityRate } from "../../src/functions/functions";
import { column, excelError } from "./cellArguments";

const cellsIn = (range: unknown): unknown[] => {
  const sequence = cellSequenceOf(range);
  return Array.from({ length: sequence.length }, (_, index) => sequence.cell(index));
};

const cell = fc.oneof(fc.constantFrom("Sì", "No", "", "#N/A", null), fc.integer(), fc.boolean());
/** A single value, or a range as Excel hands it over: rows of one width. */
const rangeArg = fc.oneof(
  cell,
  fc.integer({ min: 1, max: 3 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 })),
);

describe("cellSequenceOf", () => {
  test("gives the cells cellsOf gives, in reading order, whatever the shape of the range", () => {
    fc.assert(fc.property(rangeArg, (range) => expect(cellsIn(range)).toEqual(cellsOf(range))));
  });

  test("reads an error value of a column as its code", () => {
    expect(cellsIn(column("Sì", excelError("#N/A")))).toEqual(["Sì", "#N/A"]);
  });

  test("a rate over a range of two columns or of one row counts every cell, in reading order", () => {
    expect(
      stabilityRate([
        ["Sì", "No"],
        ["Sì", ""],
      ]),
    ).toBe(0.5);
    expect(stabilityRate([["Sì", "No", "Sì"]])).toBe(2 / 3);
  });
});
