import { HyperFormula } from "hyperformula";
import { AddInError } from "../../src/contract/errors";
import { HIGHLIGHT_COLOURS, HIGHLIGHT_SETTING } from "../../src/excel/highlightRecord";
import { FIRST_READ_BLOCK_CELLS, OfficeWorkbook, READ_BLOCK_TARGET_BYTES } from "../../src/excel/officeWorkbook";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES, REQUEST_BUDGET_BYTES } from "../../src/excel/writeOps";
import { DEFAULT_PARAMS, PARAM_ROW_KEYS } from "../../src/engine/agreement/params";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { FakeExcel, type SeedSheet, type SeedTable } from "../support/fakeExcel";

/** The Office.js adapter against the in-memory Excel, one behaviour at a time. */

function workbook(sheets: SeedSheet[], tables: SeedTable[] = []): { fake: FakeExcel; excel: OfficeWorkbook } {
  const fake = new FakeExcel(sheets, tables, { HyperFormula });
  return { fake, excel: new OfficeWorkbook(fake.Excel) };
}

/** Excel has at least one sheet in every workbook. */
const EMPTY_SHEET: SeedSheet = { name: "Foglio1", rows: [] };

const BENEFICIARI: SeedSheet = {
  name: "Beneficiari",
  rows: [
    ["Elenco famiglie"],
    [],
    ["ID famiglia", "Coorte", "Componenti", "Minori", "Contratto firmato", "Accompagnamento avviato"],
    ["F01", 1, 3, 1, "Sì", "Sì"],
    ["F02", 1, 2, 2, "forse", "Sì"],
    ["F03", 1, 4, 0, "Sì", "No"],
  ],
};

const smallPlan = (name: string, tableName: string, rows: number): SheetPlan => ({
  name,
  cells: [{ row: 1, column: 1, value: "Titolo", bold: true }],
  tables: [
    {
      name: tableName,
      row: 3,
      column: 1,
      header: ["Famiglia", "Coorte"],
      rows: Array.from({ length: rows }, (_, i) => [
        { formula: `=Beneficiari!$A$${4 + i}`, result: `F0${i + 1}` },
        { formula: `=Beneficiari!$B$${4 + i}`, result: 1 },
      ]),
      numberFormats: [null, "0"],
    },
  ],
  names: [],
  columnWidths: [12, 8],
});

describe("reading the workbook", () => {
  test("a sheet's used range, from its top-left cell, values as Excel gives them", async () => {
    const { excel } = workbook([
      {
        name: "Dati",
        topLeft: "B3",
        rows: [
          ["a", 1],
          [true, ""],
        ],
      },
    ]);
    expect(await excel.readSheet("Dati")).toEqual({
      sheetName: "Dati",
      topLeft: "B3",
      values: [
        ["a", 1],
        [true, ""],
      ],
    });
  });

  test("an empty sheet reads as no rows", async () => {
    const { excel } = workbook([{ name: "Vuoto", rows: [] }]);
    expect(await excel.readSheet("Vuoto")).toEqual({ sheetName: "Vuoto", topLeft: "A1", values: [] });
  });

  test("the beneficiary data is offered as the sheet whose headers match, or an Excel table; add-in and hidden sheets are not", async () => {
    const { excel } = workbook(
      [
        BENEFICIARI,
        { name: "Note", rows: [["Appunti della riunione"]] },
        { name: "Tabella", rows: [["x"], ["Family ID", "Cohort", "Household size", "Minors"], ["E1", 1, 2, 0]] },
        { name: "H4A_Calcolo", rows: [["ID famiglia", "Coorte", "Componenti", "Minori"]] },
        { name: "Nascosto", rows: [["ID famiglia", "Coorte", "Componenti", "Minori"]], visibility: "Hidden" },
      ],
      [{ name: "Famiglie", sheet: "Tabella", address: "A2:D3" }],
    );
    expect(await excel.listSources()).toEqual([
      { kind: "table", sheet: "Tabella", table: "Famiglie", headerFound: true, candidatesFound: false },
      { kind: "sheet", sheet: "Beneficiari", table: null, headerFound: true, candidatesFound: false },
      { kind: "sheet", sheet: "Note", table: null, headerFound: false, candidatesFound: false },
      { kind: "sheet", sheet: "Tabella", table: null, headerFound: true, candidatesFound: false },
    ]);
  });

  test("a table is read from its header row, with sheet cells for addresses", async () => {
    const { excel } = workbook(
      [{ name: "Tabella", rows: [["x"], ["Family ID", "Cohort"], ["E1", 1]] }],
      [{ name: "Famiglie", sheet: "Tabella", address: "A2:B3" }],
    );
    expect(await excel.readSource({ kind: "table", sheet: "Tabella", table: "Famiglie", headerFound: true })).toEqual({
      sheetName: "Tabella",
      topLeft: "A2",
      values: [
        ["Family ID", "Cohort"],
        ["E1", 1],
      ],
    });
  });

  test("H4A names are read with the values of their cells", async () => {
    const { excel } = workbook([EMPTY_SHEET]);
    await excel.writeSheets([parametersPlan({ ...DEFAULT_PARAMS, premiumPerFamily: 6000 })]);
    const named = await excel.readNamedValues("H4A_");
    expect(named.H4A_premiumPerFamily).toBe(6000);
    expect(named.H4A_share3).toBe(0.5);
    expect(named.H4A_cap).toBe("");
  });
});

