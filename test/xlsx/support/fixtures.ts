import { zipParts, type Parts } from "./zip";

/**
 * .xlsx packages built in code from small XML strings: a minimal valid workbook, and one with
 * everything a real workbook carries (charts, comments, macros, external links, defined names
 * of every kind, protection, calcChain, an add-in sheet with its table) in Excel's layout.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pr: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
  xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision",
  x15: "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main",
};

export const REL = {
  officeDocument: `${NS.r}/officeDocument`,
  worksheet: `${NS.r}/worksheet`,
  chartsheet: `${NS.r}/chartsheet`,
  styles: `${NS.r}/styles`,
  sharedStrings: `${NS.r}/sharedStrings`,
  theme: `${NS.r}/theme`,
  calcChain: `${NS.r}/calcChain`,
  table: `${NS.r}/table`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  comments: `${NS.r}/comments`,
  vmlDrawing: `${NS.r}/vmlDrawing`,
  externalLink: `${NS.r}/externalLink`,
  externalLinkPath: `${NS.r}/externalLinkPath`,
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: `${NS.r}/extended-properties`,
  custom: `${NS.r}/custom-properties`,
};

export const TYPES = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  workbookMacro: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  chartsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  vba: "application/vnd.ms-office.vbaProject",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
};

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

export function contentTypes(overrides: Record<string, string>, defaults: Record<string, string> = {}): string {
  const d = { rels: TYPES.rels, xml: "application/xml", ...defaults };
  return (
    `${XML_DECL}<Types xmlns="${NS.ct}">` +
    Object.entries(d)
      .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
      .join("") +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join("") +
    `</Types>`
  );
}

export function rels(list: [id: string, type: string, target: string, external?: boolean][]): string {
  return (
    `${XML_DECL}<Relationships xmlns="${NS.pr}">` +
    list
      .map(
        ([id, type, target, external]) =>
          `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ` TargetMode="External"` : ""}/>`,
      )
      .join("") +
    `</Relationships>`
  );
}

/** A worksheet part with the given sheetData rows (XML), and extra elements after sheetData. */
export function worksheet(rowsXml: string, after = "", prefix = ""): string {
  const p = prefix === "" ? "" : `${prefix}:`;
  const xmlns = prefix === "" ? `xmlns="${NS.main}"` : `xmlns:${prefix}="${NS.main}"`;
  return `${XML_DECL}<${p}worksheet ${xmlns} xmlns:r="${NS.r}"><${p}sheetData>${rowsXml}</${p}sheetData>${after}</${p}worksheet>`;
}

export const STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac" xmlns:x14ac="${NS.x14ac}">` +
  `<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;giorni&quot;\\ 0"/></numFmts>` +
  `<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>` +
  `</styleSheet>`;

/** A minimal valid workbook: one sheet "Dati" with a few values, styles, docProps. */
export function minimalParts(sheetRows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Nome</t></is></c><c r="B1"><v>1</v></c></row>`): Parts {
  return {
    "[Content_Types].xml": contentTypes({
      "/xl/workbook.xml": TYPES.workbook,
      "/xl/worksheets/sheet1.xml": TYPES.worksheet,
      "/xl/styles.xml": TYPES.styles,
      "/docProps/core.xml": TYPES.core,
      "/docProps/app.xml": TYPES.app,
    }),
    "_rels/.rels": rels([
      ["rId1", REL.officeDocument, "xl/workbook.xml"],
      ["rId2", REL.core, "docProps/core.xml"],
      ["rId3", REL.app, "docProps/app.xml"],
    ]),
    "docProps/core.xml": `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Test</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T10:30:00Z</dcterms:created></cp:coreProperties>`,
    "docProps/app.xml": `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application></Properties>`,
    "xl/workbook.xml": `${XML_DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><bookViews><workbookView/></bookViews><sheets><sheet name="Dati" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", REL.worksheet, "worksheets/sheet1.xml"],
      ["rId2", REL.styles, "styles.xml"],
    ]),
    "xl/worksheets/sheet1.xml": worksheet(sheetRows),
    "xl/styles.xml": STYLES,
  };
}

