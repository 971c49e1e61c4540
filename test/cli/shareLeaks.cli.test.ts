import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { contentTypes, NS, REL, rels, STYLES, TYPES, worksheet } from "../xlsx/support/fixtures";
import { zipParts } from "../xlsx/support/zip";
import { readParts } from "../support/packageParts";
import { newErrors, validateOoxml, formatErrors } from "../support/ooxmlValidator";
import { h4a, lines, tempDir } from "./helpers/runCli";

/**
 * `h4a share` on a workbook where a family id, a name, a codice fiscale and an e-mail address of
 * the beneficiary sheet are planted in every place personal data hides outside the cells' values:
 * headers and footers, defined names, document properties, a sheet name, a data validation, a
 * conditional format, formula literals and cached results, a chart, a mailto: hyperlink. None of
 * them is left in any part of the copy, the report lists each removal, and the copy adds no error
 * for the Open XML SDK validator.
 */

jest.setTimeout(120_000);

const dir = tempDir("share-leaks");
const ID = "TO-2023-001";
const NAME = "Maria Esposito";
const CF = "SPSMRA80A41L219X";
const MAIL = "maria.esposito@example.it";
const PLANTED = [ID, NAME, CF, MAIL];

const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;
const str = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;

function plantedWorkbook(): Uint8Array {
  const header = [
    "ID famiglia",
    "Coorte",
    "Componenti",
    "Mesi di attesa",
    "Contratto firmato",
    "Accompagnamento avviato",
    "Nominativo",
    "Codice fiscale",
    "E-mail",
  ];
  const cols = "ABCDEFGHI";
  const people = [
    [ID, NAME, CF, MAIL],
    ["TO-2023-002", "Ahmed Benali", "BNLHMD75C12Z330K", "ahmed.benali@example.it"],
    ["TO-2023-003", "Lucia Ferraro", "FRRLCU82E55L219P", "lucia.ferraro@example.it"],
  ];
  let rows = `<row r="1">${header.map((h, i) => str(`${cols[i]}1`, h)).join("")}</row>`;
  people.forEach(([id, name, cf, mail], i) => {
    const r = i + 2;
    rows += `<row r="${r}">${str(`A${r}`, id)}${num(`B${r}`, 1)}${num(`C${r}`, 3)}${num(`D${r}`, 4)}${str(`E${r}`, "Sì")}${str(`F${r}`, "Sì")}${str(`G${r}`, name)}${str(`H${r}`, cf)}${str(`I${r}`, mail)}</row>`;
  });
  const beneficiaries = worksheet(
    rows,
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<headerFooter><oddHeader>&amp;L${NAME} &amp;C${ID}</oddHeader><oddFooter>&amp;RCF ${CF}</oddFooter></headerFooter>`,
  );
  const summary = worksheet(
    `<row r="1"><c r="A1"><f>VLOOKUP("${ID}",Beneficiari!A:B,2,FALSE)</f><v>1</v></c>` +
      `<c r="B1" t="str"><f>"Famiglia "&amp;Beneficiari!A2</f><v>Famiglia ${ID}</v></c>` +
      `<c r="C1" t="str"><f>'${NAME}'!A1</f><v>Appunti</v></c>` +
      `${str("D1", "Scrivere")}</row>`,
    `<conditionalFormatting sqref="A2:A5"><cfRule type="containsText" priority="1" operator="containsText" text="${NAME}"><formula>NOT(ISERROR(SEARCH("${NAME}",A2)))</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Famiglia" prompt="Chiamare ${NAME}" error="Non ${ID}" sqref="E1"><formula1>"${ID},${CF},altro"</formula1></dataValidation></dataValidations>` +
      `<hyperlinks><hyperlink ref="D1" r:id="rId2" display="${MAIL}" tooltip="Scrivere a ${NAME}"/></hyperlinks>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<drawing r:id="rId1"/>`,
  );
  const named = worksheet(`<row r="1">${str("A1", "Appunti")}</row>`);
  const drawing =
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1" descr="Famiglia ${ID}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  const chart =
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.r}">` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Famiglia ${ID} (${NAME})</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'${NAME}'!$A$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${NAME}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:cat><c:strRef><c:f>Beneficiari!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>${ID}</c:v></c:pt><c:pt idx="1"><c:v>TO-2023-002</c:v></c:pt><c:pt idx="2"><c:v>TO-2023-003</c:v></c:pt></c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Beneficiari!$C$2:$C$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="1"><c:v>3</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
  return zipParts({
    "[Content_Types].xml": contentTypes({
      "/xl/workbook.xml": TYPES.workbook,
      "/xl/worksheets/sheet1.xml": TYPES.worksheet,
      "/xl/worksheets/sheet2.xml": TYPES.worksheet,
      "/xl/worksheets/sheet3.xml": TYPES.worksheet,
      "/xl/drawings/drawing1.xml": TYPES.drawing,
      "/xl/charts/chart1.xml": TYPES.chart,
      "/xl/styles.xml": TYPES.styles,
      "/docProps/core.xml": TYPES.core,
      "/docProps/app.xml": TYPES.app,
      "/docProps/custom.xml": TYPES.custom,
    }),
    "_rels/.rels": rels([
      ["rId1", REL.officeDocument, "xl/workbook.xml"],
      ["rId2", REL.core, "docProps/core.xml"],
      ["rId3", REL.app, "docProps/app.xml"],
      ["rId4", REL.custom, "docProps/custom.xml"],
    ]),
    "docProps/core.xml":
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>Famiglia ${ID}</dc:title><dc:subject>${CF}</dc:subject><dc:creator>${NAME}</dc:creator><cp:keywords>${ID}; ${CF}</cp:keywords><dc:description>Scheda di ${NAME} &amp; famiglia</dc:description><cp:lastModifiedBy>${NAME}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T10:30:00Z</dcterms:created></cp:coreProperties>`,
    "docProps/app.xml":
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>` +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Fogli di lavoro</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Beneficiari</vt:lpstr><vt:lpstr>Riepilogo</vt:lpstr><vt:lpstr>${NAME}</vt:lpstr></vt:vector></TitlesOfParts><Manager>${NAME}</Manager></Properties>`,
    "docProps/custom.xml":
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Referente"><vt:lpwstr>${NAME}</vt:lpwstr></property>` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Pratica ${CF}"><vt:lpwstr>aperta</vt:lpwstr></property>` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Progetto"><vt:lpwstr>Homes4All</vt:lpwstr></property></Properties>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="Beneficiari" sheetId="1" r:id="rId1"/><sheet name="Riepilogo" sheetId="2" r:id="rId2"/><sheet name="${NAME}" sheetId="3" r:id="rId3"/></sheets>` +
      `<definedNames><definedName name="Famiglia_in_evidenza">"${ID}"</definedName><definedName name="Pratica_${CF}">Beneficiari!$A$2</definedName>` +
      `<definedName name="Appunti">'${NAME}'!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Beneficiari!$A$1:$I$4</definedName></definedNames>` +
      `<calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", REL.worksheet, "worksheets/sheet1.xml"],
      ["rId2", REL.worksheet, "worksheets/sheet2.xml"],
      ["rId3", REL.worksheet, "worksheets/sheet3.xml"],
      ["rId4", REL.styles, "styles.xml"],
    ]),
    "xl/worksheets/sheet1.xml": beneficiaries,
    "xl/worksheets/sheet2.xml": summary,
    "xl/worksheets/_rels/sheet2.xml.rels": rels([
      ["rId1", REL.drawing, "../drawings/drawing1.xml"],
      ["rId2", `${NS.r}/hyperlink`, `mailto:${MAIL}`, true],
    ]),
    "xl/worksheets/sheet3.xml": named,
    "xl/drawings/drawing1.xml": drawing,
    "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", REL.chart, "../charts/chart1.xml"]]),
    "xl/charts/chart1.xml": chart,
    "xl/styles.xml": STYLES,
  });
}