describe("reading a large sheet in blocks, each response under Excel on the web's 5 MB", () => {
  const TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
  /** Without HyperFormula (these sheets hold no formula), so that a million cells fit the test's heap. */
  const large = (rows: (string | number)[][]): { fake: FakeExcel; excel: OfficeWorkbook } => {
    const fake = new FakeExcel([{ name: "Grande", rows }]);
    return { fake, excel: new OfficeWorkbook(fake.Excel) };
  };
  const failures = (fake: FakeExcel, from: number) => fake.requests.slice(from).map((request) => request.failed);

  test(`a sheet larger than ${FIRST_READ_BLOCK_CELLS.toLocaleString("en")} cells is read in blocks`, async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => Array.from({ length: 19 }, (_, j) => i * 100 + j));
    const { fake, excel } = workbook([{ name: "Grande", rows }]);
    const { result, syncs } = await fake.countSyncs(() => excel.readSheet("Grande"));
    expect(result.values).toEqual(rows);
    // The used range, the first block (13,157 rows of 19 cells), then the other 6,843 rows: ~1 MB, one block.
    expect(syncs).toBe(3);
  });

  test("short values fill each block up to the target: 60,000 rows of 20 numbers in 3 blocks, not 5 of 250,000 cells", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => Array.from({ length: 20 }, (_, j) => 1000 + ((i * 20 + j) % 9000)));
    const { fake, excel } = large(rows);
    const { result, syncs, largestResponse } = await fake.countSyncs(() => excel.readSheet("Grande"));
    expect(result.values).toEqual(rows);
    // A row is 102 bytes of JSON: the first block (12,500 rows) is 1.3 MB, and the other 47,500 rows
    // (4.8 MB) go in two blocks of 23,750. Plus the sync that sizes the used range.
    expect(syncs).toBe(4);
    expect(largestResponse).toBeLessThanOrEqual(READ_BLOCK_TARGET_BYTES);
  });

  test("long texts that a first block of 250,000 cells would overflow are read whole: the refused block is halved", async () => {
    // 30 characters, 32 bytes of JSON: 250,000 of them are 8.3 MB.
    const note = (n: number) => `Visita ${String(n).padStart(6, "0")}: tutto in ordine`;
    const rows = Array.from({ length: 25_000 }, (_, i) => Array.from({ length: 10 }, (_, j) => note(i * 10 + j)));
    const { fake, excel } = large(rows);
    const first = fake.requests.length;
    const { result, syncs, largestResponse } = await fake.countSyncs(() => excel.readSheet("Grande"));
    expect(result.values).toEqual(rows);
    // The used range; the whole sheet, refused; its first half (12,500 rows, 4.15 MB); the other
    // half (4.15 MB, over the 4 MB target) in two blocks of 6,250 rows.
    expect(syncs).toBe(5);
    expect(failures(fake, first)).toEqual([null, TOO_LARGE, null, null, null]);
    expect(fake.requests[first + 1].responseBytes).toBeGreaterThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
    expect(largestResponse).toBeLessThanOrEqual(EXCEL_WEB_REQUEST_LIMIT_BYTES);
  });

  test("a refused block is halved down to one row, and the context serves the syncs after the refusal", async () => {
    // Two rows of 3 MB: together over the limit, each under it.
    const rows = [0, 1].map((i) => Array.from({ length: 100 }, (_, j) => `${i}${j}`.padEnd(30_000, "x")));
    const { fake, excel } = large(rows);
    const first = fake.requests.length;
    const { result, syncs } = await fake.countSyncs(() => excel.readSheet("Grande"));
    expect(result.values).toEqual(rows);
    expect(syncs).toBe(4);
    expect(failures(fake, first)).toEqual([null, TOO_LARGE, null, null]);
  });

  test("a single row larger than a response fails as Excel refused it", async () => {
    const rows = [Array.from({ length: 200 }, (_, j) => String(j).padEnd(30_000, "x"))];
    const { fake, excel } = large(rows);
    const first = fake.requests.length;
    await expect(excel.readSheet("Grande")).rejects.toMatchObject({ code: TOO_LARGE });
    expect(failures(fake, first)).toEqual([null, TOO_LARGE]);
  });
});