export const minimalWorkbook = (): Uint8Array => zipParts(minimalParts());

/** The user's defined names of the rich workbook, exactly as written in its workbook.xml. */
export const USER_NAMES = [
  `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Nascosto!$A$1:$B$3</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="0">Dati!$A$1:$D$6</definedName>`,
  `<definedName name="Aliquota" comment="IVA &amp; altro">0.22</definedName>`,
  `<definedName name="Esterno">[1]Foglio1!$A$1</definedName>`,
  `<definedName name="Locale" localSheetId="3">H4A_Pagamenti!$A$1</definedName>`,
  `<definedName name="Totale">SUM(Dati!$B$2:$B$6)&lt;&gt;0</definedName>`,
];

/** The add-in's names in the rich workbook: its owner mark, a declared name, and a stale one. */
export const ADDIN_NAMES = [
  `<definedName name="H4A_Owned_H4A_Pagamenti" hidden="1">H4A_Pagamenti!$A$1</definedName>`,
  `<definedName name="H4A_stale">H4A_Pagamenti!$C$3</definedName>`,
  `<definedName name="H4A_total">H4A_Pagamenti!$B$2</definedName>`,
];

export interface RichOptions {
  /** An .xlsm: macro-enabled main content type and a vbaProject.bin. */
  macros?: boolean;
}

/** Bytes standing for a VBA project (never parsed). */
export const VBA_BYTES = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256);

