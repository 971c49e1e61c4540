import { packageError } from "./errors";

/**
 * XML as text, for the small index parts the add-in edits (workbook.xml, rels, content types,
 * styles): escaping and decoding, the OOXML `_xHHHH_` escapes, and a scanner that gives each
 * element with the offsets of its tags and attributes, so that an edit splices new text in at
 * an exact place and leaves every other byte as it was.
 */

// ---- escaping -------------------------------------------------------------------------------

/** Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) plus CR, which XML would turn into LF. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
const NEEDS_XSTRING = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

/**
 * Text as an OOXML string (ST_Xstring): characters XML cannot carry become `_xHHHH_` (as Excel
 * writes them), a literal `_xHHHH_` in the text gets its underscore escaped as `_x005F_`, lone
 * surrogates become U+FFFD.
 */
export function encodeXstring(text: string): string {
  if (!NEEDS_XSTRING.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += "\uFFFD";
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += "\uFFFD";
    } else if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff) {
      out += `_x${hex4(code)}_`;
    } else if (code === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) {
      out += "_x005F_";
    } else out += text[i];
  }
  return out;
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** An OOXML string's `_xHHHH_` escapes decoded ("a_x000D_b" → "a\rb", "_x005F_x000D_" → "_x000D_"). */
export function decodeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;

