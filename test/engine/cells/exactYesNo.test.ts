import fc from "fast-check";
import { readYesNo } from "../../../src/engine/cells/exactYesNo";
import { NO_TOKENS, parseYesNo, YES_TOKENS } from "../../../src/engine/cells/tokens";
import * as tokens from "../../../src/engine/cells/tokens";
import type { CellValue } from "../../../src/engine/types";

const spellings = ["", " ", "\u00a0", ...[...YES_TOKENS, ...NO_TOKENS].flatMap((t) => [t, t.toLowerCase(), t.toUpperCase(), ` ${t} `])];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...spellings, "Sí", "SÌ", "sì ", "Forse", "#N/A"),
  fc.string(),
  fc.integer({ min: -2, max: 2 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

describe("readYesNo", () => {
  test("reads every cell as parseYesNo does", () => {
    fc.assert(fc.property(cell, (value) => expect(readYesNo(value)).toBe(parseYesNo(value))));
    for (const value of spellings) expect(readYesNo(value)).toBe(parseYesNo(value));
  });

  test("reads the tokens as typed without parseYesNo, and any other text with it", () => {
    const parse = jest.spyOn(tokens, "parseYesNo");
    try {
      for (const token of ["Sì", "sì", "SÌ", "No", "NO", "", "X", "Vero", "FALSE"]) readYesNo(token);
      expect(parse).not.toHaveBeenCalled();
      readYesNo(" Sì ");
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
