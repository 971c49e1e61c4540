import type { Package } from "./package";
import { PIVOT_CACHE_TYPES } from "./pivotCaches";
import { isType, relsPathOf } from "./relationships";
import { sameName, type WorkbookIndex } from "./workbookIndex";
import {
  applySplices,
  attribute,
  decodeEntities,
  decodeXstring,
  encodeXstring,
  escapeAttribute,
  escapeText,
  scanXml,
  textOf,
  type Splice,
  type XmlElement,
} from "./xmlText";

/**
 * The package scrubber: after the cells were edited, every text part where a removed value may
 * still hide is searched, and each text holding one is given to `replace` (which says what the
 * text becomes: a family id → its pseudonym, a name or codice fiscale → removed). Texts are
 * searched decoded (entities, `_xHHHH_` escapes) and written back encoded; a part with nothing
 * replaced is left byte for byte as it was.
 *
 * Where, and what happens there:
 * - worksheets: header and footer texts; data-validation prompts, errors and list formulas;
 *   conditional-format rules' text and formulas; formula string literals in cells
 *   (`VLOOKUP("TO-2023-001",…)`) and cached formula results (`t="str"`); hyperlinks' display and
 *   tooltip texts — replaced. Plain cell values are the cell editor's (shareWorkbook.ts).
 * - workbook.xml: a defined name whose formula holds a value has its literal replaced; one whose
 *   NAME holds a value is removed. A sheet whose name holds a value is renamed "Foglio N" (a free
 *   name), and every formula naming it (cells, names, validations, formats, charts, pivot cache
 *   sources, hyperlink locations) and docProps/app.xml's TitlesOfParts follow the new name.
 * - document properties (core, app, custom): texts replaced; a custom property whose name holds a
 *   value is removed.
 * - charts, drawings, pivot caches and every other XML part: element texts and the free-text
 *   attributes (titles, descriptions, captions) replaced; chart formulas as formulas.
 *   Identifier and enumeration attributes are not searched.
 * - relationships: an external target holding a value (`mailto:…`) is replaced in place, except a
 *   worksheet's hyperlink, which is removed with its `<hyperlink>` element (and `<hyperlinks>`
 *   when it is left empty).
 * - what cannot be cleaned — an XML part that cannot be parsed, or a binary part other than an
 *   image (a VBA project, printer settings, an embedded object) whose bytes hold a value — is
 *   removed with the relationships pointing at it and the elements of their source parts that
 *   carry those relationship ids.
 */

export type ScrubKind =
  | "header-footer"
  | "data-validation"
  | "conditional-format"
  | "formula"
  | "formula-result"
  | "hyperlink"
  | "sheet-text"
  | "defined-name"
  | "defined-name-removed"
  | "sheet-renamed"
  | "document-property"
  | "chart"
  | "drawing"
  | "pivot-cache"
  | "relationship-target"
  | "relationship-removed"
  | "part-removed"
  | "text";

export interface ScrubRemoval {
  part: string;
  kind: ScrubKind;
  count: number;
}

export type ScrubReplace = (text: string) => string | undefined;

/** Elements whose text is a formula (their string literals are replaced, renamed sheets followed). */
const FORMULA_ELEMENTS = new Set(["f", "formula", "formula1", "formula2", "calculatedColumnFormula", "totalsRowFormula"]);
/** Attributes holding free text. */
const TEXT_ATTRIBUTES = new Set([
  "prompt",
  "error",
  "promptTitle",
  "errorTitle",
  "text",
  "display",
  "tooltip",
  "descr",
  "title",
  "caption",
  "comment",
  "userName",
  "url",
]);
/** Elements whose text is a reference list, never text. */
const REFERENCE_ELEMENTS = new Set(["sqref", "sheetData"]);

const upper = (s: string): string => s.toLocaleUpperCase("en-US");
const localOf = (name: string): string => name.slice(name.indexOf(":") + 1);
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const IDENTIFIER = /[\p{L}\p{N}_.\\]/u;

/**
 * A formula with its string literals given to `replace` and the references to renamed sheets
 * (`'Old name'!A1`, `Old!A1`, by their upper-cased names) rewritten; undefined when unchanged.
 */
