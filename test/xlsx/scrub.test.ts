import { openPackage, rewriteFormula, scrubPackage, textReplacer, readWorkbookIndex } from "../../src/xlsx";
import { contentTypes, minimalParts, NS, REL, rels, TYPES, worksheet } from "./support/fixtures";
import { zipParts, type Parts } from "./support/zip";

/**
 * The package scrubber (src/xlsx/scrub.ts) on packages built here: each place where a removed
 * value hides is cleaned, texts are searched decoded and written back encoded, and every part
 * with nothing to clean is left as it was.
 */

const replace = textReplacer([
  { value: "TO-2023-001", by: "P-0123456789ABCDEF" },
  { value: "Rossi & Figli", by: "" },
  { value: "Max", by: "" },
]);

function scrubbed(parts: Parts) {
  const pkg = openPackage(zipParts(parts));
  const removals = scrubPackage(pkg, readWorkbookIndex(pkg), replace);
  return { pkg, removals, text: (name: string) => pkg.readText(name) };
}

describe("textReplacer", () => {
  test("finds values ignoring case, as whole words, longest first; undefined when nothing is found", () => {
    expect(replace("Famiglia to-2023-001 e Rossi & Figli")).toBe("Famiglia P-0123456789ABCDEF e ");
    expect(replace("minMax")).toBeUndefined();
    expect(replace("TO-2023-0012")).toBeUndefined();
    expect(replace("&LMax &CTO-2023-001")).toBe("&L &CP-0123456789ABCDEF");
    expect(replace("nulla")).toBeUndefined();
  });
});

describe("rewriteFormula", () => {
  const renames = new Map([
    ["MAX ROSSI", "Foglio 2"],
    ["DATI", "Foglio 1"],
  ]);
  test("replaces string literals and follows renamed sheets, quoted or not; external and 3D references are left", () => {
    expect(rewriteFormula(`IF(A1="TO-2023-001","sì ""Max""",'Max Rossi'!B2&Dati!C3)`, replace, renames)).toBe(
      `IF(A1="P-0123456789ABCDEF","sì """"",'Foglio 2'!B2&'Foglio 1'!C3)`,
    );
    expect(rewriteFormula(`[1]Dati!A1+SUM(B1:B3)`, replace, renames)).toBeUndefined();
  });
});

describe("scrubPackage", () => {
  test("a package with nothing to clean is left byte for byte", () => {
    const { pkg, removals } = scrubbed(minimalParts());
    expect(removals).toEqual([]);
    expect(pkg.partNames().filter((p) => pkg.isChanged(p))).toEqual([]);
  });

  test("headers and footers: the value inside the text is replaced, entities decoded and encoded back", () => {
    const parts = minimalParts();
    parts["xl/worksheets/sheet1.xml"] = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Rossi &amp; Figli</t></is></c></row>`,
      `<headerFooter><oddHeader>&amp;LRossi &amp; Figli &amp;CTO-2023-001</oddHeader><oddFooter>&amp;Rpagina &amp;P</oddFooter></headerFooter>`,
    );
    const { pkg, removals, text } = scrubbed(parts);
    expect(removals).toEqual([{ part: "xl/worksheets/sheet1.xml", kind: "header-footer", count: 1 }]);
    // The cells are the cell editor's: a plain value is left to it.
    expect(text("xl/worksheets/sheet1.xml")).toContain(`<t>Rossi &amp; Figli</t>`);
    expect(text("xl/worksheets/sheet1.xml")).toContain(
      `<oddHeader>&amp;L &amp;CP-0123456789ABCDEF</oddHeader><oddFooter>&amp;Rpagina &amp;P</oddFooter>`,
    );
    expect(pkg.partNames().filter((p) => pkg.isChanged(p))).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  test("a binary part holding a value is removed with its relationship and the element that used it", () => {
    const parts = minimalParts();
    parts["[Content_Types].xml"] = contentTypes(
      {
        "/xl/workbook.xml": TYPES.workbook,
        "/xl/worksheets/sheet1.xml": TYPES.worksheet,
        "/xl/styles.xml": TYPES.styles,
        "/docProps/core.xml": TYPES.core,
        "/docProps/app.xml": TYPES.app,
      },
      { bin: "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings" },
    );
    parts["xl/worksheets/sheet1.xml"] = worksheet(
      `<row r="1"><c r="B1"><v>1</v></c></row>`,
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" r:id="rId1"/>`,
    );
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = rels([["rId1", `${NS.r}/printerSettings`, "../printerSettings/printerSettings1.bin"]]);
    parts["xl/printerSettings/printerSettings1.bin"] = new Uint8Array(
      Buffer.from("\u0000\u0000Stampante di Rossi & Figli\u0000", "utf16le"),
    );
    const { pkg, removals, text } = scrubbed(parts);
    expect(removals).toEqual([{ part: "xl/printerSettings/printerSettings1.bin", kind: "part-removed", count: 1 }]);
    expect(pkg.has("xl/printerSettings/printerSettings1.bin")).toBe(false);
    expect(pkg.has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
    expect(text("xl/worksheets/sheet1.xml")).not.toContain("pageSetup");
  });

  test("a mailto: target outside a worksheet's hyperlinks is replaced in place; a worksheet's hyperlink goes with its element", () => {
    const parts = minimalParts();
    parts["[Content_Types].xml"] = contentTypes({
      "/xl/workbook.xml": TYPES.workbook,
      "/xl/worksheets/sheet1.xml": TYPES.worksheet,
      "/xl/styles.xml": TYPES.styles,
      "/xl/drawings/drawing1.xml": TYPES.drawing,
      "/docProps/core.xml": TYPES.core,
      "/docProps/app.xml": TYPES.app,
    });
    parts["xl/worksheets/sheet1.xml"] = worksheet(
      `<row r="1"><c r="B1"><v>1</v></c></row>`,
      `<hyperlinks><hyperlink ref="B1" r:id="rId2"/><hyperlink ref="B2" location="Dati!A1" display="torna"/></hyperlinks><drawing r:id="rId1"/>`,
    );
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = rels([
      ["rId1", REL.drawing, "../drawings/drawing1.xml"],
      ["rId2", `${NS.r}/hyperlink`, "mailto:TO-2023-001@example.it", true],
    ]);
    parts["xl/drawings/drawing1.xml"] =
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`;
    parts["xl/drawings/_rels/drawing1.xml.rels"] = rels([["rId1", `${NS.r}/hyperlink`, "mailto:Max@example.it", true]]);
    const { removals, text } = scrubbed(parts);
    expect(removals).toEqual([
      { part: "xl/worksheets/_rels/sheet1.xml.rels", kind: "relationship-removed", count: 1 },
      { part: "xl/drawings/_rels/drawing1.xml.rels", kind: "relationship-target", count: 1 },
      { part: "xl/worksheets/sheet1.xml", kind: "hyperlink", count: 1 },
    ]);
    expect(text("xl/drawings/_rels/drawing1.xml.rels")).toContain(`Target="mailto:@example.it"`);
    expect(text("xl/worksheets/sheet1.xml")).toContain(`<hyperlinks><hyperlink ref="B2" location="Dati!A1" display="torna"/></hyperlinks>`);
    expect(text("xl/worksheets/_rels/sheet1.xml.rels")).not.toContain("mailto");
  });
});
