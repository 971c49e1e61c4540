import type { StatementBlock, StatementDocument, StatementFormat } from "../statement/types";
import { statementValueText } from "../statement/values";
import type { LooseCell, SheetPlan } from "./workbookPlan";
import { EURO_FORMAT, RATE_FORMAT } from "./paymentLabels";

/**
 * The print-ready sheet H4A_Prospetto_<year>: the statement's blocks down the sheet in plain
 * cells — the title and headings bold, fields as label | value, tables under a bold header row,
 * numbers as numbers with their formats, the signature block last. The running header sits in
 * row 1 and is repeated on every printed page; A4 portrait, one page wide, pages numbered.
 */

export const statementSheetName = (programmeYear: number): string => `H4A_Prospetto_${programmeYear}`;

const NUMBER_FORMATS: Record<StatementFormat, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  euro: EURO_FORMAT,
  percent: RATE_FORMAT,
};

const RUNNING_HEADER_ROW = 1;
/** Row 1 and the blank row under it are repeated at the top of every page. */
const TITLE_ROWS = { first: RUNNING_HEADER_ROW, last: 2 };
const FIRST_BLOCK_ROW = 3;
/** Columns A–G at least, so that every statement prints at the same width. */
const MIN_COLUMNS = 7;
const MIN_LABEL_WIDTH = 24;
const MIN_WIDTH = 12;
/** Signatories sign in the right half of the page. */
const SIGNATURE_COLUMN = 4;
/** Room around a cell's text, in characters. */
const PADDING = 2;

const FOOTER = { it: "Pagina &P di &N", en: "Page &P of &N" } as const;

/** The widths the fields' labels and numbers and the tables' cells need; text that may spill into empty cells needs none. */
function columnWidths(doc: StatementDocument): number[] {
  const widths: number[] = [];
  const need = (column: number, text: string): void => {
    widths[column - 1] = Math.max(widths[column - 1] ?? 0, text.length + PADDING);
  };
  for (const block of doc.blocks) {
    if (block.kind === "fields") {
      for (const row of block.rows) {
        need(1, row.label);
        if (typeof row.value === "number") need(2, statementValueText(row.value, row.format, doc.lang));
      }
    } else if (block.kind === "table") {
      block.header.forEach((text, j) => need(j + 1, text));
      for (const row of block.rows) row.forEach((value, j) => need(j + 1, statementValueText(value, block.formats[j] ?? "text", doc.lang)));
    }
  }
  const count = Math.max(MIN_COLUMNS, widths.length);
  return Array.from({ length: count }, (_, i) => Math.max(widths[i] ?? 0, i === 0 ? MIN_LABEL_WIDTH : MIN_WIDTH));
}

/** Text broken at spaces into lines of at most `width` characters (a longer word is cut). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    let rest = word;
    if (line !== "" && line.length + 1 + rest.length <= width) {
      line += ` ${rest}`;
      continue;
    }
    if (line !== "") lines.push(line);
    while (rest.length > width) {
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    line = rest;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** Blank rows before a block: none under a title or heading, nor between a paragraph and the table it introduces. */
function gapBefore(block: StatementBlock, previous: StatementBlock | undefined): number {
  if (previous === undefined || previous.kind === "title" || previous.kind === "heading") return 0;
  if (block.kind === "signature") return 2;
  if (previous.kind === "paragraph" && block.kind === "table") return 0;
  return 1;
}

export function statementSheetPlan(doc: StatementDocument, programmeYear: number): SheetPlan {
  const widths = columnWidths(doc);
  const lineWidth = widths.reduce((sum, w) => sum + w, 0);
  const cells: LooseCell[] = [{ row: RUNNING_HEADER_ROW, column: 1, value: doc.runningHeader }];
  const put = (row: number, column: number, value: string | number, format: StatementFormat, bold = false): void => {
    const numberFormat = typeof value === "number" ? NUMBER_FORMATS[format] : undefined;
    cells.push({ row, column, value, ...(numberFormat === undefined ? {} : { numberFormat }), ...(bold ? { bold } : {}) });
  };

  let row = FIRST_BLOCK_ROW;
  let previous: StatementBlock | undefined;
  for (const block of doc.blocks) {
    row += gapBefore(block, previous);
    previous = block;
    switch (block.kind) {
      case "title":
      case "heading":
        put(row++, 1, block.text, "text", true);
        break;
      case "paragraph":
        for (const line of wrapText(block.text, lineWidth)) put(row++, 1, line, "text");
        break;
      case "fields":
        for (const field of block.rows) {
          put(row, 1, field.label, "text");
          put(row++, 2, field.value, field.format);
        }
        break;
      case "table":
        block.header.forEach((text, j) => put(row, j + 1, text, "text", true));
        row++;
        for (const cellsOfRow of block.rows) {
          cellsOfRow.forEach((value, j) => put(row, j + 1, value, block.formats[j] ?? "text"));
          row++;
        }
        break;
      case "signature":
        block.lines.forEach((line, i) => put(row + 2 * i, i === 0 ? 1 : SIGNATURE_COLUMN, line, "text"));
        row += Math.max(0, 2 * block.lines.length - 1);
        break;
    }
  }
  const lastRow = cells.reduce((last, c) => Math.max(last, c.row), RUNNING_HEADER_ROW);

  return {
    name: statementSheetName(programmeYear),
    cells,
    tables: [],
    names: [],
    columnWidths: widths,
    print: {
      area: { firstRow: 1, firstColumn: 1, lastRow, lastColumn: widths.length },
      titleRows: TITLE_ROWS,
      orientation: "portrait",
      paper: "A4",
      fitToPagesWide: 1,
      centerHorizontally: true,
      centerFooter: FOOTER[doc.lang],
    },
  };
}