export function rewriteFormula(formula: string, replace: ScrubReplace, renames: ReadonlyMap<string, string>): string | undefined {
  let out = "";
  let changed = false;
  const n = formula.length;
  let i = 0;
  const quoted = (q: string): { value: string; end: number } => {
    let j = i + 1;
    let value = "";
    while (j < n) {
      if (formula[j] === q) {
        if (formula[j + 1] === q) {
          value += q;
          j += 2;
          continue;
        }
        break;
      }
      value += formula[j];
      j++;
    }
    return { value, end: Math.min(j + 1, n) };
  };
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      const { value, end } = quoted('"');
      const wanted = replace(value);
      if (wanted !== undefined) {
        changed = true;
        out += `"${wanted.replace(/"/g, '""')}"`;
      } else out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const { value, end } = quoted("'");
      const renamed = formula[end] === "!" ? renames.get(upper(value)) : undefined;
      if (renamed !== undefined) {
        changed = true;
        out += quoteSheet(renamed);
      } else out += formula.slice(i, end);
      i = end;
    } else if (IDENTIFIER.test(ch)) {
      let j = i;
      while (j < n && IDENTIFIER.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const renamed = formula[j] === "!" && formula[i - 1] !== "]" ? renames.get(upper(word)) : undefined;
      if (renamed !== undefined) {
        changed = true;
        out += quoteSheet(renamed);
      } else out += word;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return changed ? out : undefined;
}

class Tally {
  readonly counts = new Map<string, ScrubRemoval>();
  add(part: string, kind: ScrubKind, count = 1): void {
    const k = `${part}\u0000${kind}`;
    const entry = this.counts.get(k) ?? { part, kind, count: 0 };
    entry.count += count;
    this.counts.set(k, entry);
  }
}

interface Walk {
  part: string;
  text: string;
  /** SpreadsheetML texts carry `_xHHHH_` escapes. */
  xstring: boolean;
  kindOf(element: XmlElement): ScrubKind;
  /** Handles an element itself (its own splices); true: its content is not walked. */
  special?(element: XmlElement, splices: Splice[]): boolean;
  extraAttributes?: ReadonlySet<string>;
}

class Scrubber {
  readonly tally = new Tally();
  /** Upper-cased old sheet name → new name. */
  readonly renames = new Map<string, string>();
  /** Worksheet part (lower case) → ids of hyperlink relationships removed. */
  private readonly droppedHyperlinks = new Map<string, Set<string>>();

  constructor(
    private readonly pkg: Package,
    private readonly index: WorkbookIndex,
    private readonly replace: ScrubReplace,
  ) {}

  private decode(raw: string, xstring: boolean): string {
    const text = decodeEntities(raw);
    return xstring ? decodeXstring(text) : text;
  }

  private encode(text: string, xstring: boolean): string {
    return xstring ? encodeXstring(text) : text;
  }

  private formula(text: string): string | undefined {
    return rewriteFormula(text, this.replace, this.renames);
  }

  run(): ScrubRemoval[] {
    this.planRenames();
    this.scrubRelationships();
    const worksheets = new Set(this.index.sheets.flatMap((s) => (s.part !== null && s.kind === "worksheet" ? [s.part.toLowerCase()] : [])));
    for (const part of this.pkg.partNames()) {
      if (!this.pkg.has(part)) continue;
      const type = this.pkg.contentType(part) ?? "";
      const lower = part.toLowerCase();
      if (lower === "[content_types].xml" || lower.endsWith(".rels")) continue;
      if (lower === this.index.path.toLowerCase()) this.scrubWorkbook(part);
      else if (worksheets.has(lower)) this.scrubWorksheet(part);
      else if (/sharedStrings|styles\+xml|theme\+xml|calcChain|comments\+xml|threadedComments|person\+xml/i.test(type)) continue;
      else if (/^image\//i.test(type) || /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$/i.test(lower)) continue;
      else if (/xml$/i.test(type) || /\.(xml|vml)$/i.test(lower)) this.scrubOtherXml(part, type);
      else this.scrubBinary(part);
    }
    return [...this.tally.counts.values()];
  }

  // ---- sheet names --------------------------------------------------------------------------

  private planRenames(): void {
    const taken = new Set(this.index.sheets.map((s) => upper(s.name)));
    for (const sheet of this.index.sheets) {
      if (this.replace(sheet.name) === undefined) continue;
      let n = sheet.position + 1;
      while (taken.has(upper(`Foglio ${n}`))) n++;
      const name = `Foglio ${n}`;
      taken.add(upper(name));
      this.renames.set(upper(sheet.name), name);
    }
  }

  // ---- relationships ------------------------------------------------------------------------

  private scrubRelationships(): void {
    const worksheets = new Set(this.index.sheets.flatMap((s) => (s.part !== null && s.kind === "worksheet" ? [s.part.toLowerCase()] : [])));
    for (const relsPart of this.pkg.partNames()) {
      if (!relsPart.toLowerCase().endsWith(".rels")) continue;
      const source = sourceOfRels(relsPart);
      const text = this.pkg.readText(relsPart);
      let root: XmlElement;
      try {
        root = scanXml(text, relsPart);
      } catch {
        continue;
      }
      const splices: Splice[] = [];
      for (const rel of root.children.filter((c) => c.local === "Relationship")) {
        if (attribute(rel, "TargetMode") !== "External") continue;
        const target = attribute(rel, "Target") ?? "";
        let decoded = target;
        try {
          decoded = decodeURIComponent(target);
        } catch {
          // a stray "%": the target as written
        }
        const wanted = this.replace(decoded);
        if (wanted === undefined) continue;
        const id = attribute(rel, "Id") ?? "";
        if (isType(attribute(rel, "Type") ?? "", "hyperlink") && worksheets.has(source.toLowerCase())) {
          splices.push({ start: rel.start, end: rel.end, text: "" });
          const dropped = this.droppedHyperlinks.get(source.toLowerCase()) ?? new Set<string>();
          dropped.add(id);
          this.droppedHyperlinks.set(source.toLowerCase(), dropped);
          this.tally.add(relsPart, "relationship-removed");
        } else {
          const value = target.includes("%") ? encodeURI(wanted) : wanted;
          const at = rel.attributes.find((a) => a.name === "Target");
          if (at === undefined) continue;
          splices.push({ start: at.valueStart, end: at.valueEnd, text: escapeAttribute(value) });
          this.tally.add(relsPart, "relationship-target");
        }
      }
      if (splices.length === 0) continue;
      const out = applySplices(text, splices);
      if (scanXml(out, relsPart).children.some((c) => c.local === "Relationship")) this.pkg.set(relsPart, out);
      else this.pkg.remove(relsPart);
    }
  }

  // ---- the generic walk ---------------------------------------------------------------------

  private walk(root: XmlElement, w: Walk): Splice[] {
    const splices: Splice[] = [];
    const visit = (element: XmlElement): void => {
      if (REFERENCE_ELEMENTS.has(element.local)) return;
      if (w.special?.(element, splices)) return;
      for (const a of element.attributes) {
        if (a.name.startsWith("xmlns")) continue;
        const local = localOf(a.name);
        let wanted: string | undefined;
        if (local === "location") wanted = this.formula(this.decode(a.raw, w.xstring));
        else if (TEXT_ATTRIBUTES.has(local) || w.extraAttributes?.has(local)) wanted = this.replace(this.decode(a.raw, w.xstring));
        if (wanted === undefined) continue;
        splices.push({ start: a.valueStart, end: a.valueEnd, text: escapeAttribute(this.encode(wanted, w.xstring)) });
        this.tally.add(w.part, w.kindOf(element));
      }
      if (element.children.length === 0 && !element.selfClosing) {
        const raw = textOf(w.text, element);
        const value = w.xstring ? decodeXstring(raw) : raw;
        const wanted = FORMULA_ELEMENTS.has(element.local) ? this.formula(value) : this.replace(value);
        if (wanted !== undefined) {
          splices.push({ start: element.openEnd, end: element.closeStart, text: escapeText(this.encode(wanted, w.xstring)) });
          this.tally.add(w.part, FORMULA_ELEMENTS.has(element.local) && w.kindOf(element) === "sheet-text" ? "formula" : w.kindOf(element));
        }
      }
      for (const child of element.children) visit(child);
    };
    visit(root);
    return splices;
  }

  // ---- worksheets ---------------------------------------------------------------------------

  private scrubWorksheet(part: string): void {
    const text = this.pkg.readText(part);
    const open = /<(?:([A-Za-z_][\w.-]*):)?sheetData(?=[\s>/])[^>]*?(\/?)>/.exec(text);
    let dataStart = 0;
    let dataEnd = 0;
    if (open !== null && open[2] !== "/") {
      dataStart = open.index + open[0].length;
      dataEnd = text.indexOf(`</${open[1] === undefined ? "" : `${open[1]}:`}sheetData>`, dataStart);
      if (dataEnd < 0) dataEnd = dataStart;
    }
    // The cells are edited by regular expressions (a sheet may be large); the rest is scanned with
    // the cells blanked out, so that offsets stay those of the text.
    const cells = this.scrubCells(part, text.slice(dataStart, dataEnd));
    const masked = dataEnd > dataStart ? text.slice(0, dataStart) + " ".repeat(dataEnd - dataStart) + text.slice(dataEnd) : text;
    const root = scanXml(masked, part);
    const dropped = this.droppedHyperlinks.get(part.toLowerCase()) ?? new Set<string>();
    const relId = (e: XmlElement): string | undefined => {
      const a = e.attributes.find((x) => x.name.includes(":") && localOf(x.name) === "id");
      return a === undefined ? undefined : decodeEntities(a.raw);
    };
    const splices = this.walk(root, {
      part,
      text: masked,
      xstring: true,
      kindOf: sheetKind,
      special: (element, out) => {
        if (element.local !== "hyperlinks" || dropped.size === 0) return false;
        const links = element.children.filter((c) => c.local === "hyperlink");
        const gone = links.filter((l) => dropped.has(relId(l) ?? ""));
        if (gone.length === 0) return false;
        if (gone.length === element.children.length) out.push({ start: element.start, end: element.end, text: "" });
        else for (const l of gone) out.push({ start: l.start, end: l.end, text: "" });
        this.tally.add(part, "hyperlink", gone.length);
        // The links kept are walked for their texts.
        for (const l of links.filter((x) => !gone.includes(x)))
          out.push(...this.walk(l, { part, text: masked, xstring: true, kindOf: sheetKind }));
        return true;
      },
    });
    if (cells === undefined && splices.length === 0) return;
    if (cells !== undefined) splices.push({ start: dataStart, end: dataEnd, text: cells });
    this.pkg.set(part, applySplices(text, splices));
  }

  /** The sheetData content with formula literals and cached text results replaced, or undefined. */
  private scrubCells(part: string, data: string): string | undefined {
    if (data === "") return undefined;
    let changed = false;
    const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
    const FORMULA = /(<((?:[\w.-]+:)?)f\b[^>]*?>)([\s\S]*?)(<\/\2f>)/;
    const VALUE = /(<((?:[\w.-]+:)?)v\b[^>]*?>)([\s\S]*?)(<\/\2v>)/;
    const out = data.replace(CELL, (cell: string, _p: string, attributes: string, inner: string | undefined) => {
      if (inner === undefined || inner.indexOf("<") < 0) return cell;
      let next = inner;
      const f = FORMULA.exec(next);
      if (f !== null) {
        const wanted = this.formula(decodeXstring(decodeEntities(f[3])));
        if (wanted !== undefined) {
          next = next.slice(0, f.index) + f[1] + escapeText(encodeXstring(wanted)) + f[4] + next.slice(f.index + f[0].length);
          this.tally.add(part, "formula");
        }
      }
      if (f !== null && /\bt\s*=\s*["']str["']/.test(attributes)) {
        const v = VALUE.exec(next);
        const wanted = v === null ? undefined : this.replace(decodeXstring(decodeEntities(v[3])));
        if (v !== null && wanted !== undefined) {
          next = next.slice(0, v.index) + v[1] + escapeText(encodeXstring(wanted)) + v[4] + next.slice(v.index + v[0].length);
          this.tally.add(part, "formula-result");
        }
      }
      if (next === inner) return cell;
      changed = true;
      return cell.slice(0, cell.length - inner.length - `</${_p}c>`.length) + next + `</${_p}c>`;
    });
    return changed ? out : undefined;
  }

  // ---- workbook.xml -------------------------------------------------------------------------

  private scrubWorkbook(part: string): void {
    const text = this.pkg.readText(part);
    const root = scanXml(text, part);
    const splices = this.walk(root, {
      part,
      text,
      xstring: true,
      kindOf: () => "text",
      special: (element, out) => {
        if (element.local === "sheet" && element.parent?.local === "sheets") {
          const name = attribute(element, "name") ?? "";
          const renamed = this.renames.get(upper(name));
          const at = element.attributes.find((a) => a.name === "name");
          if (renamed !== undefined && at !== undefined) {
            out.push({ start: at.valueStart, end: at.valueEnd, text: escapeAttribute(renamed) });
            this.tally.add(part, "sheet-renamed");
          }
          return true;
        }
        if (element.local === "definedName") {
          if (this.replace(attribute(element, "name") ?? "") !== undefined) {
            out.push({ start: element.start, end: element.end, text: "" });
            this.tally.add(part, "defined-name-removed");
            return true;
          }
          const wanted = element.selfClosing ? undefined : this.formula(decodeXstring(textOf(text, element)));
          if (wanted !== undefined) {
            out.push({ start: element.openEnd, end: element.closeStart, text: escapeText(encodeXstring(wanted)) });
            this.tally.add(part, "defined-name");
          }
          const comment = element.attributes.find((a) => a.name === "comment");
          const note = comment === undefined ? undefined : this.replace(this.decode(comment.raw, true));
          if (comment !== undefined && note !== undefined) {
            out.push({ start: comment.valueStart, end: comment.valueEnd, text: escapeAttribute(encodeXstring(note)) });
            this.tally.add(part, "defined-name");
          }
          return true;
        }
        return false;
      },
    });
    if (splices.length > 0) this.pkg.set(part, applySplices(text, splices));
  }

  // ---- every other part ---------------------------------------------------------------------

  private scrubOtherXml(part: string, type: string): void {
    const text = this.pkg.readText(part);
    let root: XmlElement;
    try {
      root = scanXml(text, part);
    } catch {
      // Not XML this scrubber can walk (VML is often not well-formed): removed when it holds a value.
      if (this.replace(decodeEntities(text)) !== undefined) this.removeWithRelationships(part);
      return;
    }
    const pivot = PIVOT_CACHE_TYPES.includes(type);
    const kind: ScrubKind = /properties\+xml/i.test(type)
      ? "document-property"
      : /drawingml\.chart|chartshapes|chartex/i.test(type)
        ? "chart"
        : /drawing\+xml/i.test(type)
          ? "drawing"
          : pivot
            ? "pivot-cache"
            : "text";
    const spreadsheet = /spreadsheetml/i.test(type);
    const custom = /custom-properties/i.test(type);
    const app = /extended-properties/i.test(type);
    const splices = this.walk(root, {
      part,
      text,
      xstring: spreadsheet,
      kindOf: () => kind,
      extraAttributes: pivot ? new Set(["v", "n"]) : undefined,
      special: (element, out) => {
        if (custom && element.local === "property" && this.replace(attribute(element, "name") ?? "") !== undefined) {
          out.push({ start: element.start, end: element.end, text: "" });
          this.tally.add(part, kind);
          return true;
        }
        if (app && element.local === "lpstr" && element.parent?.parent?.local === "TitlesOfParts" && !element.selfClosing) {
          const value = textOf(text, element);
          const wanted = this.renames.get(upper(value)) ?? (value.includes("!") ? this.formula(value) : undefined) ?? this.replace(value);
          if (wanted !== undefined) {
            out.push({ start: element.openEnd, end: element.closeStart, text: escapeText(wanted) });
            this.tally.add(part, kind);
          }
          return true;
        }
        if (element.local === "worksheetSource") {
          const sheet = element.attributes.find((a) => a.name === "sheet");
          const renamed = sheet === undefined ? undefined : this.renames.get(upper(decodeEntities(sheet.raw)));
          if (sheet !== undefined && renamed !== undefined) {
            out.push({ start: sheet.valueStart, end: sheet.valueEnd, text: escapeAttribute(renamed) });
            this.tally.add(part, kind);
          }
          return true;
        }
        return false;
      },
    });
    if (splices.length > 0) this.pkg.set(part, applySplices(text, splices));
  }

  private scrubBinary(part: string): void {
    const bytes = this.pkg.read(part);
    const latin1 = new TextDecoder("latin1").decode(bytes);
    const utf8 = new TextDecoder("utf-8").decode(bytes);
    const utf16 = new TextDecoder("utf-16le").decode(bytes);
    if ([latin1, utf8, utf16].some((text) => this.replace(text) !== undefined)) this.removeWithRelationships(part);
  }

  /** Removes a part, its own relationships, the relationships pointing at it and the elements of their sources carrying those ids. */
  private removeWithRelationships(part: string): void {
    const name = this.pkg.nameOf(part) ?? part;
    for (const relsPart of this.pkg.partNames()) {
      if (!relsPart.toLowerCase().endsWith(".rels") || !this.pkg.has(relsPart)) continue;
      const source = sourceOfRels(relsPart);
      const rels = this.pkg.relationships(source);
      const pointing = rels.list().filter((r) => !r.external && r.part !== null && sameName(r.part, name));
      if (pointing.length === 0) continue;
      for (const rel of pointing) rels.remove(rel.id);
      this.pkg.setRelationships(rels);
      if (source !== "" && this.pkg.has(source) && /\.(xml|vml)$/i.test(source))
        this.dropReferences(source, new Set(pointing.map((r) => r.id)));
    }
    this.pkg.remove(name);
    this.pkg.remove(relsPathOf(name));
    this.tally.add(name, "part-removed");
  }

  /** Removes the elements of `part` whose relationship-id attribute is one of `ids` (their parent too when left empty). */
  private dropReferences(part: string, ids: ReadonlySet<string>): void {
    const text = this.pkg.readText(part);
    let root: XmlElement;
    try {
      root = scanXml(text, part);
    } catch {
      return;
    }
    const splices: Splice[] = [];
    const visit = (element: XmlElement): void => {
      const referring = (e: XmlElement): boolean =>
        e.attributes.some(
          (a) => a.name.includes(":") && !a.name.startsWith("xmlns") && localOf(a.name) === "id" && ids.has(decodeEntities(a.raw)),
        );
      const gone = element.children.filter(referring);
      if (gone.length > 0 && gone.length === element.children.length && element !== root) {
        splices.push({ start: element.start, end: element.end, text: "" });
        return;
      }
      for (const child of gone) splices.push({ start: child.start, end: child.end, text: "" });
      for (const child of element.children) if (!gone.includes(child)) visit(child);
    };
    visit(root);
    if (splices.length > 0) this.pkg.set(part, applySplices(text, splices));
  }
}

/** The kind of a text in a worksheet, by the element holding it. */
function sheetKind(element: XmlElement): ScrubKind {
  for (let e: XmlElement | null = element; e !== null; e = e.parent) {
    if (e.local === "headerFooter") return "header-footer";
    if (e.local === "dataValidation" || e.local === "dataValidations") return "data-validation";
    if (e.local === "cfRule" || e.local === "conditionalFormatting") return "conditional-format";
    if (e.local === "hyperlink") return "hyperlink";
  }
  return "sheet-text";
}

/** The part whose relationships a rels part holds ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → ""). */
function sourceOfRels(relsPart: string): string {
  const at = relsPart.lastIndexOf("_rels/");
  const folder = relsPart.slice(0, at);
  return folder + relsPart.slice(at + "_rels/".length, -".rels".length);
}

/**
 * Searches every text part of the package for removed values and replaces or removes them
 * (see above); returns what was done, by part and kind. The index is the workbook's as read
 * before the scrub (re-read it after).
 */
export function scrubPackage(pkg: Package, index: WorkbookIndex, replace: ScrubReplace): ScrubRemoval[] {
  return new Scrubber(pkg, index, replace).run();
}
