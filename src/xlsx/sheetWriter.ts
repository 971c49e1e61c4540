import { columnLetter } from "../engine/cells/address";
import { needsTextMark } from "../engine/cells/textGuard";
import type { CellValue } from "../engine/types";
import { isFormulaCell, type PlannedCell, type PrintSettings, type SheetPlan } from "../engine/sheets/workbookPlan";
import { tableCell } from "../engine/sheets/tableRows";
import type { PartSink } from "./partSink";
import type { CellStyle } from "./styles";
import type { TableLayout } from "./tableWriter";
import { encodeXstring, escapeAttribute, escapeText } from "./xmlText";

/**
 * A SheetPlan rendered as a worksheet part, written piece by piece into a PartSink. Elements
 * follow CT_Worksheet's order (sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
 * printOptions, pageMargins, pageSetup, headerFooter, tableParts); strings are inline
 * (`t="inlineStr"`, sharedStrings is never touched), and a text that begins like a formula
 * (needsTextMark) gets a style with the quote prefix, so that Excel keeps it as text when the cell
 * is edited; formulas carry their cached result, typed (`t="str"`, `t="b"`, `t="e"`).
 */

export interface SheetRenderContext {
  /** The workbook's spreadsheetml namespace, and the relationships namespace of r:id. */
  namespace: string;
  relationshipNamespace: string;
  /** The style index of a number format and bold (appending to styles.xml as needed). */
  styleIndex(style: CellStyle): number;
  /** The relationship ids of the tables' parts, in the order of `tables`. */
  tableRelationshipIds: string[];
  /** The VBA code name to keep (of the sheet replaced), or null. */
  codeName: string | null;
}

/** Error values a formula's cached result may be written as (t="e"). */
export const ERROR_VALUES: ReadonlySet<string> = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** The cell's XML, or "" for a blank unstyled cell. */
export function cellXml(ref: string, value: PlannedCell, style: number): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (isFormulaCell(value)) {
    const text = value.formula.startsWith("=") ? value.formula.slice(1) : value.formula;
    const f = `<f>${escapeText(encodeXstring(text))}</f>`;
    return `<c r="${ref}"${s}${resultXml(f, value.result)}</c>`;
  }
  if (value === null || value === "") return style === 0 ? "" : `<c r="${ref}"${s}/>`;
  if (typeof value === "number") {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${numberText(value)}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
}

/** The type attribute, ">", the formula and the cached value of a formula cell. */
export function resultXml(f: string, result: CellValue): string {
  if (result === null) return `>${f}`;
  if (typeof result === "number") return Number.isFinite(result) ? `>${f}<v>${numberText(result)}</v>` : ` t="e">${f}<v>#NUM!</v>`;
  if (typeof result === "boolean") return ` t="b">${f}<v>${result ? 1 : 0}</v>`;
  if (ERROR_VALUES.has(result)) return ` t="e">${f}<v>${escapeText(result)}</v>`;
  return ` t="str">${f}<v>${escapeText(encodeXstring(result))}</v>`;
}

const numberText = (n: number): string => (Object.is(n, -0) ? "0" : String(n));

