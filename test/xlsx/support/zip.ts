import { deflateSync, inflateSync, strToU8, zipSync } from "fflate";

/**
 * Zip archives for the tests, made and taken apart without the code under test: fflate's
 * zipSync for ordinary archives, a hand-written writer for the layouts other tools produce
 * (stored entries, data descriptors, zip64 records), and a reader giving each entry's raw
 * compressed bytes.
 */

export type Parts = Record<string, string | Uint8Array>;

const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === "string" ? strToU8(data) : data);

/** An ordinary zip (deflate level 6), entries in the order given. */
export function zipParts(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = bytesOf(data);
  return zipSync(files, { level: 6, mtime: new Date(2024, 0, 15, 10, 30) });
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Plain byte-by-byte CRC-32 (independent of src/xlsx/crc32.ts). */
export function simpleCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntryOptions {
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
  /** Sizes and CRC in a data descriptor after the data (flag bit 3), zeros in the local header. */
  descriptor?: boolean;
}

/** A zip written field by field; `zip64` writes zip64 extra fields and end records for every entry. */
export function buildZip(entries: { name: string; data: string | Uint8Array; options?: RawEntryOptions }[], zip64 = false): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  for (const { name, data, options = {} } of entries) {
    const raw = bytesOf(data);
    const method = options.method ?? 8;
    const body = method === 0 ? raw : deflateSync(raw, { level: 6 });
    const crc = simpleCrc32(raw);
    const nameBytes = strToU8(name);
    const flags = options.descriptor ? 0x0008 : 0;
    const localOffset = offset;
    const zip64Extra = (values: number[]): Uint8Array => {
      const extra = new Uint8Array(4 + values.length * 8);
      const dv = new DataView(extra.buffer);
      dv.setUint16(0, 0x0001, true);
      dv.setUint16(2, values.length * 8, true);
      values.forEach((v, i) => dv.setBigUint64(4 + i * 8, BigInt(v), true));
      return extra;
    };
    const localExtra = zip64 ? zip64Extra(options.descriptor ? [0, 0] : [raw.length, body.length]) : new Uint8Array(0);
    const local = new Uint8Array(30 + nameBytes.length + localExtra.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, zip64 ? 45 : 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, 0x21, true);
    lv.setUint32(14, options.descriptor ? 0 : crc, true);
    lv.setUint32(18, options.descriptor ? 0 : zip64 ? 0xffffffff : body.length, true);
    lv.setUint32(22, options.descriptor ? 0 : zip64 ? 0xffffffff : raw.length, true);
    lv.setUint16(26, nameBytes.length, true);
    lv.setUint16(28, localExtra.length, true);
    local.set(nameBytes, 30);
    local.set(localExtra, 30 + nameBytes.length);
    push(local);
    push(body);
    if (options.descriptor) {
      const d = new Uint8Array(zip64 ? 24 : 16);
      const dv = new DataView(d.buffer);
      dv.setUint32(0, 0x08074b50, true);
      dv.setUint32(4, crc, true);
      if (zip64) {
        dv.setBigUint64(8, BigInt(body.length), true);
        dv.setBigUint64(16, BigInt(raw.length), true);
      } else {
        dv.setUint32(8, body.length, true);
        dv.setUint32(12, raw.length, true);
      }
      push(d);
    }
    const centralExtra = zip64 ? zip64Extra([raw.length, body.length, localOffset]) : new Uint8Array(0);
    const c = new Uint8Array(46 + nameBytes.length + centralExtra.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, zip64 ? 45 : 20, true);
    cv.setUint16(6, zip64 ? 45 : 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, zip64 ? 0xffffffff : body.length, true);
    cv.setUint32(24, zip64 ? 0xffffffff : raw.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint16(30, centralExtra.length, true);
    cv.setUint32(42, zip64 ? 0xffffffff : localOffset, true);
    c.set(nameBytes, 46);
    c.set(centralExtra, 46 + nameBytes.length);
    central.push(c);
  }
  const cdOffset = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdOffset;
  if (zip64) {
    const end64 = new Uint8Array(56);
    const ev = new DataView(end64.buffer);
    ev.setUint32(0, 0x06064b50, true);
    ev.setBigUint64(4, 44n, true);
    ev.setUint16(12, 45, true);
    ev.setUint16(14, 45, true);
    ev.setBigUint64(24, BigInt(entries.length), true);
    ev.setBigUint64(32, BigInt(entries.length), true);
    ev.setBigUint64(40, BigInt(cdSize), true);
    ev.setBigUint64(48, BigInt(cdOffset), true);
    const end64Offset = offset;
    push(end64);
    const locator = new Uint8Array(20);
    const lv = new DataView(locator.buffer);
    lv.setUint32(0, 0x07064b50, true);
    lv.setBigUint64(8, BigInt(end64Offset), true);
    lv.setUint32(16, 1, true);
    push(locator);
  }
  const end = new Uint8Array(22);
  const dv = new DataView(end.buffer);
  dv.setUint32(0, 0x06054b50, true);
  dv.setUint16(8, zip64 ? 0xffff : entries.length, true);
  dv.setUint16(10, zip64 ? 0xffff : entries.length, true);
  dv.setUint32(12, zip64 ? 0xffffffff : cdSize, true);
  dv.setUint32(16, zip64 ? 0xffffffff : cdOffset, true);
  push(end);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export interface RawEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  /** The entry's bytes as stored in the archive (compressed). */
  compressed: Uint8Array;
}

/** The entries of a (non-zip64) archive with their raw compressed bytes, in central-directory order. */
export function rawEntries(zip: Uint8Array): RawEntry[] {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && dv.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip");
  const count = dv.getUint16(end + 10, true);
  let at = dv.getUint32(end + 16, true);
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (dv.getUint32(at, true) !== 0x02014b50) throw new Error("bad central directory");
    const method = dv.getUint16(at + 10, true);
    const crc = dv.getUint32(at + 16, true);
    const compressedSize = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const local = dv.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (dv.getUint32(local, true) !== 0x04034b50) throw new Error(`bad local header of ${name}`);
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    entries.push({ name, method, crc, size, compressed: zip.subarray(start, start + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every entry inflated, by name (checked against its CRC). */
export function unzipParts(zip: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const e of rawEntries(zip)) {
    const data = e.method === 0 ? e.compressed : inflateSync(e.compressed);
    if (simpleCrc32(data) !== e.crc) throw new Error(`CRC of ${e.name}`);
    out.set(e.name, data);
  }
  return out;
}

/** Every entry as text, by name. */
export function unzipText(zip: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of unzipParts(zip)) out.set(name, new TextDecoder().decode(data));
  return out;
}
