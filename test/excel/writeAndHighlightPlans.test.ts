import { decideHighlight, HIGHLIGHT_COLOURS, runsOf, type Fill } from "../../src/excel/highlightRecord";
import { cellInput, planWrites, REQUEST_BUDGET_BYTES } from "../../src/excel/writeOps";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";

describe("what is sent for a planned cell", () => {
  test("formulas as they are, text that Excel would read otherwise behind an apostrophe, plain text as it is", () => {
    expect(cellInput({ formula: "=A1", result: 1 })).toBe("=A1");
    expect(cellInput(null)).toBe("");
    expect(cellInput(12.5)).toBe(12.5);
    expect(cellInput(true)).toBe(true);
    expect(cellInput("Coorte")).toBe("Coorte");
    for (const text of ["001", "=A1", "+39 011", "Falso", "01/02/2024", " x"]) expect(cellInput(text)).toBe(`'${text}`);
  });
});

describe("the writes of a plan", () => {
  const table = (rows: number, formula: (row: number) => string): SheetPlan => ({
    name: "H4A_X",
    cells: [
      { row: 1, column: 1, value: "Titolo", bold: true },
      { row: 1, column: 2, value: 5, numberFormat: "0" },
    ],
    tables: [
      {
        name: "H4A_X",
        row: 3,
        column: 1,
        header: ["a"],
        rows: Array.from({ length: rows }, (_, i) => [{ formula: formula(4 + i), result: 0 }]),
        numberFormats: ["0.00"],
      },
    ],
    names: [{ name: "H4A_y", row: 1, column: 2 }],
    columnWidths: [10],
  });

  test("a column of formulas that move with the row is one filled formula, whatever the number of rows", () => {
    const small = planWrites([table(10, (r) => `=Beneficiari!$C$${r + 2}*2`)]);
    const large = planWrites([table(100_000, (r) => `=Beneficiari!$C$${r + 2}*2`)]);
    expect(large.requests).toHaveLength(1);
    expect(large.requests[0].map((op) => op.kind)).toEqual(small.requests[0].map((op) => op.kind));
    expect(large.requests[0].find((op) => op.kind === "fill")).toEqual(
      expect.objectContaining({ first: "A4", range: "A4:A100003", formula: "=Beneficiari!$C6*2", numberFormat: "0.00" }),
    );
    expect(large.finish.map((op) => op.kind)).toEqual(["table", "width"]);
  });

  test("irregular cells beyond the budget are split into several requests, each within it", () => {
    const { requests } = planWrites([table(100_000, (r) => `=${r}+LEN("${"y".repeat(80)}")`)]);
    expect(requests.length).toBeGreaterThan(2);
    for (const request of requests) expect(request.reduce((sum, op) => sum + op.bytes, 0)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });
});

describe("the highlight's bookkeeping", () => {
  const none: Fill = { pattern: "None", color: "#FFFFFF" };
  const yellow: Fill = { pattern: "Solid", color: "#FFFF00" };
  const red: Fill = { pattern: "Solid", color: HIGHLIGHT_COLOURS.error };

  test("flagged cells become runs down a column, by colour", () => {
    const runs = runsOf([
      { cell: "S!B3", severity: "error" },
      { cell: "S!B4", severity: "error" },
      { cell: "S!B5", severity: "warning" },
      { cell: "S!B6", severity: "error" },
      { cell: "S!B6", severity: "warning" },
      { cell: "S!C4", severity: "warning" },
    ]);
    expect(runs).toEqual([
      { sheet: "S", column: 2, first: 3, last: 4, colour: HIGHLIGHT_COLOURS.error },
      { sheet: "S", column: 2, first: 5, last: 5, colour: HIGHLIGHT_COLOURS.warning },
      { sheet: "S", column: 2, first: 6, last: 6, colour: HIGHLIGHT_COLOURS.error },
      { sheet: "S", column: 3, first: 4, last: 4, colour: HIGHLIGHT_COLOURS.warning },
    ]);
  });

  test("the fills saved once are kept in a palette: 10,000 cells without fill are one entry", () => {
    const runs = runsOf(Array.from({ length: 10_000 }, (_, i) => ({ cell: `S!C${i + 2}`, severity: "error" as const })));
    const current = new Map(Array.from({ length: 10_000 }, (_, i) => [`S\u0000${i + 2}\u00003`, none]));
    const { record } = decideHighlight(null, runs, current);
    expect(record!.palette).toEqual([{ pattern: "None" }]);
    expect(record!.runs).toHaveLength(1);
  });

  test("removing gives back saved fills, except to cells recoloured since", () => {
    const [run] = runsOf([
      { cell: "S!A1", severity: "error" },
      { cell: "S!A2", severity: "error" },
    ]);
    const first = decideHighlight(
      null,
      [run],
      new Map([
        ["S\u00001\u00001", yellow],
        ["S\u00002\u00001", none],
      ]),
    );
    const after = new Map([
      ["S\u00001\u00001", red],
      ["S\u00002\u00001", yellow],
    ]);
    const removal = decideHighlight(first.record, [], after);
    expect(removal.record).toBeNull();
    expect(removal.restore).toEqual([{ sheet: "S", row: 1, column: 1, fill: { pattern: "Solid", color: "#FFFF00" } }]);
    expect(removal.changedSince).toBe(1);
  });
});
