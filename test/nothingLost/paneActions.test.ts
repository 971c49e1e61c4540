import * as fs from "node:fs";
import * as path from "node:path";
import { HyperFormula } from "hyperformula";
import type { ExcelGateway } from "../../src/contract/contract";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { HIGHLIGHT_COLOURS } from "../../src/excel/highlightRecord";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { FakeExcel, type FakeCellValue, type FakeFill } from "../support/fakeExcel";

/**
 * Nothing lost, in the task pane (issue 15): every action of the pane's Excel gateway
 * (src/contract's ExcelGateway, src/excel/officeWorkbook.ts), run on a workbook of the user's —
 * several sheets, values, formulas, number formats, fills, a table, and a sheet named H4A_… that
 * the user made — leaves every cell of every sheet that is not the add-in's own (value, formula,
 * number format, fill) as it was.
 *
 * The one action that changes a user's cell on purpose is the highlight of the cells with issues
 * (applyHighlight). Its rule: it changes the fill of the marked cells and nothing else — no value,
 * formula or number format, no other cell's fill —, it keeps the fills it covered in the
 * workbook's settings, and removing it (applyHighlight([])) gives every cell back exactly the fill
 * it had: the workbook is then identical to before.
 */

const USER_FILL: FakeFill = { color: "#E2EFDA", pattern: "Gray25", patternColor: "#70AD47", tintAndShade: 0.4 };

function userWorkbook(): { fake: FakeExcel; excel: OfficeWorkbook } {
  const fake = new FakeExcel(
    [
      {
        name: "Beneficiari",
        rows: [
          ["Elenco famiglie"],
          [],
          ["ID famiglia", "Coorte", "Componenti", "Minori", "Contratto firmato", "Accompagnamento avviato", "Data domanda"],
          ["F01", 1, 3, 1, "Sì", "Sì", 45300],
          ["F02", 1, 2, 2, "forse", "Sì", 45310],
          ["F03", 1, 4, 0, "Sì", "No", 45320],
          ["F04", 1, "=C4+C5", 1, "Sì", "Sì", 45330],
        ],
      },
      {
        name: "Riepilogo",
        rows: [
          ["Famiglie", "=COUNTA(Beneficiari!A4:A7)"],
          ["Componenti", "=SUM(Beneficiari!C4:C7)"],
          ["Quota", 0.25],
        ],
      },
      { name: "Note", rows: [["Verificare F02 con i servizi"], ["'=non una formula"]] },
      { name: "H4A_Appunti", rows: [["Un foglio dell'utente con il prefisso del componente"]] },
    ],
    [{ name: "Famiglie", sheet: "Beneficiari", address: "A3:G7" }],
    { HyperFormula, file: new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "..", "assets", "sample", "beneficiari.xlsx"))) },
  );
  fake.setNumberFormat("Beneficiari", "G4:G7", "dd/mm/yyyy");
  fake.setNumberFormat("Riepilogo", "B3", "0.0%");
  fake.paint("Beneficiari", "A3:G3", { color: "#FFFF00", pattern: "Solid" });
  fake.paint("Beneficiari", "E5", USER_FILL);
  fake.paint("Riepilogo", "A1:A2", { color: "#DDEBF7", pattern: "Solid" });
  (globalThis as Record<string, unknown>).Office = fake.Office;
  return { fake, excel: new OfficeWorkbook(fake.Excel) };
}

/** What must not change of a cell. */
interface CellState {
  value: FakeCellValue;
  formula: FakeCellValue;
  numberFormat: string | null;
  fill: FakeFill | null;
}

/** Every cell of every sheet but the add-in's own ones (an H4A_ sheet without the owner mark is the user's). */
async function userCells(fake: FakeExcel, excel: OfficeWorkbook): Promise<Map<string, CellState>> {
  const cells = new Map<string, CellState>();
  for (const sheet of fake.sheetNames()) {
    if (sheet.startsWith("H4A_") && (await excel.isOwnSheet(sheet))) continue;
    const view = fake.view(sheet);
    view.values.forEach((row, r) =>
      row.forEach((value, c) =>
        cells.set(`${sheet}!R${r + 1}C${c + 1}`, {
          value,
          formula: view.formulas[r][c],
          numberFormat: view.numberFormats[r][c],
          fill: view.fills[r][c],
        }),
      ),
    );
  }
  return cells;
}

