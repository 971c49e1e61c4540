import * as ExcelJS from "exceljs";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { paymentPlans } from "../../src/engine/sheets/paymentPlans";
import { isFormulaCell, ownerName, type SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { ForeignSheetError, openPackage, PackageWorkbook } from "../../src/xlsx";
import { beneficiaryWorkbook } from "../cli/support/programmeWorkbook";
import { formulaCells } from "../cli/support/compareResults";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../engine/fixtures/illustration";
import {
  ADDIN_NAMES,
  contentTypes,
  minimalParts,
  NS,
  REL,
  rels,
  richWorkbook,
  TYPES,
  USER_NAMES,
  VBA_BYTES,
  worksheet,
} from "./support/fixtures";
import { rawEntries, unzipParts, unzipText, zipParts } from "./support/zip";

/** Writing the add-in's sheets into a package: only the indexes and the add-in's own parts change. */

/** A replacement for the rich workbook's H4A_Pagamenti: loose cells, names, a table of the same name as the old one. */
function pagamentiPlan(): SheetPlan {
  return {
    name: "H4A_Pagamenti",
    cells: [
      { row: 1, column: 1, value: "Pagamenti 2024", bold: true },
      { row: 2, column: 1, value: "Totale" },
      { row: 2, column: 2, value: { formula: "=SUM(H4A_Tranche[Importo])", result: 2750.5 }, numberFormat: "#,##0.00" },
      { row: 3, column: 1, value: "Calcolato il" },
      { row: 3, column: 2, value: 45306, numberFormat: "dd/mm/yyyy" },
    ],
    tables: [
      {
        name: "H4A_Tranche",
        row: 5,
        column: 1,
        header: ["Coorte", "Importo", "Esito", "Nota"],
        rows: [
          [1, 1500, { formula: '=IF(B6>1000,"alto","basso")', result: "alto" }, " con spazi "],
          [2, 1250.5, { formula: "=B7>2000", result: false }, "a\nb"],
          [3, { formula: "=NA()", result: "#N/A" }, { formula: '=""', result: "" }, null],
        ],
        numberFormats: [null, "#,##0.00", null, null],
      },
    ],
    names: [
      { name: "H4A_total", row: 2, column: 2 },
      { name: "H4A_date", row: 3, column: 2 },
    ],
    columnWidths: [18, 14, 10, 20],
  };
}

function parametriPlan(): SheetPlan {
  return {
    name: "H4A_Parametri",
    cells: [
      { row: 1, column: 1, value: "Parametri", bold: true },
      { row: 2, column: 1, value: "Anno corrente" },
      { row: 2, column: 2, value: 4 },
      { row: 3, column: 1, value: "Premio" },
      { row: 3, column: 2, value: 6000, numberFormat: "#,##0.00" },
      { row: 4, column: 1, value: "Attivo" },
      { row: 4, column: 2, value: true },
    ],
    tables: [],
    names: [{ name: "H4A_currentYear", row: 2, column: 2 }],
    columnWidths: [20, 12],
  };
}

/** The parts the writer may change: the indexes, and the add-in's sheet with its rels and table. */
const ALLOWED_CHANGES = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/calcChain.xml",
  "xl/worksheets/sheet3.xml",
  "xl/worksheets/_rels/sheet3.xml.rels",
  "xl/tables/table2.xml",
]);

const element = (xml: string, local: string): string => new RegExp(`<${local}\\b[^>]*?(?:/>|>[\\s\\S]*?</${local}>)`).exec(xml)?.[0] ?? "";