describe("writing the add-in's sheets", () => {
  test("H4A_Parametri is created as §5 lays it out, with a named value cell per key and a hidden owner mark", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    expect((await excel.readAddInSheet("H4A_Parametri")).ownership).toBe("missing");
    await excel.writeSheets([parametersPlan(DEFAULT_PARAMS)]);
    const view = fake.view("H4A_Parametri");
    expect(view.values[0]).toEqual(["Chiave", "Valore", "Descrizione"]);
    expect(view.values.slice(1).map((row) => row[0])).toEqual(PARAM_ROW_KEYS);
    expect(view.bold[0]).toEqual([true, true, true]);
    expect(view.numberFormats[3][1]).toBe('#,##0.00 "€"');
    const names = fake.names();
    expect(names.find((n) => n.name === "H4A_currentYear")).toEqual(
      expect.objectContaining({ formula: "=H4A_Parametri!$B$16", visible: true }),
    );
    expect(names.find((n) => n.name === "H4A_Owned_H4A_Parametri")).toEqual(
      expect.objectContaining({ formula: "=H4A_Parametri!$A$1", visible: false }),
    );
    expect(fake.columnWidths("H4A_Parametri")).toEqual({ A: 129.75, B: 87.75, C: 339.75 });
    expect((await excel.readAddInSheet("H4A_Parametri")).ownership).toBe("own");
    expect(await excel.isOwnSheet("H4A_Parametri")).toBe(true);
  });

  test("a sheet of that name that H4A did not create is refused, and nothing is written", async () => {
    const theirs: SeedSheet = { name: "H4A_Parametri", rows: [["i miei appunti"]] };
    const { fake, excel } = workbook([BENEFICIARI, theirs]);
    const before = fake.view("H4A_Parametri");
    await expect(excel.writeSheets([smallPlan("H4A_Altro", "H4A_T", 2), parametersPlan(DEFAULT_PARAMS)])).rejects.toEqual(
      AddInError.foreignSheets(["H4A_Parametri"]),
    );
    expect(fake.view("H4A_Parametri")).toEqual(before);
    expect(fake.sheetNames()).toEqual(["Beneficiari", "H4A_Parametri"]);
    expect(fake.names()).toEqual([]);
    expect((await excel.readAddInSheet("H4A_Parametri")).ownership).toBe("foreign");
  });

  test("a sheet H4A wrote, then renamed by the user and replaced by another of the same name, is not H4A's any more", async () => {
    const { fake, excel } = workbook([EMPTY_SHEET]);
    await excel.writeSheets([smallPlan("H4A_Pagamenti", "H4A_T", 1)]);
    fake.state.sheetByName("H4A_Pagamenti")!.name = "Copia";
    fake.state.names.get("h4a_owned_h4a_pagamenti")!.formula = "=Copia!$A$1";
    fake.state.addSheet("H4A_Pagamenti");
    expect(await excel.isOwnSheet("H4A_Pagamenti")).toBe(false);
  });

  test("tables are written with formulas, number formats and their names; formulas are computed from the user's data", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    await excel.writeSheets([smallPlan("H4A_Pagamenti", "H4A_Famiglie", 3)], { activate: "H4A_Pagamenti" });
    expect(fake.tables()).toEqual([{ name: "H4A_Famiglie", sheet: "H4A_Pagamenti", address: "H4A_Pagamenti!A3:B6" }]);
    expect(fake.tableValues("H4A_Famiglie")).toEqual([
      ["Famiglia", "Coorte"],
      ["F01", 1],
      ["F02", 1],
      ["F03", 1],
    ]);
    expect(fake.view("H4A_Pagamenti").numberFormats[4]).toEqual([null, "0"]);
    expect(fake.activeSheet()).toBe("H4A_Pagamenti");
  });

  test("writing again replaces only the add-in's own tables: the user's tables and sheets stay", async () => {
    const user: SeedSheet = {
      name: "Mie",
      rows: [
        ["Voce", "Importo"],
        ["a", 1],
      ],
    };
    const { fake, excel } = workbook([BENEFICIARI, user], [{ name: "Mia", sheet: "Mie", address: "A1:B2" }]);
    await excel.writeSheets([smallPlan("H4A_Pagamenti", "H4A_Famiglie", 3)]);
    fake.type("H4A_Pagamenti", "D10", "nota");
    await excel.writeSheets([smallPlan("H4A_Pagamenti", "H4A_Famiglie", 2)]);
    expect(fake.tables().map((t) => t.name)).toEqual(["Mia", "H4A_Famiglie"]);
    expect(fake.tables()[1].address).toBe("H4A_Pagamenti!A3:B5");
    expect(fake.view("H4A_Pagamenti").values).toHaveLength(5);
    expect(fake.view("Mie").values).toEqual([
      ["Voce", "Importo"],
      ["a", 1],
    ]);
    expect(fake.names().filter((n) => n.name.startsWith("H4A_Owned_"))).toHaveLength(1);
  });

  test("a table name taken by a user's table elsewhere is refused before anything is written", async () => {
    const user: SeedSheet = { name: "Mie", rows: [["Voce"], ["a"]] };
    const { fake, excel } = workbook([user], [{ name: "H4A_Famiglie", sheet: "Mie", address: "A1:A2" }]);
    await expect(excel.writeSheets([smallPlan("H4A_Pagamenti", "H4A_Famiglie", 1)])).rejects.toEqual(
      AddInError.tableNameTaken("H4A_Famiglie", "Mie"),
    );
    expect(fake.sheetNames()).toEqual(["Mie"]);
  });

  test("a name that points elsewhere is moved to the planned cell; one that already points there is left alone", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    await excel.writeSheets([parametersPlan(DEFAULT_PARAMS)]);
    fake.state.names.get("h4a_currentyear")!.formula = "=Beneficiari!$A$1";
    await excel.writeSheets([parametersPlan({ ...DEFAULT_PARAMS, currentYear: 3 })]);
    expect(fake.names().find((n) => n.name === "H4A_currentYear")!.formula).toBe("=H4A_Parametri!$B$16");
    expect(fake.value("H4A_Parametri", "B16")).toBe(3);
  });

  test("text that Excel would read as a number, date, boolean or formula is written as text", async () => {
    const { fake, excel } = workbook([EMPTY_SHEET]);
    const texts = ["001", "1/2", "VERO", "=SOMMA(A1)", "-3", "  spazi", "Anno 1"];
    await excel.writeSheets([
      { name: "H4A_Testi", cells: texts.map((value, i) => ({ row: i + 1, column: 1, value })), tables: [], names: [], columnWidths: [] },
    ]);
    expect(fake.view("H4A_Testi").values.map((row) => row[0])).toEqual(texts);
  });

  test(`writes beyond ${REQUEST_BUDGET_BYTES.toLocaleString("en")} bytes are split into requests that each stay under 5 MB`, async () => {
    const rows = 40_000;
    // Formulas that differ in more than their rows cannot be filled down: every cell is sent.
    const plan: SheetPlan = {
      name: "H4A_Grande",
      cells: [],
      tables: [
        {
          name: "H4A_Grande",
          row: 1,
          column: 1,
          header: ["A", "B"],
          rows: Array.from({ length: rows }, (_, i) => [
            { formula: `=${i}*2+LEN("${"x".repeat(100)}")`, result: i * 2 + 60 },
            `testo ${i}`,
          ]),
          numberFormats: [null, null],
        },
      ],
      names: [],
      columnWidths: [],
    };
    const { fake, excel } = workbook([EMPTY_SHEET]);
    const { syncs } = await fake.countSyncs(() => excel.writeSheets([plan]));
    expect(syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.requests.map((r) => r.bytes))).toBeLessThan(5_000_000);
    expect(fake.view("H4A_Grande").formulas[rows]).toEqual([`=${rows - 1}*2+LEN("${"x".repeat(100)}")`, `testo ${rows - 1}`]);
  });
});

