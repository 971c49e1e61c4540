import { randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import * as posix from "node:path/posix";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { unzipSync, zipSync } from "fflate";

/**
 * An OOXML package (.xlsx/.xlsm) as its parts: part name (no leading slash, as stored in the zip)
 * → uncompressed bytes. For tests that hold a writer to "every part byte-identical except these",
 * and for reading the package's relationships, content types, sheets and defined names.
 */
export type PackageParts = Map<string, Uint8Array>;

/** The parts of a package given as a file path or as the file's bytes. Directory entries are skipped. */
export function readParts(input: string | Uint8Array): PackageParts {
  const bytes = typeof input === "string" ? new Uint8Array(readFileSync(input)) : input;
  const files = unzipSync(bytes);
  const parts: PackageParts = new Map();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    parts.set(name, data);
  }
  return parts;
}

/** The part names, in zip order. */
export function listParts(input: string | Uint8Array | PackageParts): string[] {
  return [...asParts(input).keys()];
}

function asParts(input: string | Uint8Array | PackageParts): PackageParts {
  return input instanceof Map ? input : readParts(input);
}

export interface PartChanges {
  /** Parts only in `after`. */
  added: string[];
  /** Parts only in `before`. */
  removed: string[];
  /** Parts in both whose bytes differ. */
  changed: string[];
}

/** Which parts a rewrite added, removed or changed (byte comparison of the uncompressed parts), each list sorted. */
export function changedParts(before: string | Uint8Array | PackageParts, after: string | Uint8Array | PackageParts): PartChanges {
  const a = asParts(before);
  const b = asParts(after);
  const added = [...b.keys()].filter((name) => !a.has(name)).sort();
  const removed = [...a.keys()].filter((name) => !b.has(name)).sort();
  const changed = [...a.keys()].filter((name) => b.has(name) && !sameBytes(a.get(name) as Uint8Array, b.get(name) as Uint8Array)).sort();
  return { added, removed, changed };
}

/**
 * The parts added, removed or changed that `allowed` does not cover (names or patterns): empty when
 * every other part is byte-identical. `expect(partsChangedOutside(input, output, [...])).toEqual([])`.
 */
