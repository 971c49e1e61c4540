import * as ExcelJS from "exceljs";
import { openPackage, PackageWorkbook, PackageError } from "../../src/xlsx";
import { contentTypes, minimalParts, NS, REL, rels, richWorkbook, STYLES, TYPES, worksheet } from "./support/fixtures";
import { buildZip, zipParts } from "./support/zip";

/** Reading: values exactly as Office.js `range.values` gives them, from every layout a writer may use. */

const open = (parts: Record<string, string | Uint8Array>): PackageWorkbook => PackageWorkbook.open(zipParts(parts));

const withSheet = (rowsXml: string, extra: Record<string, string> = {}): PackageWorkbook => open({ ...minimalParts(rowsXml), ...extra });

describe("cell values as Office.js gives them", () => {
  test("every kind of cell of an Excel-like workbook", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    const sheet = await wb.readSheet("Dati");
    expect(sheet.sheetName).toBe("Dati");
    expect(sheet.topLeft).toBe("A1");
    expect(sheet.values).toEqual([
      ["ID famiglia", "Importo", "Data", "Doppio"],
      ["F01 ", 10, 45306, 20],
      ["F02", 12.5, 45307.5, 25],
      ["riga\rdue & <tre>", true, "#N/A", 0],
    ]);
  });

  test("inline strings, rich inline runs, formula strings, booleans, errors, blanks and a formula without a cached value", async () => {
    const wb = withSheet(
      `<row r="2">` +
        `<c r="B2" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c>` +
        `<c r="C2" t="inlineStr"><is><r><t>ric</t></r><r><rPr><i/></rPr><t>co</t></r><rPh><t>x</t></rPh></is></c>` +
        `<c r="D2" t="str"><f>"S"&amp;"ì"</f><v>Sì</v></c>` +
        `<c r="E2" t="b"><v>0</v></c>` +
        `<c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
        `<c r="G2"><f>A1+1</f></c>` +
        `<c r="H2" s="1"/>` +
        `<c r="I2"><v>-1.5E-3</v></c>` +
        `<c r="J2" t="str"><f>A1</f><v></v></c>` +
        `</row>`,
    );
    const sheet = await wb.readSheet("Dati");
    expect(sheet.topLeft).toBe("B2");
    // The formula without a cached value and the one giving "" count as used cells (their range
    // runs to J), the styled empty cell H2 holds nothing.
    expect(sheet.values).toEqual([[" a ", "ricco", "Sì", false, "#DIV/0!", "", "", -0.0015, ""]]);
  });

  test("entities, character references and _xHHHH_ escapes are decoded; an escaped underscore stays literal", async () => {
    const wb = withSheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; &quot;b&quot; &#233;&#x20AC; x_x000A_y _x005F_x000D_</t></is></c></row>`,
    );
    expect((await wb.readSheet("Dati")).values).toEqual([['<a> & "b" é€ x\ny _x000D_']]);
  });

  test("cells and rows without r attributes follow the previous ones", async () => {
    const wb = withSheet(
      `<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c><v>9</v></c></row>`,
    );
    expect((await wb.readSheet("Dati")).values).toEqual([
      [1, 2, "", "", 5, 6],
      ["x", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      [9, "", "", "", "", ""],
    ]);
  });

  test("the used range starts at the first cell holding something, up to column XFD", async () => {
    const wb = withSheet(
      `<row r="3"><c r="C3" s="1"/><c r="D3"><v>1</v></c></row><row r="7" spans="1:1"/><row r="8"><c r="XFD8"><v>2</v></c></row>`,
    );
    const sheet = await wb.readSheet("Dati");
    expect(sheet.topLeft).toBe("D3");
    expect(sheet.values).toHaveLength(6);
    expect(sheet.values[0]).toHaveLength(16384 - 4 + 1);
    expect(sheet.values[0][0]).toBe(1);
    expect(sheet.values[5][16384 - 4]).toBe(2);
  });

  test("an empty sheet is an empty range at A1", async () => {
    const wb = withSheet("");
    expect(await wb.readSheet("Dati")).toEqual({ sheetName: "Dati", topLeft: "A1", values: [] });
  });

  test('ISO dates (t="d") become serials in the workbook\'s date system', async () => {
    const wb = withSheet(
      `<row r="1"><c r="A1" t="d"><v>2024-01-15</v></c><c r="B1" t="d"><v>2024-01-15T18:00:00</v></c><c r="C1" t="d"><v>1900-01-01</v></c></row>`,
    );
    expect((await wb.readSheet("Dati")).values).toEqual([[45306, 45306.75, 1]]);
  });

  test("rowLimit stops after that many rows of the used range", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 4}"><c r="B${i + 4}"><v>${i}</v></c></row>`).join("");
    const wb = withSheet(rows);
    const sheet = await wb.readSheet("Dati", { rowLimit: 3 });
    expect(sheet.topLeft).toBe("B4");
    expect(sheet.values).toEqual([[0], [1], [2]]);
    expect((await wb.readSheet("Dati")).values).toHaveLength(50);
  });

  test("the values Office.js gives, on a workbook exceljs wrote", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Beneficiari");
    ws.getCell("B2").value = "ID famiglia";
    ws.getCell("C2").value = "Data";
    ws.getCell("D2").value = "Sì";
    ws.getCell("B3").value = "F01";
    ws.getCell("C3").value = new Date(Date.UTC(2024, 1, 29));
    ws.getCell("C3").numFmt = "dd/mm/yyyy";
    ws.getCell("D3").value = true;
    ws.getCell("E3").value = { formula: "1+2", result: 3 };
    ws.getCell("E4").value = { richText: [{ text: "a" }, { font: { bold: true }, text: "b" }] };
    ws.getCell("F4").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    ws.getCell("B5").value = 0.1 + 0.2;
    ws.mergeCells("B6:C6");
    ws.getCell("B6").value = "unito";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const wb = PackageWorkbook.open(bytes);
    const mine = await wb.readSheet("Beneficiari", { styles: true });
    // As Office.js reads them: the date as its serial, formulas as results, rich text joined, the merge's value once.
    expect({ sheetName: mine.sheetName, topLeft: mine.topLeft, values: mine.values }).toEqual({
      sheetName: "Beneficiari",
      topLeft: "B2",
      values: [
        ["ID famiglia", "Data", "Sì", "", ""],
        ["F01", 45351, true, 3, ""],
        ["", "", "", "ab", "#N/A"],
        [0.1 + 0.2, "", "", "", ""],
        ["unito", "", "", "", ""],
      ],
    });
    expect(wb.isDateStyle(mine.styles![1][1])).toBe(true);
    expect(wb.isDateStyle(mine.styles![3][0])).toBe(false);
  });
});

