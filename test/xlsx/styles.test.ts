import { fontsInSchemaOrder } from "../../src/xlsx";

/** Fonts in the order the schema requires: only the fonts out of order change, nothing else. */

const STYLES = (fonts: string) =>
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2">${fonts}</fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs></styleSheet>`;

test("a font's children are put in schema order (b before sz before name), other fonts left byte for byte", () => {
  const ordered = `<font><sz val="11"/><name val="Calibri"/></font>`;
  const source = STYLES(`${ordered}<font><name val="Calibri"/><sz val="14"/><b/><family val="2"/></font>`);
  expect(fontsInSchemaOrder(source)).toBe(STYLES(`${ordered}<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>`));
  expect(fontsInSchemaOrder(STYLES(ordered))).toBe(STYLES(ordered));
});
