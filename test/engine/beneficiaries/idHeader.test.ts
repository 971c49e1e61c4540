import fc from "fast-check";
import { matchHeader } from "../../../src/engine/beneficiaries/fields";
import * as fields from "../../../src/engine/beneficiaries/fields";
import { isIdHeader } from "../../../src/engine/beneficiaries/idHeader";
import type { CellValue } from "../../../src/engine/types";

const headers = [
  "ID famiglia",
  "id famiglia",
  " ID-FAMIGLIA ",
  "Family ID",
  "family_id",
  "FamilyID!",
  "ÌD famìglia",
  "Famiglia",
  "ID",
  "ID famiglia 2",
  "Family IDs",
  "Family ID-è",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...headers, "F0001", "FAM-2024-0001", "idfamiglia0", "famiglia-è1", "ID famiglia\u0301", "Family I\u0307D", "\u212Aey"),
  fc.tuple(fc.constantFrom(...headers), fc.string(), fc.string()).map(([header, before, after]) => before + header + after),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

describe("isIdHeader", () => {
  test("says what matchHeader says of the id column's header", () => {
    for (const text of headers) expect(isIdHeader(text)).toBe(matchHeader(text) === "id");
    fc.assert(fc.property(cell, (value) => expect(isIdHeader(value)).toBe(typeof value === "string" && matchHeader(value) === "id")));
    expect(isIdHeader("ID famiglia")).toBe(true);
    expect(isIdHeader("F0001")).toBe(false);
  });

  test("decides an id without matchHeader until a character beyond ASCII comes before the decision", () => {
    const match = jest.spyOn(fields, "matchHeader");
    try {
      for (const id of ["F0001", "FAM-2024-0001", "Family ID", "ID famiglia", "famiglia-è1"]) isIdHeader(id);
      expect(match).not.toHaveBeenCalled();
      isIdHeader("è-F1");
      isIdHeader("ID famìglia");
      expect(match).toHaveBeenCalledTimes(2);
    } finally {
      match.mockRestore();
    }
  });
});
