import { Inflate } from "fflate";
import { isEncryptedWorkbook } from "./compoundFile";
import { crc32 } from "./crc32";
import { formatBytes, packageError } from "./errors";

/**
 * Reading a zip archive in memory: the central directory (parsed once, nothing inflated), where
 * each entry's compressed bytes sit, and inflating an entry in chunks while counting its
 * expanded bytes against a limit and checking its CRC-32 at the end.
 */

/** What the central directory records of an entry, and the writer writes back. */
export interface ZipEntryHeader {
  /** The name's bytes exactly as stored. */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  /** 0 stored, 8 deflate. */
  method: number;
  modTime: number;
  modDate: number;
  crc: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  comment: Uint8Array;
}

export interface ZipEntry extends ZipEntryHeader {
  /** The entry's name (UTF-8 decoded), e.g. "xl/workbook.xml". */
  name: string;
  compressedSize: number;
  localOffset: number;
  /** The central directory's extra field, as stored. */
  extra: Uint8Array;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** The archive comment, as stored. */
  comment: Uint8Array;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Flag bit 0: the entry is encrypted. */
export const FLAG_ENCRYPTED = 0x0001;
/** The detail of an "encrypted" refusal when it is the zip's entries that are encrypted. */
export const ENCRYPTED_ENTRY = { it: "parte cifrata nello zip", en: "encrypted zip entry" };
/** Flag bit 3: sizes and CRC follow the data in a data descriptor. */
export const FLAG_DATA_DESCRIPTOR = 0x0008;
/** Flag bit 11: the name is UTF-8. */
export const FLAG_UTF8 = 0x0800;

const utf8 = new TextDecoder("utf-8");

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** True when the bytes start with `magic`. */
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
export const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06] as const;
export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
export const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;

/** Refuses, with the right PackageError, bytes that cannot be a zip archive. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw packageError("empty");
  if (startsWith(bytes, OLE2_MAGIC)) throw packageError(isEncryptedWorkbook(bytes) ? "encrypted" : "xls");
  if (startsWith(bytes, PDF_MAGIC)) throw packageError("pdf");
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) throw packageError("not-zip");
}

/** Parses the end record and central directory. Throws "truncated" when they are missing or cut. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  sniff(bytes);
  const dv = view(bytes);
  const endAt = findEndRecord(bytes, dv);
  if (endAt < 0) throw packageError("truncated", null, { it: "manca la fine dell'indice dello zip", en: "no end of central directory" });
  const disk = dv.getUint16(endAt + 4, true);
  const cdDisk = dv.getUint16(endAt + 6, true);
  let count = dv.getUint16(endAt + 10, true);
  let cdSize = dv.getUint32(endAt + 12, true);
  let cdOffset = dv.getUint32(endAt + 16, true);
  const commentLength = dv.getUint16(endAt + 20, true);
  const comment = bytes.slice(endAt + END_SIZE, endAt + END_SIZE + commentLength);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset } = readZip64End(bytes, dv, endAt));
  } else if (disk !== 0 || cdDisk !== 0) {
    throw packageError("unsupported-zip", null, "split archive");
  }
  if (cdOffset + cdSize > bytes.length) throw packageError("truncated", null, "central directory past the end of the file");
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const cdEnd = cdOffset + cdSize;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdEnd || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) throw packageError("corrupt", null, "bad central directory");
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const entryCommentLength = dv.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + entryCommentLength;
    if (next > cdEnd) throw packageError("corrupt", null, "bad central directory");
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    const extra = bytes.slice(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const entry: ZipEntry = {
      name: utf8.decode(nameBytes),
      nameBytes,
      versionMadeBy: dv.getUint16(at + 4, true),
      versionNeeded: dv.getUint16(at + 6, true),
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      modTime: dv.getUint16(at + 12, true),
      modDate: dv.getUint16(at + 14, true),
      crc: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      size: dv.getUint32(at + 24, true),
      internalAttributes: dv.getUint16(at + 36, true),
      externalAttributes: dv.getUint32(at + 38, true),
      localOffset: dv.getUint32(at + 42, true),
      extra,
      comment: bytes.slice(at + 46 + nameLength + extraLength, next),
    };
    applyZip64Extra(entry, dv.getUint16(at + 34, true));
    entries.push(entry);
    at = next;
  }
  return { entries, comment };
}

function findEndRecord(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - MAX_COMMENT);
  for (let i = bytes.length - END_SIZE; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && dv.getUint32(i, true) === END_SIGNATURE) {
      if (i + END_SIZE + dv.getUint16(i + 20, true) <= bytes.length) return i;
    }
  }
  return -1;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw packageError("too-large", null, "zip64 size");
  return Number(value);
}

function readZip64End(bytes: Uint8Array, dv: DataView, endAt: number): { count: number; cdSize: number; cdOffset: number } {
  const locator = endAt - 20;
  if (locator < 0 || dv.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw packageError("corrupt", null, "zip64 locator missing");
  if (dv.getUint32(locator + 16, true) > 1) throw packageError("unsupported-zip", null, "split archive");
  const at = safeNumber(dv.getBigUint64(locator + 8, true));
  if (at + 56 > bytes.length || dv.getUint32(at, true) !== ZIP64_END_SIGNATURE) throw packageError("truncated", null, "zip64 end record");
  if (dv.getUint32(at + 16, true) !== 0 || dv.getUint32(at + 20, true) !== 0) throw packageError("unsupported-zip", null, "split archive");
  return {
    count: safeNumber(dv.getBigUint64(at + 32, true)),
    cdSize: safeNumber(dv.getBigUint64(at + 40, true)),
    cdOffset: safeNumber(dv.getBigUint64(at + 48, true)),
  };
}

/** Takes the 64-bit sizes and offset of a zip64 extra field (0x0001) where the 32-bit ones are 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, diskStart: number): void {
  const needs =
    entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff || diskStart === 0xffff;
  if (!needs) {
    if (diskStart !== 0) throw packageError("unsupported-zip", entry.name, "split archive");
    return;
  }
  const field = extraFields(entry.extra).find((f) => f.id === 0x0001);
  if (field === undefined) throw packageError("corrupt", entry.name, "zip64 field missing");
  const dv = view(field.data);
  let at = 0;
  const next = (): number => {
    if (at + 8 > field.data.length) throw packageError("corrupt", entry.name, "zip64 field too short");
    const value = safeNumber(dv.getBigUint64(at, true));
    at += 8;
    return value;
  };
  if (entry.size === 0xffffffff) entry.size = next();
  if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
  if (entry.localOffset === 0xffffffff) entry.localOffset = next();
}

export interface ExtraField {
  id: number;
  data: Uint8Array;
}

/** The fields of an extra block, or null when it does not parse as id/length pairs. */
export function parseExtra(extra: Uint8Array): ExtraField[] | null {
  const fields: ExtraField[] = [];
  const dv = view(extra);
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    if (at + 4 + length > extra.length) return null;
    fields.push({ id, data: extra.subarray(at + 4, at + 4 + length) });
    at += 4 + length;
  }
  return at === extra.length ? fields : null;
}