/** A workbook with everything: tab order Dati, Nascosto (hidden), Grafico (chart sheet), H4A_Pagamenti (the add-in's), Note. */
export function richParts(options: RichOptions = {}): Parts {
  const wbType = options.macros ? TYPES.workbookMacro : TYPES.workbook;
  const overrides: Record<string, string> = {
    "/xl/workbook.xml": wbType,
    "/xl/worksheets/sheet1.xml": TYPES.worksheet,
    "/xl/worksheets/sheet2.xml": TYPES.worksheet,
    "/xl/chartsheets/sheet1.xml": TYPES.chartsheet,
    "/xl/worksheets/sheet3.xml": TYPES.worksheet,
    "/xl/worksheets/sheet4.xml": TYPES.worksheet,
    "/xl/theme/theme1.xml": TYPES.theme,
    "/xl/styles.xml": TYPES.styles,
    "/xl/sharedStrings.xml": TYPES.sharedStrings,
    "/xl/calcChain.xml": TYPES.calcChain,
    "/xl/tables/table1.xml": TYPES.table,
    "/xl/tables/table2.xml": TYPES.table,
    "/xl/drawings/drawing1.xml": TYPES.drawing,
    "/xl/drawings/drawing2.xml": TYPES.drawing,
    "/xl/charts/chart1.xml": TYPES.chart,
    "/xl/charts/chart2.xml": TYPES.chart,
    "/xl/comments1.xml": TYPES.comments,
    "/xl/externalLinks/externalLink1.xml": TYPES.externalLink,
    "/docProps/core.xml": TYPES.core,
    "/docProps/app.xml": TYPES.app,
    "/docProps/custom.xml": TYPES.custom,
  };
  const defaults: Record<string, string> = { vml: TYPES.vml, png: "image/png" };
  if (options.macros) defaults.bin = TYPES.vba;
  const wbRels: [string, string, string][] = [
    ["rId1", REL.worksheet, "worksheets/sheet1.xml"],
    ["rId2", REL.worksheet, "worksheets/sheet2.xml"],
    ["rId3", REL.chartsheet, "chartsheets/sheet1.xml"],
    ["rId4", REL.worksheet, "/xl/worksheets/sheet3.xml"],
    ["rId5", REL.worksheet, "worksheets/sheet4.xml"],
    ["rId6", REL.theme, "theme/theme1.xml"],
    ["rId7", REL.styles, "styles.xml"],
    ["rId8", REL.sharedStrings, "sharedStrings.xml"],
    ["rId9", REL.calcChain, "calcChain.xml"],
    ["rId10", REL.externalLink, "externalLinks/externalLink1.xml"],
  ];
  if (options.macros) wbRels.push(["rId11", REL.vbaProject, "vbaProject.bin"]);
  const parts: Parts = {
    "[Content_Types].xml": contentTypes(overrides, defaults),
    "_rels/.rels": rels([
      ["rId3", REL.app, "docProps/app.xml"],
      ["rId2", REL.core, "docProps/core.xml"],
      ["rId1", REL.officeDocument, "xl/workbook.xml"],
      ["rId4", REL.custom, "docProps/custom.xml"],
    ]),
    "docProps/app.xml": `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Dati</vt:lpstr><vt:lpstr>Nascosto</vt:lpstr><vt:lpstr>H4A_Pagamenti</vt:lpstr><vt:lpstr>Note</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`,
    "docProps/core.xml": `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Comune di Torino</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T10:30:00Z</dcterms:created></cp:coreProperties>`,
    "docProps/custom.xml": `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Progetto"><vt:lpwstr>Homes4All</vt:lpwstr></property></Properties>`,
    "xl/workbook.xml":
      `${XML_DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="${NS.x15}" xmlns:xr="${NS.xr}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
      `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
      `<workbookPr${options.macros ? ` codeName="QuestaCartella_di_lavoro"` : ""} defaultThemeVersion="166925"/>` +
      `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Dati\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>` +
      `<xr:revisionPtr revIDLastSave="0" documentId="8_{5A3B}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
      `<workbookProtection lockStructure="1"/>` +
      `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="0" xr2:uid="{7F6B1B8E}"/></bookViews>` +
      `<sheets><sheet name="Dati" sheetId="1" r:id="rId1"/><sheet name="Nascosto" sheetId="2" state="hidden" r:id="rId2"/><sheet name="Grafico" sheetId="5" r:id="rId3"/><sheet name="H4A_Pagamenti" sheetId="3" r:id="rId4"/><sheet name="Note" sheetId="4" r:id="rId5"/></sheets>` +
      `<externalReferences><externalReference r:id="rId10"/></externalReferences>` +
      `<definedNames>${[...USER_NAMES.slice(0, 3), ADDIN_NAMES[0], USER_NAMES[3], ADDIN_NAMES[1], ADDIN_NAMES[2], ...USER_NAMES.slice(4)].join("")}</definedNames>` +
      `<calcPr calcId="191029"/>` +
      `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${NS.x15}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>` +
      `</workbook>`,
    "xl/_rels/workbook.xml.rels": rels(wbRels),
    "xl/worksheets/sheet1.xml": worksheet(
      `<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
        `<row r="2" spans="1:4"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>10</v></c><c r="C2" s="1"><v>45306</v></c><c r="D2"><f>B2*2</f><v>20</v></c></row>` +
        `<row r="3" spans="1:4"><c r="A3" t="s"><v>5</v></c><c r="B3"><v>12.5</v></c><c r="C3" s="2"><v>45307.5</v></c><c r="D3"><f t="shared" ref="D3:D4" si="0">B3*2</f><v>25</v></c></row>` +
        `<row r="4" spans="1:4"><c r="A4" t="s"><v>6</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4"><f t="shared" si="0"/><v>0</v></c></row>`,
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><legacyDrawing r:id="rId1"/>`,
    ),
    "xl/worksheets/_rels/sheet1.xml.rels": rels([
      ["rId1", REL.vmlDrawing, "../drawings/vmlDrawing1.vml"],
      ["rId2", REL.drawing, "../drawings/drawing1.xml"],
      ["rId3", REL.comments, "../comments1.xml"],
    ]),
    "xl/worksheets/sheet2.xml": worksheet(
      `<row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>8</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>4</v></c></row>`,
      `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`,
    ),
    "xl/worksheets/_rels/sheet2.xml.rels": rels([["rId1", REL.table, "../tables/table1.xml"]]),
    "xl/tables/table1.xml": `${XML_DECL}<table xmlns="${NS.main}" id="1" name="Elenco" displayName="Elenco" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Uno"/><tableColumn id="2" name="Due"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    "xl/chartsheets/sheet1.xml": `${XML_DECL}<chartsheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
    "xl/chartsheets/_rels/sheet1.xml.rels": rels([["rId1", REL.drawing, "../drawings/drawing2.xml"]]),
    "xl/drawings/drawing1.xml": `${XML_DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", REL.chart, "../charts/chart1.xml"]]),
    "xl/drawings/drawing2.xml": `${XML_DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666480" cy="6291580"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 2"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    "xl/drawings/_rels/drawing2.xml.rels": rels([["rId1", REL.chart, "../charts/chart2.xml"]]),
    "xl/charts/chart1.xml": chartXml("Dati!$B$2:$B$4"),
    "xl/charts/chart2.xml": chartXml("Dati!$B$2:$B$3"),
    "xl/comments1.xml": `${XML_DECL}<comments xmlns="${NS.main}"><authors><author>Operatore</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Controllare</t></r></text></comment></commentList></comments>`,
    "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
    "xl/worksheets/sheet3.xml": worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Pagamenti</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Totale</t></is></c><c r="B2"><v>1500</v></c></row>` +
        `<row r="4"><c r="A4" t="inlineStr"><is><t>Coorte</t></is></c><c r="B4" t="inlineStr"><is><t>Importo</t></is></c></row><row r="5"><c r="A5"><v>1</v></c><c r="B5"><v>1500</v></c></row>`,
      `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`,
    ),
    "xl/worksheets/_rels/sheet3.xml.rels": rels([["rId1", REL.table, "/xl/tables/table2.xml"]]),
    "xl/tables/table2.xml": `${XML_DECL}<table xmlns="${NS.main}" id="2" name="H4A_Tranche" displayName="H4A_Tranche" ref="A4:B5" totalsRowShown="0"><autoFilter ref="A4:B5"/><tableColumns count="2"><tableColumn id="1" name="Coorte"/><tableColumn id="2" name="Importo"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    "xl/worksheets/sheet4.xml": worksheet(`<row r="2"><c r="B2" t="s"><v>9</v></c></row>`),
    "xl/theme/theme1.xml": `${XML_DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
    "xl/styles.xml": STYLES,
    "xl/sharedStrings.xml":
      `${XML_DECL}<sst xmlns="${NS.main}" count="10" uniqueCount="10">` +
      `<si><t>ID famiglia</t></si><si><t>Importo</t></si><si><t>Data</t></si><si><t>Doppio</t></si>` +
      `<si><r><rPr><b/></rPr><t>F</t></r><r><t xml:space="preserve">01 </t></r></si>` +
      `<si><t>F02</t><rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/></si>` +
      `<si><t>riga_x000D_due &amp; &lt;tre&gt;</t></si>` +
      `<si><t>Uno</t></si><si><t>Due</t></si><si><t>Appunti</t></si></sst>`,
    "xl/calcChain.xml": `${XML_DECL}<calcChain xmlns="${NS.main}"><c r="D2" i="1"/><c r="D3"/><c r="D4"/></calcChain>`,
    "xl/externalLinks/externalLink1.xml": `${XML_DECL}<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Foglio1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    "xl/externalLinks/_rels/externalLink1.xml.rels": rels([["rId1", REL.externalLinkPath, "file:///C:/Dati/Altro.xlsx", true]]),
  };
  if (options.macros) parts["xl/vbaProject.bin"] = VBA_BYTES;
  return parts;
}

export const richWorkbook = (options: RichOptions = {}): Uint8Array => zipParts(richParts(options));

function chartXml(ref: string): string {
  return (
    `${XML_DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.r}">` +
    `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}
