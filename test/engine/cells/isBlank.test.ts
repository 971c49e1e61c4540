import fc from "fast-check";
import { isBlank } from "../../../src/engine/cells/cells";

describe("isBlank", () => {
  it.each([null, "", " ", "\t", "\u00a0", "\u3000 "])("%j is blank", (value) => {
    expect(isBlank(value)).toBe(true);
  });

  it.each(["x", " x", "Sì", "ì", "0", 0, false])("%j is not blank", (value) => {
    expect(isBlank(value)).toBe(false);
  });

  test("a text is blank when it is only white space", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(" ", "\t", "\u00a0", "\u3000", "x", "è") }), (text) => {
        expect(isBlank(text)).toBe(text.trim() === "");
      }),
    );
  });
});