describe("dates and styles", () => {
  test("dates stay serial numbers and isDateStyle tells which styles are dates", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    const sheet = await wb.readSheet("Dati", { styles: true });
    expect(sheet.values[1][2]).toBe(45306);
    expect(sheet.styles![1][2]).toBe(1);
    expect(sheet.styles![2][2]).toBe(2);
    expect(sheet.styles![1][1]).toBe(0);
    // 0 General, 1 built-in 14, 2 custom dd/mm/yyyy, 3 built-in 2 (0.00), 4 custom with "giorni" quoted and \ escaped
    expect([0, 1, 2, 3, 4, 99].map((s) => wb.isDateStyle(s))).toEqual([false, true, true, false, false, false]);
  });

  test("the 1904 date system is exposed and values stay as stored", async () => {
    const parts = minimalParts(`<row r="1"><c r="A1" s="1"><v>43844</v></c></row>`);
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].toString().replace("<bookViews>", `<workbookPr date1904="1"/><bookViews>`);
    const wb = open(parts);
    expect(wb.date1904).toBe(true);
    expect((await wb.readSheet("Dati")).values).toEqual([[43844]]);
    expect(PackageWorkbook.open(richWorkbook()).date1904).toBe(false);
  });
});

describe("layouts of other writers", () => {
  test("openpyxl-like: absolute targets, sheets under other names, the workbook not at xl/workbook.xml", async () => {
    const wb = open({
      "[Content_Types].xml": contentTypes({
        "/book/main.xml": TYPES.workbook,
        "/book/fogli/primo.xml": TYPES.worksheet,
        "/book/stili.xml": TYPES.styles,
      }),
      "_rels/.rels": rels([["rId1", REL.officeDocument, "/book/main.xml"]]),
      "book/main.xml": `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="Primo foglio" sheetId="7" r:id="rIdA"/></sheets></workbook>`,
      "book/_rels/main.xml.rels": rels([
        ["rIdA", REL.worksheet, "/book/fogli/primo.xml"],
        ["rIdB", REL.styles, "stili.xml"],
      ]),
      "book/fogli/primo.xml": worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>`),
      "book/stili.xml": STYLES,
    });
    expect(wb.pkg.workbookPath).toBe("book/main.xml");
    expect(await wb.sheetNames()).toEqual(["Primo foglio"]);
    expect((await wb.readSheet("Primo foglio")).values).toEqual([["ok"]]);
    expect(wb.isDateStyle(1)).toBe(true);
  });

  test("prefixed namespaces (x:worksheet, x:c), as the Open XML SDK writes them", async () => {
    const parts = minimalParts();
    parts["xl/workbook.xml"] =
      `<x:workbook xmlns:x="${NS.main}" xmlns:rel="${NS.r}"><x:sheets><x:sheet name="Dati" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    parts["xl/worksheets/sheet1.xml"] = worksheet(
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>pre</x:t></x:is></x:c><x:c r="B1"><x:v>4</x:v></x:c></x:row>`,
      "",
      "x",
    );
    const wb = open(parts);
    expect((await wb.readSheet("Dati")).values).toEqual([["pre", 4]]);
  });

  test('LibreOffice-like: shared strings, s="0" on every cell, stored entries and data descriptors', async () => {
    const parts = minimalParts(
      `<row r="1" customFormat="false" ht="12.8" hidden="false"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="n"><v>3.25</v></c></row>`,
    );
    parts["xl/sharedStrings.xml"] = `<sst xmlns="${NS.main}" count="1" uniqueCount="1"><si><t xml:space="preserve">Città </t></si></sst>`;
    parts["xl/_rels/workbook.xml.rels"] = rels([
      ["rId1", REL.worksheet, "worksheets/sheet1.xml"],
      ["rId2", REL.styles, "styles.xml"],
      ["rId3", REL.sharedStrings, "sharedStrings.xml"],
    ]);
    const entries = Object.entries(parts).map(([name, data], i) => ({
      name,
      data,
      options: { method: (i % 2 === 0 ? 0 : 8) as 0 | 8, descriptor: i % 3 === 0 },
    }));
    const wb = PackageWorkbook.open(buildZip(entries));
    expect((await wb.readSheet("Dati")).values).toEqual([["Città ", 3.25]]);
  });

  test("a zip64 archive is read", async () => {
    const entries = Object.entries(minimalParts()).map(([name, data]) => ({ name, data }));
    const wb = PackageWorkbook.open(buildZip(entries, true));
    expect((await wb.readSheet("Dati")).values).toEqual([["Nome", 1]]);
  });

  test("UTF-16 parts with a BOM are read", async () => {
    const parts = minimalParts();
    const text = worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Ütf16</t></is></c></row>`).replace(
      'encoding="UTF-8"',
      'encoding="UTF-16"',
    );
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    parts["xl/worksheets/sheet1.xml"] = utf16;
    expect((await open(parts).readSheet("Dati")).values).toEqual([["Ütf16"]]);
  });
});

describe("the workbook's sheets and names", () => {
  test("sheet names in tab order, hidden ones included, chart sheets left out", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    expect(await wb.sheetNames()).toEqual(["Dati", "Nascosto", "H4A_Pagamenti", "Note"]);
    expect(wb.index.sheets.map((s) => [s.name, s.kind, s.state, s.part])).toEqual([
      ["Dati", "worksheet", "visible", "xl/worksheets/sheet1.xml"],
      ["Nascosto", "worksheet", "hidden", "xl/worksheets/sheet2.xml"],
      ["Grafico", "chartsheet", "visible", "xl/chartsheets/sheet1.xml"],
      ["H4A_Pagamenti", "worksheet", "visible", "xl/worksheets/sheet3.xml"],
      ["Note", "worksheet", "visible", "xl/worksheets/sheet4.xml"],
    ]);
  });

  test("a sheet is found ignoring case; an unknown one is a no-sheet error", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    expect((await wb.readSheet("note")).values).toEqual([["Appunti"]]);
    await expect(wb.readSheet("Assente")).rejects.toMatchObject({ kind: "no-sheet" });
    await expect(wb.readSheet("Grafico")).rejects.toBeInstanceOf(PackageError);
  });

  test("readNamedValues gives the cell each workbook-scope name of the prefix points at", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    expect(await wb.readNamedValues("H4A_")).toEqual({ H4A_Owned_H4A_Pagamenti: "Pagamenti", H4A_stale: "", H4A_total: 1500 });
    // constants, formulas, external references and sheet-scoped names are not cell names
    expect(await wb.readNamedValues("")).toEqual({ H4A_Owned_H4A_Pagamenti: "Pagamenti", H4A_stale: "", H4A_total: 1500 });
  });

  test("isOwnSheet needs the owner mark pointing at the sheet", async () => {
    const wb = PackageWorkbook.open(richWorkbook());
    expect(await wb.isOwnSheet("H4A_Pagamenti")).toBe(true);
    expect(await wb.isOwnSheet("h4a_pagamenti")).toBe(true);
    expect(await wb.isOwnSheet("Dati")).toBe(false);
    expect(await wb.isOwnSheet("Assente")).toBe(false);
    const parts = minimalParts();
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]
      .toString()
      .replace("<calcPr", `<definedNames><definedName name="H4A_Owned_Dati">Altro!$A$1</definedName></definedNames><calcPr`);
    expect(await open(parts).isOwnSheet("Dati")).toBe(false);
  });

  test("the package finds its parts ignoring case and reads them as text", () => {
    const pkg = openPackage(richWorkbook());
    expect(pkg.has("/XL/Workbook.xml")).toBe(true);
    expect(pkg.readText("xl/comments1.xml")).toContain("Controllare");
    expect(pkg.contentType("xl/drawings/vmlDrawing1.vml")).toBe(TYPES.vml);
    expect(pkg.contentType("/xl/tables/table1.xml")).toBe(TYPES.table);
  });
});
