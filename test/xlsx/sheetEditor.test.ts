import { editSheetXml, type EditContext } from "../../src/xlsx/sheetEditor";
import { PackageWorkbook } from "../../src/xlsx";
import { minimalParts } from "./support/fixtures";
import { zipParts } from "./support/zip";

/** Editing cells in a worksheet part's text: only the cells asked for change, every other byte stays. */

const context: EditContext = { sharedStrings: ["Rossi", "Bianchi"], date1904: false, styleIndex: (style) => (style.bold ? 7 : 9) };

const SHEET = (data: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}worksheet xmlns${prefix === "" ? "" : `:${prefix.slice(0, -1)}`}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}dimension ref="A1:C3"/>${data}<${prefix}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${prefix}worksheet>`;

test("an unchanged edit leaves the part byte for byte", () => {
  const xml = SHEET(
    `<sheetData><row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><f>A1&amp;"x"</f><v>Rossix</v></c></row></sheetData>`,
  );
  const seen: unknown[] = [];
  const result = editSheetXml(
    xml,
    "s.xml",
    { change: (cell) => void seen.push([cell.row, cell.column, cell.value, cell.formula, cell.style]) },
    context,
  );
  expect(result).toEqual({ text: xml, changed: 0 });
  expect(seen).toEqual([
    [1, 1, "Rossi", null, 0],
    [1, 2, "Rossix", 'A1&"x"', 3],
  ]);
});

test("a value replaced, a cached result replaced with the formula kept, a cell emptied with its style kept", () => {
  const xml = SHEET(
    `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str" s="2"><f>A1</f><v>Rossi</v></c><c r="C1" s="5" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>`,
  );
  const result = editSheetXml(
    xml,
    "s.xml",
    {
      change: (cell) => {
        if (cell.row !== 1) return undefined;
        if (cell.column === 1) return { kind: "set", value: "P-1" };
        return cell.column === 2 ? { kind: "result", value: "P-1" } : { kind: "empty" };
      },
    },
    context,
  );
  expect(result.changed).toBe(3);
  expect(result.text).toContain(
    `<c r="A1" t="inlineStr"><is><t>P-1</t></is></c><c r="B1" s="2" t="str"><f>A1</f><v>P-1</v></c><c r="C1" s="5"/></row><row r="2"><c r="A2"><v>3</v></c></row>`,
  );
});

const PREFIXED_RESULT =
  `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>titolo</x:t></x:is></x:c></x:row>` +
  `<x:row r="2"><x:c><x:v>1</x:v></x:c><x:c r="B2"><x:v>2</x:v></x:c><x:c r="D2"><x:v>4</x:v></x:c><x:c r="F2" s="7" t="inlineStr"><x:is><x:t>fine</x:t></x:is></x:c></x:row>` +
  `<x:row r="5"><x:c r="A5"><x:f>A2*2</x:f><x:v>2</x:v></x:c></x:row><x:row r="9"><x:c r="B9" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData>`;

test("new cells go in column order into their row, new rows in row order, with prefixed elements and cells without r", () => {
  const xml = SHEET(
    `<x:sheetData><x:row r="2" spans="1:3"><x:c><x:v>1</x:v></x:c><x:c r="D2"><x:v>4</x:v></x:c></x:row><x:row r="5"/></x:sheetData>`,
    "x:",
  );
  const result = editSheetXml(
    xml,
    "s.xml",
    {
      put: [
        { row: 2, column: 2, value: 2 },
        { row: 2, column: 6, value: "fine", style: { bold: true } },
        { row: 1, column: 1, value: "titolo" },
        { row: 5, column: 1, value: { formula: "=A2*2", result: 2 } },
        { row: 9, column: 2, value: true },
      ],
    },
    context,
  );
  expect(result.changed).toBe(5);
  expect(result.text).toContain(PREFIXED_RESULT);
});

