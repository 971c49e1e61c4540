import { columnLetter } from "../engine/cells/address";
import { needsTextMark } from "../engine/cells/textGuard";
import type { CellValue } from "../engine/types";
import type { PlannedCell } from "../engine/sheets/workbookPlan";
import { packageError } from "./errors";
import { cellValue, parseReference, type SheetContext } from "./sheetReader";
import { cellXml, resultXml } from "./sheetWriter";
import type { CellStyle } from "./styles";
import { decodeEntities, escapeAttribute } from "./xmlText";

/**
 * Editing the cells of a worksheet part in its text: each existing cell is offered to a callback
 * that may give it a new value or formula, a new cached result (its formula kept), or empty it
 * (its style kept); new cells are put in their rows, in column order. Every other byte of the
 * part — rows' and cells' other attributes, the sheet's views, validations, formats, drawings'
 * anchors, extension lists — stays as it was.
 */

/** An existing cell as the editor meets it. */
export interface ExistingCell {
  row: number;
  column: number;
  /** The value as Office.js reads it: for a formula, its cached result. */
  value: CellValue;
  /** The formula's text without "=", "" for a shared formula's dependent, null without a formula. */
  formula: string | null;
  /** The shared-formula group (`si`) the cell belongs to, with whether it holds the group's text. */
  shared: { index: string; master: boolean } | null;
  style: number;
}

export type CellChange =
  /** A new value or formula; the cell's style (its quote prefix with it) is kept unless a format is given. */
  | { kind: "set"; value: PlannedCell; style?: CellStyle }
  /** The formula kept, its cached result replaced. */
  | { kind: "result"; value: CellValue }
  /** Value and formula removed, the style kept. */
  | { kind: "empty" };

export interface NewCell {
  row: number;
  column: number;
  value: PlannedCell;
  style?: CellStyle;
}

export interface SheetEdit {
  change?(cell: ExistingCell): CellChange | undefined;
  /** Cells to put where the sheet holds none (an existing cell there is offered to `change` instead). */
  put?: readonly NewCell[];
}

export interface EditContext extends SheetContext {
  /** The style index of a format (appended to styles.xml when new). */
  styleIndex(style: CellStyle): number;
}

const ROW_TAG = /<(?:([A-Za-z_][\w.-]*):)?row(?=[\s>/])[^>]*?(\/?)>/g;
const CELL_TAG = /<(?:([A-Za-z_][\w.-]*):)?c(?=[\s>/])[^>]*?(\/?)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1], decodeEntities(m[3] ?? m[4] ?? ""));
  return found;
}

const FORMULA = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT_RUN = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t(?:\s[^>]*)?\/>/g;

interface ParsedCell extends ExistingCell {
  attributes: Map<string, string>;
  formulaXml: string | null;
}

function parseCell(tag: string, inner: string, row: number, column: number, context: SheetContext): ParsedCell {
  const attributes = attributesOf(tag);
  const f = FORMULA.exec(inner);
  const v = VALUE.exec(inner);
  const is = INLINE.exec(inner);
  const inline = is === null ? "" : [...is[1].replace(PHONETIC, "").matchAll(TEXT_RUN)].map((m) => decodeEntities(m[1] ?? "")).join("");
  const value = cellValue(attributes.get("t"), v === null ? "" : decodeEntities(v[1]), inline, v !== null, is !== null, context);
  let shared: ParsedCell["shared"] = null;
  if (f !== null) {
    const fAttributes = attributesOf(f[1]);
    if (fAttributes.get("t") === "shared" && fAttributes.has("si"))
      shared = { index: fAttributes.get("si") as string, master: (f[2] ?? "").trim() !== "" };
  }
  return {
    row,
    column,
    value,
    formula: f === null ? null : decodeEntities(f[2] ?? ""),
    shared,
    style: Number(attributes.get("s") ?? 0) || 0,
    attributes,
    formulaXml: f === null ? null : f[0],
  };
}