describe("showing a cell", () => {
  test("activates the cell's sheet and selects the cell, also on a sheet whose name needs quotes", async () => {
    const { fake, excel } = workbook([BENEFICIARI, { name: "Foglio 2", rows: [["x"]] }]);
    await excel.selectCell("'Foglio 2'!C7");
    expect(fake.selection()).toBe("'Foglio 2'!C7");
    expect(fake.activeSheet()).toBe("Foglio 2");
  });

  test("a cell of a sheet that no longer exists fails with Excel's ItemNotFound", async () => {
    const { excel } = workbook([BENEFICIARI]);
    await expect(excel.selectCell("Altro!A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("highlighting and removing the highlight", () => {
  const marks = [
    { cell: "Beneficiari!D5", severity: "error" as const },
    { cell: "Beneficiari!E5", severity: "error" as const },
    { cell: "Beneficiari!E6", severity: "warning" as const },
    { cell: "Beneficiari!E5", severity: "warning" as const },
  ];

  test("colours errors red and warnings yellow; the gravest wins on a cell flagged twice", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    expect(await excel.applyHighlight(marks)).toEqual({ coloured: 3, restored: 0, changedSince: 0 });
    expect(fake.fill("Beneficiari", "D5")).toMatchObject({ color: HIGHLIGHT_COLOURS.error, pattern: "Solid" });
    expect(fake.fill("Beneficiari", "E5")).toMatchObject({ color: HIGHLIGHT_COLOURS.error });
    expect(fake.fill("Beneficiari", "E6")).toMatchObject({ color: HIGHLIGHT_COLOURS.warning });
    expect(await excel.highlightActive()).toBe(true);
  });

  test("removing gives back exactly the fills the cells had, patterns included, and forgets the highlight", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    fake.paint("Beneficiari", "D5", { color: "#E2EFDA", pattern: "Gray25", patternColor: "#70AD47", tintAndShade: 0.4 });
    fake.paint("Beneficiari", "E5", { color: "#FFFF00", pattern: "Solid" });
    const before = fake.view("Beneficiari");
    await excel.applyHighlight(marks);
    expect(await excel.applyHighlight([])).toEqual({ coloured: 0, restored: 3, changedSince: 0 });
    expect(fake.view("Beneficiari")).toEqual(before);
    expect(fake.settings()).toEqual({});
    expect(await excel.highlightActive()).toBe(false);
  });

  test("the fills to give back are kept in the workbook: closing and reopening the pane loses nothing", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    fake.paint("Beneficiari", "E6", { color: "#00B0F0", pattern: "Solid" });
    const before = fake.view("Beneficiari");
    await excel.applyHighlight(marks);
    expect(Object.keys(fake.settings())).toEqual([HIGHLIGHT_SETTING]);
    const reopened = new OfficeWorkbook(fake.Excel);
    expect(await reopened.highlightActive()).toBe(true);
    await reopened.applyHighlight([]);
    expect(fake.view("Beneficiari")).toEqual(before);
  });

  test("highlighting again keeps the original fills, and a cell no longer flagged gets its own back", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    fake.paint("Beneficiari", "D5", { color: "#FFFF00", pattern: "Solid" });
    const before = fake.view("Beneficiari");
    await excel.applyHighlight(marks);
    expect(await excel.applyHighlight([marks[0]])).toEqual({ coloured: 1, restored: 2, changedSince: 0 });
    expect(fake.fill("Beneficiari", "E5")).toBeNull();
    await excel.applyHighlight([]);
    expect(fake.view("Beneficiari")).toEqual(before);
  });

  test("a cell the user recoloured after the highlight keeps the user's colour", async () => {
    const { fake, excel } = workbook([BENEFICIARI]);
    await excel.applyHighlight(marks);
    fake.paint("Beneficiari", "D5", { color: "#92D050", pattern: "Solid" });
    expect(await excel.applyHighlight([])).toEqual({ coloured: 0, restored: 2, changedSince: 1 });
    expect(fake.fill("Beneficiari", "D5")).toMatchObject({ color: "#92D050" });
  });

  test("a highlighted sheet deleted in the meantime does not stop the removal elsewhere", async () => {
    const { fake, excel } = workbook([BENEFICIARI, { name: "Altro", rows: [["x"]] }]);
    await excel.applyHighlight([...marks, { cell: "Altro!A1", severity: "error" }]);
    fake.state.sheets = fake.state.sheets.filter((sheet) => sheet.name !== "Altro");
    expect(await excel.applyHighlight([])).toEqual({ coloured: 0, restored: 3, changedSince: 0 });
  });

  test("highlighting changes no value, formula or number format", async () => {
    const { fake, excel } = workbook([{ ...BENEFICIARI, rows: [...BENEFICIARI.rows, ["F04", "=B4+0", 2, 0, "Sì", "Sì"]] }]);
    fake.setNumberFormat("Beneficiari", "C4:C7", "0");
    const before = fake.view("Beneficiari");
    await excel.applyHighlight([...marks, { cell: "Beneficiari!B7", severity: "error" }]);
    const during = fake.view("Beneficiari");
    expect(during.values).toEqual(before.values);
    expect(during.formulas).toEqual(before.formulas);
    expect(during.numberFormats).toEqual(before.numberFormats);
  });
});