/** The user's cells that differ, as "Sheet!RrCc what: before → after". */
function differences(before: Map<string, CellState>, after: Map<string, CellState>): string[] {
  const found: string[] = [];
  for (const cell of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(cell);
    const b = after.get(cell);
    if (a === undefined || b === undefined) {
      found.push(`${cell} ${a === undefined ? "appeared" : "disappeared"}`);
      continue;
    }
    for (const what of ["value", "formula", "numberFormat", "fill"] as const)
      if (JSON.stringify(a[what]) !== JSON.stringify(b[what]))
        found.push(`${cell} ${what}: ${JSON.stringify(a[what])} → ${JSON.stringify(b[what])}`);
  }
  return found;
}

const calculation: SheetPlan = {
  name: "H4A_Calcolo",
  cells: [{ row: 1, column: 1, value: "Calcolo", bold: true }],
  tables: [
    {
      name: "H4A_Prova",
      row: 3,
      column: 1,
      header: ["Famiglia", "Componenti"],
      rows: [1, 2, 3, 4].map((i) => [
        { formula: `=Beneficiari!$A$${3 + i}`, result: `F0${i}` },
        { formula: `=Beneficiari!$C$${3 + i}`, result: 0 },
      ]),
      numberFormats: [null, "0"],
    },
  ],
  names: [],
  columnWidths: [12, 12],
};

/** Every action of the gateway, as the pane calls it. A Record over its keys: a new action without a row here does not compile. */
const ACTIONS: Record<keyof ExcelGateway, (excel: OfficeWorkbook) => Promise<unknown>> = {
  sheetNames: (excel) => excel.sheetNames(),
  readSheet: (excel) => excel.readSheet("Beneficiari"),
  readNamedValues: (excel) => excel.readNamedValues("H4A_"),
  isOwnSheet: (excel) => excel.isOwnSheet("H4A_Parametri"),
  writeSheets: (excel) =>
    excel.writeSheets([parametersPlan({ ...DEFAULT_PARAMS, currentYear: 2 }), calculation], { activate: "H4A_Calcolo" }),
  readAddInSheet: (excel) => excel.readAddInSheet("H4A_Parametri"),
  updateOwnCells: (excel) => excel.updateOwnCells("H4A_Parametri", [{ row: 4, column: 2, value: 7000, numberFormat: "#,##0" }], []),
  listSources: (excel) => excel.listSources(),
  readSource: async (excel) => {
    await excel.readSource({ kind: "table", sheet: "Beneficiari", table: "Famiglie", headerFound: true });
    return excel.readSource({ kind: "sheet", sheet: "Riepilogo", table: null, headerFound: false });
  },
  selectCell: (excel) => excel.selectCell("Beneficiari!E5"),
  applyHighlight: async (excel) => {
    await excel.applyHighlight([{ cell: "Beneficiari!E5", severity: "error" }]);
    return excel.applyHighlight([]);
  },
  highlightActive: (excel) => excel.highlightActive(),
  readTables: (excel) => excel.readTables(["Famiglie"]),
  appendToOwnSheet: (excel) =>
    excel.appendToOwnSheet({
      sheet: "H4A_Scenari",
      tablePrefix: "H4A_Scenario",
      gapRows: 1,
      build: (slot) => ({ cells: [{ row: slot.firstRow, column: 1, value: "Scenario" }], tables: [], columnWidths: [20] }),
      activate: true,
    }),
  readOwnSheetTables: (excel) => excel.readOwnSheetTables("H4A_Parametri"),
  readWorkbookFile: (excel) => excel.readWorkbookFile(),
  openNewWorkbook: (excel) => excel.openNewWorkbook(new Uint8Array([80, 75, 5, 6, ...new Array<number>(18).fill(0)])),
};

