import PDFDocument from "pdfkit";
import type { Lang } from "../engine/cells/lang";
import type { StatementBlock, StatementDocument, StatementFormat } from "../engine/statement/types";
import { statementValueText } from "../engine/statement/values";
import { say } from "./strings";

/*
 * The payment statement as a PDF: A4 portrait, DejaVu Sans embedded (accents and €), the running
 * header and "Pagina N di M" on every page, tables that repeat their header row on each page.
 * Text is wrapped and paginated here, line by line, so a table row or a paragraph longer than a
 * page continues on the next one.
 */

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 68, bottom: 64, left: 57, right: 57 };
const BODY_LEFT = MARGIN.left;
const BODY_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BODY_BOTTOM = A4.height - MARGIN.bottom;
const LINE_SPACING = 1.3;
const CELL_PADDING = { x: 3, y: 2.5 };
const COLOURS = { text: "#000000", muted: "#555555", rule: "#9a9a9a", headerFill: "#e6e6e6" };
/**
 * pdfkit stamps the creation date and derives the file identifier from it: a fixed date makes the
 * same statement give the same bytes. The statement's own date is its act's.
 */
const FIXED_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

interface Font {
  file: string;
  size: number;
  colour: string;
}

interface Fonts {
  runningHeader: Font;
  footer: Font;
  title: Font;
  heading: Font;
  body: Font;
  label: Font;
  tableHeader: Font;
  table: Font;
}

/** One column of lines in a row: a table cell, a field's label or value, a whole paragraph. */
interface Cell {
  lines: string[];
  x: number;
  width: number;
  align: "left" | "right";
  font: Font;
}

interface Row {
  cells: Cell[];
  lineHeight: number;
  padding: number;
  /** Drawn under the text of each part of the row, given the part's top and height. */
  decorate?: (top: number, height: number) => void;
}

/** Renders a statement document to the bytes of a PDF file. */
export async function statementPdf(doc: StatementDocument): Promise<Uint8Array> {
  const regular = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
  const bold = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
  const pdf = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margins: MARGIN,
    bufferPages: true,
    font: regular,
    lang: doc.lang,
    displayTitle: true,
    info: { Title: doc.title, Author: "H4A", Creator: "H4A", CreationDate: FIXED_CREATION_DATE },
  });
  const bytes = collectBytes(pdf);
  const fonts: Fonts = {
    runningHeader: { file: regular, size: 8, colour: COLOURS.muted },
    footer: { file: regular, size: 8, colour: COLOURS.muted },
    title: { file: bold, size: 15, colour: COLOURS.text },
    heading: { file: bold, size: 11.5, colour: COLOURS.text },
    body: { file: regular, size: 9.5, colour: COLOURS.text },
    label: { file: bold, size: 9.5, colour: COLOURS.text },
    tableHeader: { file: bold, size: 8.5, colour: COLOURS.text },
    table: { file: regular, size: 8.5, colour: COLOURS.text },
  };
  const flow = new Flow(pdf);
  doc.blocks.forEach((block, i) => renderBlock(flow, fonts, block, doc.blocks[i + 1], doc.lang));
  markPages(flow, fonts, doc);
  pdf.end();
  return bytes;
}

function collectBytes(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on("error", reject);
  });
}

/** The pen's position down the pages, and what the layout needs from pdfkit. */
class Flow {
  y = MARGIN.top;
  /** True until something is drawn on the current page. */
  pageIsEmpty = true;
  private readonly widths = new Map<string, number>();

  constructor(readonly pdf: PDFKit.PDFDocument) {}

