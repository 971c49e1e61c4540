import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import * as functions from "../../src/functions/functions";

const FUNCTIONS_FILE = path.join(__dirname, "../../src/functions/functions.ts");
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** A valid call of every function: what each returns must be its value, not a promise. */
const CALLS: Record<string, () => unknown> = {
  TRANCHE: () => functions.tranche(1),
  STABILITYRATE: () => functions.stabilityRate(column("Sì", "No")),
  WELLBEINGRATE: () => functions.wellbeingRate(column("Sì", "No")),
  WAITRATE: () => functions.waitRate(column(3, 9)),
  TIER: () => functions.tier(0.9, 0.9, 0.9),
  PERFAMILY: () => functions.perFamily(600_000, 100),
  PREMIUM: () => functions.premium(6000, 10, 1),
  COSTSAVING: () => functions.costSaving(column(10, 20), 30),
  FAMILIESTOGO: () => functions.familiesToGo(5, 10),
  SCHEDULE: () => functions.schedule([[1, 10, 9, 8, 1]], 6000),
  TIERPROBABILITY: () => functions.tierProbability(0.9, 0.9, 0.9, 10),
  EXPECTEDTIER: () => functions.expectedTier(0.9, 0.9, 0.9, 10),
};

describe("no function leaves a cell #BUSY!: every one is synchronous", () => {
  let metadata: { id: string; options?: Record<string, unknown> }[];
  beforeAll(async () => {
    metadata = JSON.parse((await generateCustomFunctionsMetadata(FUNCTIONS_FILE)).metadataJson).functions;
  }, 60_000);

  test("functions.json declares no streaming, cancelable or volatile function", () => {
    const declared = metadata.filter(({ options }) => options?.stream || options?.cancelable || options?.volatile).map(({ id }) => id);
    expect(declared).toEqual([]);
  });

  test("every function of functions.json returns its value, not a promise", () => {
    expect(metadata.map(({ id }) => id).sort()).toEqual(Object.keys(CALLS).sort());
    const pending = Object.entries(CALLS)
      .filter(([, call]) => {
        const result = call();
        return result instanceof Promise || typeof (result as { then?: unknown } | null)?.then === "function";
      })
      .map(([id]) => id);
    expect(pending).toEqual([]);
  });
});
