import * as text from "../../src/engine/cells/text";
import { stabilityRate, waitRate, wellbeingRate } from "../../src/functions/functions";

/** A column of n rows as Excel passes it, counting how often each cell is read. */
function countedColumn(cells: unknown[]): { range: unknown[][]; reads: number[] } {
  const reads = cells.map(() => 0);
  const range = cells.map((cell, index) => {
    const row = [cell];
    return new Proxy(row, {
      get(target, key, receiver) {
        if (key === "0") reads[index]++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  });
  return { range, reads };
}

const N = 500;
const ids = Array.from({ length: N }, (_, i) => (i === 0 ? "ID famiglia" : `F${i}`));

describe("one call of a rate function reads and normalises each cell once", () => {
  let cleanToken: jest.SpyInstance;
  let normalizeText: jest.SpyInstance;
  beforeEach(() => {
    cleanToken = jest.spyOn(text, "cleanToken");
    normalizeText = jest.spyOn(text, "normalizeText");
  });
  afterEach(() => jest.restoreAllMocks());

  test("each cell of the flags and of the ids is read once", () => {
    const flags = countedColumn(ids.map((_, i) => (i === 0 ? "Stabilità" : i % 4 === 0 ? "No" : "Sì")));
    const families = countedColumn(ids);
    expect(stabilityRate(flags.range, families.range)).toBeCloseTo(375 / 499, 15);
    expect(flags.reads.filter((count) => count !== 1)).toEqual([]);
    expect(families.reads.filter((count) => count !== 1)).toEqual([]);
  });

  test("a token spelled otherwise (sí) is normalised once per cell, not once per pass", () => {
    const flags = ids.map((_, i) => [i === 0 ? "" : "sí"]);
    expect(
      wellbeingRate(
        flags,
        ids.map((id) => [id]),
      ),
    ).toBe(1);
    expect(cleanToken).toHaveBeenCalledTimes(N - 1);
  });

  test("the usual tokens, ASCII ids and months are read with no Unicode normalisation", () => {
    const flags = ids.map((_, i) => [i % 3 === 0 ? "No" : i % 5 === 0 ? "" : "Sì"]);
    stabilityRate(
      flags,
      ids.map((id) => [id]),
    );
    waitRate(
      ids.map((_, i) => [i % 12]),
      8,
      ids.map((id) => [id]),
    );
    expect(cleanToken).not.toHaveBeenCalled();
    expect(normalizeText).not.toHaveBeenCalled();
  });
});
