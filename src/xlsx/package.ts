import { CONTENT_TYPES_PART, ContentTypes } from "./contentTypes";
import { packageError } from "./errors";
import { DEFAULT_LIMITS, type PackageLimits } from "./limits";
import { DEFAULT_DEFLATE_LEVEL, deflatePart, type DeflatedPart } from "./partSink";
import { Relationships, relsPathOf } from "./relationships";
import { scanXml } from "./xmlText";
import {
  concatBytes,
  ENCRYPTED_ENTRY,
  FLAG_ENCRYPTED,
  FLAG_UTF8,
  inflateData,
  inflateEntry,
  localData,
  readZipDirectory,
  type ZipEntry,
} from "./zipRead";
import { DOS_EPOCH, writeZip, type ZipOutEntry } from "./zipWrite";

/**
 * An .xlsx file as the package it is: a zip of parts, opened without inflating anything, read
 * part by part (whole, or streamed in chunks) within the limits of limits.ts, edited part by part,
 * and written back with every part left alone copied as its original compressed bytes.
 */

export interface PackageOptions {
  /** Limits replacing those of limits.ts (tests use small ones). */
  limits?: Partial<PackageLimits>;
  /** fflate's deflate level for parts written (0–9). */
  deflateLevel?: number;
}

/** One part: the original zip entry, or new content already deflated. */
type Stored = { kind: "original"; entry: ZipEntry } | { kind: "new"; deflated: DeflatedPart; base: ZipEntry | null };

interface Slot {
  name: string;
  stored: Stored;
}

const OFFICE_DOCUMENT = "officeDocument";
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
const SPREADSHEET_MAIN =
  /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml|ms-excel\.sheet\.binary\.macroEnabled\.main/i;

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** A part name as the zip stores it: no leading "/". */
const clean = (name: string): string => (name.startsWith("/") ? name.slice(1) : name);
const key = (name: string): string => clean(name).toLowerCase();