const decodeXml = (text: string): string =>
  text
    .replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, b: string) =>
      b[0] === "#"
        ? String.fromCodePoint(b[1] === "x" ? parseInt(b.slice(2), 16) : parseInt(b.slice(1), 10))
        : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[b],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** The planted values found in each part, decoded (entities, _xHHHH_ escapes, %-escapes), ignoring case. */
function leaks(file: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [name, bytes] of readParts(file)) {
    let text = decodeXml(Buffer.from(bytes).toString("utf8"));
    try {
      text += `\n${decodeURIComponent(text)}`;
    } catch {
      // not %-encoded
    }
    const hits = PLANTED.filter((v) => text.toLowerCase().includes(v.toLowerCase()));
    if (hits.length > 0) found[name] = hits;
  }
  return found;
}

describe("h4a share on a workbook with personal data planted outside the cells", () => {
  const input = path.join(dir, "planted.xlsx");
  const out = path.join(dir, "planted-homes4all.xlsx");
  const key = path.join(dir, "city.key");
  let report: { removals: { part: string; kind: string; count: number }[]; removedColumns: { column: string }[] };

  beforeAll(async () => {
    fs.writeFileSync(input, plantedWorkbook());
    fs.writeFileSync(key, `${randomBytes(32).toString("hex")}\n`);
    const run = await h4a(["share", input, "-o", out, "--key-file", key, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test("the input holds the planted values in every place", () => {
    const before = leaks(input);
    for (const part of [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/workbook.xml",
      "docProps/core.xml",
      "docProps/app.xml",
      "docProps/custom.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
    ]) {
      expect([part, before[part]?.length ?? 0]).not.toEqual([part, 0]);
    }
  });

  test("no planted value is left in any part of the copy", () => {
    expect(report.removedColumns.map((c) => c.column)).toEqual(["G", "H", "I"]);
    expect(leaks(out)).toEqual({});
  });

  test("the report lists each removal by part and kind", () => {
    expect(report.removals).toEqual([
      { part: "docProps/app.xml", kind: "document-property", count: 2 },
      { part: "docProps/core.xml", kind: "document-property", count: 6 },
      { part: "docProps/custom.xml", kind: "document-property", count: 2 },
      { part: "xl/charts/chart1.xml", kind: "chart", count: 6 },
      { part: "xl/drawings/drawing1.xml", kind: "drawing", count: 1 },
      { part: "xl/workbook.xml", kind: "defined-name", count: 2 },
      { part: "xl/workbook.xml", kind: "defined-name-removed", count: 1 },
      { part: "xl/workbook.xml", kind: "sheet-renamed", count: 1 },
      { part: "xl/worksheets/_rels/sheet2.xml.rels", kind: "relationship-removed", count: 1 },
      { part: "xl/worksheets/sheet1.xml", kind: "header-footer", count: 2 },
      { part: "xl/worksheets/sheet2.xml", kind: "conditional-format", count: 2 },
      { part: "xl/worksheets/sheet2.xml", kind: "data-validation", count: 3 },
      { part: "xl/worksheets/sheet2.xml", kind: "formula", count: 2 },
      { part: "xl/worksheets/sheet2.xml", kind: "formula-result", count: 1 },
      { part: "xl/worksheets/sheet2.xml", kind: "hyperlink", count: 1 },
    ]);
  });

  test("ids become their pseudonyms, the renamed sheet is followed, other texts keep what is not personal", () => {
    const parts = readParts(out);
    const text = (name: string): string => decodeXml(Buffer.from(parts.get(name) as Uint8Array).toString("utf8"));
    const workbook = text("xl/workbook.xml");
    const pseudonym = /"(P-[0-9A-F]{16})"/.exec(workbook)?.[1] as string;
    expect(pseudonym).toBeDefined();
    expect(workbook).toContain(`<sheet name="Foglio 3" sheetId="3" r:id="rId3"/>`);
    expect(workbook).toContain(`<definedName name="Appunti">'Foglio 3'!$A$1</definedName>`);
    expect(workbook).not.toContain("Pratica_");
    const summary = text("xl/worksheets/sheet2.xml");
    expect(summary).toContain(`<f>VLOOKUP("${pseudonym}",Beneficiari!A:B,2,FALSE)</f>`);
    expect(summary).toContain(`<v>Famiglia ${pseudonym}</v>`);
    expect(summary).toContain(`<f>'Foglio 3'!A1</f>`);
    expect(summary).toContain(`<formula1>"${pseudonym},,altro"</formula1>`);
    expect(summary).not.toContain("<hyperlink");
    expect(text("xl/charts/chart1.xml")).toContain(`<c:f>'Foglio 3'!$A$1</c:f>`);
    expect(text("docProps/app.xml")).toContain(`<vt:lpstr>Foglio 3</vt:lpstr>`);
    expect(text("docProps/custom.xml")).toContain(`name="Progetto"`);
    expect(text("docProps/custom.xml")).not.toContain(`name="Pratica`);
    expect(text("docProps/core.xml")).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T10:30:00Z</dcterms:created>`);
  });

  test("the report for people says what was removed outside the cells, in Italian and English", async () => {
    const it = await h4a(["share", input, "-o", path.join(dir, "it.xlsx"), "--key-file", key], { LANG: "it_IT.UTF-8" });
    expect(it.code).toBe(0);
    expect(lines(it.stdout)).toContain("- Dati rimossi o sostituiti fuori dai valori delle celle: 33");
    expect(lines(it.stdout)).toContain("    xl/workbook.xml: foglio rinominato (1)");
    const en = await h4a(["share", input, "-o", path.join(dir, "en.xlsx"), "--key-file", key]);
    expect(lines(en.stdout)).toContain("- Data removed or replaced outside the cells' values: 33");
    expect(lines(en.stdout)).toContain("    xl/worksheets/_rels/sheet2.xml.rels: relationship removed (1)");
  });

  test("the copy adds no error for the Open XML SDK validator", async () => {
    const before = await validateOoxml(input);
    const after = await validateOoxml(out);
    const added = newErrors(before.errors, after.errors);
    if (added.length > 0) throw new Error(`new validator errors\n${formatErrors(added)}`);
  });
});
