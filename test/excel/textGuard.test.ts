import { HyperFormula } from "hyperformula";
import { parseCandidateSheet } from "../../src/engine/candidates/parse";
import { rankCandidates } from "../../src/engine/candidates/ranking";
import { rankingPlan } from "../../src/engine/sheets/rankingSheet";
import { RANKING_SHEET } from "../../src/engine/sheets/rankingLabels";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { candidateRow, candidatesSheet, rankingWith } from "../engine/fixtures/candidatesSheet";
import { FakeExcel } from "../support/fakeExcel";

/**
 * Text read from the user that begins like a formula (issue 15) is written by the task pane as
 * text, with exactly the user's characters, while the add-in's own formulas stay formulas, in the
 * same number of round trips. The fake turns a string led by "=" (and, as typed, "+", "-", "@")
 * into a formula, as Excel does.
 */

const HOSTILE = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1/0"];

/** Every formula and quote prefix of a sheet, by A1 address. */
function cellsOf(fake: FakeExcel, sheet: string): Map<string, { formula: string | number | boolean; quoted: boolean }> {
  const view = fake.view(sheet);
  const cells = new Map<string, { formula: string | number | boolean; quoted: boolean }>();
  view.formulas.forEach((row, r) =>
    row.forEach((formula, c) => cells.set(`${String.fromCharCode(65 + c)}${r + 1}`, { formula, quoted: view.quotePrefix[r][c] })),
  );
  return cells;
}

describe("the fake Excel reads what it is given as Excel does", () => {
  test("'=' starts a formula; an apostrophe keeps the text and marks the quote prefix; a Text cell keeps any string", async () => {
    const fake = new FakeExcel([{ name: "S", rows: [[1]] }], [], { HyperFormula });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B1:G1").values = [["=1+2", "'=1+2", "+1+2", "-3", "@SUM(A1)", "-"]];
      const text = sheet.getRange("H1");
      text.numberFormat = [["@"]];
      text.values = [["=1+2"]];
      await context.sync();
    });
    const view = fake.view("S");
    expect(view.formulas[0]).toEqual([1, "=1+2", "=1+2", "=+1+2", -3, "=SUM(A1)", "-", "=1+2"]);
    expect(view.values[0]).toEqual([1, 3, "=1+2", 3, -3, 1, "-", "=1+2"]);
    expect(view.quotePrefix[0]).toEqual([false, false, true, false, false, false, false, false]);
  });
});

describe("the task pane's writer", () => {
  const plan: SheetPlan = {
    name: "H4A_Prova",
    cells: HOSTILE.map((value, i) => ({ row: 1, column: i + 1, value })),
    tables: [
      {
        name: "H4A_Prova",
        row: 3,
        column: 1,
        header: ["ID famiglia", "Importo", "Totale"],
        rows: [
          ...HOSTILE.map((id, i) => [id, i + 1, { formula: `=B${4 + i}*2`, result: (i + 1) * 2 }]),
          ["Totale", { formula: "=SUM(B4:B10)", result: 28 }, { formula: '=COUNTIFS(A4:A10,"<>")', result: 7 }],
        ],
        numberFormats: [null, "0", "0"],
      },
    ],
    names: [],
    columnWidths: [20, 10, 10],
  };

  test("writes each user text as text, quote-prefixed, with exactly its characters, in one batch", async () => {
    const fake = new FakeExcel([{ name: "Beneficiari", rows: [["ID famiglia"]] }], [], { HyperFormula });
    const { syncs } = await fake.countSyncs(() => new OfficeWorkbook(fake.Excel).writeSheets([plan]));
    // As any write of the add-in's sheets: look 1, write 1.
    expect(syncs).toBe(2);
    const cells = cellsOf(fake, "H4A_Prova");
    HOSTILE.forEach((text, i) => {
      for (const address of [`${String.fromCharCode(65 + i)}1`, `A${4 + i}`]) {
        expect([address, cells.get(address)]).toEqual([address, { formula: text, quoted: true }]);
        expect(fake.value("H4A_Prova", address)).toBe(text);
      }
    });
  });

  test("numbers stay numbers and the add-in's own formulas stay formulas", async () => {
    const fake = new FakeExcel([{ name: "Foglio1", rows: [] }], [], { HyperFormula });
    await new OfficeWorkbook(fake.Excel).writeSheets([plan]);
    const cells = cellsOf(fake, "H4A_Prova");
    expect(cells.get("B4")).toEqual({ formula: 1, quoted: false });
    expect(cells.get("C4")).toEqual({ formula: "=B4*2", quoted: false });
    expect(cells.get("C10")).toEqual({ formula: "=B10*2", quoted: false });
    expect(cells.get("B11")).toEqual({ formula: "=SUM(B4:B10)", quoted: false });
    expect(fake.value("H4A_Prova", "B11")).toBe(28);
    expect(fake.value("H4A_Prova", "C11")).toBe(7);
  });

  test("the ranking: candidate ids and referring services as the user typed them", async () => {
    const rows = [
      candidateRow({ id: '=HYPERLINK("http://x","y")', referral: "+1+2" }),
      candidateRow({ id: "@SUM(A1)", referral: "-3" }),
      candidateRow({ id: "-C3", referral: "=1/0", isee: "" }),
    ];
    const ranking = rankCandidates(parseCandidateSheet(candidatesSheet(rows)), rankingWith({}));
    const fake = new FakeExcel([{ name: "Foglio1", rows: [] }], [], { HyperFormula });
    await new OfficeWorkbook(fake.Excel).writeSheets([rankingPlan(ranking)]);
    const view = fake.view(RANKING_SHEET);
    const quoted = new Map<string, boolean>();
    const live: string[] = [];
    view.formulas.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string") return;
        quoted.set(cell, view.quotePrefix[r][c]);
        if (cell.startsWith("=") && !view.quotePrefix[r][c]) live.push(cell);
      }),
    );
    for (const text of ['=HYPERLINK("http://x","y")', "+1+2", "@SUM(A1)", "-3", "-C3", "=1/0"])
      expect([text, quoted.get(text)]).toEqual([text, true]);
    expect(live).toEqual([]);
  });
});