/** The other attributes of a cell (not r, s, t), as written back. */
function keptAttributes(cell: ParsedCell, drop: readonly string[]): string {
  let out = "";
  for (const [name, value] of cell.attributes) {
    if (name === "r" || name === "s" || name === "t" || drop.includes(name)) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

function changedXml(cell: ParsedCell, change: CellChange, ref: string, context: EditContext): string {
  if (change.kind === "empty") return cell.style === 0 ? "" : `<c r="${ref}" s="${cell.style}"/>`;
  if (change.kind === "result") {
    const s = cell.style === 0 ? "" : ` s="${cell.style}"`;
    const f = cell.formulaXml ?? "";
    return `<c r="${ref}"${s}${keptAttributes(cell, ["cm", "vm"])}${resultXml(f, change.value)}</c>`;
  }
  const style = change.style === undefined ? cell.style : context.styleIndex(styleFor(change.value, change.style));
  return cellXml(ref, change.value, style);
}

/** A style the add-in gives a cell, with the quote prefix when its text begins like a formula. */
const styleFor = (value: PlannedCell, style: CellStyle): CellStyle => (needsTextMark(value) ? { ...style, quotePrefix: true } : style);

/** The add-in's cell XML in a part whose SpreadsheetML elements carry a prefix ("x:"); a kept <f> element keeps its own. */
const withPrefix =
  (prefix: string) =>
  (xml: string): string =>
    prefix === "" ? xml : xml.replace(/<(\/?)(c|v|f|is|t)(?=[\s>/])/g, `<$1${prefix}$2`);

/** The cells of one row to put, by column. */
function putsByRow(puts: readonly NewCell[]): Map<number, NewCell[]> {
  const rows = new Map<number, NewCell[]>();
  for (const put of puts) rows.set(put.row, [...(rows.get(put.row) ?? []), put]);
  for (const cells of rows.values()) cells.sort((a, b) => a.column - b.column);
  return rows;
}

function newCellXml(cell: NewCell, context: EditContext): string {
  const style = cell.style === undefined && !needsTextMark(cell.value) ? 0 : context.styleIndex(styleFor(cell.value, cell.style ?? {}));
  return cellXml(`${columnLetter(cell.column)}${cell.row}`, cell.value, style);
}

/** The columns of the cells between `from` and `to` (one row's content; a cell without `r` follows the one before). */
function cellColumns(text: string, from: number, to: number): Set<number> {
  const columns = new Set<number>();
  const tag = new RegExp(CELL_TAG.source, "g");
  tag.lastIndex = from;
  let column = 0;
  for (let c = tag.exec(text); c !== null && c.index < to; c = tag.exec(text)) {
    const ref = attributesOf(c[0]).get("r");
    const position = ref === undefined ? null : parseReference(ref);
    column = position === null || position.column === 0 ? column + 1 : position.column;
    columns.add(column);
  }
  return columns;
}

/**
 * The part's text with the edit made; `changed` counts the cells changed or put. A shared
 * formula's text cannot be moved: changing the cell that holds it while other cells of its group
 * keep their formula is refused.
 */
export function editSheetXml(text: string, part: string, edit: SheetEdit, context: EditContext): { text: string; changed: number } {
  const dataOpen = /<(?:([A-Za-z_][\w.-]*):)?sheetData(?=[\s>/])[^>]*?(\/?)>/.exec(text);
  if (dataOpen === null) throw packageError("bad-xml", part, "no <sheetData>");
  const prefix = dataOpen[1] === undefined ? "" : `${dataOpen[1]}:`;
  const selfClosing = dataOpen[2] === "/";
  const dataStart = dataOpen.index + dataOpen[0].length;
  const dataEnd = selfClosing ? dataStart : text.indexOf(`</${prefix}sheetData>`, dataStart);
  if (dataEnd < 0) throw packageError("bad-xml", part, "unclosed <sheetData>");

  const pending = putsByRow(edit.put ?? []);
  const pendingRows = [...pending.keys()].sort((a, b) => a - b);
  const out: string[] = [text.slice(0, dataStart)];
  let copied = dataStart;
  const inNamespace = withPrefix(prefix);
  let changed = 0;
  const masters = new Map<string, boolean>();
  const keptMembers = new Set<string>();

  /** Copies the text up to `at`, then writes `xml`, and goes on from `resume`. */
  const splice = (at: number, xml: string, resume = at): void => {
    out.push(text.slice(copied, at), xml);
    copied = resume;
  };
  const rowXml = (r: number): string => {
    const cells = pending.get(r) ?? [];
    changed += cells.length;
    return `<${prefix}row r="${r}">${inNamespace(cells.map((c) => newCellXml(c, context)).join(""))}</${prefix}row>`;
  };
  const newRowsBefore = (limit: number): string => {
    let xml = "";
    while (pendingRows.length > 0 && pendingRows[0] < limit) xml += rowXml(pendingRows.shift() as number);
    return xml;
  };

  let row = 0;
  ROW_TAG.lastIndex = dataStart;
  for (let m = ROW_TAG.exec(text); m !== null && m.index < dataEnd; m = ROW_TAG.exec(text)) {
    const rowTag = m[0];
    const rowOpenEnd = m.index + rowTag.length;
    const r = attributesOf(rowTag).get("r");
    row = r === undefined ? row + 1 : parseInt(r, 10) || row + 1;
    const before = newRowsBefore(row);
    if (before !== "") splice(m.index, before);
    let puts = pending.get(row) ?? [];
    if (pendingRows[0] === row) pendingRows.shift();
    changed += puts.length;
    const closeTag = `</${m[1] === undefined ? "" : `${m[1]}:`}row>`;
    const withoutSpans = rowTag.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "");
    if (m[2] === "/") {
      if (puts.length > 0)
        splice(
          m.index,
          `${withoutSpans.slice(0, -2).trimEnd()}>${inNamespace(puts.map((c) => newCellXml(c, context)).join(""))}${closeTag}`,
          rowOpenEnd,
        );
      continue;
    }
    const rowClose = text.indexOf(closeTag, rowOpenEnd);
    if (rowClose < 0 || rowClose > dataEnd) throw packageError("bad-xml", part, `unclosed row ${row}`);
    // A row that gets a new cell loses its `spans` hint rather than keep a wrong one; a put that
    // meets an existing cell adds none, and the row is left as it was.
    const present = puts.length === 0 ? new Set<number>() : cellColumns(text, rowOpenEnd, rowClose);
    const opened = puts.every((p) => present.has(p.column)) ? rowTag : withoutSpans;
    if (opened !== rowTag) splice(m.index, opened, rowOpenEnd);
    const putsBefore = (column: number): string => {
      let xml = "";
      while (puts.length > 0 && puts[0].column < column) xml += newCellXml(puts.shift() as NewCell, context);
      return inNamespace(xml);
    };

    let column = 0;
    CELL_TAG.lastIndex = rowOpenEnd;
    for (let c = CELL_TAG.exec(text); c !== null && c.index < rowClose; c = CELL_TAG.exec(text)) {
      const tag = c[0];
      const tagEnd = c.index + tag.length;
      const attributes = attributesOf(tag);
      const ref = attributes.get("r");
      if (ref === undefined) column++;
      else {
        const position = parseReference(ref);
        column = position.column === 0 ? column + 1 : position.column;
      }
      const cellClose = `</${c[1] === undefined ? "" : `${c[1]}:`}c>`;
      const closeAt = c[2] === "/" ? tagEnd : text.indexOf(cellClose, tagEnd);
      if (closeAt < 0 || closeAt > rowClose) throw packageError("bad-xml", part, `unclosed cell ${columnLetter(column)}${row}`);
      const end = c[2] === "/" ? tagEnd : closeAt + cellClose.length;
      CELL_TAG.lastIndex = end;
      const inserted = putsBefore(column);
      // An existing cell where a put was asked: the put gives way to the cell's own edit.
      if (puts.length > 0 && puts[0].column === column) {
        puts.shift();
        changed--;
      }
      const cell = parseCell(tag, c[2] === "/" ? "" : text.slice(tagEnd, closeAt), row, column, context);
      const change = edit.change?.(cell);
      if (cell.shared !== null) {
        if (cell.shared.master) masters.set(cell.shared.index, change !== undefined && change.kind !== "result");
        else if (change === undefined || change.kind === "result") keptMembers.add(cell.shared.index);
      }
      if (change === undefined) {
        if (inserted !== "") splice(c.index, inserted);
        continue;
      }
      splice(c.index, inserted + inNamespace(changedXml(cell, change, `${columnLetter(column)}${row}`, context)), end);
      changed++;
    }
    const rest = putsBefore(Infinity);
    if (rest !== "") splice(rowClose, rest);
    puts = [];
    ROW_TAG.lastIndex = rowClose + closeTag.length;
  }
  for (const [index, moved] of masters) {
    if (moved && keptMembers.has(index)) {
      throw packageError("corrupt", part, `the shared formula ${index} would lose its text while other cells still use it`);
    }
  }
  const after = newRowsBefore(Infinity);
  if (selfClosing) {
    const open = text.slice(dataOpen.index, dataStart);
    return {
      text: `${text.slice(0, dataOpen.index)}${open.slice(0, -2).trimEnd()}>${after}</${prefix}sheetData>${text.slice(dataStart)}`,
      changed,
    };
  }
  out.push(text.slice(copied, dataEnd), after, text.slice(dataEnd));
  return { text: out.join(""), changed };
}
