import { PackageWorkbook } from "../../src/xlsx";
import { changedParts, partText, readParts } from "../support/packageParts";
import { contentTypes, minimalParts, NS, rels, TYPES } from "./support/fixtures";
import { zipParts } from "./support/zip";

/**
 * A pivot cache is a copy of its source cells (a family id among them): its string items are
 * replaced in place, the items keep their order and every other byte stays.
 */

const DEFINITION_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml";
const RECORDS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml";
const PIVOT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml";
const REL_RECORDS = `${NS.r}/pivotCacheRecords`;
const REL_CACHE = `${NS.r}/pivotCacheDefinition`;

const DEFINITION =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" recordCount="3">` +
  `<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Dati"/></cacheSource><cacheFields count="2">` +
  `<cacheField name="ID famiglia" numFmtId="0"><sharedItems count="3"><s v="TO-2023-001"/><s u="1" v='TO-2023-002'/><s v="A&amp;B_x000D_"/></sharedItems></cacheField>` +
  `<cacheField name="Coorte" numFmtId="0"><sharedItems containsNumber="1" count="1"><n v="1"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`;
const RECORDS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:pivotCacheRecords xmlns:x="${NS.main}" count="3">` +
  `<x:r><x:x v="0"/><x:n v="1"/></x:r><x:r><x:x v="1"/><x:n v="1"/></x:r><x:r><x:s v="TO-2023-001"/><x:s v="Sì"/></x:r></x:pivotCacheRecords>`;
const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${NS.main}" name="Pivot1" cacheId="1"><location ref="A1:B3" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`;

function pivotWorkbook(): Uint8Array {
  const parts = minimalParts();
  parts["[Content_Types].xml"] = contentTypes({
    "/xl/workbook.xml": TYPES.workbook,
    "/xl/worksheets/sheet1.xml": TYPES.worksheet,
    "/xl/styles.xml": TYPES.styles,
    "/docProps/core.xml": TYPES.core,
    "/docProps/app.xml": TYPES.app,
    "/xl/pivotCache/pivotCacheDefinition1.xml": DEFINITION_TYPE,
    "/xl/pivotCache/pivotCacheRecords1.xml": RECORDS_TYPE,
    "/xl/pivotTables/pivotTable1.xml": PIVOT_TABLE_TYPE,
  });
  parts["xl/pivotCache/pivotCacheDefinition1.xml"] = DEFINITION;
  parts["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = rels([["rId1", REL_RECORDS, "pivotCacheRecords1.xml"]]);
  parts["xl/pivotCache/pivotCacheRecords1.xml"] = RECORDS;
  parts["xl/pivotTables/pivotTable1.xml"] = PIVOT_TABLE;
  parts["xl/pivotTables/_rels/pivotTable1.xml.rels"] = rels([["rId1", REL_CACHE, "../pivotCache/pivotCacheDefinition1.xml"]]);
  return zipParts(parts);
}

const PSEUDONYMS: Record<string, string> = { "TO-2023-001": "P-0000000000000001", "TO-2023-002": "P-0000000000000002", "A&B\r": "<P&3>\r" };

test("the ids among a pivot cache's string items (shared or in the records, any prefix or quote) become their pseudonyms, nothing else moves", () => {
  const input = pivotWorkbook();
  const workbook = PackageWorkbook.open(input);
  const seen: string[] = [];
  const replaced = workbook.replacePivotCacheTexts((text) => {
    seen.push(text);
    return PSEUDONYMS[text];
  });
  expect(seen).toEqual(["TO-2023-001", "TO-2023-002", "A&B\r", "TO-2023-001", "Sì"]);
  expect(replaced).toBe(4);
  const output = workbook.toBytes();
  expect(changedParts(input, output)).toEqual({
    added: [],
    removed: [],
    changed: ["xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml"],
  });
  const parts = readParts(output);
  expect(partText(parts, "xl/pivotCache/pivotCacheDefinition1.xml")).toBe(
    DEFINITION.replace(`<s v="TO-2023-001"/>`, `<s v="P-0000000000000001"/>`)
      .replace(`<s u="1" v='TO-2023-002'/>`, `<s u="1" v="P-0000000000000002"/>`)
      .replace(`<s v="A&amp;B_x000D_"/>`, `<s v="&lt;P&amp;3&gt;_x000D_"/>`),
  );
  expect(partText(parts, "xl/pivotCache/pivotCacheRecords1.xml")).toBe(
    RECORDS.replace(`<x:s v="TO-2023-001"/>`, `<x:s v="P-0000000000000001"/>`),
  );
});

test("a workbook whose pivot caches hold none of the texts is left as it was; one without pivot caches too", () => {
  const input = pivotWorkbook();
  const workbook = PackageWorkbook.open(input);
  expect(workbook.replacePivotCacheTexts(() => undefined)).toBe(0);
  expect(changedParts(input, workbook.toBytes())).toEqual({ added: [], removed: [], changed: [] });
  const plain = zipParts(minimalParts());
  const other = PackageWorkbook.open(plain);
  expect(other.replacePivotCacheTexts(() => "x")).toBe(0);
  expect(changedParts(plain, other.toBytes())).toEqual({ added: [], removed: [], changed: [] });
});