/** XML bytes as text: UTF-8 (BOM dropped), or UTF-16 when a BOM says so. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8.decode(bytes);
}

export class Package {
  private readonly slots = new Map<string, Slot>();
  /** Keys in archive order; new parts at the end. */
  private order: string[] = [];
  private readonly comment: Uint8Array;
  /** Folder entries ("xl/"), kept as they were. */
  private readonly directories: ZipEntry[];
  private types: ContentTypes;
  readonly limits: PackageLimits;
  readonly deflateLevel: number;
  /** The workbook part found through `_rels/.rels`, e.g. "xl/workbook.xml". */
  readonly workbookPath: string;

  /** Use openPackage. */
  constructor(
    private readonly bytes: Uint8Array,
    options: PackageOptions = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.deflateLevel = options.deflateLevel ?? DEFAULT_DEFLATE_LEVEL;
    const directory = readZipDirectory(bytes);
    this.comment = directory.comment;
    for (const entry of directory.entries) {
      if (entry.name.endsWith("/")) continue;
      const k = key(entry.name);
      if (this.slots.has(k)) throw packageError("corrupt", entry.name, "two zip entries of the same name");
      this.slots.set(k, { name: entry.name, stored: { kind: "original", entry } });
      this.order.push(k);
    }
    this.directories = directory.entries.filter((e) => e.name.endsWith("/"));
    this.refuseOpenDocument();
    if (!this.has(CONTENT_TYPES_PART)) throw packageError("not-workbook", null, "no [Content_Types].xml");
    this.types = new ContentTypes(this.readText(CONTENT_TYPES_PART));
    this.workbookPath = this.findWorkbook();
  }

  private refuseOpenDocument(): void {
    const mimetype = this.slots.get("mimetype");
    if (mimetype === undefined) return;
    const text = this.readText("mimetype").trim();
    if (text.startsWith(ODS_MIMETYPE)) throw packageError("ods");
    if (text.startsWith("application/vnd.oasis.opendocument"))
      throw packageError("not-workbook", null, { it: "un file OpenDocument", en: "an OpenDocument file" });
  }

  /** The officeDocument target of `_rels/.rels` (else the part whose content type is a workbook's), checked to be a workbook. */
  private findWorkbook(): string {
    let path: string | undefined;
    if (this.has("_rels/.rels")) {
      const office = new Relationships("", this.readText("_rels/.rels")).ofKind(OFFICE_DOCUMENT)[0];
      path = office?.part ?? undefined;
    }
    path ??= this.types.overrides().find(([, type]) => SPREADSHEET_MAIN.test(type))?.[0];
    if (path === undefined) throw packageError("not-workbook", null, "no main document");
    if (!this.has(path)) throw packageError("missing-part", path);
    const type = this.contentType(path) ?? "";
    if (/wordprocessingml|presentationml|ms-word|ms-powerpoint/i.test(type)) {
      throw packageError(
        "not-workbook",
        path,
        /word/i.test(type)
          ? { it: "un documento Word", en: "a Word document" }
          : { it: "una presentazione PowerPoint", en: "a PowerPoint presentation" },
      );
    }
    if (/binary\.macroEnabled/i.test(type))
      throw packageError("not-workbook", path, { it: "una cartella binaria di Excel (.xlsb)", en: "an Excel binary workbook (.xlsb)" });
    const slot = this.slot(path);
    if (slot.stored.kind === "original" && slot.stored.entry.flags & FLAG_ENCRYPTED) throw packageError("encrypted", path, ENCRYPTED_ENTRY);
    const root = scanXml(this.readText(path), path);
    if (root.local !== "workbook") throw packageError("not-workbook", path, `its main part is <${root.name}>`);
    return this.slot(path).name;
  }

  private slot(name: string): Slot {
    const slot = this.slots.get(key(name));
    if (slot === undefined) throw packageError("missing-part", clean(name));
    return slot;
  }

  /** Every part's name (no leading "/"), in archive order. */
  partNames(): string[] {
    return this.order.map((k) => (this.slots.get(k) as Slot).name);
  }

  /** True when the part exists (names compared ignoring case, as OPC does). */
  has(name: string): boolean {
    return this.slots.has(key(name));
  }

  /** The part's name as stored (its case), or undefined. */
  nameOf(name: string): string | undefined {
    return this.slots.get(key(name))?.name;
  }

  /** The part's content type, from [Content_Types].xml. */
  contentType(name: string): string | undefined {
    return this.types.get(clean(name));
  }

  /** The package's content types (for finding parts by type). */
  get contentTypes(): ContentTypes {
    return this.types;
  }

  /** The part's bytes, inflated whole (at most limits.maxPartBytes). */
  read(name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    this.stream(name, (chunk) => chunks.push(chunk), false);
    return concatBytes(chunks);
  }

  /** The part as text (UTF-8, or UTF-16 with a BOM). */
  readText(name: string): string {
    return decodeXmlBytes(this.read(name));
  }

  /**
   * Hands the part's inflated bytes to `onChunk` chunk by chunk, without holding them: up to
   * limits.maxStreamedPartBytes when `streamed`, else limits.maxPartBytes. The CRC is checked at
   * the end; an exception thrown by `onChunk` stops the inflation and propagates.
   */
  stream(name: string, onChunk: (chunk: Uint8Array) => void, streamed = true): void {
    const slot = this.slot(name);
    const limits = {
      maxBytes: streamed ? this.limits.maxStreamedPartBytes : this.limits.maxPartBytes,
      maxCompressionRatio: this.limits.maxCompressionRatio,
      ratioCheckFromBytes: this.limits.ratioCheckFromBytes,
    };
    if (slot.stored.kind === "original") {
      inflateEntry(this.bytes, slot.stored.entry, limits, onChunk);
      return;
    }
    const { deflated } = slot.stored;
    inflateData(slot.name, concatBytes(deflated.chunks), false, deflated, limits, onChunk);
  }

  /** Sets a part's content (new or replacing), with its content type when given (an Override is added if the Default does not give it). */
  set(name: string, data: Uint8Array | string, contentType?: string): void {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    this.setDeflated(name, deflatePart(bytes, this.deflateLevel), contentType);
  }

  /** Sets a part's content already deflated (see PartSink). */
  setDeflated(name: string, deflated: DeflatedPart, contentType?: string): void {
    const k = key(name);
    if (k === CONTENT_TYPES_PART.toLowerCase()) {
      throw new Error("[Content_Types].xml is kept by the package: give content types with set().");
    }
    const existing = this.slots.get(k);
    const base = existing === undefined ? null : existing.stored.kind === "original" ? existing.stored.entry : existing.stored.base;
    this.slots.set(k, { name: existing?.name ?? clean(name), stored: { kind: "new", deflated, base } });
    if (existing === undefined) this.order.push(k);
    if (contentType !== undefined) this.types.set(clean(name), contentType);
  }

  /** Removes a part and its content-type Override (its relationships are the caller's). */
  remove(name: string): void {
    const k = key(name);
    if (!this.slots.has(k)) return;
    this.slots.delete(k);
    this.order = this.order.filter((o) => o !== k);
    this.types.remove(clean(name));
  }

  /** The relationships of a part ("" for the package's), empty when it has no rels part. */
  relationships(part: string): Relationships {
    const path = relsPathOf(part);
    return new Relationships(part, this.has(path) ? this.readText(path) : undefined);
  }

  /** Stores edited relationships (a rels part left with no relationship is removed). */
  setRelationships(rels: Relationships): void {
    if (!rels.changed) return;
    const path = relsPathOf(rels.of);
    if (rels.list().length === 0) this.remove(path);
    else this.set(path, rels.text);
  }

  /** True when the part was written or replaced since opening. */
  isChanged(name: string): boolean {
    return this.slots.get(key(name))?.stored.kind === "new";
  }

  /** A snapshot of the package's state, to give back with restore() when an edit fails half-way. */
  checkpoint(): () => void {
    const slots = new Map(this.slots);
    const order = [...this.order];
    const types = this.types.snapshot();
    return () => {
      this.slots.clear();
      for (const [k, v] of slots) this.slots.set(k, v);
      this.order = order;
      types();
    };
  }

  /** The package as .xlsx bytes: parts left alone keep their original compressed bytes; changed ones are deflated. */
  toBytes(): Uint8Array {
    if (this.types.changed) {
      const k = key(CONTENT_TYPES_PART);
      const existing = this.slots.get(k) as Slot;
      const base = existing.stored.kind === "original" ? existing.stored.entry : existing.stored.base;
      existing.stored = { kind: "new", deflated: deflatePart(encoder.encode(this.types.text), this.deflateLevel), base };
    }
    const entries: ZipOutEntry[] = [];
    for (const directory of this.directories) entries.push(this.originalOut(directory));
    for (const k of this.order) {
      const slot = this.slots.get(k) as Slot;
      entries.push(
        slot.stored.kind === "original" ? this.originalOut(slot.stored.entry) : newOut(slot.name, slot.stored.deflated, slot.stored.base),
      );
    }
    return writeZip(entries, this.comment);
  }

  private originalOut(entry: ZipEntry): ZipOutEntry {
    const { data, localExtra } = localData(this.bytes, entry);
    return {
      nameBytes: entry.nameBytes,
      versionMadeBy: entry.versionMadeBy,
      versionNeeded: entry.versionNeeded,
      flags: entry.flags,
      method: entry.method,
      modTime: entry.modTime,
      modDate: entry.modDate,
      crc: entry.crc,
      size: entry.size,
      data: [data],
      localExtra,
      centralExtra: entry.extra,
      comment: entry.comment,
      internalAttributes: entry.internalAttributes,
      externalAttributes: entry.externalAttributes,
    };
  }
}

