import { columnLetter } from "../../../src/engine/cells/address";
import { minimalParts, NS, REL, TYPES } from "../../xlsx/support/fixtures";
import type { Parts } from "../../xlsx/support/zip";

/** Worksheet rows as XML, written by hand so that each case controls exactly what the file holds. */

export type XmlCell =
  string | number | { formula: string; error: string } | { shared: number } | { column: number; value: string | number };

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(ref: string, value: string | number | { formula: string; error: string } | { shared: number }): string {
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "object" && "shared" in value) return `<c r="${ref}" t="s"><v>${value.shared}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
  return `<c r="${ref}" t="e"><f>${escape(value.formula)}</f><v>${value.error}</v></c>`;
}

/** One row from column A (a `{ column, value }` cell jumps to its column); `attributes` go on <row>. */
export function rowXml(row: number, cells: readonly XmlCell[], attributes = ""): string {
  let column = 0;
  const xml = cells.map((cell) => {
    if (typeof cell === "object" && "column" in cell) {
      column = cell.column;
      return cellXml(`${columnLetter(column)}${row}`, cell.value);
    }
    column++;
    return cellXml(`${columnLetter(column)}${row}`, cell);
  });
  return `<row r="${row}"${attributes === "" ? "" : ` ${attributes}`}>${xml.join("")}</row>`;
}

/** Rows from row 1. */
export const rowsXml = (rows: readonly (readonly XmlCell[])[]): string => rows.map((cells, i) => rowXml(i + 1, cells)).join("");

export const HEADER = ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"];

/** The families of a clean minimal sheet (cohort 1, year-1 outcomes filled in). */
export const FAMILIES: XmlCell[][] = Array.from({ length: 3 }, (_, i) => [`F0${i + 1}`, 1, 3, 4, "Sì", "Sì"]);

/** A workbook of one sheet (named `sheetName`) holding `sheetRowsXml`, and `after` after its sheetData (merges, filters). */
export function workbookParts(sheetRowsXml: string, sheetName = "Beneficiari", after = ""): Parts {
  const parts = minimalParts(sheetRowsXml);
  const attribute = sheetName.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace('name="Dati"', `name="${attribute}"`);
  if (after !== "")
    parts["xl/worksheets/sheet1.xml"] = String(parts["xl/worksheets/sheet1.xml"]).replace("</sheetData>", `</sheetData>${after}`);
  return parts;
}

/** The workbook with a shared-strings part holding `strings` (cells refer to them as `{ shared: index }`). */
export function withSharedStrings(parts: Parts, strings: readonly string[]): Parts {
  const items = strings.map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`).join("");
  return {
    ...parts,
    "[Content_Types].xml": String(parts["[Content_Types].xml"]).replace(
      "</Types>",
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPES.sharedStrings}"/></Types>`,
    ),
    "xl/_rels/workbook.xml.rels": String(parts["xl/_rels/workbook.xml.rels"]).replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="${REL.sharedStrings}" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": `<sst xmlns="${NS.main}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`,
  };
}