const extraFields = (extra: Uint8Array): ExtraField[] => parseExtra(extra) ?? [];

export interface LocalData {
  /** The entry's compressed bytes (a view into the archive). */
  data: Uint8Array;
  /** The local header's extra field, as stored. */
  localExtra: Uint8Array;
}

/** Where an entry's compressed bytes are, from its local header. */
export function localData(bytes: Uint8Array, entry: ZipEntry): LocalData {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) throw packageError("truncated", entry.name, "local header past the end of the file");
  const dv = view(bytes);
  if (dv.getUint32(at, true) !== LOCAL_SIGNATURE) throw packageError("corrupt", entry.name, "bad local header");
  const nameLength = dv.getUint16(at + 26, true);
  const extraLength = dv.getUint16(at + 28, true);
  const start = at + 30 + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw packageError("truncated", entry.name, "entry data past the end of the file");
  return { data: bytes.subarray(start, end), localExtra: bytes.subarray(at + 30 + nameLength, start) };
}

export interface InflateLimits {
  /** Expanded bytes allowed. */
  maxBytes: number;
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

/** Compressed bytes pushed to the inflater at a time: at most ~1032× this comes out of one push. */
const INPUT_CHUNK = 64 * 1024;
/** Stored entries are handed out in slices of this size. */
const STORED_CHUNK = 1024 * 1024;

/**
 * Inflates an entry, handing each expanded chunk to `onChunk` as it comes (chunks are not kept).
 * Throws "too-large" as soon as the bytes counted pass the limits, "corrupt" on a damaged
 * stream, "bad-crc" when the CRC-32 or size does not match at the end. An exception thrown by
 * `onChunk` stops the inflation and propagates.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits: InflateLimits, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.flags & FLAG_ENCRYPTED) throw packageError("encrypted", entry.name, ENCRYPTED_ENTRY);
  if (entry.method !== 0 && entry.method !== 8) throw packageError("unsupported-zip", entry.name, `compression method ${entry.method}`);
  if (entry.size > limits.maxBytes)
    throw packageError("too-large", entry.name, `${formatBytes(entry.size)} > ${formatBytes(limits.maxBytes)}`);
  inflateData(entry.name, localData(bytes, entry).data, entry.method === 0, entry, limits, onChunk);
}

/**
 * Inflates compressed bytes (or hands out stored ones) in chunks, counting them against the
 * limits and checking `expected`'s size and CRC-32 at the end (see inflateEntry).
 */
export function inflateData(
  name: string,
  data: Uint8Array,
  stored: boolean,
  expected: { size: number; crc: number },
  limits: InflateLimits,
  onChunk: (chunk: Uint8Array) => void,
): void {
  let total = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > limits.maxBytes) throw packageError("too-large", name, `> ${formatBytes(limits.maxBytes)}`);
    if (total > limits.ratioCheckFromBytes && total > limits.maxCompressionRatio * Math.max(1, data.length)) {
      throw packageError("too-large", name, {
        it: `rapporto di compressione > ${limits.maxCompressionRatio}:1`,
        en: `compression ratio > ${limits.maxCompressionRatio}:1`,
      });
    }
    crc = crc32(chunk, crc);
    onChunk(chunk);
  };
  if (stored) {
    for (let at = 0; at < data.length; at += STORED_CHUNK) take(data.subarray(at, Math.min(data.length, at + STORED_CHUNK)));
  } else {
    const inflater = new Inflate((chunk) => {
      if (chunk.length > 0) take(chunk);
    });
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let at = 0; at < data.length; at += INPUT_CHUNK) {
        const end = Math.min(data.length, at + INPUT_CHUNK);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch (error) {
      if (isFlateError(error)) throw packageError("corrupt", name, `deflate: ${(error as Error).message}`);
      throw error;
    }
  }
  if (total !== expected.size) throw packageError("bad-crc", name, `size ${total}, expected ${expected.size}`);
  if (crc !== expected.crc) throw packageError("bad-crc", name);
}

/** fflate's errors carry a numeric `code` (FlateErrorCode). */
function isFlateError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "number" && !(error as { kind?: unknown }).kind;
}

/** The chunks joined into one array (the single chunk itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
