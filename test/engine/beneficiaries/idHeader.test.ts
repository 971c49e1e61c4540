import fc from "fast-check";
import { matchHeader } from "../../../src/engine/beneficiaries/fields";
import * as fields from "../../../src/engine/beneficiaries/fields";
import { isIdHeader } from "../../../src/engine/beneficiaries/idHeader";
import type { CellValue } from "../../../src/engine/types";

const headers = ["ID famiglia", "id famiglia", " ID-FAMIGLIA ", "Family ID", "family_id", "FamilyID!", "ÌD famìglia", "Famiglia", "ID"];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...headers, "F0001", "FAM-2024-0001", "idfamiglia0", "famiglia-è1"),
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

  test("compares an ASCII id without matchHeader, and a text with other characters with it", () => {
    const match = jest.spyOn(fields, "matchHeader");
    try {
      for (const id of ["F0001", "FAM-2024-0001", "Family ID", "ID famiglia"]) isIdHeader(id);
      expect(match).not.toHaveBeenCalled();
      isIdHeader("famiglia-è1");
      expect(match).toHaveBeenCalledTimes(1);
    } finally {
      match.mockRestore();
    }
  });
});