describe("writing into a workbook with everything", () => {
  const input = richWorkbook({ macros: true });
  let output: Uint8Array;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let afterText: Map<string, string>;
  let written: PackageWorkbook;

  beforeAll(async () => {
    const wb = PackageWorkbook.open(input);
    await wb.writeSheets([pagamentiPlan(), parametriPlan()]);
    output = wb.toBytes();
    before = unzipParts(input);
    after = unzipParts(output);
    afterText = unzipText(output);
    written = PackageWorkbook.open(output);
  });

  test("every part but the indexes and the add-in's sheet is byte-identical, compressed bytes included", () => {
    const originalEntries = new Map(rawEntries(input).map((e) => [e.name, e]));
    let kept = 0;
    for (const entry of rawEntries(output)) {
      const original = originalEntries.get(entry.name);
      if (original === undefined || ALLOWED_CHANGES.has(entry.name)) continue;
      expect([entry.name, Buffer.from(entry.compressed).equals(Buffer.from(original.compressed))]).toEqual([entry.name, true]);
      kept++;
    }
    expect(kept).toBe(before.size - ALLOWED_CHANGES.size);
    for (const name of before.keys())
      if (!ALLOWED_CHANGES.has(name)) expect(Buffer.from(after.get(name)!).equals(Buffer.from(before.get(name)!))).toBe(true);
    expect(Buffer.from(after.get("xl/vbaProject.bin")!).equals(Buffer.from(VBA_BYTES))).toBe(true);
  });

  test("the old table and calcChain are gone; the new parts are the new sheet, its table and its rels", () => {
    const removed = [...before.keys()].filter((name) => !after.has(name));
    const added = [...after.keys()].filter((name) => !before.has(name));
    expect(removed.sort()).toEqual(["xl/calcChain.xml", "xl/tables/table2.xml"]);
    expect(added.sort()).toEqual(["xl/tables/table3.xml", "xl/worksheets/sheet5.xml"]);
    const types = afterText.get("[Content_Types].xml")!;
    expect(types).not.toContain("calcChain");
    expect(types).not.toContain("/xl/tables/table2.xml");
    expect(types).toContain(`<Override PartName="/xl/tables/table3.xml" ContentType="${TYPES.table}"/>`);
    expect(types).toContain(`<Override PartName="/xl/worksheets/sheet5.xml" ContentType="${TYPES.worksheet}"/>`);
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${TYPES.workbookMacro}"/>`);
    const wbRels = afterText.get("xl/_rels/workbook.xml.rels")!;
    expect(wbRels).not.toContain("calcChain");
    expect(wbRels).toContain("vbaProject.bin");
    expect(afterText.get("xl/worksheets/_rels/sheet3.xml.rels")).toContain(`Target="../tables/table3.xml"`);
    const table = afterText.get("xl/tables/table3.xml")!;
    expect(table).toContain(`id="3" name="H4A_Tranche" displayName="H4A_Tranche" ref="A5:D8"`);
    expect(table).toContain(`<tableStyleInfo name="TableStyleMedium2"`);
  });

  test("the user's defined names are the same text; the add-in's are replaced, the owner marks hidden", () => {
    const before = new TextDecoder().decode(unzipParts(input).get("xl/workbook.xml"));
    const xml = afterText.get("xl/workbook.xml")!;
    for (const name of USER_NAMES) expect(xml).toContain(name);
    expect(xml).not.toContain(ADDIN_NAMES[1]); // H4A_stale pointed at the replaced sheet
    expect(xml.match(/name="H4A_total"/g)).toHaveLength(1); // declared again: replaced
    expect(xml.indexOf(ADDIN_NAMES[2])).toBeGreaterThan(xml.indexOf(USER_NAMES[5])); // now among the names added at the end
    expect(xml.match(/name="H4A_Owned_H4A_Pagamenti"/g)).toHaveLength(1);
    expect(xml).toContain(`<definedName name="H4A_Owned_H4A_Pagamenti" hidden="1">H4A_Pagamenti!$A$1</definedName>`);
    expect(xml).toContain(`<definedName name="H4A_Owned_H4A_Parametri" hidden="1">H4A_Parametri!$A$1</definedName>`);
    expect(xml).toContain(`<definedName name="H4A_total">H4A_Pagamenti!$B$2</definedName>`);
    expect(xml).toContain(`<definedName name="H4A_currentYear">H4A_Parametri!$B$2</definedName>`);
    // outside sheets, definedNames and calcPr, workbook.xml is unchanged
    const rest = (text: string): string =>
      text.replace(element(text, "sheets"), "").replace(element(text, "definedNames"), "").replace(element(text, "calcPr"), "");
    expect(rest(xml)).toBe(rest(before));
    expect(element(xml, "calcPr")).toBe(`<calcPr calcId="191029" fullCalcOnLoad="1"/>`);
  });

  test("the tabs keep their order: the replaced sheet keeps its place, the new one comes last", async () => {
    expect(written.index.sheets.map((s) => [s.name, s.sheetId, s.rId, s.part])).toEqual([
      ["Dati", 1, "rId1", "xl/worksheets/sheet1.xml"],
      ["Nascosto", 2, "rId2", "xl/worksheets/sheet2.xml"],
      ["Grafico", 5, "rId3", "xl/chartsheets/sheet1.xml"],
      ["H4A_Pagamenti", 3, "rId4", "xl/worksheets/sheet3.xml"],
      ["Note", 4, "rId5", "xl/worksheets/sheet4.xml"],
      ["H4A_Parametri", 6, "rId12", "xl/worksheets/sheet5.xml"],
    ]);
    expect(await written.isOwnSheet("H4A_Pagamenti")).toBe(true);
    expect(await written.isOwnSheet("H4A_Parametri")).toBe(true);
  });

  test("reading the sheets back gives the plans' values and the formulas' cached results", async () => {
    const pagamenti = await written.readSheet("H4A_Pagamenti", { styles: true });
    expect(pagamenti.topLeft).toBe("A1");
    expect(pagamenti.values).toEqual([
      ["Pagamenti 2024", "", "", ""],
      ["Totale", 2750.5, "", ""],
      ["Calcolato il", 45306, "", ""],
      ["", "", "", ""],
      ["Coorte", "Importo", "Esito", "Nota"],
      [1, 1500, "alto", " con spazi "],
      [2, 1250.5, false, "a\nb"],
      [3, "#N/A", "", ""],
    ]);
    expect(written.isDateStyle(pagamenti.styles![2][1])).toBe(true);
    expect(written.isDateStyle(pagamenti.styles![1][1])).toBe(false);
    expect((await written.readSheet("H4A_Parametri")).values).toEqual([
      ["Parametri", ""],
      ["Anno corrente", 4],
      ["Premio", 6000],
      ["Attivo", true],
    ]);
    expect(await written.readNamedValues("H4A_")).toEqual({
      H4A_Owned_H4A_Pagamenti: "Pagamenti 2024",
      H4A_total: 2750.5,
      H4A_date: 45306,
      H4A_Owned_H4A_Parametri: "Parametri",
      H4A_currentYear: 4,
    });
    // the user's sheets read as before
    expect(await written.readSheet("Dati")).toEqual(await PackageWorkbook.open(input).readSheet("Dati"));
  });

  test("the sheet part: CT_Worksheet order, inline strings, typed formula results, no shared strings touched", () => {
    const xml = afterText.get("xl/worksheets/sheet3.xml")!;
    const order = ["dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "pageMargins", "tableParts"].map((e) =>
      xml.indexOf(`<${e}`),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(xml).toContain(`<dimension ref="A1:D8"/>`);
    expect(xml).toContain(`<c r="D6" t="inlineStr"><is><t xml:space="preserve"> con spazi </t></is></c>`);
    expect(xml).toContain(`<c r="C6" t="str"><f>IF(B6&gt;1000,"alto","basso")</f><v>alto</v></c>`);
    expect(xml).toContain(`<c r="C7" t="b"><f>B7&gt;2000</f><v>0</v></c>`);
    expect(xml).toMatch(/<c r="B8" s="\d+" t="e"><f>NA\(\)<\/f><v>#N\/A<\/v><\/c>/);
    expect(xml).toContain(`<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`);
    expect(Buffer.from(after.get("xl/sharedStrings.xml")!).equals(Buffer.from(before.get("xl/sharedStrings.xml")!))).toBe(true);
  });

  test("styles: entries appended, none changed, counts updated", () => {
    const old = new TextDecoder().decode(before.get("xl/styles.xml"));
    const styles = afterText.get("xl/styles.xml")!;
    const oldXfs = element(old, "cellXfs").match(/<xf [^>]*\/>/g)!;
    const newXfs = element(styles, "cellXfs").match(/<xf [^>]*\/>/g)!;
    expect(newXfs.slice(0, oldXfs.length)).toEqual(oldXfs);
    expect(newXfs.length).toBeGreaterThan(oldXfs.length);
    expect(element(styles, "cellXfs")).toContain(`<cellXfs count="${newXfs.length}">`);
    const oldFonts = element(old, "fonts").match(/<font>.*?<\/font>/g)!;
    const newFonts = element(styles, "fonts").match(/<font>.*?<\/font>/g)!;
    expect(newFonts.slice(0, oldFonts.length)).toEqual(oldFonts);
    expect(newFonts[oldFonts.length]).toBe(
      `<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
    );
    expect(element(styles, "fonts")).toContain(`<fonts count="2" x14ac:knownFonts="1">`);
    // dd/mm/yyyy existed (164): reused, not added again; #,##0.00 is built-in 4
    expect(element(styles, "numFmts")).toBe(element(old, "numFmts"));
    // the rest of styles.xml is unchanged
    const rest = (text: string): string => text.replace(element(text, "cellXfs"), "").replace(element(text, "fonts"), "");
    expect(rest(styles)).toBe(rest(old));
  });

  test("exceljs opens the written workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Dati", "Nascosto", "H4A_Pagamenti", "Note", "H4A_Parametri"]);
    expect(workbook.getWorksheet("H4A_Pagamenti")!.getCell("A6").value).toBe(1);
    expect(workbook.getWorksheet("H4A_Parametri")!.getCell("A1").value).toBe("Parametri");
  });
});

describe("refusals change nothing", () => {
  const planNamed = (name: string, tableName?: string): SheetPlan => ({
    name,
    cells: [{ row: 1, column: 1, value: "x" }],
    tables: tableName === undefined ? [] : [{ name: tableName, row: 3, column: 1, header: ["A"], rows: [[1]], numberFormats: [null] }],
    names: [],
    columnWidths: [],
  });

  test("a sheet of a plan's name without the owner mark", async () => {
    const input = richWorkbook();
    const wb = PackageWorkbook.open(input);
    const unchanged = wb.toBytes();
    const error = await wb.writeSheets([parametriPlan(), planNamed("note")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForeignSheetError);
    expect((error as ForeignSheetError).sheets).toEqual(["note"]);
    expect((error as ForeignSheetError).text.it).toMatch(/non creato da H4A: nulla è stato scritto/);
    expect((error as ForeignSheetError).text.en).toMatch(/that H4A did not create: nothing was written/);
    expect(Buffer.from(wb.toBytes()).equals(Buffer.from(unchanged))).toBe(true);
    expect(await wb.sheetNames()).toEqual(["Dati", "Nascosto", "H4A_Pagamenti", "Note"]);
  });

  test("a chart sheet of a plan's name is foreign too", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    await expect(wb.writeSheets([planNamed("Grafico")])).rejects.toBeInstanceOf(ForeignSheetError);
  });

  test("another sheet holding a table of a plan's table name", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    const unchanged = wb.toBytes();
    const error = (await wb.writeSheets([planNamed("H4A_Nuovo", "ELENCO")]).catch((e: unknown) => e)) as ForeignSheetError;
    expect(error).toBeInstanceOf(ForeignSheetError);
    expect(error.sheets).toEqual(["Nascosto"]);
    expect(error.text.en).toContain("Elenco (Nascosto)");
    expect(Buffer.from(wb.toBytes()).equals(Buffer.from(unchanged))).toBe(true);
  });

  test("a failure half-way through gives the package back as it was", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    const unchanged = wb.toBytes();
    const broken: SheetPlan = { ...planNamed("H4A_Rotto"), cells: [{ row: 0, column: 1, value: 1 }] };
    await expect(wb.writeSheets([pagamentiPlan(), broken])).rejects.toThrow(RangeError);
    expect(Buffer.from(wb.toBytes()).equals(Buffer.from(unchanged))).toBe(true);
    expect(await wb.sheetNames()).toEqual(["Dati", "Nascosto", "H4A_Pagamenti", "Note"]);
  });
});

describe("writing into other packages", () => {
  test("a minimal workbook without names or calcPr gets them in their schema place", async () => {
    const parts = minimalParts();
    parts["xl/workbook.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="Dati" sheetId="1" r:id="rId1"/></sheets><extLst><ext uri="{X}"/></extLst></workbook>`;
    const wb = PackageWorkbook.open(zipParts(parts));
    await wb.writeSheets([parametriPlan()]);
    const xml = new TextDecoder().decode(openPackage(wb.toBytes()).read("xl/workbook.xml"));
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="Dati" sheetId="1" r:id="rId1"/><sheet name="H4A_Parametri" sheetId="2" r:id="rId3"/></sheets>` +
        `<definedNames><definedName name="H4A_currentYear">H4A_Parametri!$B$2</definedName><definedName name="H4A_Owned_H4A_Parametri" hidden="1">H4A_Parametri!$A$1</definedName></definedNames>` +
        `<calcPr fullCalcOnLoad="1"/><extLst><ext uri="{X}"/></extLst></workbook>`,
    );
  });

  test("a workbook with no styles part gets a minimal one", async () => {
    const parts = minimalParts();
    delete parts["xl/styles.xml"];
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].toString().replace(/<Relationship Id="rId2"[^>]*\/>/, "");
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].toString().replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, "");
    const wb = PackageWorkbook.open(zipParts(parts));
    await wb.writeSheets([parametriPlan()]);
    const again = PackageWorkbook.open(wb.toBytes());
    expect(again.pkg.contentType("xl/styles.xml")).toBe(TYPES.styles);
    const sheet = await again.readSheet("H4A_Parametri", { styles: true });
    expect(sheet.values[2][1]).toBe(6000);
    expect(again.styles()!.numberFormatId(sheet.styles![2][1])).toBe(4);
  });

  test("prefixed workbook.xml (x:): new elements take the prefix", async () => {
    const parts = minimalParts();
    parts["xl/workbook.xml"] =
      `<x:workbook xmlns:x="${NS.main}" xmlns:rel="${NS.r}"><x:sheets><x:sheet name="Dati" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const wb = PackageWorkbook.open(zipParts(parts));
    await wb.writeSheets([parametriPlan()]);
    const xml = new TextDecoder().decode(openPackage(wb.toBytes()).read("xl/workbook.xml"));
    expect(xml).toContain(`<x:sheet name="H4A_Parametri" sheetId="2" rel:id="rId3"/></x:sheets><x:definedNames>`);
    expect(xml).toContain(`<x:calcPr fullCalcOnLoad="1"/></x:workbook>`);
    expect((await PackageWorkbook.open(wb.toBytes()).readSheet("H4A_Parametri")).values[1]).toEqual(["Anno corrente", 4]);
  });

  test("openpyxl-like layout (workbook under book/, absolute targets): new parts go beside the workbook part", async () => {
    const bytes = zipParts({
      "[Content_Types].xml": contentTypes({ "/book/main.xml": TYPES.workbook, "/book/fogli/primo.xml": TYPES.worksheet }),
      "_rels/.rels": rels([["rId1", REL.officeDocument, "/book/main.xml"]]),
      "book/main.xml": `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="Primo" sheetId="1" r:id="rIdA"/></sheets></workbook>`,
      "book/_rels/main.xml.rels": rels([["rIdA", REL.worksheet, "/book/fogli/primo.xml"]]),
      "book/fogli/primo.xml": worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`),
    });
    const wb = PackageWorkbook.open(bytes);
    await wb.writeSheets([pagamentiPlan()]);
    const out = PackageWorkbook.open(wb.toBytes());
    expect(out.index.sheets.map((s) => [s.name, s.part])).toEqual([
      ["Primo", "book/fogli/primo.xml"],
      ["H4A_Pagamenti", "book/worksheets/sheet1.xml"],
    ]);
    expect(out.pkg.partNames()).toEqual(
      expect.arrayContaining(["book/tables/table1.xml", "book/styles.xml", "book/worksheets/_rels/sheet1.xml.rels"]),
    );
    expect((await out.readSheet("H4A_Pagamenti")).values[5]).toEqual([1, 1500, "alto", " con spazi "]);
    expect((await out.readSheet("Primo")).values).toEqual([[1]]);
  });

  test("writing twice replaces the sheets again; styles and names do not grow", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    await wb.writeSheets([pagamentiPlan(), parametriPlan()]);
    const once = wb.toBytes();
    const again = PackageWorkbook.open(once);
    await again.writeSheets([pagamentiPlan(), parametriPlan()]);
    const twice = again.toBytes();
    const a = unzipText(once);
    const b = unzipText(twice);
    expect(b.get("xl/styles.xml")).toBe(a.get("xl/styles.xml"));
    expect(b.get("xl/workbook.xml")).toBe(a.get("xl/workbook.xml"));
    expect(b.get("xl/worksheets/sheet5.xml")).toBe(a.get("xl/worksheets/sheet5.xml"));
    expect([...b.keys()].filter((n) => n.startsWith("xl/tables/")).sort()).toEqual(["xl/tables/table1.xml", "xl/tables/table4.xml"]);
  });

  test("strings of every kind survive a write and a read", async () => {
    const texts = ["\u0001ctrl", "_x0041_ literal", " lead", "trail ", "a\r\nb", "tab\tx", "emoji 😀", "lone \ud800 surrogate", "<&>\"'"];
    const plan: SheetPlan = {
      name: "H4A_Testi",
      cells: texts.map((value, i) => ({ row: i + 1, column: 1, value })),
      tables: [],
      names: [],
      columnWidths: [],
    };
    const wb = PackageWorkbook.open(zipParts(minimalParts()));
    await wb.writeSheets([plan]);
    const back = await PackageWorkbook.open(wb.toBytes()).readSheet("H4A_Testi");
    expect(back.values.map((r) => r[0])).toEqual(texts.map((t) => t.replace("\ud800", "\ufffd")));
  });

  test("table headers are unique and non-empty, and the header cells hold exactly the column names", async () => {
    const plan: SheetPlan = {
      name: "H4A_T",
      cells: [],
      tables: [
        { name: "H4A_Dup", row: 1, column: 2, header: ["Nome", "nome", "", "Nome"], rows: [], numberFormats: [null, null, null, null] },
      ],
      names: [],
      columnWidths: [],
    };
    const wb = PackageWorkbook.open(zipParts(minimalParts()));
    await wb.writeSheets([plan]);
    const out = PackageWorkbook.open(wb.toBytes());
    const sheet = await out.readSheet("H4A_T");
    expect(sheet.values).toEqual([["Nome", "nome2", "Column3", "Nome3"]]);
    const table = out.pkg.readText(out.pkg.partNames().find((n) => n.includes("tables/"))!);
    expect(table).toContain(`ref="B1:E2"`);
    expect(table).toContain(`<tableColumn id="2" name="nome2"/><tableColumn id="3" name="Column3"/><tableColumn id="4" name="Nome3"/>`);
  });
});

describe("the engine's own plans", () => {
  test("written into an exceljs workbook: every formula's cached result reads back as the engine computed it", async () => {
    const parsed = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
    const plans = [
      parametersPlan(ILLUSTRATION_PARAMS),
      ...paymentPlans({ sheet: ILLUSTRATION_SHEET, parsed, params: ILLUSTRATION_PARAMS }),
    ];
    const input = new Uint8Array(await beneficiaryWorkbook(ILLUSTRATION_SHEET).xlsx.writeBuffer());
    const wb = PackageWorkbook.open(input);
    await wb.writeSheets(plans);
    const out = PackageWorkbook.open(wb.toBytes());
    expect(await out.sheetNames()).toEqual([ILLUSTRATION_SHEET.sheetName, ...plans.map((p) => p.name)]);
    const sheets = new Map<string, Awaited<ReturnType<PackageWorkbook["readSheet"]>>>();
    for (const plan of plans) sheets.set(plan.name, await out.readSheet(plan.name));
    const cells = formulaCells(plans);
    expect(cells.length).toBeGreaterThan(50);
    for (const { sheet, row, column, cell } of cells) {
      const read = sheets.get(sheet)!;
      const top = /^([A-Z]+)(\d+)$/.exec(read.topLeft)!;
      const actual = read.values[row - Number(top[2])]?.[column - (top[1].charCodeAt(0) - 64)];
      expect([sheet, row, column, actual]).toEqual([sheet, row, column, cell.result === null ? "" : cell.result]);
    }
    // every plan cell that is not a formula reads back too (spot check: the parameters sheet)
    const params = plans[0];
    for (const loose of params.cells.filter((c) => !isFormulaCell(c.value) && c.value !== null && c.value !== "")) {
      expect(sheets.get(params.name)!.values[loose.row - 1][loose.column - 1]).toBe(loose.value);
    }
    for (const plan of plans) expect(await out.isOwnSheet(plan.name)).toBe(true);
    expect(Object.keys(await out.readNamedValues("H4A_"))).toEqual(expect.arrayContaining(plans.map((p) => ownerName(p.name))));
    // the beneficiary sheet exceljs wrote is unchanged
    expect(
      Buffer.from(unzipParts(wb.toBytes()).get("xl/worksheets/sheet1.xml")!).equals(
        Buffer.from(unzipParts(input).get("xl/worksheets/sheet1.xml")!),
      ),
    ).toBe(true);
  });
});