describe("readWorkbookFile and openNewWorkbook (Office.context.document.getFileAsync, Excel.createWorkbook)", () => {
  const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 256);

  function withFile(options: {
    sliceData?: "array" | "uint8array";
    fileApi?: boolean;
    file?: Uint8Array;
    platform?: "PC" | "OfficeOnline";
  }) {
    const fake = new FakeExcel([], [], { file: options.file ?? bytes, maxSliceBytes: 3000, ...options });
    const g = globalThis as Record<string, unknown>;
    g.Office = fake.Office;
    return { fake, excel: new OfficeWorkbook(fake.Excel) };
  }

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  test.each(["array", "uint8array"] as const)("reads every slice in order (slice data as %s) and closes the file", async (sliceData) => {
    const { fake, excel } = withFile({ sliceData });
    expect(await excel.readWorkbookFile()).toEqual(bytes);
    expect(fake.slicesServed).toBe(4);
    expect(fake.openFiles).toBe(0);
  });

  test("opens bytes as a new workbook with their base64", async () => {
    const { fake, excel } = withFile({});
    expect(await excel.openNewWorkbook(bytes)).toBe("opened");
    expect(fake.createdWorkbooks).toEqual([Buffer.from(bytes).toString("base64")]);
  });

  describe("a file whose base64 passes Excel on the web's 5 MB request limit", () => {
    // 3,749,850 bytes are 4,999,800 characters of base64: with the request's own 200 bytes, exactly the limit; 3 more bytes pass it.
    const fits = new Uint8Array(3_749_850);
    const over = new Uint8Array(fits.length + 3);

    test("is not sent in Excel on the web: too-large, nothing created", async () => {
      const { fake, excel } = withFile({ platform: "OfficeOnline" });
      expect(await excel.openNewWorkbook(over)).toBe("too-large");
      expect(fake.createdWorkbooks).toEqual([]);
      expect(await excel.openNewWorkbook(fits)).toBe("opened");
      expect(fake.createdWorkbooks.map((b) => b.length)).toEqual([4_999_800]);
    });

    test("opens in Excel on Windows, which has no such limit", async () => {
      const { fake, excel } = withFile({ platform: "PC" });
      expect(await excel.openNewWorkbook(over)).toBe("opened");
      expect(fake.createdWorkbooks.map((b) => b.length)).toEqual([4_999_804]);
    });
  });

  test("without ExcelApi 1.8, says so (AddInError not-supported) and touches nothing", async () => {
    const { fake, excel } = withFile({ fileApi: false });
    await expect(excel.readWorkbookFile()).rejects.toMatchObject({
      reason: "not-supported",
      subjects: ["Office.context.document.getFileAsync"],
    });
    await expect(excel.openNewWorkbook(bytes)).rejects.toBeInstanceOf(AddInError);
    expect(fake.createdWorkbooks).toEqual([]);
  });

  test("a failed getFileAsync rejects with Office's message", async () => {
    const fake = new FakeExcel([], []);
    (globalThis as Record<string, unknown>).Office = fake.Office;
    await expect(new OfficeWorkbook(fake.Excel).readWorkbookFile()).rejects.toThrow(/getFileAsync: The fake was given no file/);
  });
});