/** <t> with xml:space="preserve" when the text starts or ends with white space. */
function textElement(text: string): string {
  const escaped = escapeText(encodeXstring(text));
  const edge = /^\s|\s$/.test(text);
  return edge ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

interface Source {
  first: number;
  last: number;
  /** Puts the row's cells of this source into the row being built. */
  fill(row: number, put: (column: number, value: PlannedCell, style: number) => void): void;
}

/**
 * Writes the plan's worksheet. Tables are laid over the loose cells (a table cell wins), later
 * tables over earlier ones; the header cells hold the tables' column names.
 */
export function writeSheetXml(plan: SheetPlan, tables: readonly TableLayout[], context: SheetRenderContext, sink: PartSink): void {
  const sources: Source[] = [];
  const loose = new Map<number, { column: number; value: PlannedCell; style: number }[]>();
  for (const cell of plan.cells) {
    checkPosition(cell.row, cell.column);
    const style = context.styleIndex({
      numberFormat: cell.numberFormat ?? null,
      bold: cell.bold === true,
      quotePrefix: needsTextMark(cell.value),
    });
    const list = loose.get(cell.row) ?? [];
    list.push({ column: cell.column, value: cell.value, style });
    loose.set(cell.row, list);
  }
  if (loose.size > 0) {
    let first = Infinity;
    let last = 0;
    for (const row of loose.keys()) {
      first = Math.min(first, row);
      last = Math.max(last, row);
    }
    sources.push({
      first,
      last,
      fill: (row, put) => {
        for (const c of loose.get(row) ?? []) put(c.column, c.value, c.style);
      },
    });
  }
  for (const table of tables) {
    checkPosition(table.firstRow, table.firstColumn);
    checkPosition(table.lastRow, table.lastColumn);
    const styles = table.columns.map((_, j) => context.styleIndex({ numberFormat: table.plan.numberFormats[j] ?? null }));
    const quoted = (j: number): number => context.styleIndex({ numberFormat: table.plan.numberFormats[j] ?? null, quotePrefix: true });
    sources.push({
      first: table.firstRow,
      last: table.lastRow,
      fill: (row, put) => {
        if (row === table.firstRow) {
          table.columns.forEach((name, j) =>
            put(table.firstColumn + j, name, needsTextMark(name) ? context.styleIndex({ quotePrefix: true }) : 0),
          );
          return;
        }
        const body = row - table.firstRow - 1;
        for (let j = 0; j < table.columns.length; j++) {
          const cell = tableCell(table.rows, body, j);
          put(table.firstColumn + j, cell, needsTextMark(cell) ? quoted(j) : styles[j]);
        }
      },
    });
  }

  const top = sources.length === 0 ? 1 : Math.min(...sources.map((s) => s.first));
  const bottom = sources.length === 0 ? 1 : Math.max(...sources.map((s) => s.last));
  let left = Infinity;
  let right = 0;
  for (const cells of loose.values()) {
    for (const c of cells) {
      left = Math.min(left, c.column);
      right = Math.max(right, c.column);
    }
  }
  for (const t of tables) {
    left = Math.min(left, t.firstColumn);
    right = Math.max(right, t.lastColumn);
  }
  const dimension = right === 0 ? "A1" : `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;

  sink.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  sink.write(`<worksheet xmlns="${context.namespace}" xmlns:r="${context.relationshipNamespace}">`);
  const fitToPage = plan.print?.fitToPagesWide !== undefined;
  if (context.codeName !== null || fitToPage) {
    const codeName = context.codeName === null ? "" : ` codeName="${escapeAttribute(context.codeName)}"`;
    sink.write(fitToPage ? `<sheetPr${codeName}><pageSetUpPr fitToPage="1"/></sheetPr>` : `<sheetPr${codeName}/>`);
  }
  sink.write(`<dimension ref="${dimension}"/>`);
  sink.write(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  sink.write(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = plan.columnWidths
    .map((width, i) => (Number.isFinite(width) && width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>` : ""))
    .join("");
  if (cols !== "") sink.write(`<cols>${cols}</cols>`);
  sink.write("<sheetData>");
  writeRows(sources, top, bottom, sink);
  sink.write("</sheetData>");
  if (plan.print?.centerHorizontally === true) sink.write(`<printOptions horizontalCentered="1"/>`);
  sink.write(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (plan.print !== undefined) sink.write(pageSetupXml(plan.print));
  if (tables.length > 0) {
    sink.write(
      `<tableParts count="${tables.length}">${context.tableRelationshipIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
    );
  }
  sink.write("</worksheet>");
}

/** PrintSettings.paper as ST_PaperSize. */
const PAPER_SIZES: Record<PrintSettings["paper"], number> = { A4: 9 };

/** <pageSetup> and <headerFooter> (the print area and title rows are defined names, see planWriter.ts). */
export function pageSetupXml(print: PrintSettings): string {
  const fit = print.fitToPagesWide === undefined ? "" : ` fitToWidth="${print.fitToPagesWide}" fitToHeight="0"`;
  const setup = `<pageSetup paperSize="${PAPER_SIZES[print.paper]}" orientation="${print.orientation}"${fit}/>`;
  const header = print.centerHeader === undefined ? "" : `<oddHeader>${escapeText(encodeXstring(`&C${print.centerHeader}`))}</oddHeader>`;
  const footer = print.centerFooter === undefined ? "" : `<oddFooter>${escapeText(encodeXstring(`&C${print.centerFooter}`))}</oddFooter>`;
  return header === "" && footer === "" ? setup : `${setup}<headerFooter>${header}${footer}</headerFooter>`;
}

function checkPosition(row: number, column: number): void {
  if (!Number.isInteger(row) || row < 1 || row > 1_048_576) throw new RangeError(`Row ${row} is outside the sheet.`);
  columnLetter(column);
}

/** Rows are built one at a time: each source puts its cells, then the row is written in column order. */
function writeRows(sources: readonly Source[], top: number, bottom: number, sink: PartSink): void {
  const letters: string[] = [];
  const values: (PlannedCell | undefined)[] = [];
  const styles: number[] = [];
  const touched: number[] = [];
  const put = (column: number, value: PlannedCell, style: number): void => {
    if (values[column] === undefined) touched.push(column);
    values[column] = value;
    styles[column] = style;
  };
  let batch: string[] = [];
  for (let row = top; row <= bottom; row++) {
    for (const source of sources) if (row >= source.first && row <= source.last) source.fill(row, put);
    if (touched.length === 0) continue;
    touched.sort((a, b) => a - b);
    let cells = "";
    for (const column of touched) {
      const letter = letters[column] ?? (letters[column] = columnLetter(column));
      cells += cellXml(`${letter}${row}`, values[column] as PlannedCell, styles[column]);
      values[column] = undefined;
    }
    touched.length = 0;
    if (cells !== "") batch.push(`<row r="${row}">${cells}</row>`);
    if (batch.length >= 1024) {
      sink.write(batch.join(""));
      batch = [];
    }
  }
  if (batch.length > 0) sink.write(batch.join(""));
}
