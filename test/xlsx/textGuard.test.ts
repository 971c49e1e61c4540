import { pseudonymKey } from "../../src/engine/sharing/pseudonyms";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { PackageWorkbook, shareWorkbook } from "../../src/xlsx";
import { minimalParts, minimalWorkbook, STYLES } from "./support/fixtures";
import { unzipText, zipParts } from "./support/zip";

/**
 * Text read from the user that begins like a formula (issue 15) is written into a package as a
 * string cell, never an <f>, with a style that carries the quote prefix so that Excel keeps it as
 * text when the cell is edited; the add-in's own formulas stay formulas; and a cell's quote prefix
 * survives the copy for Homes4All.
 */

const HOSTILE = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1/0"];

const plan: SheetPlan = {
  name: "H4A_Prova",
  cells: [...HOSTILE.map((value, i) => ({ row: 1, column: i + 1, value })), { row: 2, column: 1, value: "Nota", bold: true }],
  tables: [
    {
      name: "H4A_Prova",
      row: 3,
      column: 1,
      header: ["ID famiglia", "Importo", "Totale"],
      rows: [
        ...HOSTILE.map((id, i) => [id, i + 1, { formula: `=B${4 + i}*2`, result: (i + 1) * 2 }]),
        ["Totale", { formula: "=SUM(B4:B10)", result: 28 }, { formula: '=COUNTIFS(A4:A10,"<>")', result: 7 }],
      ],
      numberFormats: [null, "0", "#,##0.00"],
    },
  ],
  names: [],
  columnWidths: [20, 10, 10],
};

interface WrittenCell {
  attributes: string;
  inner: string;
}

/** The cells of a worksheet part by reference. */
function cellsOf(xml: string): Map<string, WrittenCell> {
  const cells = new Map<string, WrittenCell>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g))
    cells.set(m[1], { attributes: m[2], inner: m[3] ?? "" });
  return cells;
}

/** The cellXfs entries of styles.xml, in order. */
const cellXfs = (styles: string): string[] =>
  [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);

const styleOf = (cell: WrittenCell, xfs: readonly string[]): string => xfs[Number(/ s="(\d+)"/.exec(cell.attributes)?.[1] ?? 0)];

describe("the .xlsx writer (h4a's sheets and the pane's copy share it)", () => {
  let parts: Map<string, string>;
  let sheet: Map<string, WrittenCell>;
  let xfs: string[];
  let written: PackageWorkbook;

  beforeAll(async () => {
    const workbook = PackageWorkbook.open(minimalWorkbook());
    await workbook.writeSheets([plan]);
    const bytes = workbook.toBytes();
    parts = unzipText(bytes);
    const part = [...parts.keys()].find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && name !== "xl/worksheets/sheet1.xml")!;
    sheet = cellsOf(parts.get(part)!);
    xfs = cellXfs(parts.get("xl/styles.xml")!);
    written = PackageWorkbook.open(bytes);
  });

  test("user text that begins like a formula is a string cell with the quote prefix, its characters unchanged", async () => {
    const addresses = HOSTILE.flatMap((_, i) => [`${String.fromCharCode(65 + i)}1`, `A${4 + i}`]);
    for (const address of addresses) {
      const cell = sheet.get(address)!;
      expect([address, cell.attributes]).toEqual([address, expect.stringContaining(`t="inlineStr"`)]);
      expect(cell.inner).not.toContain("<f>");
      expect([address, styleOf(cell, xfs)]).toEqual([address, expect.stringContaining(`quotePrefix="1"`)]);
    }
    const { values } = await written.readSheet("H4A_Prova");
    expect(values[0].slice(0, HOSTILE.length)).toEqual(HOSTILE);
    expect(values.slice(3, 3 + HOSTILE.length).map((row) => row[0])).toEqual(HOSTILE);
  });

  test("plain text, numbers and the add-in's own formulas keep their styles and stay as they were", () => {
    expect(styleOf(sheet.get("A2")!, xfs)).not.toContain("quotePrefix");
    expect(styleOf(sheet.get("A11")!, xfs) ?? "").not.toContain("quotePrefix");
    expect(sheet.get("B4")!.inner).toBe("<v>1</v>");
    expect(styleOf(sheet.get("B4")!, xfs)).not.toContain("quotePrefix");
    expect(sheet.get("C4")!.inner).toBe("<f>B4*2</f><v>2</v>");
    expect(sheet.get("B11")!.inner).toBe("<f>SUM(B4:B10)</f><v>28</v>");
    expect(sheet.get("C11")!.inner).toBe('<f>COUNTIFS(A4:A10,"&lt;&gt;")</f><v>7</v>');
    expect(styleOf(sheet.get("C11")!, xfs)).toContain(`numFmtId="4"`);
    expect(styleOf(sheet.get("C11")!, xfs)).not.toContain("quotePrefix");
  });
});

describe("the copy for Homes4All", () => {
  test("keeps a cell's quote prefix", async () => {
    const quoted = `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>`;
    const styles = STYLES.replace(`<cellXfs count="5">`, `<cellXfs count="6">`).replace(`</cellXfs>`, `${quoted}</cellXfs>`);
    const text = (ref: string, value: string, style = ""): string => `<c r="${ref}"${style} t="inlineStr"><is><t>${value}</t></is></c>`;
    const header = [
      "ID famiglia",
      "Coorte",
      "Componenti",
      "Mesi di attesa",
      "Contratto firmato",
      "Accompagnamento avviato",
      "Servizio inviante",
    ];
    const family = (row: number, id: string, idStyle: string, service: string): string =>
      `<row r="${row}">${text(`A${row}`, id, idStyle)}<c r="B${row}"><v>1</v></c><c r="C${row}"><v>3</v></c><c r="D${row}"><v>4</v></c>` +
      `${text(`E${row}`, "Sì")}${text(`F${row}`, "Sì")}${text(`G${row}`, service, ` s="5"`)}</row>`;
    const rows =
      `<row r="1">${header.map((h, i) => text(`${String.fromCharCode(65 + i)}1`, h)).join("")}</row>` +
      family(2, "F-001", ` s="5"`, "+1+2") +
      family(3, "F-002", "", "-3");
    const parts = { ...minimalParts(rows), "xl/styles.xml": styles };
    const workbook = PackageWorkbook.open(zipParts(parts));
    const input = await workbook.readSheet("Dati");
    await shareWorkbook(workbook, { sheet: "Dati", input, key: await pseudonymKey("una frase segreta abbastanza lunga"), keep: [] });
    const copy = unzipText(workbook.toBytes());
    const cells = cellsOf(copy.get("xl/worksheets/sheet1.xml")!);
    const xfs = cellXfs(copy.get("xl/styles.xml")!);
    for (const address of ["A2", "G2", "G3"]) expect([address, styleOf(cells.get(address)!, xfs)]).toEqual([address, quoted]);
    expect(styleOf(cells.get("A3")!, xfs)).not.toContain("quotePrefix");
    const { values } = await PackageWorkbook.open(workbook.toBytes()).readSheet("Dati");
    expect(values.map((row) => row[6])).toEqual(["Servizio inviante", "+1+2", "-3"]);
    expect(String(values[1][0])).toMatch(/^P-[0-9A-F]{16}$/);
  });
});