  get room(): number {
    return BODY_BOTTOM - this.y;
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN.top;
    this.pageIsEmpty = true;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.room && !this.pageIsEmpty) this.newPage();
  }

  /** Vertical space, dropped at the top of a page. */
  skip(height: number): void {
    if (!this.pageIsEmpty) this.y = Math.min(this.y + height, BODY_BOTTOM);
  }

  /**
   * pdfkit shapes and caches text in pieces that end after a space; a word is measured as such a
   * piece, less the space, so the same piece serves when the word is drawn inside a line.
   */
  measure(text: string, font: Font): number {
    const key = `${font.file}\u0000${font.size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.pdf.font(font.file).fontSize(font.size);
      width = text.includes(" ") ? this.pdf.widthOfString(text) : this.pdf.widthOfString(`${text} `) - this.pdf.widthOfString(" ");
      this.widths.set(key, width);
    }
    return width;
  }

  /** The width of the text's longest line, measured word by word as `wrap` measures it. */
  extent(text: string, font: Font): number {
    const space = this.measure(" ", font);
    const lineWidth = (line: string) =>
      line
        .split(" ")
        .filter((word) => word !== "")
        .reduce((total, word, i) => total + (i > 0 ? space : 0) + this.measure(word, font), 0);
    return largest(text.split("\n").map(lineWidth));
  }

  wrap(text: string, width: number, font: Font): string[] {
    return wrapText(text, width, (piece) => this.measure(piece, font));
  }

  write(text: string, x: number, y: number, font: Font): void {
    // With a trailing space, a line's last word is the same piece its measuring shaped and cached.
    this.pdf.font(font.file).fontSize(font.size).fillColor(font.colour).text(`${text} `, x, y, { lineBreak: false });
    this.pageIsEmpty = false;
  }

  rule(x1: number, x2: number, y: number, width = 0.5): void {
    this.pdf.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(COLOURS.rule).stroke();
  }

  fill(x: number, y: number, width: number, height: number, colour: string): void {
    this.pdf.rect(x, y, width, height).fillColor(colour).fill();
  }
}

/**
 * Splits text into lines no wider than `width`, at spaces and line breaks; a word wider than a
 * line is cut where it has to be.
 */
export function wrapText(text: string, width: number, measure: (piece: string) => number): string[] {
  // Widths summed in another order differ in the last bits: a column as wide as its text holds it.
  const limit = width + 1e-6;
  const space = measure(" ");
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const wordWidth = measure(word);
      if (line !== "" && lineWidth + space + wordWidth <= limit) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== "") lines.push(line);
      const pieces = wordWidth <= limit ? [word] : cutWord(word, limit, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

function cutWord(word: string, width: number, measure: (piece: string) => number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && measure(piece + char) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * Places a row at the pen, on a new page when it fits there but not here; a row taller than a
 * page is split between lines. `onNewPage` draws what each new page starts with (a table's header
 * row) and `pageStart` is where the row would then start.
 */
function placeRow(flow: Flow, row: Row, pageStart = MARGIN.top, onNewPage: () => void = () => undefined): void {
  const total = largest(row.cells.map((cell) => cell.lines.length));
  const linesThatFit = (top: number) => Math.floor((BODY_BOTTOM - top - 2 * row.padding + 0.01) / row.lineHeight);
  const turnPage = () => {
    flow.newPage();
    onNewPage();
    fresh = true;
  };
  let fresh = flow.pageIsEmpty;
  let from = 0;
  while (from < total) {
    const rest = total - from;
    const fit = linesThatFit(flow.y);
    if (fit < rest && !fresh && (fit < 1 || rest <= linesThatFit(pageStart))) turnPage();
    const count = Math.max(1, Math.min(linesThatFit(flow.y), rest));
    const height = count * row.lineHeight + 2 * row.padding;
    row.decorate?.(flow.y, height);
    for (const cell of row.cells) {
      cell.lines.slice(from, from + count).forEach((line, i) => {
        const x = cell.align === "right" ? cell.x + cell.width - flow.measure(line, cell.font) : cell.x;
        flow.write(line, x, flow.y + row.padding + i * row.lineHeight, cell.font);
      });
    }
    flow.pageIsEmpty = false;
    flow.y += height;
    from += count;
    fresh = false;
    if (from < total) turnPage();
  }
}

/** The largest of the values, 0 for none (without spreading a long list into arguments). */
function largest(values: number[]): number {
  return values.reduce((max, value) => Math.max(max, value), 0);
}

function lineHeight(font: Font): number {
  return font.size * LINE_SPACING;
}

/** `next` is the block after this one, which a heading stays with. */
function renderBlock(flow: Flow, fonts: Fonts, block: StatementBlock, next: StatementBlock | undefined, lang: Lang): void {
  switch (block.kind) {
    case "title":
      placeText(flow, block.text, fonts.title);
      flow.skip(10);
      return;
    case "heading": {
      flow.skip(10);
      const lines = flow.wrap(block.text, BODY_WIDTH, fonts.heading);
      flow.ensure(lines.length * lineHeight(fonts.heading) + 4 + (next === undefined ? 0 : leadHeight(flow, fonts, next, lang)));
      placeText(flow, block.text, fonts.heading);
      flow.skip(4);
      return;
    }
    case "paragraph":
      placeText(flow, block.text, fonts.body);
      flow.skip(6);
      return;
    case "fields":
      renderFields(flow, fonts, block.rows, lang);
      flow.skip(6);
      return;
    case "table":
      renderTable(flow, fonts, block, lang);
      flow.skip(10);
      return;
    case "signature":
      renderSignature(flow, fonts, block.lines);
      return;
  }
}

/** How much of a block must follow its heading on the same page: what the block keeps together at its start. */
function leadHeight(flow: Flow, fonts: Fonts, block: StatementBlock, lang: Lang): number {
  switch (block.kind) {
    case "fields":
      return Math.min(rowsHeight(fieldRows(flow, fonts, block.rows, lang)), BODY_BOTTOM - MARGIN.top);
    case "table":
      return 2 * (lineHeight(fonts.tableHeader) + 2 * CELL_PADDING.y);
    case "paragraph":
      return Math.min(flow.wrap(block.text, BODY_WIDTH, fonts.body).length, 3) * lineHeight(fonts.body);
    default:
      return 2 * lineHeight(fonts.body);
  }
}

function rowsHeight(rows: Row[]): number {
  return rows.reduce((total, row) => total + largest(row.cells.map((cell) => cell.lines.length)) * row.lineHeight + 2 * row.padding, 0);
}

function placeText(flow: Flow, text: string, font: Font): void {
  const cell: Cell = { lines: flow.wrap(text, BODY_WIDTH, font), x: BODY_LEFT, width: BODY_WIDTH, align: "left", font };
  placeRow(flow, { cells: [cell], lineHeight: lineHeight(font), padding: 0 });
}

type FieldRow = Extract<StatementBlock, { kind: "fields" }>["rows"][number];

function renderFields(flow: Flow, fonts: Fonts, rows: FieldRow[], lang: Lang): void {
  const placed = fieldRows(flow, fonts, rows, lang);
  const height = rowsHeight(placed);
  // Fields that fit on a page stay together.
  if (height <= BODY_BOTTOM - MARGIN.top) flow.ensure(height);
  for (const row of placed) placeRow(flow, row);
}

/** Label and value side by side, the labels as wide as the widest (up to 45 % of the line). */
function fieldRows(flow: Flow, fonts: Fonts, rows: FieldRow[], lang: Lang): Row[] {
  const gap = 10;
  const labels = rows.map((row) => (row.label === "" || row.label.endsWith(":") ? row.label : `${row.label}:`));
  const widest = largest(labels.map((label) => flow.extent(label, fonts.label)));
  const labelWidth = Math.min(widest, BODY_WIDTH * 0.45);
  const valueX = BODY_LEFT + labelWidth + gap;
  const valueWidth = BODY_WIDTH - labelWidth - gap;
  return rows.map((row, i) => ({
    cells: [
      { lines: flow.wrap(labels[i], labelWidth, fonts.label), x: BODY_LEFT, width: labelWidth, align: "left", font: fonts.label },
      {
        lines: flow.wrap(statementValueText(row.value, row.format, lang), valueWidth, fonts.body),
        x: valueX,
        width: valueWidth,
        align: "left",
        font: fonts.body,
      },
    ],
    lineHeight: lineHeight(fonts.body),
    padding: 1.5,
  }));
}

type TableBlock = Extract<StatementBlock, { kind: "table" }>;

function renderTable(flow: Flow, fonts: Fonts, table: TableBlock, lang: Lang): void {
  const columns = Math.max(table.header.length, largest(table.rows.map((row) => row.length)));
  const formats: StatementFormat[] = Array.from({ length: columns }, (_, c) => table.formats[c] ?? "text");
  const header = Array.from({ length: columns }, (_, c) => table.header[c] ?? "");
  const rows = table.rows.map((row) => formats.map((format, c) => (row[c] === undefined ? "" : statementValueText(row[c], format, lang))));
  const numeric = formats.map((format) => format !== "text");
  const widths = columnWidths(flow, fonts, header, rows, numeric);
  const lefts = widths.map((_, c) => BODY_LEFT + widths.slice(0, c).reduce((sum, w) => sum + w, 0));
  const right = BODY_LEFT + BODY_WIDTH;
  const cellsOf = (texts: string[], font: Font): Cell[] =>
    texts.map((text, c) => ({
      lines: flow.wrap(text, widths[c] - 2 * CELL_PADDING.x, font),
      x: lefts[c] + CELL_PADDING.x,
      width: widths[c] - 2 * CELL_PADDING.x,
      align: numeric[c] ? "right" : "left",
      font,
    }));

  const headerRow: Row = {
    cells: cellsOf(header, fonts.tableHeader),
    lineHeight: lineHeight(fonts.tableHeader),
    padding: CELL_PADDING.y,
    decorate: (top, height) => {
      flow.fill(BODY_LEFT, top, BODY_WIDTH, height, COLOURS.headerFill);
      flow.rule(BODY_LEFT, right, top + height, 0.8);
    },
  };
  const headerHeight = largest(headerRow.cells.map((cell) => cell.lines.length)) * headerRow.lineHeight + 2 * CELL_PADDING.y;
  const placeHeader = () => placeRow(flow, headerRow);
  flow.ensure(headerHeight + lineHeight(fonts.table) + 2 * CELL_PADDING.y);
  placeHeader();
  for (const texts of rows) {
    const row: Row = {
      cells: cellsOf(texts, fonts.table),
      lineHeight: lineHeight(fonts.table),
      padding: CELL_PADDING.y,
      decorate: (top, height) => flow.rule(BODY_LEFT, right, top + height, 0.4),
    };
    placeRow(flow, row, MARGIN.top + headerHeight, placeHeader);
  }
}

/**
 * The columns share the body's width. Numeric columns get the width of their widest value, so
 * figures stay on one line. Text columns share the rest: each gets its text's width up to a
 * common limit, chosen so the columns fill the room, and no less than its longest word while
 * there is room for it; so short columns keep their lines whole and long ones wrap.
 */
function columnWidths(flow: Flow, fonts: Fonts, header: string[], rows: string[][], numeric: boolean[]): number[] {
  const padding = 2 * CELL_PADDING.x;
  const longestWord = (text: string, font: Font) => largest(text.split(/[ \n]+/).map((word) => flow.measure(word, font)));
  const natural = header.map((title, c) => {
    const values = largest(rows.map((row) => flow.extent(row[c], fonts.table)));
    const heading = numeric[c] ? longestWord(title, fonts.tableHeader) : flow.extent(title, fonts.tableHeader);
    return Math.max(values, heading) + padding;
  });
  const minimum = header.map(
    (title, c) => Math.max(longestWord(title, fonts.tableHeader), largest(rows.map((row) => longestWord(row[c], fonts.table)))) + padding,
  );
  const flexible = numeric.map((isNumeric) => !isNumeric || numeric.every(Boolean));
  const total = natural.reduce((sum, width) => sum + width, 0);
  const fixed = natural.reduce((sum, width, c) => (flexible[c] ? sum : sum + width), 0);
  if (total <= BODY_WIDTH) {
    const spare = BODY_WIDTH - total;
    return natural.map((width, c) => (flexible[c] ? width + (spare * width) / (total - fixed) : width));
  }
  const room = BODY_WIDTH - fixed;
  const widthAt = (limit: number, c: number) => Math.max(minimum[c], Math.min(natural[c], limit));
  const filled = (limit: number) => natural.reduce((sum, _, c) => (flexible[c] ? sum + widthAt(limit, c) : sum), 0);
  if (filled(0) > room) return natural.map((width) => (width * BODY_WIDTH) / total);
  let [low, high] = [0, BODY_WIDTH];
  for (let step = 0; step < 40; step++) {
    const limit = (low + high) / 2;
    if (filled(limit) > room) high = limit;
    else low = limit;
  }
  return natural.map((width, c) => (flexible[c] ? widthAt(low, c) : width));
}

/**
 * The place and date, the signatories' roles and their lines to sign on ("Firma ______"), as the
 * document gives them, on one page, with room to sign above each line.
 */
function renderSignature(flow: Flow, fonts: Fonts, lines: string[]): void {
  const signingSpace = 22;
  const wrapped = lines.map((line) => flow.wrap(line, BODY_WIDTH, fonts.body));
  const height = wrapped.reduce((total, text) => total + text.length * lineHeight(fonts.body) + signingSpace, 0);
  flow.skip(20);
  flow.ensure(height);
  for (const text of wrapped) {
    placeRow(flow, {
      cells: [{ lines: text, x: BODY_LEFT, width: BODY_WIDTH, align: "left", font: fonts.body }],
      lineHeight: lineHeight(fonts.body),
      padding: 0,
    });
    flow.skip(signingSpace);
  }
}

/** The running header and the page number, once every page is laid out. */
function markPages(flow: Flow, fonts: Fonts, doc: StatementDocument): void {
  const { start, count } = flow.pdf.bufferedPageRange();
  const header = fitLine(flow, doc.runningHeader, BODY_WIDTH, fonts.runningHeader);
  for (let i = 0; i < count; i++) {
    flow.pdf.switchToPage(start + i);
    flow.write(header, BODY_LEFT, 34, fonts.runningHeader);
    flow.rule(BODY_LEFT, BODY_LEFT + BODY_WIDTH, 48);
    const label = say(doc.lang).pageOf(i + 1, count);
    const x = BODY_LEFT + (BODY_WIDTH - flow.measure(label, fonts.footer)) / 2;
    flow.write(label, x, A4.height - 44, fonts.footer);
  }
}

/** The text on one line, cut short with "…" when it is too long. */
function fitLine(flow: Flow, text: string, width: number, font: Font): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (flow.measure(line, font) <= width) return line;
  const chars = Array.from(line);
  while (chars.length > 0 && flow.measure(`${chars.join("")}…`, font) > width) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
