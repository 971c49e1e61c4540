import { excelTrim, FORMULA_YES_TOKENS, formulaReadsYes, unreadableByFormula } from "../../../src/engine/beneficiaries/formulaReadable";
import { parseYesNo, YES_TOKENS } from "../../../src/engine/cells/tokens";

describe("what the payment formulas read of a beneficiary cell", () => {
  test("every yes token of §3, lower-cased as LOWER does, is in the formulas' list, with the accented Sì and Sí", () => {
    for (const token of YES_TOKENS) expect(FORMULA_YES_TOKENS).toContain(token.toLowerCase());
    expect(FORMULA_YES_TOKENS).toContain("sí");
  });

  test("everything the formulas read as yes, the engine reads as yes too", () => {
    for (const token of FORMULA_YES_TOKENS) expect(parseYesNo(token)).toBe(true);
  });

  test('TRUE and the number 1 are yes (LOWER(TRIM(TRUE)) is "true", "vero" or "1"); FALSE, 0 and 2 are not', () => {
    expect([true, 1, "  X ", "SÌ"].map(formulaReadsYes)).toEqual([true, true, true, true]);
    expect([false, 0, 2, "No", null, ""].map(formulaReadsYes)).toEqual([false, false, false, false, false, false]);
  });

  test("TRIM removes spaces only, as Excel's: a no-break space stays, so the formulas cannot read «Sì\\u00a0»", () => {
    expect(excelTrim("  a   b  ")).toBe("a b");
    expect(excelTrim("Sì\u00a0")).toBe("Sì\u00a0");
    expect(unreadableByFormula("leaseSigned", "Sì\u00a0", true)).toBe("token-spelling");
    expect(unreadableByFormula("leaseSigned", "No", false)).toBeNull();
  });

  test("a date or a number typed as text cannot be followed; a real one, or a field the tables do not read, can", () => {
    expect(unreadableByFormula("requestDate", "15/01/2024", 45306)).toBe("text-date");
    expect(unreadableByFormula("requestDate", 45306, 45306)).toBeNull();
    expect(unreadableByFormula("waitMonths", "3,5", 3.5)).toBe("text-number");
    expect(unreadableByFormula("isee", "12.345,50", 12345.5)).toBeNull();
  });
});
