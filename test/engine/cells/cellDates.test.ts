import { toSerial } from "../../../src/engine/cells/calendar";
import { dateSerialOf, parseDateCell } from "../../../src/engine/cells/cellDates";
import type { CellValue } from "../../../src/engine/types";

const serial = (year: number, month: number, day: number) => toSerial({ year, month, day });

describe("a date cell", () => {
  it.each<[CellValue, number]>([
    ["1/2/2025", serial(2025, 2, 1)],
    ["01/02/2025", serial(2025, 2, 1)],
    ["1-2-2025", serial(2025, 2, 1)],
    ["01.02.2025", serial(2025, 2, 1)],
    ["2025-02-01", serial(2025, 2, 1)],
    [" 2025-02-01 ", serial(2025, 2, 1)],
    ["2025-02-01T00:00:00", serial(2025, 2, 1)],
    ["13/02/2025", serial(2025, 2, 13)],
    ["29/02/2024", serial(2024, 2, 29)],
    [45689, serial(2025, 2, 1)],
    [45689.75, serial(2025, 2, 1)],
    [61, serial(1900, 3, 1)],
  ])("%j is serial %j", (value, expected) => {
    expect(parseDateCell(value)).toBe(expected);
  });

  it("serial 45689 is 1 February 2025", () => {
    expect(parseDateCell(45689)).toBe(serial(2025, 2, 1));
  });

  it.each<[CellValue]>([[""], [null], ["  "]])("%j is blank", (value) => {
    expect(parseDateCell(value)).toBeNull();
  });

  it.each<[CellValue, string]>([
    ["31/02/2025", "impossible"],
    ["02/13/2025", "impossible"],
    ["29/02/2025", "impossible"],
    ["2025-13-01", "impossible"],
    ["00/01/2025", "impossible"],
    ["31/12/1899", "impossible"],
    [0, "impossible"],
    [-3, "impossible"],
    [60, "impossible"],
    [3e7, "impossible"],
    ["ieri", "not-a-date"],
    ["1/2/25", "not-a-date"],
    ["01/02-2025", "not-a-date"],
    ["February 1, 2025", "not-a-date"],
    [true, "not-a-date"],
    [Number.NaN, "not-a-date"],
    [Number.POSITIVE_INFINITY, "not-a-date"],
  ])("%j is invalid (%s)", (value, kind) => {
    expect(parseDateCell(value)).toBe("invalid");
    expect(dateSerialOf(value)).toBe(kind);
  });
});