/** The user's workbook with the add-in's H4A_Parametri already written, as after the pane's first run. */
async function withAddInSheets(): Promise<{ fake: FakeExcel; excel: OfficeWorkbook }> {
  const book = userWorkbook();
  await book.excel.writeSheets([parametersPlan(DEFAULT_PARAMS)]);
  return book;
}

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("every action of the gateway leaves the user's cells as they were", () => {
  test.each(Object.keys(ACTIONS) as (keyof ExcelGateway)[])("%s", async (action) => {
    const { fake, excel } = await withAddInSheets();
    const before = await userCells(fake, excel);
    expect(before.size).toBeGreaterThan(40);
    await ACTIONS[action](excel);
    expect(differences(before, await userCells(fake, excel))).toEqual([]);
  });

  test("every action run one after the other, on one workbook", async () => {
    const { fake, excel } = await withAddInSheets();
    const before = await userCells(fake, excel);
    for (const action of Object.values(ACTIONS)) await action(excel);
    expect(differences(before, await userCells(fake, excel))).toEqual([]);
  });

  test("the add-in's writes refuse the user's H4A_ sheet, which stays as it was", async () => {
    const { fake, excel } = await withAddInSheets();
    const before = await userCells(fake, excel);
    await expect(excel.writeSheets([{ ...calculation, name: "H4A_Appunti", tables: [] }])).rejects.toThrow();
    await expect(excel.updateOwnCells("H4A_Appunti", [{ row: 1, column: 1, value: "x" }], [])).rejects.toThrow();
    await expect(
      excel.appendToOwnSheet({
        sheet: "H4A_Appunti",
        tablePrefix: "H4A_X",
        gapRows: 1,
        build: () => ({ cells: [], tables: [], columnWidths: [] }),
      }),
    ).rejects.toThrow();
    expect(differences(before, await userCells(fake, excel))).toEqual([]);
  });
});

describe("the highlight: only the fill of the marked cells, while it lasts", () => {
  test("it changes the fill of the marked cells and nothing else; removing it gives every fill back", async () => {
    const { fake, excel } = await withAddInSheets();
    const before = await userCells(fake, excel);
    const marks = [
      { cell: "Beneficiari!E5", severity: "error" as const },
      { cell: "Beneficiari!C7", severity: "warning" as const },
    ];
    await excel.applyHighlight(marks);
    const fill = (colour: string) => expect.objectContaining({ color: colour });
    expect(differences(before, await userCells(fake, excel))).toEqual([
      `Beneficiari!R5C5 fill: ${JSON.stringify(before.get("Beneficiari!R5C5")?.fill)} → ${JSON.stringify(fake.fill("Beneficiari", "E5"))}`,
      `Beneficiari!R7C3 fill: null → ${JSON.stringify(fake.fill("Beneficiari", "C7"))}`,
    ]);
    expect(fake.fill("Beneficiari", "E5")).toEqual(fill(HIGHLIGHT_COLOURS.error));
    expect(fake.fill("Beneficiari", "C7")).toEqual(fill(HIGHLIGHT_COLOURS.warning));
    await excel.applyHighlight([]);
    expect(differences(before, await userCells(fake, excel))).toEqual([]);
  });
});

describe("the check sees what an action could lose", () => {
  test.each([
    ["a fill", "E6", (range: Excel.Range) => (range.format.fill.color = "#FFC7CE")],
    ["a number format", "G4", (range: Excel.Range) => (range.numberFormat = [["0"]])],
    ["a value", "D4", (range: Excel.Range) => (range.values = [[2]])],
    ["a formula turned into its value", "C7", (range: Excel.Range) => (range.values = [[5]])],
  ])("%s written on a user's cell", async (_what, address, write) => {
    const { fake, excel } = await withAddInSheets();
    const before = await userCells(fake, excel);
    await fake.Excel.run(async (context) => {
      write(context.workbook.worksheets.getItem("Beneficiari").getRange(address));
      await context.sync();
    });
    expect(differences(before, await userCells(fake, excel))).not.toEqual([]);
  });
});