export function partsChangedOutside(
  before: string | Uint8Array | PackageParts,
  after: string | Uint8Array | PackageParts,
  allowed: readonly (string | RegExp)[],
): string[] {
  const { added, removed, changed } = changedParts(before, after);
  const ok = (name: string) => allowed.some((a) => (typeof a === "string" ? a === name : a.test(name)));
  return [...added.map((n) => `added ${n}`), ...removed.map((n) => `removed ${n}`), ...changed.map((n) => `changed ${n}`)].filter(
    (line) => !ok(line.slice(line.indexOf(" ") + 1)),
  );
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A part decoded as UTF-8 text; throws when the part is missing. */
export function partText(parts: PackageParts, name: string): string {
  const data = parts.get(name);
  if (data === undefined) throw new Error(`no part ${name} in the package (parts: ${[...parts.keys()].join(", ")})`);
  return new TextDecoder("utf-8").decode(data);
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml");
}

export function partXml(parts: PackageParts, name: string): Document {
  return parseXml(partText(parts, name));
}

/** The elements named `local` in any namespace, in document order. */
export function elements(doc: Document | Element, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", local));
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

export interface Relationship {
  id: string;
  /** The full relationship type URI. */
  type: string;
  /** The type's last segment: "worksheet", "comments", "threadedComment", … */
  kind: string;
  target: string;
  external: boolean;
  /** For an internal target: the part name it resolves to (relative or absolute target). */
  part: string | null;
}

/** The rels part of a source part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(source: string): string {
  const dir = posix.dirname(source);
  const base = posix.basename(source);
  return source === "" ? "_rels/.rels" : posix.join(dir === "." ? "" : dir, "_rels", `${base}.rels`);
}

/** Resolves a relationship target against its source part, as OPC does (a leading "/" is absolute). */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split("#")[0];
  if (clean.startsWith("/")) return posix.normalize(clean.slice(1));
  const dir = posix.dirname(source);
  return posix.normalize(posix.join(dir === "." ? "" : dir, decodeURI(clean)));
}

/** The relationships of `source` ("" for the package's own), or [] when it has none. */
export function relationships(parts: PackageParts, source: string): Relationship[] {
  const name = relsPartOf(source);
  if (!parts.has(name)) return [];
  return elements(partXml(parts, name), "Relationship").map((el) => {
    const type = el.getAttribute("Type") ?? "";
    const target = el.getAttribute("Target") ?? "";
    const external = el.getAttribute("TargetMode") === "External";
    return {
      id: el.getAttribute("Id") ?? "",
      type,
      kind: type.slice(type.lastIndexOf("/") + 1),
      target,
      external,
      part: external ? null : resolveTarget(source, target),
    };
  });
}

/** The content type of a part, from [Content_Types].xml (Override first, then Default by extension). */
export function contentTypeOf(parts: PackageParts, partName: string): string | null {
  const doc = partXml(parts, "[Content_Types].xml");
  const wanted = `/${partName}`.toLowerCase();
  for (const o of elements(doc, "Override"))
    if ((o.getAttribute("PartName") ?? "").toLowerCase() === wanted) return o.getAttribute("ContentType");
  const ext = partName.slice(partName.lastIndexOf(".") + 1).toLowerCase();
  for (const d of elements(doc, "Default"))
    if ((d.getAttribute("Extension") ?? "").toLowerCase() === ext) return d.getAttribute("ContentType");
  return null;
}

/** The workbook part, from the package's officeDocument relationship. */
export function workbookPart(parts: PackageParts): string {
  const rel = relationships(parts, "").find((r) => r.kind === "officeDocument");
  if (!rel?.part) throw new Error("the package has no officeDocument relationship");
  return rel.part;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet (or chartsheet) part. */
  part: string;
  /** 0-based position, the localSheetId of names scoped to it. */
  index: number;
}

/** The workbook's sheets, in workbook order. */
export function workbookSheets(parts: PackageParts): SheetEntry[] {
  const wb = workbookPart(parts);
  const rels = new Map(relationships(parts, wb).map((r) => [r.id, r]));
  return elements(partXml(parts, wb), "sheet").map((el, index) => {
    const rid = el.getAttributeNS(NS.r, "id") ?? "";
    const part = rels.get(rid)?.part;
    if (!part) throw new Error(`sheet ${el.getAttribute("name")}: relationship ${rid} not found`);
    return {
      name: el.getAttribute("name") ?? "",
      sheetId: Number(el.getAttribute("sheetId")),
      state: (el.getAttribute("state") ?? "visible") as SheetEntry["state"],
      part,
      index,
    };
  });
}

export interface DefinedNameEntry {
  name: string;
  /** The formula text, as stored (no leading "="). */
  text: string;
  /** The 0-based sheet index for a sheet-scoped name, else null. */
  localSheetId: number | null;
  hidden: boolean;
}

export function definedNames(parts: PackageParts): DefinedNameEntry[] {
  return elements(partXml(parts, workbookPart(parts)), "definedName").map((el) => ({
    name: el.getAttribute("name") ?? "",
    text: el.textContent ?? "",
    localSheetId: el.hasAttribute("localSheetId") ? Number(el.getAttribute("localSheetId")) : null,
    hidden: el.getAttribute("hidden") === "1" || el.getAttribute("hidden") === "true",
  }));
}

/** The part of the sheet named `sheetName`; throws when there is none. */
export function sheetPart(parts: PackageParts, sheetName: string): string {
  const sheet = workbookSheets(parts).find((s) => s.name === sheetName);
  if (!sheet)
    throw new Error(
      `no sheet ${sheetName} (sheets: ${workbookSheets(parts)
        .map((s) => s.name)
        .join(", ")})`,
    );
  return sheet.part;
}

/** A cell's value as Office.js `range.values` gives it: text, number, boolean, or "" for a blank. */
export type SheetCellValue = string | number | boolean;

/**
 * A worksheet's cell values (cached values for formula cells, shared and inline strings, booleans,
 * error values as their text "#N/A"…), as a dense grid from A1 to the last used cell.
 */
export function sheetValues(parts: PackageParts, sheetName: string): SheetCellValue[][] {
  const shared = sharedStrings(parts);
  const doc = partXml(parts, sheetPart(parts, sheetName));
  const grid: SheetCellValue[][] = [];
  let width = 0;
  for (const c of elements(doc, "c")) {
    const ref = c.getAttribute("r") ?? "";
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`${sheetName}: a cell without an A1 reference`);
    const column = columnNumber(m[1]);
    const row = Number(m[2]);
    const value = cellValue(c, shared);
    if (value === "") continue;
    while (grid.length < row) grid.push([]);
    grid[row - 1][column - 1] = value;
    width = Math.max(width, column);
  }
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

function cellValue(c: Element, shared: string[]): SheetCellValue {
  const t = c.getAttribute("t") ?? "n";
  const v = elements(c, "v")[0]?.textContent ?? null;
  if (t === "inlineStr")
    return elements(c, "t")
      .map((e) => e.textContent ?? "")
      .join("");
  if (v === null) return "";
  if (t === "s") return shared[Number(v)] ?? "";
  if (t === "str" || t === "e") return v;
  if (t === "b") return v === "1" || v === "true";
  return Number(v);
}

/** The shared strings (rich text runs joined), or [] when the package has none. */
export function sharedStrings(parts: PackageParts): string[] {
  const wb = workbookPart(parts);
  const rel = relationships(parts, wb).find((r) => r.kind === "sharedStrings");
  if (!rel?.part || !parts.has(rel.part)) return [];
  return elements(partXml(parts, rel.part), "si").map((si) =>
    elements(si, "t")
      .filter((t) => (t.parentNode as Element | null)?.localName !== "rPh")
      .map((t) => t.textContent ?? "")
      .join(""),
  );
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The workbook with a part of `bytes` random (incompressible) bytes added, as a large embedded
 * image makes a real workbook large: for a file over a size limit without 100,000 rows to build.
 */
export function withLargePart(input: string | Uint8Array, bytes: number): Uint8Array {
  const parts = readParts(input);
  parts.set("xl/media/image1.png", randomFillSync(new Uint8Array(bytes)));
  return zipSync(Object.fromEntries(parts), { level: 6 });
}