/** A new or changed part's entry: the replaced entry's name bytes, times and attributes kept, else defaults. */
function newOut(name: string, deflated: DeflatedPart, base: ZipEntry | null): ZipOutEntry {
  const nameBytes = base?.nameBytes ?? encoder.encode(name);
  const ascii = nameBytes.every((b) => b < 0x80);
  return {
    nameBytes,
    versionMadeBy: base?.versionMadeBy ?? 20,
    versionNeeded: 20,
    flags: (base?.flags ?? (ascii ? 0 : FLAG_UTF8)) & FLAG_UTF8,
    method: 8,
    modTime: base?.modTime ?? DOS_EPOCH.time,
    modDate: base?.modDate ?? DOS_EPOCH.date,
    crc: deflated.crc,
    size: deflated.size,
    data: deflated.chunks,
    localExtra: new Uint8Array(0),
    centralExtra: new Uint8Array(0),
    comment: new Uint8Array(0),
    internalAttributes: base?.internalAttributes ?? 0,
    externalAttributes: base?.externalAttributes ?? 0,
  };
}

/** Opens an .xlsx (or .xlsm) package: parses the zip's directory (nothing inflated but the small index parts) and finds the workbook part. */
export function openPackage(bytes: Uint8Array, options: PackageOptions = {}): Package {
  return new Package(bytes, options);
}