/** Element text with &, <, > escaped. */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A double-quoted attribute value's text (tab, LF and CR as character references, so they survive). */
export function escapeAttribute(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The five predefined entities and character references decoded (no other entity exists in OOXML). */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, body: string) => {
    if (body[0] !== "#") return NAMED[body];
    const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

// ---- scanning -------------------------------------------------------------------------------

export interface XmlAttribute {
  /** Qualified name as written, e.g. "r:id". */
  name: string;
  /** The raw value between the quotes (entities not decoded). */
  raw: string;
  /** Offset of the attribute's first character (its name). */
  start: number;
  /** Offsets of the value between the quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface XmlElement {
  /** Qualified name as written, e.g. "x:sheet". */
  name: string;
  /** The name without its prefix. */
  local: string;
  /** The prefix with its colon ("x:"), or "". */
  prefix: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  parent: XmlElement | null;
  /** Offset of "<". */
  start: number;
  /** Offset just past the open tag's ">". */
  openEnd: number;
  /** Offset of "</" of the close tag (openEnd for an empty element). */
  closeStart: number;
  /** Offset just past the element. */
  end: number;
  selfClosing: boolean;
}

const NAME_END = /[\s/>]/g;

/** Parses well-formed XML into elements with offsets. Throws a "bad-xml" PackageError naming `part` otherwise. */
export function scanXml(text: string, part: string): XmlElement {
  const fail = (detail: string): never => {
    throw packageError("bad-xml", part, detail);
  };
  let root: XmlElement | null = null;
  let current: XmlElement | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf("<", i);
    if (lt < 0) break;
    if (text.startsWith("<?", lt)) {
      const close = text.indexOf("?>", lt + 2);
      if (close < 0) fail("unclosed processing instruction");
      i = close + 2;
    } else if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt + 4);
      if (close < 0) fail("unclosed comment");
      i = close + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const close = text.indexOf("]]>", lt + 9);
      if (close < 0 || current === null) fail("bad CDATA section");
      i = close + 3;
    } else if (text.startsWith("<!", lt)) {
      fail("a DOCTYPE is not allowed in Office Open XML");
    } else if (text[lt + 1] === "/") {
      const gt = text.indexOf(">", lt + 2);
      if (gt < 0) fail("unclosed end tag");
      const name = text.slice(lt + 2, gt).trim();
      if (current === null || current.name !== name) fail(`unexpected </${name}>`);
      const element = current as XmlElement;
      element.closeStart = lt;
      element.end = gt + 1;
      current = element.parent;
      i = gt + 1;
    } else {
      NAME_END.lastIndex = lt + 1;
      const nameEnd = NAME_END.exec(text);
      if (nameEnd === null) fail("unclosed start tag");
      const name = text.slice(lt + 1, (nameEnd as RegExpExecArray).index);
      if (name === "") fail("empty element name");
      if (current === null && root !== null) fail("more than one root element");
      const colon = name.indexOf(":");
      const element: XmlElement = {
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        prefix: colon < 0 ? "" : name.slice(0, colon + 1),
        attributes: [],
        children: [],
        parent: current,
        start: lt,
        openEnd: -1,
        closeStart: -1,
        end: -1,
        selfClosing: false,
      };
      let j = (nameEnd as RegExpExecArray).index;
      for (;;) {
        while (j < n && (text[j] === " " || text[j] === "\t" || text[j] === "\n" || text[j] === "\r")) j++;
        if (j >= n) fail("unclosed start tag");
        if (text[j] === ">") {
          element.openEnd = j + 1;
          break;
        }
        if (text[j] === "/" && text[j + 1] === ">") {
          element.openEnd = j + 2;
          element.closeStart = j + 2;
          element.end = j + 2;
          element.selfClosing = true;
          break;
        }
        const eq = text.indexOf("=", j);
        if (eq < 0) fail("bad attribute");
        const attrName = text.slice(j, eq).trim();
        let q = eq + 1;
        while (q < n && (text[q] === " " || text[q] === "\t" || text[q] === "\n" || text[q] === "\r")) q++;
        const quote = text[q];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} without quotes`);
        const valueEnd = text.indexOf(quote, q + 1);
        if (valueEnd < 0 || attrName === "" || /[\s<>]/.test(attrName)) fail("bad attribute");
        element.attributes.push({ name: attrName, raw: text.slice(q + 1, valueEnd), start: j, valueStart: q + 1, valueEnd });
        j = valueEnd + 1;
      }
      if (current !== null) current.children.push(element);
      else root = element;
      if (!element.selfClosing) current = element;
      i = element.openEnd;
    }
  }
  if (root === null) return fail("no root element");
  if (current !== null) fail(`<${(current as XmlElement).name}> is not closed`);
  return root as XmlElement;
}

/** The decoded value of the attribute of this qualified name, or undefined. */
export function attribute(element: XmlElement, name: string): string | undefined {
  for (const a of element.attributes) if (a.name === name) return decodeEntities(a.raw);
  return undefined;
}

/** The element's children of this local name. */
export const childrenNamed = (element: XmlElement, local: string): XmlElement[] => element.children.filter((c) => c.local === local);

/** The element's first child of this local name, or undefined. */
export const childNamed = (element: XmlElement, local: string): XmlElement | undefined => element.children.find((c) => c.local === local);

/** The element's text content (its raw content with tags removed, entities decoded; CDATA kept). */
export function textOf(text: string, element: XmlElement): string {
  if (element.selfClosing) return "";
  const inner = text.slice(element.openEnd, element.closeStart);
  if (inner.indexOf("<") < 0) return decodeEntities(inner);
  let out = "";
  const pieces = inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>|<[^>]*>)/);
  for (const piece of pieces) {
    if (piece.startsWith("<![CDATA[")) out += piece.slice(9, -3);
    else if (!piece.startsWith("<")) out += decodeEntities(piece);
  }
  return out;
}

/** The namespace URI an element's prefix is bound to (looking up through its ancestors), or undefined. */
export function namespaceOf(element: XmlElement): string | undefined {
  const declaration = element.prefix === "" ? "xmlns" : `xmlns:${element.prefix.slice(0, -1)}`;
  for (let e: XmlElement | null = element; e !== null; e = e.parent) {
    const value = attribute(e, declaration);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The prefix (with its colon, "" for the default namespace) bound to `uri` on the element or its ancestors, or undefined. */
export function prefixFor(element: XmlElement, uri: string): string | undefined {
  for (let e: XmlElement | null = element; e !== null; e = e.parent) {
    for (const a of e.attributes) {
      if (a.name.startsWith("xmlns:") && decodeEntities(a.raw) === uri) return `${a.name.slice(6)}:`;
    }
  }
  return undefined;
}

// ---- editing --------------------------------------------------------------------------------

/** Replace text[start, end) with `text` (an insertion when start === end). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (insertions at one offset keep their order). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error("Overlapping XML edits.");
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The splice setting an attribute of an element's open tag (replacing its value, or adding it at the end of the tag). */
export function setAttributeSplice(text: string, element: XmlElement, name: string, value: string): Splice {
  const existing = element.attributes.find((a) => a.name === name);
  if (existing !== undefined) return { start: existing.valueStart, end: existing.valueEnd, text: escapeAttribute(value) };
  const tagEnd = element.selfClosing ? element.openEnd - 2 : element.openEnd - 1;
  let insertAt = tagEnd;
  while (insertAt > element.start && /\s/.test(text[insertAt - 1])) insertAt--;
  return { start: insertAt, end: insertAt, text: ` ${name}="${escapeAttribute(value)}"` };
}

/** The splice inserting `inner` as the element's last content (turning `<a/>` into `<a>…</a>` when needed). */
export function appendChildSplice(element: XmlElement, inner: string): Splice {
  if (!element.selfClosing) return { start: element.closeStart, end: element.closeStart, text: inner };
  return { start: element.openEnd - 2, end: element.openEnd, text: `>${inner}</${element.name}>` };
}

/**
 * The splice inserting `xml` as a child of `parent` at its schema position: before the first
 * existing child whose local name is in `before` (the elements that must follow it), else last.
 */
export function insertChildSplice(parent: XmlElement, xml: string, before: readonly string[]): Splice {
  const follower = parent.children.find((c) => before.includes(c.local));
  if (follower !== undefined) return { start: follower.start, end: follower.start, text: xml };
  return appendChildSplice(parent, xml);
}
