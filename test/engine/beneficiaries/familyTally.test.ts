import fc from "fast-check";
import { achievedYes, tallyFamilies, type CellSequence } from "../../../src/engine/beneficiaries/familyTally";
import { matchHeader } from "../../../src/engine/beneficiaries/fields";
import { isBlank } from "../../../src/engine/cells/cells";
import { waitedLessThan, type Achieved, type FamilyCount } from "../../../src/engine/payments/columnCounts";
import type { CellValue } from "../../../src/engine/types";

/** The rule of the custom functions' counts written plainly over arrays, with the engine's general readers: the model tallyFamilies must agree with. */
function countFamilies(values: readonly CellValue[], achieved: Achieved, ids: readonly CellValue[] | null): FamilyCount {
  if (ids !== null && ids.length !== values.length) {
    return {
      hits: 0,
      families: 0,
      answered: 0,
      problem: { kind: "sizes-differ", value: ids.length, index: Math.min(ids.length, values.length) },
    };
  }
  let hits = 0;
  let families = 0;
  let answered = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const id = ids?.[index];
    if (ids !== null && typeof id === "string" && matchHeader(id) === "id") continue;
    if (ids !== null && isBlank(id ?? null)) {
      if (!isBlank(value)) return { hits, families, answered, problem: { kind: "answer-without-id", value, index } };
      continue;
    }
    const result = achieved(value);
    if (result === "invalid") return { hits, families, answered, problem: { kind: "invalid", value, index } };
    families++;
    if (!isBlank(value)) answered++;
    if (result) hits++;
  }
  return { hits, families, answered, problem: null };
}

const sequence = (cells: readonly CellValue[]): CellSequence => ({ length: cells.length, cell: (index) => cells[index] });

const flag: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("Sì", "No", "", " ", "\u00a0", "sí", " X ", "Forse", "#N/A"),
  fc.integer({ min: -1, max: 12 }),
  fc.boolean(),
  fc.constant(null),
);
const id: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("F1", "F2", "ID famiglia", "Family ID", "", " ", "\u3000", "famiglia-è1"),
  fc.integer(),
  fc.constant(null),
);

describe("tallyFamilies", () => {
  test("counts as the plain model does: families, hits, answers and the first problem", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(flag, id), { maxLength: 40 }), fc.boolean(), (rows, withIds) => {
        const values = rows.map(([value]) => value);
        const ids = withIds ? rows.map(([, family]) => family) : null;
        expect(tallyFamilies(sequence(values), achievedYes, ids && sequence(ids))).toEqual(countFamilies(values, achievedYes, ids));
        const months = waitedLessThan(8);
        expect(tallyFamilies(sequence(values), months, ids && sequence(ids))).toEqual(countFamilies(values, months, ids));
      }),
    );
  });

  test("ranges of different sizes are a problem before any cell is read", () => {
    const read = jest.fn((index: number): CellValue => ["Sì", "No"][index]);
    const counted = tallyFamilies({ length: 2, cell: read }, achievedYes, sequence(["F1"]));
    expect(counted.problem).toEqual({ kind: "sizes-differ", value: 1, index: 1 });
    expect(read).not.toHaveBeenCalled();
  });

  test("reads each cell of both columns once", () => {
    const flags = jest.fn((index: number): CellValue => (index % 3 === 0 ? "No" : "Sì"));
    const ids = jest.fn((index: number): CellValue => (index === 0 ? "ID famiglia" : `F${index}`));
    const counted = tallyFamilies({ length: 30, cell: flags }, achievedYes, { length: 30, cell: ids });
    expect(counted).toEqual({ hits: 20, families: 29, answered: 29, problem: null });
    expect(ids).toHaveBeenCalledTimes(30);
    expect(flags).toHaveBeenCalledTimes(30);
  });
});
