import {
  applySplices,
  attribute,
  childNamed,
  childrenNamed,
  escapeAttribute,
  insertChildSplice,
  scanXml,
  setAttributeSplice,
  type Splice,
  type XmlElement,
} from "./xmlText";

/**
 * `xl/styles.xml`: which cell styles are date formats (numFmts + cellXfs), and the styles the
 * add-in needs (a number format, bold) appended as new entries — a <numFmt>, a bold <font>, an
 * <xf> — with the counts updated; no existing entry is ever changed or moved, so every style
 * index in the workbook keeps its meaning.
 */

/** Built-in number formats that show dates or times: 14–22, 27–36, 45–47, 50–58. */
export const BUILTIN_DATE_FORMAT_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** The locale-independent built-in format codes (ECMA-376 §18.8.30) a plan's format may map to. */
const BUILTIN_CODES: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The first id a custom number format may take. */
const FIRST_CUSTOM_FORMAT_ID = 164;

/** CT_Stylesheet's children in schema order. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
/** CT_Font's children in the order the Open XML SDK validator expects. */
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

const followers = (local: string): string[] => STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(local) + 1);

/**
 * True when a custom format code shows a date or time: it has d, m, y, h or s outside quoted
 * text, escaped characters (\x, _x, *x) and bracketed sections (colours, locales, conditions) —
 * elapsed-time brackets [h], [mm], [ss] count as time.
 */
export function isDateFormatCode(code: string): boolean {
  let kept = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      const inner = code.slice(i + 1, end < 0 ? code.length : end);
      if (/^(h+|m+|s+)$/i.test(inner)) kept += inner;
      i = end < 0 ? code.length : end;
    } else kept += ch;
  }
  return /[dmyhs]/i.test(kept);
}

/** A style the add-in asks for: a number format (null or undefined for General), bold, and the quote prefix. */
export interface CellStyle {
  numberFormat?: string | null;
  bold?: boolean;
  /** Text that Excel, when the cell is edited, must keep as text rather than read as a formula (engine/cells/textGuard.ts). */
  quotePrefix?: boolean;
}

