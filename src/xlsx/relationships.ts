import { applySplices, appendChildSplice, attribute, escapeAttribute, scanXml, type XmlElement } from "./xmlText";

/**
 * Relationship parts (`_rels/*.rels`): where each relationship of a part points, resolved to a
 * part name whether its target is relative ("worksheets/sheet1.xml", "../tables/table1.xml") or
 * absolute ("/xl/worksheets/sheet1.xml"); and edits in place (a Relationship added before
 * `</Relationships>` or removed), every other byte kept.
 */

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The relationship-type base of transitional OOXML (Excel, LibreOffice, openpyxl). */
export const TRANSITIONAL_REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The part the target resolves to (no leading "/"), or null for an external target. */
  part: string | null;
}

/** The folder of a part, with its trailing "/" ("xl/workbook.xml" → "xl/"; "" for the package root). */
export const folderOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);

/** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's for ""). */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** "a/b/../c/./d" → "a/c/d". */
function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

/** The part a target of `source`'s relationships points at (source "" for the package's own rels). */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split("#")[0];
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // a stray "%": the target as written
  }
  return decoded.startsWith("/") ? normalise(decoded) : normalise(folderOf(source) + decoded);
}

/** The relative target from part `from` to part `to` ("xl/worksheets/sheet1.xml" → "xl/tables/table1.xml" is "../tables/table1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const fromDirs = folderOf(from)
    .split("/")
    .filter((s) => s !== "");
  const toParts = to.split("/");
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  return [...fromDirs.slice(common).map(() => ".."), ...toParts.slice(common)].join("/");
}

/** True when a relationship type is of this kind, in the transitional or strict vocabulary ("…/relationships/worksheet"). */
export const isType = (type: string, kind: string): boolean => type.endsWith(`/${kind}`);

export const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;

export class Relationships {
  private source: string;
  private root: XmlElement;
  private edited = false;

  /** `source` is the part whose relationships these are ("" for the package). */
  constructor(
    readonly of: string,
    text: string = EMPTY_RELS,
  ) {
    this.source = text;
    this.root = scanXml(text, relsPathOf(of));
  }

  get text(): string {
    return this.source;
  }

  get changed(): boolean {
    return this.edited;
  }

  /** The relationships, in document order. */
  list(): Relationship[] {
    return this.root.children
      .filter((c) => c.local === "Relationship")
      .map((c) => {
        const target = attribute(c, "Target") ?? "";
        const external = attribute(c, "TargetMode") === "External";
        return {
          id: attribute(c, "Id") ?? "",
          type: attribute(c, "Type") ?? "",
          target,
          external,
          part: external ? null : resolveTarget(this.of, target),
        };
      });
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((r) => r.id === id);
  }

  /** Internal relationships of this kind (see isType). */
  ofKind(kind: string): Relationship[] {
    return this.list().filter((r) => !r.external && isType(r.type, kind));
  }

  /** Adds a relationship to `part` (a relative target), returning its new Id ("rIdN", unused). */
  add(type: string, part: string): string {
    const used = new Set(this.list().map((r) => r.id));
    let n = used.size + 1;
    for (const id of used) {
      const m = /^rId(\d+)$/.exec(id);
      if (m !== null) n = Math.max(n, Number(m[1]) + 1);
    }
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const xml = `<${this.root.prefix}Relationship Id="${id}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(relativeTarget(this.of, part))}"/>`;
    const splice = appendChildSplice(this.root, xml);
    this.apply(splice.start, splice.end, splice.text);
    return id;
  }

  /** Removes the relationship of this Id, if present. */
  remove(id: string): void {
    const element = this.root.children.find((c) => c.local === "Relationship" && attribute(c, "Id") === id);
    if (element !== undefined) this.apply(element.start, element.end, "");
  }

  private apply(start: number, end: number, text: string): void {
    this.source = applySplices(this.source, [{ start, end, text }]);
    this.root = scanXml(this.source, relsPathOf(this.of));
    this.edited = true;
  }
}
