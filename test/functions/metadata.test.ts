import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";

const FUNCTIONS_FILE = path.join(__dirname, "../../src/functions/functions.ts");

describe("custom functions metadata (functions.json)", () => {
  let result: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  beforeAll(async () => {
    result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  }, 60_000);

  test("is generated without errors", () => {
    expect(result.errors).toEqual([]);
  });

  test("lists exactly the H4A functions", () => {
    const ids = JSON.parse(result.metadataJson).functions.map((f: { id: string }) => f.id);
    expect(ids.sort()).toEqual(
      [
        "COSTSAVING",
        "EXPECTEDTIER",
        "FAMILIESTOGO",
        "PERFAMILY",
        "PREMIUM",
        "SCHEDULE",
        "STABILITYRATE",
        "TIER",
        "TIERPROBABILITY",
        "TRANCHE",
        "WAITRATE",
        "WELLBEINGRATE",
      ].sort(),
    );
  });

  test("describes every function and every parameter, with optional ones marked", () => {
    const functions = JSON.parse(result.metadataJson).functions as {
      id: string;
      description?: string;
      parameters: { name: string; description?: string; optional?: boolean }[];
    }[];
    for (const f of functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(10);
    }
    const premium = functions.find((f) => f.id === "PREMIUM")!;
    expect(premium.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["premiumPerFamily", false],
      ["families", false],
      ["year", false],
      ["tier", true],
      ["shares", true],
    ]);
  });

  test("TIERPROBABILITY and EXPECTEDTIER take four required arguments, then the optional ones", () => {
    const functions = JSON.parse(result.metadataJson).functions as { id: string; parameters: { name: string; optional?: boolean }[] }[];
    const signature = (id: string) => functions.find((f) => f.id === id)!.parameters.map((p) => [p.name, Boolean(p.optional)]);
    const required = [
      ["pStability", false],
      ["pWellbeing", false],
      ["pWaiting", false],
      ["families", false],
    ];
    expect(signature("TIERPROBABILITY")).toEqual([
      ...required,
      ["tier", true],
      ["fullThreshold", true],
      ["partialThreshold", true],
      ["partialPayment", true],
    ]);
    expect(signature("EXPECTEDTIER")).toEqual([...required, ["fullThreshold", true], ["partialThreshold", true], ["partialPayment", true]]);
  });

  test("SCHEDULE spills a matrix", () => {
    const schedule = JSON.parse(result.metadataJson).functions.find((f: { id: string }) => f.id === "SCHEDULE");
    expect(schedule.result.dimensionality).toBe("matrix");
  });
});