/** A minimal valid stylesheet, for a package that has none. */
export function minimalStylesheet(namespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${namespace}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

const fontOrder = (local: string): number => {
  const order = FONT_ORDER.indexOf(local);
  return order < 0 ? FONT_ORDER.length : order;
};

/**
 * styles.xml with every font's children in the schema's order (CT_Font is a sequence): exceljs,
 * which builds the sample workbooks, writes them out of order, which Excel's validator reports.
 */
export function fontsInSchemaOrder(source: string, part = "xl/styles.xml"): string {
  const fonts = childNamed(scanXml(source, part), "fonts");
  const splices: Splice[] = [];
  for (const font of fonts === undefined ? [] : childrenNamed(fonts, "font")) {
    if (font.children.length < 2) continue;
    const sorted = [...font.children].sort((a, b) => fontOrder(a.local) - fontOrder(b.local));
    if (sorted.every((c, i) => c === font.children[i])) continue;
    const inner = sorted.map((c) => source.slice(c.start, c.end)).join("");
    splices.push({ start: font.children[0].start, end: font.children[font.children.length - 1].end, text: inner });
  }
  return applySplices(source, splices);
}

export class StyleSheet {
  private readonly root: XmlElement;
  /** Custom number formats: id → code. */
  private readonly formats = new Map<number, string>();
  /** numFmtId of each cellXfs entry. */
  private readonly xfFormats: number[];
  private readonly dateById = new Map<number, boolean>();
  private readonly added = { numFmts: [] as string[], fonts: [] as string[], xfs: [] as string[] };
  private readonly memo = new Map<string, number>();
  private boldFontId: number | null = null;
  private nextFormatId: number;

  /** `text` is styles.xml; `part` its name (for errors). */
  constructor(
    private readonly source: string,
    part = "xl/styles.xml",
  ) {
    this.root = scanXml(source, part);
    const numFmts = childNamed(this.root, "numFmts");
    for (const f of numFmts === undefined ? [] : childrenNamed(numFmts, "numFmt")) {
      this.formats.set(Number(attribute(f, "numFmtId")), attribute(f, "formatCode") ?? "");
    }
    const cellXfs = childNamed(this.root, "cellXfs");
    // Without cellXfs every cell is style 0: appending starts by writing that default entry.
    this.xfFormats = cellXfs === undefined ? [0] : childrenNamed(cellXfs, "xf").map((xf) => Number(attribute(xf, "numFmtId") ?? 0));
    this.nextFormatId = Math.max(FIRST_CUSTOM_FORMAT_ID, ...[...this.formats.keys()].map((id) => id + 1));
  }

  /** Number of cellXfs entries (style indexes 0 … count − 1), the appended ones included. */
  get cellXfCount(): number {
    return this.xfFormats.length;
  }

  /** The number format id of a cell style index (0 for an unknown index). */
  numberFormatId(styleIndex: number): number {
    return this.xfFormats[styleIndex] ?? 0;
  }

  /** The custom format code of a style, or null when it uses a built-in format. */
  customFormat(styleIndex: number): string | null {
    return this.formats.get(this.numberFormatId(styleIndex)) ?? null;
  }

  /** True when cells of this style index (the `s` attribute) show a date or time. */
  isDateStyle(styleIndex: number): boolean {
    const id = this.numberFormatId(styleIndex);
    let known = this.dateById.get(id);
    if (known === undefined) {
      const code = this.formats.get(id);
      known = code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMAT_IDS.has(id);
      this.dateById.set(id, known);
    }
    return known;
  }

  /** True once a style was appended. */
  get changed(): boolean {
    return this.added.xfs.length > 0;
  }

  /** The style index of a number format, bold and the quote prefix: 0 for none, else an appended (or identical existing) entry. */
  styleIndex(style: CellStyle): number {
    const format = style.numberFormat ?? null;
    const bold = style.bold === true;
    const quoted = style.quotePrefix === true;
    if ((format === null || format === "General") && !bold && !quoted) return 0;
    const memoKey = `${bold ? "b" : "-"}${quoted ? "q" : "-"}${format ?? ""}`;
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    const formatId = format === null ? 0 : this.formatId(format);
    const fontId = bold ? this.boldFont() : this.baseFontId();
    const xfs = childNamed(this.root, "cellXfs");
    const prefix = xfs?.prefix ?? this.root.prefix;
    const xfId = childNamed(this.root, "cellStyleXfs") === undefined ? "" : ` xfId="0"`;
    const xml =
      `<${prefix}xf numFmtId="${formatId}" fontId="${fontId}" fillId="0" borderId="0"${xfId}` +
      `${formatId !== 0 ? ` applyNumberFormat="1"` : ""}${bold ? ` applyFont="1"` : ""}${quoted ? ` quotePrefix="1"` : ""}/>`;
    const existing = xfs === undefined ? -1 : childrenNamed(xfs, "xf").findIndex((xf) => this.source.slice(xf.start, xf.end) === xml);
    let index = existing;
    if (index < 0) {
      index = this.xfFormats.length;
      this.added.xfs.push(xml);
      this.xfFormats.push(formatId);
    }
    this.memo.set(memoKey, index);
    return index;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_CODES[code];
    if (builtin !== undefined) return builtin;
    for (const [id, existing] of this.formats) if (existing === code) return id;
    const id = this.nextFormatId++;
    this.formats.set(id, code);
    const prefix = childNamed(this.root, "numFmts")?.prefix ?? this.root.prefix;
    this.added.numFmts.push(`<${prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  private fontElements(): XmlElement[] {
    const fonts = childNamed(this.root, "fonts");
    return fonts === undefined ? [] : childrenNamed(fonts, "font");
  }

  /** The font of the Normal style (cellXfs 0), else font 0. */
  private baseFontId(): number {
    const xfs = childNamed(this.root, "cellXfs");
    const first = xfs === undefined ? undefined : childrenNamed(xfs, "xf")[0];
    const id = first === undefined ? 0 : Number(attribute(first, "fontId") ?? 0);
    return id < this.fontElements().length ? id : 0;
  }

  /** A bold copy of the base font (children in schema order), or an identical existing font. */
  private boldFont(): number {
    if (this.boldFontId !== null) return this.boldFontId;
    const fonts = this.fontElements();
    const base = fonts[this.baseFontId()];
    const prefix = base?.prefix ?? childNamed(this.root, "fonts")?.prefix ?? this.root.prefix;
    const children = (base?.children ?? [])
      .filter((c) => c.local !== "b")
      .map((c) => ({ order: FONT_ORDER.indexOf(c.local), xml: this.source.slice(c.start, c.end) }))
      .sort((a, b) => (a.order < 0 ? 99 : a.order) - (b.order < 0 ? 99 : b.order));
    const inner = children.length > 0 ? children.map((c) => c.xml).join("") : `<${prefix}sz val="11"/><${prefix}name val="Calibri"/>`;
    const xml = `<${prefix}font><${prefix}b/>${inner}</${prefix}font>`;
    let id = fonts.findIndex((f) => this.source.slice(f.start, f.end) === xml);
    if (id < 0) {
      id = fonts.length + this.added.fonts.length;
      this.added.fonts.push(xml);
    }
    this.boldFontId = id;
    return id;
  }

  /** styles.xml with the appended entries (the text as read when nothing was appended). */
  get text(): string {
    if (!this.changed) return this.source;
    const splices: Splice[] = [];
    this.appendTo("numFmts", this.added.numFmts, splices);
    this.appendTo("fonts", this.added.fonts, splices);
    this.appendTo("cellXfs", this.added.xfs, splices);
    return applySplices(this.source, splices);
  }

  private appendTo(local: string, items: string[], splices: Splice[]): void {
    if (items.length === 0) return;
    const element = childNamed(this.root, local);
    if (element === undefined) {
      const prefix = this.root.prefix;
      const base = local === "cellXfs" ? [`<${prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`] : [];
      const all = [...base, ...items];
      splices.push(
        insertChildSplice(this.root, `<${prefix}${local} count="${all.length}">${all.join("")}</${prefix}${local}>`, followers(local)),
      );
      return;
    }
    const count = element.children.filter((c) => c.local !== "extLst").length + items.length;
    splices.push(setAttributeSplice(this.source, element, "count", String(count)));
    if (element.selfClosing) {
      splices.push({ start: element.openEnd - 2, end: element.openEnd, text: `>${items.join("")}</${element.name}>` });
    } else {
      splices.push({ start: element.closeStart, end: element.closeStart, text: items.join("") });
    }
  }
}
