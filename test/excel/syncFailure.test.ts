import { HyperFormula } from "hyperformula";
import type { AppendRequest, HighlightMark } from "../../src/contract/contract";
import type { LooseCell, NamedCell, SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { isStagingName } from "../../src/excel/staging";
import { FakeExcel, type SeedSheet } from "../support/fakeExcel";

/**
 * Nothing lost (issue 15): every action of the ExcelGateway that writes, failed at each of its
 * context.sync() calls in turn, leaves the whole workbook as it was or as a successful run leaves
 * it, and no staging sheet behind — on a workbook without the add-in's sheets and on one that
 * holds them from an earlier run.
 */

jest.setTimeout(300_000);

const USER: SeedSheet = {
  name: "Dati",
  rows: [
    ["id", "importo", "nota"],
    ["F1", 100, "prima"],
    ["F2", 250, "seconda"],
    ["F3", "=B2+B3", "somma"],
  ],
};
const HIDDEN_USER: SeedSheet = { name: "Appunti", rows: [["nascosto"]], visibility: "Hidden" };

/** Text that cannot be filled down: enough of it takes more than one write request. */
const LONG_ROWS = 26_000;
const longText = (version: number, i: number): string => `v${version} riga ${i} ${"x".repeat(150)}`;

/** Two sheets that read each other and the user's sheet, with names, a table, widths and formats; `large`: several requests. */
function plans(version: number, large: boolean): SheetPlan[] {
  const summary: SheetPlan = {
    name: "H4A_Riepilogo",
    cells: [
      { row: 1, column: 1, value: `Riepilogo ${version}`, bold: true },
      { row: 2, column: 1, value: "Totale" },
      { row: 2, column: 2, value: { formula: "=SUM(H4A_Dettaglio!$B$2:$B$4)", result: 0 }, numberFormat: "#,##0.00" },
      { row: 3, column: 1, value: "Utente" },
      { row: 3, column: 2, value: { formula: "=Dati!$B$2*" + version, result: 0 } },
    ],
    tables: [],
    names: [{ name: "H4A_Totale", row: 2, column: 2 }],
    columnWidths: [20, 14],
  };
  const detail: SheetPlan = {
    name: "H4A_Dettaglio",
    cells: [],
    tables: [
      {
        name: "H4A_TabDettaglio",
        row: 1,
        column: 1,
        header: ["Famiglia", "Importo", "Testo"],
        rows: Array.from({ length: large ? LONG_ROWS : 3 }, (_, i) => [
          `F${i + 1}`,
          { formula: `=Dati!$B${i + 2}*${version}+H4A_Riepilogo!$B$3*0`, result: 0 },
          large ? longText(version, i) : `nota ${version}`,
        ]),
        numberFormats: ["@", "#,##0.00", null],
      },
    ],
    names: [{ name: "H4A_Primo", row: 2, column: 2 }],
    columnWidths: [12, 12, 40],
  };
  return [summary, detail];
}

const appendRequest = (version: number): AppendRequest => ({
  sheet: "H4A_Registro",
  tablePrefix: "H4A_Reg_",
  gapRows: 1,
  build: (slot) => ({
    cells: [{ row: slot.firstRow, column: 1, value: `Voce ${slot.number} (${version})`, bold: true }],
    tables: [
      {
        name: `H4A_Reg_${slot.number}`,
        row: slot.firstRow + 1,
        column: 1,
        header: ["Chiave", "Valore"],
        rows: [
          ["atto", `DD ${version}`],
          ["importo", { formula: `=Dati!$B$2*${version}`, result: 0 }],
        ],
        numberFormats: [null, "#,##0.00"],
      },
    ],
    columnWidths: [16, 16],
  }),
});

const marks = (version: number): HighlightMark[] =>
  version === 1
    ? [
        { cell: "Dati!B2", severity: "error" },
        { cell: "Dati!B3", severity: "warning" },
      ]
    : [
        { cell: "Dati!B3", severity: "error" },
        { cell: "Dati!C4", severity: "warning" },
      ];

const ownCells = (version: number): { cells: LooseCell[]; names: NamedCell[] } => ({
  cells: [
    { row: 1, column: 1, value: `Riepilogo aggiornato ${version}`, bold: true },
    { row: 5, column: 2, value: 42 * version, numberFormat: "0.0" },
  ],
  names: [{ name: "H4A_Nuovo", row: 5, column: 2 }],
});

interface Action {
  name: string;
  run: (excel: OfficeWorkbook) => Promise<unknown>;
  /** Changes nothing on a workbook without the add-in's sheets (nothing to remove). */
  idleWithout?: boolean;
}

const ACTIONS: Action[] = [
  { name: "writeSheets", run: (excel) => excel.writeSheets(plans(2, false), { activate: "H4A_Riepilogo" }) },
  { name: "writeSheets, several requests", run: (excel) => excel.writeSheets(plans(2, true)) },
  { name: "appendToOwnSheet", run: (excel) => excel.appendToOwnSheet({ ...appendRequest(2), activate: true }) },
  { name: "updateOwnCells", run: (excel) => excel.updateOwnCells("H4A_Riepilogo", ownCells(2).cells, ownCells(2).names) },
  { name: "applyHighlight", run: (excel) => excel.applyHighlight(marks(2)) },
  { name: "applyHighlight [] (remove)", run: (excel) => excel.applyHighlight([]), idleWithout: true },
];

type Fixture = "without the add-in's sheets" | "with the add-in's sheets";

async function workbook(fixture: Fixture): Promise<{ fake: FakeExcel; excel: OfficeWorkbook }> {
  const fake = new FakeExcel([USER, HIDDEN_USER], [], { HyperFormula });
  fake.paint("Dati", "B3", { color: "#00B0F0", pattern: "Solid" });
  const excel = new OfficeWorkbook(fake.Excel);
  if (fixture === "with the add-in's sheets") {
    await excel.writeSheets(plans(1, false));
    await excel.appendToOwnSheet(appendRequest(1));
    await excel.applyHighlight(marks(1));
  }
  return { fake, excel };
}

/** The whole workbook: every sheet in order with its visibility, cells, formats, fills, widths and page setup; tables, names, settings. */
function snapshot(fake: FakeExcel): unknown {
  return {
    sheets: fake.sheetList(),
    content: fake.sheetNames().map((name) => ({
      name,
      view: fake.view(name),
      widths: fake.columnWidths(name),
      page: fake.pageLayout(name),
    })),
    tables: fake.tables(),
    names: fake.names(),
    settings: fake.settings(),
  };
}

async function failedAt(action: Action, fixture: Fixture, n: number): Promise<{ fake: FakeExcel; error: unknown }> {
  const { fake, excel } = await workbook(fixture);
  fake.failAtSync(n);
  const error = await action.run(excel).then(
    () => null,
    (e: unknown) => e,
  );
  return { fake, error };
}

describe.each<Fixture>(["without the add-in's sheets", "with the add-in's sheets"])("a workbook %s", (fixture) => {
  test.each(ACTIONS.map((action) => [action.name, action] as const))(
    "%s failed at each of its syncs leaves it as before or fully updated",
    async (_, action) => {
      const base = await workbook(fixture);
      const before = snapshot(base.fake);
      const outcome = await base.fake.countSyncs(() =>
        action.run(base.excel).then(
          () => "done",
          () => "refused",
        ),
      );
      const after = snapshot(base.fake);
      const k = outcome.syncs;
      expect(k).toBeGreaterThan(0);
      if (outcome.result === "done" && !(action.idleWithout === true && fixture === "without the add-in's sheets"))
        expect(after).not.toEqual(before);

      for (let n = 1; n <= k; n++) {
        const { fake, error } = await failedAt(action, fixture, n);
        expect([n, error]).toEqual([n, expect.objectContaining({ name: expect.stringMatching(/RichApi|AddInError|Error/) })]);
        expect(fake.sheetNames().filter(isStagingName)).toEqual([]);
        const now = snapshot(fake);
        const same = JSON.stringify(now) === JSON.stringify(before) || JSON.stringify(now) === JSON.stringify(after);
        if (!same) expect([n, now]).toEqual([n, before]);
      }
    },
  );
});

test("writing several requests takes more than one write sync, so a failure falls between the writes", async () => {
  const { fake, excel } = await workbook("with the add-in's sheets");
  const { syncs } = await fake.countSyncs(() => excel.writeSheets(plans(2, true)));
  expect(syncs).toBeGreaterThan(2);
  expect(fake.value("H4A_Dettaglio", "C2")).toBe(longText(2, 0));
  // The staged formulas point at the new sheets under their final names.
  expect(fake.view("H4A_Dettaglio").formulas[1][1]).toBe("=Dati!$B2*2+H4A_Riepilogo!$B$3*0");
  expect(fake.value("H4A_Riepilogo", "B2")).toBe(1400);
});

test("the add-in's sheets keep their place and visibility when written again", async () => {
  const { fake, excel } = await workbook("with the add-in's sheets");
  const sheets = fake.sheetList();
  expect(sheets.map((sheet) => sheet.name)).toEqual(["Dati", "Appunti", "H4A_Riepilogo", "H4A_Dettaglio", "H4A_Registro"]);
  fake.state.sheets.push(fake.state.sheets.splice(2, 1)[0]);
  fake.state.sheetByName("H4A_Dettaglio")!.visibility = "Hidden";
  const moved = fake.sheetList();
  await excel.writeSheets(plans(3, false));
  expect(fake.sheetList()).toEqual(moved);
  expect(fake.value("H4A_Riepilogo", "B3")).toBe(300);
  expect(fake.names().find((named) => named.name === "H4A_Totale")?.formula).toBe("=H4A_Riepilogo!$B$2");
});

test("a hidden staging sheet left by a failed clean-up goes with the next write", async () => {
  const fake = new FakeExcel([USER, { name: "H4A_tmp1", rows: [["resto"]], visibility: "Hidden" }], [], { HyperFormula });
  await new OfficeWorkbook(fake.Excel).writeSheets(plans(1, false));
  expect(fake.sheetNames()).toEqual(["Dati", "H4A_Riepilogo", "H4A_Dettaglio"]);
});
