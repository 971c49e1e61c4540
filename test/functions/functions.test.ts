import {
  costSaving,
  familiesToGo,
  perFamily,
  premium,
  schedule,
  stabilityRate,
  tier,
  tranche,
  waitRate,
  wellbeingRate,
} from "../../src/functions/functions";
import { excelErrorOf } from "./expectExcelError";

const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

describe("H4A.TRANCHE", () => {
  test("pays 20 %, 30 % and 50 % in cohort years 1, 2 and 3 by default", () => {
    expect([tranche(1), tranche(2), tranche(3)]).toEqual([0.2, 0.3, 0.5]);
  });
  test("reads other shares from a range of three cells", () => {
    expect(tranche(2, [[0.1, 0.4, 0.5]])).toBe(0.4);
  });
  test("a year other than 1, 2 or 3 is #NUM!", () => {
    expect(excelErrorOf(() => tranche(4)).code).toBe("#NUM!");
  });
  test("shares that do not sum to 1 are #VALUE! naming the parameter and what is expected", () => {
    const error = excelErrorOf(() => tranche(1, [[0.2], [0.3], [0.6]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("shares");
    expect(error.message).toContain("somma 1");
  });
});

describe("H4A.STABILITYRATE and H4A.WELLBEINGRATE", () => {
  test("every cell is a family and a blank is not achieved, reading every token of §3", () => {
    expect(stabilityRate(column("Sì", "si", " X ", 1, true, "No", "", "falso", "Sí"))).toBeCloseTo(6 / 9, 15);
  });
  test("8 «Sì» and 3 blanks are 8 of 11, not 8 of 8: fed to H4A.TIER the cohort gets the partial balance", () => {
    const flags = column(...Array<string>(8).fill("Sì"), "", "", "");
    expect(wellbeingRate(flags)).toBe(8 / 11);
    expect(premium(6000, 11, 3, tier(1, wellbeingRate(flags), 1))).toBe(26_400);
  });
  test("with a number of families, blanks count as not achieved", () => {
    expect(wellbeingRate(column("Sì", "", "No", "Sì"), [[4]])).toBe(0.5);
    expect(wellbeingRate(column("Sì", "No"), [[4]])).toBe(0.25);
  });
  test("with the id column, the rows with an id are the families: whole columns with their header work", () => {
    const ids = column("ID famiglia", "TO-1", "TO-2", "TO-3", "TO-4", "", "");
    const flags = column("Benessere migliorato", "Sì", "", "No", "Sì", "", "");
    expect(wellbeingRate(flags, ids)).toBe(0.5);
  });
  test("an answer beside a blank id, or ranges of different sizes, are #VALUE! saying so", () => {
    const orphan = excelErrorOf(() => stabilityRate(column("Sì", "Sì"), column("TO-1", "")));
    expect(orphan.code).toBe("#VALUE!");
    expect(orphan.message).toContain("ID famiglia");
    expect(excelErrorOf(() => stabilityRate(column("Sì", "Sì", "No"), column("TO-1", "TO-2"))).code).toBe("#VALUE!");
  });
  test("an unknown token is #VALUE! naming it", () => {
    const error = excelErrorOf(() => stabilityRate(column("Sì", "forse")));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("forse");
  });
  test("no family at all is #NUM!, never a division by zero", () => {
    expect(excelErrorOf(() => stabilityRate(column("", ""), column("", ""))).code).toBe("#NUM!");
  });
  test("fewer families than filled cells is #NUM!", () => {
    expect(excelErrorOf(() => stabilityRate(column("Sì", "No", "Sì"), [[2]])).code).toBe("#NUM!");
  });
});

describe("H4A.WAITRATE", () => {
  test("counts waits strictly below 8 months by default; a blank has not waited less", () => {
    expect(waitRate(column(4, 7.99, 8, 12, ""))).toBe(0.4);
  });
  test("takes another limit and a families denominator", () => {
    expect(waitRate(column(4, 9, ""), 10, [[4]])).toBe(0.5);
  });
  test("takes the id column as families", () => {
    expect(waitRate(column("Mesi di attesa", 4, 9, ""), 8, column("ID famiglia", "A", "B", "C"))).toBe(1 / 3);
  });
  test("text or negative months are #VALUE!", () => {
    expect(excelErrorOf(() => waitRate(column(4, "tanti"))).code).toBe("#VALUE!");
    expect(excelErrorOf(() => waitRate(column(-1))).code).toBe("#VALUE!");
  });
});

describe("H4A.TIER", () => {
  test("all three rates above 80 % pay the full balance", () => {
    expect(tier(9 / 11, 10 / 11, 1)).toBe(1);
  });
  test("exactly 80 % is not more than 80 %: partial payment", () => {
    expect(tier(12 / 15, 1, 1)).toBe(0.8);
  });
  test("below 60 % pays nothing by default", () => {
    expect(tier(6 / 11, 1, 1)).toBe(0);
  });
  test("thresholds, payments and strictness can be set", () => {
    expect(tier(0.8, 0.9, 0.9, 0.8, 0.6, 0.8, 0, false)).toBe(1);
    expect(tier(0.6, 0.9, 0.9, 0.8, 0.6, 0.7, 0.1, true, true)).toBe(0.1);
    expect(tier(0.65, 0.9, 0.9, 0.8, 0.6, 0.7)).toBe(0.7);
  });
  test("a rate above 1 is #NUM!; a partial threshold above the full one is #VALUE!", () => {
    expect(excelErrorOf(() => tier(1.2, 1, 1)).code).toBe("#NUM!");
    const error = excelErrorOf(() => tier(1, 1, 1, 0.5, 0.7));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("partialThreshold");
  });
});

describe("H4A.PERFAMILY", () => {
  test("divides the total premium by the planned families, unrounded", () => {
    expect(perFamily(132000, 22)).toBe(6000);
    expect(perFamily(100000, 3)).toBe(100000 / 3);
  });
  test("zero planned families is #VALUE! naming plannedFamilies", () => {
    const error = excelErrorOf(() => perFamily(100000, 0));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("plannedFamilies");
  });
});

describe("H4A.PREMIUM", () => {
  test("MECHANISM §9: cohort 1 pays 13,200 €, 18,000 € and 33,000 €", () => {
    expect(premium(6000, 11, 1)).toBe(13200);
    expect(premium(6000, 10, 2)).toBe(18000);
    expect(premium(6000, 11, 3, 1)).toBe(33000);
  });
  test("the tier applies to year 3 only", () => {
    expect(premium(6000, 11, 3, 0.8)).toBe(26400);
    expect(premium(6000, 11, 1, 0.8)).toBe(13200);
  });
  test("rounds to the cent as Excel's ROUND: 0.5 × 6,000.07 × 11 = 33,000.39", () => {
    expect(premium(6000.07, 11, 3)).toBe(33000.39);
  });
  test("a missing or zero premium per family is #VALUE! naming it, never a payment of 0", () => {
    for (const missing of ["", 0, null] as unknown as number[]) {
      const error = excelErrorOf(() => premium(missing, 11, 1));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain("premiumPerFamily");
    }
    expect(excelErrorOf(() => schedule([[1, 11, 11, 10, 1]], "" as unknown as number)).message).toContain("premiumPerFamily");
  });
  test("fractional families or year 5 are #NUM!", () => {
    expect(excelErrorOf(() => premium(6000, 10.5, 1)).code).toBe("#NUM!");
    expect(excelErrorOf(() => premium(6000, 10, 5)).code).toBe("#NUM!");
  });
  test("a premium given as text is #VALUE!", () => {
    expect(excelErrorOf(() => premium("seimila" as unknown as number, 10, 1)).code).toBe("#VALUE!");
  });
});

describe("H4A.COSTSAVING", () => {
  test("MECHANISM §9: 608.75 days × 20 € × 3 members = 36,525 €", () => {
    expect(costSaving([[608.75]], 20, [[3]])).toBe(36525);
  });
  test("sums over the ranges, members default to 1, blank days are skipped", () => {
    expect(costSaving(column(10, "", 5), 20)).toBe(300);
    expect(costSaving(column(10, "", 5), 20, column(2, "", 3))).toBe(700);
  });
  test("ranges of different shapes are #VALUE!", () => {
    expect(excelErrorOf(() => costSaving(column(10, 5), 20, column(2))).code).toBe("#VALUE!");
  });
});

describe("H4A.FAMILIESTOGO", () => {
  test("8 of 11 needs one more family to pass 80 %", () => {
    expect(familiesToGo(8, 11)).toBe(1);
  });
  test("12 of 15 is exactly 80 %: one more to pass it strictly, none when not strict", () => {
    expect(familiesToGo(12, 15)).toBe(1);
    expect(familiesToGo(12, 15, 0.8, false)).toBe(0);
  });
  test("already passed is 0; impossible is #NUM!", () => {
    expect(familiesToGo(10, 11)).toBe(0);
    expect(excelErrorOf(() => familiesToGo(0, 5, 1)).code).toBe("#NUM!");
  });
  test("more achieved than families is #NUM!", () => {
    expect(excelErrorOf(() => familiesToGo(12, 11)).code).toBe("#NUM!");
  });
});

describe("H4A.SCHEDULE", () => {
  const illustration = [
    [1, 11, 11, 10, 1],
    [2, 11, 11, 11, 0.8],
  ];
  test("MECHANISM §9: programme-year totals 13,200 / 31,200 / 52,800 / 26,400, cumulative 123,600 €", () => {
    expect(schedule(illustration, 6000)).toEqual([
      ["Anno di programma", "Pagamento", "Cumulato"],
      [1, 13200, 13200],
      [2, 31200, 44400],
      [3, 52800, 97200],
      [4, 26400, 123600],
    ]);
  });
  test("a blank tier leaves the year-3 tranche out; years without payments show 0", () => {
    expect(
      schedule(
        [
          [1, 10, 10, "", ""],
          [4, 10, 10, "", ""],
        ],
        1000,
      ),
    ).toEqual([
      ["Anno di programma", "Pagamento", "Cumulato"],
      [1, 2000, 2000],
      [2, 0, 2000],
      [3, 0, 2000],
      [4, 2000, 4000],
    ]);
  });
  test("a row with more achieving families than families is #NUM!; a short row is #VALUE!", () => {
    expect(excelErrorOf(() => schedule([[1, 10, 11, "", ""]], 1000)).code).toBe("#NUM!");
    expect(excelErrorOf(() => schedule([[1, 10]], 1000)).code).toBe("#VALUE!");
  });
});

describe("English display language", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
  test("messages and the schedule header follow Office's display language", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-GB" } };
    expect(schedule([[1, 1, 1, "", ""]], 100)[0]).toEqual(["Programme year", "Payment", "Cumulative"]);
    expect(excelErrorOf(() => stabilityRate(column("maybe"))).message).toContain("expected Yes/No");
  });
});