test("a put where a cell exists gives way to the cell's own edit; an empty sheetData takes new rows", () => {
  const xml = SHEET(`<sheetData/>`);
  expect(editSheetXml(xml, "s.xml", { put: [{ row: 3, column: 1, value: 1 }] }, context).text).toContain(
    `<sheetData><row r="3"><c r="A3"><v>1</v></c></row></sheetData>`,
  );
  const existing = SHEET(`<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>`);
  expect(editSheetXml(existing, "s.xml", { put: [{ row: 1, column: 1, value: 1 }] }, context)).toEqual({ text: existing, changed: 0 });
});

test("a row keeps its spans when every put meets an existing cell (the value changed in place), and loses it when a cell is added", () => {
  // What `fill --param currentYear=3` does in an own H4A_Parametri: put B16, which exists, and change it.
  const row = `<row r="16" spans="1:3" x14ac:dyDescent="0.25"><c r="A16" t="s"><v>0</v></c><c r="B16"><v>4</v></c><c r="C16" t="s"><v>1</v></c></row>`;
  const xml = SHEET(`<sheetData>${row}</sheetData>`);
  const setB16 = (cell: { row: number; column: number }) =>
    cell.row === 16 && cell.column === 2 ? ({ kind: "set", value: 3 } as const) : undefined;
  const inPlace = editSheetXml(xml, "s.xml", { change: setB16, put: [{ row: 16, column: 2, value: 3 }] }, context);
  expect(inPlace).toEqual({ text: xml.replace(`<c r="B16"><v>4</v></c>`, `<c r="B16"><v>3</v></c>`), changed: 1 });
  // Cells without r count from the one before: the second <c> is B16.
  const noRefs = SHEET(`<sheetData><row r="16" spans="1:2"><c><v>1</v></c><c><v>4</v></c></row></sheetData>`);
  expect(editSheetXml(noRefs, "s.xml", { put: [{ row: 16, column: 2, value: 3 }] }, context)).toEqual({ text: noRefs, changed: 0 });
  const added = editSheetXml(
    xml,
    "s.xml",
    {
      change: setB16,
      put: [
        { row: 16, column: 2, value: 3 },
        { row: 16, column: 4, value: 9 },
      ],
    },
    context,
  );
  expect(added.changed).toBe(2);
  expect(added.text).toContain(
    `<row r="16" x14ac:dyDescent="0.25"><c r="A16" t="s"><v>0</v></c><c r="B16"><v>3</v></c><c r="C16" t="s"><v>1</v></c><c r="D16"><v>9</v></c></row>`,
  );
});
test("the text of a shared formula is never lost while other cells still use it", () => {
  const xml = SHEET(
    `<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row></sheetData>`,
  );
  expect(() => editSheetXml(xml, "s.xml", { change: (cell) => (cell.row === 1 ? { kind: "set", value: 0 } : undefined) }, context)).toThrow(
    /shared formula 0/,
  );
  expect(editSheetXml(xml, "s.xml", { change: () => ({ kind: "set", value: 0 }) }, context).changed).toBe(2);
  expect(editSheetXml(xml, "s.xml", { change: () => ({ kind: "result", value: 7 }) }, context).text).toContain(
    `<f t="shared" ref="A1:A2" si="0">B1*2</f><v>7</v>`,
  );
});

test("through PackageWorkbook: a new cell with its format and a new name, read back from the written package", async () => {
  const workbook = PackageWorkbook.open(zipParts(minimalParts()));
  const sheet = (await workbook.sheetNames())[0];
  const changed = workbook.editCells(
    [{ sheet, edit: { put: [{ row: 3, column: 2, value: 42, style: { numberFormat: "0.00" } }] } }],
    [{ name: "Risposta", formula: `'${sheet}'!$B$3`, hidden: false }],
  );
  expect(changed).toBe(1);
  const again = PackageWorkbook.open(workbook.toBytes());
  expect((await again.readSheet(sheet)).values.at(-1)).toEqual(["", 42]);
  expect(await again.readNamedValues("Risp")).toEqual({ Risposta: 42 });
});
