import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";

const { italianMetadata } = require("../../scripts/functions-it") as {
  italianMetadata: (
    metadata: unknown,
    descriptions?: unknown,
  ) => { functions: { id: string; description: string; parameters: { name: string; description: string }[] }[] };
};

const FUNCTIONS_FILE = path.join(__dirname, "../../src/functions/functions.ts");

describe("the Italian argument help (functions.it.json)", () => {
  let english: { functions: { id: string; description: string; parameters: { name: string; description: string }[] }[] };
  beforeAll(async () => {
    english = JSON.parse((await generateCustomFunctionsMetadata(FUNCTIONS_FILE)).metadataJson);
  }, 60_000);

  test("describes in Italian every function and every parameter the JSDoc declares, and nothing else", () => {
    const italian = italianMetadata(english);
    expect(italian.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
    italian.functions.forEach((fn, i) => {
      expect(fn.description).not.toBe(english.functions[i].description);
      fn.parameters.forEach((p, j) => expect(p.description).not.toBe(english.functions[i].parameters[j].description));
    });
  });

  test("a function or parameter left without Italian, or a stale entry, stops the build with its name", () => {
    const withExtra = { ...english, functions: [...english.functions, { id: "NEWFUNCTION", description: "x", parameters: [] }] };
    expect(() => italianMetadata(withExtra)).toThrow("NEWFUNCTION: no Italian description");
    expect(() => italianMetadata(english, { TRANCHE: { description: "x", parameters: { year: "x", shares: "x", old: "x" } } })).toThrow(
      "TRANCHE(old): described but not a parameter",
    );
  });
});
