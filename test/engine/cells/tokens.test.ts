import fc from "fast-check";
import { NO_TOKENS, parseCondition, parseYesNo, YES_TOKENS } from "../../../src/engine/cells/tokens";
import { yesNoAsTyped } from "../../../src/engine/cells/yesNoAsTyped";
import * as text from "../../../src/engine/cells/text";
import type { CellValue } from "../../../src/engine/types";

describe("a yes/no cell", () => {
  it.each<[CellValue, boolean]>([
    ["Sì", true],
    ["Si", true],
    ["sì", true],
    ["Sí", true],
    ["SI", true],
    ["S", true],
    ["Yes", true],
    ["y", true],
    ["X", true],
    [" x ", true],
    ["1", true],
    ["Vero", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["No", false],
    ["n", false],
    ["0", false],
    ["Falso", false],
    ["false", false],
    [false, false],
    [0, false],
  ])("%j is %j", (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
  });

  it.each<[CellValue]>([[""], [null], ["   "]])("%j is blank: not reported", (value) => {
    expect(parseYesNo(value)).toBeNull();
  });

  it.each<[CellValue]>([["forse"], ["sì?"], ["Nope"], [2], [0.5], ["#N/A"], ["S ì"]])("%j is invalid", (value) => {
    expect(parseYesNo(value)).toBe("invalid");
  });

  it("lists the tokens of MECHANISM.md §3 for messages to cite", () => {
    expect(YES_TOKENS).toEqual(["Sì", "Si", "S", "Yes", "Y", "X", "1", "Vero", "True"]);
    expect(NO_TOKENS).toEqual(["No", "N", "0", "Falso", "False"]);
  });
});

describe("a housing condition", () => {
  it.each<[CellValue, string | null]>([
    ["sfratto", "sfratto"],
    ["Struttura Temporanea", "struttura temporanea"],
    ["strutturatemporanea", "struttura temporanea"],
    [" ALBERGO ", "albergo"],
    ["Dormitorio", "dormitorio"],
    ["alloggio inadeguato", "alloggio inadeguato"],
    ["Altro", "altro"],
    ["hotel", "albergo"],
    ["Eviction", "sfratto"],
    ["", null],
    [null, null],
  ])("%j reads as %j", (value, expected) => {
    expect(parseCondition(value)).toBe(expected);
  });

  it.each<[CellValue]>([["sfrattato"], [3], [true]])("%j is not a listed condition", (value) => {
    expect(parseCondition(value)).toBe("invalid");
  });
});

describe("parseYesNo on the spellings as typed", () => {
  const spellings = ["", " ", "\u00a0", ...[...YES_TOKENS, ...NO_TOKENS].flatMap((t) => [t, t.toLowerCase(), t.toUpperCase(), ` ${t} `])];

  test("reads them as the same text with spaces around it, which is cleaned first", () => {
    for (const token of YES_TOKENS) for (const t of [token, token.toLowerCase(), token.toUpperCase()]) expect(parseYesNo(t)).toBe(true);
    for (const token of NO_TOKENS) for (const t of [token, token.toLowerCase(), token.toUpperCase()]) expect(parseYesNo(t)).toBe(false);
    for (const value of spellings) expect(parseYesNo(value)).toBe(parseYesNo(` ${value} `));
    expect(parseYesNo("")).toBeNull();
  });

  test("reads the tokens as typed without cleaning them, and any other text with it", () => {
    const clean = jest.spyOn(text, "cleanToken");
    try {
      for (const token of [...YES_TOKENS, ...NO_TOKENS]) for (const t of [token, token.toLowerCase(), token.toUpperCase()]) parseYesNo(t);
      parseYesNo("");
      expect(clean).not.toHaveBeenCalled();
      parseYesNo(" Sì ");
      expect(clean).toHaveBeenCalledTimes(1);
    } finally {
      clean.mockRestore();
    }
  });
});

describe("yesNoAsTyped", () => {
  const listed = (tokens: readonly string[]) => tokens.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]);

  test("knows every token as listed, in lower and in upper case, and the empty text", () => {
    for (const t of listed(YES_TOKENS)) expect(yesNoAsTyped(t)).toBe(true);
    for (const t of listed(NO_TOKENS)) expect(yesNoAsTyped(t)).toBe(false);
    expect(yesNoAsTyped("")).toBeNull();
  });

  test("leaves any other text to the cleaned reading", () => {
    const known = new Set(["", ...listed(YES_TOKENS), ...listed(NO_TOKENS)]);
    const spelling = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(" Sì", "sí", "Sì ", "YEs", "nO", "FALSo", "Ì", "\u00a0"));
    fc.assert(fc.property(spelling, (t) => expect(yesNoAsTyped(t) === undefined).toBe(!known.has(t))));
  });
});
