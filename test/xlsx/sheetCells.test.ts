import { PackageError, PackageWorkbook, streamSheetCells, type Package } from "../../src/xlsx";
import type { CellValue } from "../../src/engine/types";
import { minimalParts, worksheet } from "./support/fixtures";
import { zipParts } from "./support/zip";

/** The worksheet scanner (src/xlsx/sheetCells.ts, xmlBytes.ts): the same cells wherever the inflated chunks are cut, and malformed XML refused. */

const SHEET =
  worksheet(
    `<row r="1" spans="1:9"><c r="A1" t="inlineStr"><is><t>Stabilità &amp; “casa” 🏠</t></is></c>` +
      `<c r="B1" s="3"><v>007</v></c><c r="C1"><v>-0</v></c><c r="D1"><v> 5 </v></c><c r="E1"><v>1.5E3</v></c>` +
      `<c r="F1"><v>12345678901234567890</v></c><c r="G1" t="s"><v>1</v></c><c r="H1" t="s"><v><![CDATA[0]]></v></c>` +
      `<c r="I1" t="inlineStr"><is><r><t>a\r\nb</t></r><r><t><![CDATA[<c&d>]]></t></r><rPh><t>x</t></rPh></is></c></row>` +
      `<!-- a comment --><?pi data?><row r="3"><c r="$B$3" t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A1</f><v>&#13;x</v></c>` +
      `<c r="E3"><v>1<!-- cut -->2</v></c><c r="F3"><v>4</v><v>2</v></c></row>`,
  ) + "\n";

const EXPECTED: [number, number, CellValue, number][] = [
  [1, 1, "Stabilità & “casa” 🏠", 0],
  [1, 2, 7, 3],
  [1, 3, -0, 0],
  [1, 4, 5, 0],
  [1, 5, 1500, 0],
  [1, 6, 12345678901234567000, 0],
  [1, 7, "secondo", 0],
  [1, 8, "primo", 0],
  [1, 9, "a\nb<c&d>", 0],
  [3, 2, true, 0],
  [3, 3, "#N/A", 0],
  [3, 4, "\rx", 0],
  [3, 5, 12, 0],
  [3, 6, 42, 0],
];

/** A package whose part comes in chunks of `size` bytes. */
function chunked(bytes: Uint8Array, size: number): Package {
  return {
    stream(_part: string, onChunk: (chunk: Uint8Array) => void) {
      for (let at = 0; at < bytes.length; at += size) onChunk(bytes.slice(at, at + size));
    },
  } as unknown as Package;
}

function cellsOf(pkg: Package): [number, number, CellValue, number][] {
  const cells: [number, number, CellValue, number][] = [];
  streamSheetCells(
    pkg,
    "xl/worksheets/sheet1.xml",
    { sharedStrings: ["primo", "secondo"], date1904: false },
    (row, column, value, style) => {
      cells.push([row, column, value, style]);
    },
  );
  return cells;
}

describe("worksheet cells read from bytes", () => {
  const bytes = new TextEncoder().encode(SHEET);

  test("every kind of text and number, whole", () => {
    const cells = cellsOf(chunked(bytes, bytes.length));
    expect(cells).toEqual(EXPECTED);
    expect(Object.is(cells[2][2], -0)).toBe(true);
  });

  test("the same cells whatever size the chunks are cut to (tags, attributes, UTF-8 characters and entities cut)", () => {
    for (const size of [1, 2, 3, 5, 7, 13, 64, 333]) expect(cellsOf(chunked(bytes, size))).toEqual(EXPECTED);
  });

  test("a UTF-8 byte order mark is skipped", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(cellsOf(chunked(bom, 4))).toEqual(EXPECTED);
  });
});

describe("malformed worksheet XML is a bad-xml error naming the part", () => {
  const row = worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`);
  // Past </sheetData> a sheet is only inflated (its CRC checked), as before: the faults are within it.
  const bad: [string, string][] = [
    ["a mismatched end tag", worksheet(`<row r="1"><c r="A1"><v>1</c></v></row>`)],
    ["a DOCTYPE", row.replace("<worksheet", `<!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet`)],
    ["text before the root", row.replace("<worksheet", "text<worksheet")],
    ["an attribute without quotes", worksheet(`<row r=1><c r="A1"><v>1</v></c></row>`)],
    ["a tag without a name", worksheet(`<row r="1"><></row>`)],
    ["a part cut inside an element", row.slice(0, row.indexOf("</c>"))],
    ["a part cut inside a tag", row.slice(0, row.indexOf("</row>") + 3)],
  ];
  test.each(bad)("%s", async (_what, xml) => {
    const parts = minimalParts();
    parts["xl/worksheets/sheet1.xml"] = xml;
    let error: unknown;
    try {
      await PackageWorkbook.open(zipParts(parts)).readSheet("Dati");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).kind).toBe("bad-xml");
    expect((error as PackageError).part).toBe("xl/worksheets/sheet1.xml");
  });
});
