import { PackageError, PackageWorkbook } from "../../src/xlsx";
import { isDateFormatCode, StyleSheet } from "../../src/xlsx/styles";
import {
  applySplices,
  attribute,
  decodeEntities,
  decodeXstring,
  encodeXstring,
  escapeAttribute,
  scanXml,
  setAttributeSplice,
  textOf,
} from "../../src/xlsx/xmlText";
import { contentTypes, REL, rels, TYPES } from "./support/fixtures";
import { zipParts } from "./support/zip";

/** The text-level pieces: escapes, the offset-keeping scanner, date formats, appending styles. */

describe("escapes", () => {
  test("_xHHHH_ round trip, control characters and literal escapes", () => {
    for (const text of ["plain", "a\u0001b", "_x0041_", "__x0041__", "a\rb", "tab\tline\n", "\uFFFE", "😀"]) {
      expect(decodeXstring(encodeXstring(text))).toBe(text);
    }
    expect(encodeXstring("a\rb\u0001")).toBe("a_x000D_b_x0001_");
    expect(encodeXstring("_x0041_")).toBe("_x005F_x0041_");
    expect(encodeXstring("x\ud800y")).toBe("x\ufffdy");
    expect(decodeXstring("_x0041__x0042_")).toBe("AB");
  });

  test("entities and attributes", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&unknown;")).toBe(`<>&"'AB&unknown;`);
    expect(escapeAttribute(`a"b<c>&\n`)).toBe("a&quot;b&lt;c&gt;&amp;&#10;");
  });
});

describe("the scanner keeps offsets", () => {
  const xml = `<?xml version="1.0"?>\n<!-- c <x> --><a xmlns:p="u" q='1 > 0'><p:b x="&amp;"/><c>t&lt;<![CDATA[<raw>]]></c>\n</a>`;

  test("elements, prefixes, attributes with > inside, CDATA and comments", () => {
    const root = scanXml(xml, "t.xml");
    expect(root.name).toBe("a");
    expect(attribute(root, "q")).toBe("1 > 0");
    expect(root.children.map((c) => [c.name, c.local, c.prefix, c.selfClosing])).toEqual([
      ["p:b", "b", "p:", true],
      ["c", "c", "", false],
    ]);
    expect(attribute(root.children[0], "x")).toBe("&");
    expect(textOf(xml, root.children[1])).toBe("t<<raw>");
    expect(xml.slice(root.children[0].start, root.children[0].end)).toBe(`<p:b x="&amp;"/>`);
  });

  test("splices edit exactly where asked", () => {
    const root = scanXml(xml, "t.xml");
    const b = root.children[0];
    const edited = applySplices(xml, [
      setAttributeSplice(xml, b, "y", "2"),
      setAttributeSplice(xml, root, "q", "<"),
      { start: root.closeStart, end: root.closeStart, text: "<d/>" },
    ]);
    expect(edited).toBe(
      `<?xml version="1.0"?>\n<!-- c <x> --><a xmlns:p="u" q='&lt;'><p:b x="&amp;" y="2"/><c>t&lt;<![CDATA[<raw>]]></c>\n<d/></a>`,
    );
    expect(() =>
      applySplices("abc", [
        { start: 0, end: 2, text: "" },
        { start: 1, end: 1, text: "x" },
      ]),
    ).toThrow();
  });

  test("malformed XML is a bad-xml error naming the part", () => {
    for (const bad of ["<a><b></a>", "<a>", "<a b=c/>", "text", "<a/><b/>", `<!DOCTYPE a [<!ENTITY x "y">]><a/>`]) {
      let error: unknown;
      try {
        scanXml(bad, "xl/x.xml");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PackageError);
      expect((error as PackageError).kind).toBe("bad-xml");
      expect((error as PackageError).part).toBe("xl/x.xml");
    }
  });
});

describe("number formats", () => {
  test("date and time formats are told from others", () => {
    const dates = ["dd/mm/yyyy", "d-mmm-yy", "[$-410]d mmmm yyyy", "h:mm", "[h]:mm:ss", "[ss]", "yyyy-mm-dd hh:mm", "mmm", "[Red]dd/mm"];
    const others = ["General", "0.00", '#,##0 "giorni"', "0.00E+00", "[Red]#,##0;[Blue]-#,##0", "\\d0", "_-* #,##0_-", "@", '"Data: "0'];
    expect(dates.filter((f) => !isDateFormatCode(f))).toEqual([]);
    expect(others.filter((f) => isDateFormatCode(f))).toEqual([]);
  });

  test("a stylesheet without numFmts gets one before <fonts>; the bold font is the base font in schema order; indexes count on", () => {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const text = `<styleSheet xmlns="${ns}"><fonts count="1"><font><name val="Arial"/><sz val="10"/><b val="0"/></font></fonts><fills count="0"/><borders count="0"/><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellXfs></styleSheet>`;
    const styles = new StyleSheet(text);
    expect(styles.isDateStyle(1)).toBe(true);
    expect(styles.styleIndex({})).toBe(0);
    const a = styles.styleIndex({ numberFormat: "0.000" });
    const b = styles.styleIndex({ numberFormat: "0.000", bold: true });
    expect([a, b]).toEqual([2, 3]);
    expect(styles.styleIndex({ numberFormat: "0.000" })).toBe(2);
    expect(styles.isDateStyle(a)).toBe(false);
    expect(styles.styleIndex({ numberFormat: "dd/mm/yy" })).toBe(4);
    expect(styles.isDateStyle(4)).toBe(true);
    expect(styles.text).toBe(
      `<styleSheet xmlns="${ns}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="dd/mm/yy"/></numFmts>` +
        `<fonts count="2"><font><name val="Arial"/><sz val="10"/><b val="0"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="0"/><borders count="0"/>` +
        `<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/>` +
        `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
  });
});

describe("strict OOXML", () => {
  test("a Strict workbook (purl.oclc.org namespaces) is read and written in its own vocabulary", async () => {
    const main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const rel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const bytes = zipParts({
      "[Content_Types].xml": contentTypes({ "/xl/workbook.xml": TYPES.workbook, "/xl/worksheets/sheet1.xml": TYPES.worksheet }),
      "_rels/.rels": rels([["rId1", `${rel}/officeDocument`, "xl/workbook.xml"]]),
      "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${rel}" conformance="strict"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels([["rId1", `${rel}/worksheet`, "worksheets/sheet1.xml"]]),
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="d"><v>2024-02-29</v></c></row></sheetData></worksheet>`,
    });
    const wb = PackageWorkbook.open(bytes);
    expect((await wb.readSheet("S")).values).toEqual([[45351]]);
    await wb.writeSheets([
      {
        name: "H4A_X",
        cells: [{ row: 1, column: 1, value: 1 }],
        tables: [{ name: "H4A_T", row: 3, column: 1, header: ["a"], rows: [[2]], numberFormats: [null] }],
        names: [],
        columnWidths: [],
      },
    ]);
    const out = PackageWorkbook.open(wb.toBytes());
    expect((await out.readSheet("H4A_X")).values).toEqual([[1], [""], ["a"], [2]]);
    const sheetPart = out.index.sheets[1].part!;
    expect(out.pkg.readText(sheetPart)).toContain(`<worksheet xmlns="${main}" xmlns:r="${rel}">`);
    expect(out.pkg.readText("xl/_rels/workbook.xml.rels")).toContain(`Type="${rel}/worksheet"`);
    expect(out.pkg.readText(out.pkg.relationships(sheetPart).list()[0].part!)).toContain(`<table xmlns="${main}"`);
    expect(REL.worksheet).not.toBe(`${rel}/worksheet`);
  });
});
