import { toSerial } from "../../../src/engine/cells/calendar";
import { formatCellValue, formatDate, formatEuro, formatNumber, joinList } from "../../../src/engine/cells/format";

describe("values in messages", () => {
  it("numbers take a decimal comma in Italian and a point in English", () => {
    expect(formatNumber(3.5, "it")).toBe("3,5");
    expect(formatNumber(3.5, "en")).toBe("3.5");
    expect(formatNumber(8.1987, "it", 1)).toBe("8,2");
  });

  it("euros are grouped by thousands, with cents only when there are some", () => {
    expect(formatEuro(26000, "it")).toBe("26.000 €");
    expect(formatEuro(26000, "en")).toBe("€26,000");
    expect(formatEuro(1234.5, "it")).toBe("1.234,50 €");
    expect(formatEuro(1234567.891, "en")).toBe("€1,234,567.89");
    expect(formatEuro(999, "it")).toBe("999 €");
    expect(formatEuro(1e300, "it")).toBe("1e+300 €");
  });

  it("dates are dd/mm/yyyy in Italian and yyyy-mm-dd in English", () => {
    const serial = toSerial({ year: 2025, month: 2, day: 1 });
    expect(formatDate(serial, "it")).toBe("01/02/2025");
    expect(formatDate(serial, "en")).toBe("2025-02-01");
  });

  it("cell values show as typed; booleans as Excel names them; long text is cut", () => {
    expect(formatCellValue(true, "it")).toBe("VERO");
    expect(formatCellValue(false, "en")).toBe("FALSE");
    expect(formatCellValue(2.5, "it")).toBe("2,5");
    expect(formatCellValue("x".repeat(80), "it")).toBe(`${"x".repeat(60)}…`);
  });

  it("lists end with 'e' / 'and'", () => {
    expect(joinList(["3", "5", "9"], "it")).toBe("3, 5 e 9");
    expect(joinList(["3", "5"], "en")).toBe("3 and 5");
    expect(joinList(["3"], "en")).toBe("3");
  });
});
