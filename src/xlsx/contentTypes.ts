import { applySplices, appendChildSplice, attribute, escapeAttribute, scanXml, type XmlElement } from "./xmlText";

/**
 * `[Content_Types].xml`: the content type of each part (an Override for the part, else the
 * Default for its extension), edited in place: an Override added before `</Types>` or removed,
 * every other byte kept.
 */

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

/** "xl/workbook.xml" or "/xl/workbook.xml" → "/xl/workbook.xml" (a part name as content types write it). */
const partNameOf = (part: string): string => (part.startsWith("/") ? part : `/${part}`);

const extensionOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  const dot = part.lastIndexOf(".");
  return dot > slash ? part.slice(dot + 1).toLowerCase() : "";
};

export class ContentTypes {
  private source: string;
  private root: XmlElement;
  private edited = false;

  constructor(text: string) {
    this.source = text;
    this.root = scanXml(text, CONTENT_TYPES_PART);
  }

  /** The current text of the part. */
  get text(): string {
    return this.source;
  }

  /** True once an edit changed the text. */
  get changed(): boolean {
    return this.edited;
  }

  /** A function giving back the current state (for undoing a failed edit). */
  snapshot(): () => void {
    const { source, root, edited } = this;
    return () => {
      this.source = source;
      this.root = root;
      this.edited = edited;
    };
  }

  /** The content type of a part (compared ignoring case, as OPC part names are), or undefined. */
  get(part: string): string | undefined {
    const wanted = partNameOf(part).toLowerCase();
    const override = this.overrideElement(wanted);
    if (override !== undefined) return attribute(override, "ContentType");
    const extension = extensionOf(part);
    for (const d of this.root.children) {
      if (d.local === "Default" && (attribute(d, "Extension") ?? "").toLowerCase() === extension) return attribute(d, "ContentType");
    }
    return undefined;
  }

  /** Every Override, as [part name without its leading "/", content type]. */
  overrides(): [string, string][] {
    return this.root.children
      .filter((c) => c.local === "Override")
      .map((c) => [(attribute(c, "PartName") ?? "").replace(/^\//, ""), attribute(c, "ContentType") ?? ""]);
  }

  private overrideElement(lowerPartName: string): XmlElement | undefined {
    return this.root.children.find((c) => c.local === "Override" && (attribute(c, "PartName") ?? "").toLowerCase() === lowerPartName);
  }

  private edit(start: number, end: number, text: string): void {
    this.source = applySplices(this.source, [{ start, end, text }]);
    this.root = scanXml(this.source, CONTENT_TYPES_PART);
    this.edited = true;
  }

  /** Makes `part` of content type `type`: an Override is added (or its type changed) unless the Default already gives it. */
  set(part: string, type: string): void {
    const override = this.overrideElement(partNameOf(part).toLowerCase());
    if (override !== undefined) {
      if (attribute(override, "ContentType") === type) return;
      this.edit(override.start, override.end, this.overrideXml(part, type));
      return;
    }
    if (this.get(part) === type) return;
    const splice = appendChildSplice(this.root, this.overrideXml(part, type));
    this.edit(splice.start, splice.end, splice.text);
  }

  /** Removes the part's Override, if it has one. */
  remove(part: string): void {
    const override = this.overrideElement(partNameOf(part).toLowerCase());
    if (override !== undefined) this.edit(override.start, override.end, "");
  }

  /** Adds a Default for the extension when none exists. */
  ensureDefault(extension: string, type: string): void {
    const exists = this.root.children.some(
      (d) => d.local === "Default" && (attribute(d, "Extension") ?? "").toLowerCase() === extension.toLowerCase(),
    );
    if (exists) return;
    const splice = appendChildSplice(
      this.root,
      `<${this.root.prefix}Default Extension="${escapeAttribute(extension)}" ContentType="${escapeAttribute(type)}"/>`,
    );
    this.edit(splice.start, splice.end, splice.text);
  }

  private overrideXml(part: string, type: string): string {
    return `<${this.root.prefix}Override PartName="${escapeAttribute(partNameOf(part))}" ContentType="${escapeAttribute(type)}"/>`;
  }
}
