import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { statementSheetPlan } from "../../src/engine/sheets/statementSheet";
import { statementDocument } from "../../src/engine/statement/document";
import { headerFooterText, type SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { PackageWorkbook } from "../../src/xlsx";
import { pageSetupXml } from "../../src/xlsx/sheetWriter";
import { recordedYear4 } from "../engine/fixtures/statement";
import { formatErrors, newErrors, validateOoxml, type OoxmlResult } from "../support/ooxmlValidator";
import { definedNames, readParts, sheetPart, sheetValues } from "../support/packageParts";
import { minimalWorkbook, richParts, USER_NAMES } from "./support/fixtures";
import { zipParts } from "./support/zip";

/**
 * A sheet plan's print settings written into a real .xlsx: the worksheet's page setup in
 * CT_Worksheet's order, the print area and print titles as names scoped to the sheet, replaced
 * (never duplicated) when the sheet is written again; the Open XML SDK finds nothing new to fault.
 */

jest.setTimeout(120_000);

const statementPlan = (): SheetPlan => statementSheetPlan(statementDocument(recordedYear4(), "it"), 4);

async function write(input: Uint8Array, plans: SheetPlan[]): Promise<Uint8Array> {
  const workbook = PackageWorkbook.open(input);
  await workbook.writeSheets(plans);
  return workbook.toBytes();
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "h4a-print-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function validate(bytes: Uint8Array, name: string): Promise<OoxmlResult> {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return validateOoxml(file);
}

const printNames = (bytes: Uint8Array) => definedNames(readParts(bytes)).filter((n) => n.name.startsWith("_xlnm.Print"));

describe("the statement sheet in a new workbook", () => {
  const plan = statementPlan();
  const lastRow = plan.print!.area.lastRow;
  let output: Uint8Array;

  beforeAll(async () => {
    output = await write(minimalWorkbook(), [plan]);
  });

  test("the worksheet: fit to page, centred, A4 portrait one page wide, the page numbers in the footer, in CT_Worksheet's order", () => {
    const parts = readParts(output);
    const xml = new TextDecoder().decode(parts.get(sheetPart(parts, "H4A_Prospetto_4")));
    expect(xml).toContain(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
    expect(xml).toContain(`<printOptions horizontalCentered="1"/>`);
    expect(xml).toContain(`<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>`);
    expect(xml).toContain(`<headerFooter><oddFooter>&amp;CPagina &amp;P di &amp;N</oddFooter></headerFooter>`);
    const order = [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
    ].map((e) => xml.indexOf(`<${e}`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(xml).toContain(`<dimension ref="A1:G${lastRow}"/>`);
  });

  test("the print area and the title rows are names scoped to the sheet's tab", () => {
    expect(printNames(output)).toEqual([
      { name: "_xlnm.Print_Area", text: `H4A_Prospetto_4!$A$1:$G$${lastRow}`, localSheetId: 1, hidden: false },
      { name: "_xlnm.Print_Titles", text: "H4A_Prospetto_4!$1:$2", localSheetId: 1, hidden: false },
    ]);
  });

  test("the cells read back: numbers as numbers", () => {
    const values = sheetValues(readParts(output), "H4A_Prospetto_4");
    const row = values.findIndex((r) => r[0] === "Residuo sotto il tetto");
    expect(values[row][1]).toBe(65_400);
    expect(values[2][0]).toBe("Prospetto di liquidazione — anno di programma 4 (2027)");
  });

  test("the Open XML SDK validator finds no error", async () => {
    const result = await validate(output, "statement.xlsx");
    if (!result.ok) throw new Error(formatErrors(result.errors));
    expect(result.errors).toEqual([]);
  });

  test("written again, the sheet keeps one print area and one set of print titles", async () => {
    const again = await write(output, [statementPlan()]);
    expect(printNames(again)).toEqual(printNames(output));
    const shorter = await write(again, [statementSheetPlan(statementDocument({ ...recordedYear4(), trueUps: [] }, "it"), 4)]);
    const [area, titles] = printNames(shorter);
    expect(area.text).not.toBe(printNames(output)[0].text);
    expect(titles.text).toBe("H4A_Prospetto_4!$1:$2");
    expect(printNames(shorter)).toHaveLength(2);
    expect((await validate(shorter, "statement-again.xlsx")).errors).toEqual([]);
  });
});

describe("print settings on a sheet that replaces one of the add-in's, among the user's names", () => {
  /** The rich workbook, its H4A_Pagamenti (tab 3) with a VBA code name and print titles of its own. */
  function input(): Uint8Array {
    const parts = richParts();
    parts["xl/worksheets/sheet3.xml"] = String(parts["xl/worksheets/sheet3.xml"]).replace(
      /(<worksheet[^>]*>)/,
      `$1<sheetPr codeName="Foglio3"/>`,
    );
    parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(
      "</definedNames>",
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">H4A_Pagamenti!$1:$1</definedName></definedNames>`,
    );
    return zipParts(parts);
  }

  const plan: SheetPlan = {
    name: "H4A_Pagamenti",
    cells: [
      { row: 1, column: 1, value: "Pagamenti", bold: true },
      { row: 2, column: 1, value: "Totale" },
      { row: 2, column: 2, value: 1500, numberFormat: "#,##0.00" },
    ],
    tables: [],
    names: [],
    columnWidths: [20, 12],
    print: {
      area: { firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 2 },
      titleRows: { first: 1, last: 1 },
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 2,
      centerHeader: "Città di Torino && Homes4All",
      centerFooter: "Page &P of &N",
    },
  };

  let before: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    before = input();
    output = await write(before, [plan]);
  });

  test("the code name is kept beside fit to page; the header's literal & stays doubled", () => {
    const parts = readParts(output);
    const xml = new TextDecoder().decode(parts.get(sheetPart(parts, "H4A_Pagamenti")));
    expect(xml).toContain(`<sheetPr codeName="Foglio3"><pageSetUpPr fitToPage="1"/></sheetPr>`);
    expect(xml).toContain(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="2" fitToHeight="0"/>`);
    expect(xml).toContain(
      `<headerFooter><oddHeader>&amp;CCittà di Torino &amp;&amp; Homes4All</oddHeader><oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter>`,
    );
    expect(xml).not.toContain("printOptions");
  });

  test("without scaling, header or footer: only the paper and the orientation", () => {
    expect(pageSetupXml({ area: plan.print!.area, orientation: "portrait", paper: "A4" })).toBe(
      `<pageSetup paperSize="9" orientation="portrait"/>`,
    );
    expect(headerFooterText("Città di Torino & Homes4All")).toBe("Città di Torino && Homes4All");
  });

  test("the replaced sheet's old print titles give way to the new; the user's names, print area of another sheet included, stay", () => {
    const names = definedNames(readParts(output));
    expect(names.filter((n) => n.localSheetId === 3 && n.name.startsWith("_xlnm."))).toEqual([
      { name: "_xlnm.Print_Area", text: "H4A_Pagamenti!$A$1:$B$2", localSheetId: 3, hidden: false },
      { name: "_xlnm.Print_Titles", text: "H4A_Pagamenti!$1:$1", localSheetId: 3, hidden: false },
    ]);
    const xml = new TextDecoder().decode(readParts(output).get("xl/workbook.xml"));
    for (const name of USER_NAMES) expect(xml).toContain(name);
  });

  test("print settings outside the sheet are refused before anything is written", async () => {
    const workbook = PackageWorkbook.open(before);
    const bad = (print: Partial<NonNullable<SheetPlan["print"]>>): SheetPlan => ({ ...plan, print: { ...plan.print!, ...print } });
    await expect(workbook.writeSheets([bad({ area: { firstRow: 3, firstColumn: 1, lastRow: 2, lastColumn: 2 } })])).rejects.toThrow(
      RangeError,
    );
    await expect(workbook.writeSheets([bad({ titleRows: { first: 0, last: 1 } })])).rejects.toThrow(RangeError);
    await expect(workbook.writeSheets([bad({ fitToPagesWide: 0 })])).rejects.toThrow(RangeError);
    expect(workbook.toBytes()).toEqual(before);
  });

  test("the Open XML SDK validator finds no error the input did not have", async () => {
    const [was, is] = await Promise.all([validate(before, "rich-before.xlsx"), validate(output, "rich-after.xlsx")]);
    const added = newErrors(was.errors, is.errors);
    if (added.length > 0) throw new Error(formatErrors(added));
    expect(added).toEqual([]);
  });
});
