import { packageError } from "./errors";
import { FLAG_DATA_DESCRIPTOR, parseExtra, type ZipEntryHeader } from "./zipRead";

/**
 * Writing a zip archive from entries whose compressed bytes are already known: an entry kept
 * from the original archive is written with its original compressed bytes (never inflated and
 * deflated again), a new one with the bytes fflate deflated. Headers are rebuilt from the central
 * directory's values (sizes and CRC in the local header, no data descriptor, no zip64).
 */

export interface ZipOutEntry extends ZipEntryHeader {
  /** The compressed bytes, in one or more pieces. */
  data: readonly Uint8Array[];
  localExtra: Uint8Array;
  centralExtra: Uint8Array;
}

const U32_MAX = 0xffffffff;
const ZIP64_EXTRA_ID = 0x0001;

/** 1980-01-01 00:00, the earliest DOS date: what Excel writes, and keeps the output reproducible. */
export const DOS_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/** The extra block without its zip64 field (this writer never writes zip64); unparsable blocks are kept as they are. */
export function withoutZip64(extra: Uint8Array): Uint8Array {
  const fields = parseExtra(extra);
  if (fields === null || !fields.some((f) => f.id === ZIP64_EXTRA_ID)) return extra;
  const kept = fields.filter((f) => f.id !== ZIP64_EXTRA_ID);
  const out = new Uint8Array(kept.reduce((n, f) => n + 4 + f.data.length, 0));
  const dv = new DataView(out.buffer);
  let at = 0;
  for (const f of kept) {
    dv.setUint16(at, f.id, true);
    dv.setUint16(at + 2, f.data.length, true);
    out.set(f.data, at + 4);
    at += 4 + f.data.length;
  }
  return out;
}

const dataLength = (entry: ZipOutEntry): number => entry.data.reduce((n, piece) => n + piece.length, 0);

/** The archive's bytes. Throws "too-large" past what a zip without zip64 holds (4 GiB, 65,535 entries). */
export function writeZip(entries: readonly ZipOutEntry[], comment: Uint8Array = new Uint8Array(0)): Uint8Array {
  if (entries.length > 0xffff) throw packageError("too-large", null, "more than 65,535 zip entries");
  const prepared = entries.map((entry) => ({
    entry,
    compressedSize: dataLength(entry),
    localExtra: withoutZip64(entry.localExtra),
    centralExtra: withoutZip64(entry.centralExtra),
    flags: entry.flags & ~FLAG_DATA_DESCRIPTOR,
  }));
  let localTotal = 0;
  let centralTotal = 0;
  for (const p of prepared) {
    if (p.compressedSize > U32_MAX || p.entry.size > U32_MAX) throw packageError("too-large", null, "a part over 4 GiB");
    localTotal += 30 + p.entry.nameBytes.length + p.localExtra.length + p.compressedSize;
    centralTotal += 46 + p.entry.nameBytes.length + p.centralExtra.length + p.entry.comment.length;
  }
  const total = localTotal + centralTotal + 22 + comment.length;
  if (localTotal > U32_MAX) throw packageError("too-large", null, "an archive over 4 GiB");
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const p of prepared) {
    const e = p.entry;
    offsets.push(at);
    dv.setUint32(at, 0x04034b50, true);
    dv.setUint16(at + 4, e.versionNeeded, true);
    dv.setUint16(at + 6, p.flags, true);
    dv.setUint16(at + 8, e.method, true);
    dv.setUint16(at + 10, e.modTime, true);
    dv.setUint16(at + 12, e.modDate, true);
    dv.setUint32(at + 14, e.crc, true);
    dv.setUint32(at + 18, p.compressedSize, true);
    dv.setUint32(at + 22, e.size, true);
    dv.setUint16(at + 26, e.nameBytes.length, true);
    dv.setUint16(at + 28, p.localExtra.length, true);
    at += 30;
    out.set(e.nameBytes, at);
    at += e.nameBytes.length;
    out.set(p.localExtra, at);
    at += p.localExtra.length;
    for (const piece of e.data) {
      out.set(piece, at);
      at += piece.length;
    }
  }
  const cdOffset = at;
  prepared.forEach((p, i) => {
    const e = p.entry;
    dv.setUint32(at, 0x02014b50, true);
    dv.setUint16(at + 4, e.versionMadeBy, true);
    dv.setUint16(at + 6, e.versionNeeded, true);
    dv.setUint16(at + 8, p.flags, true);
    dv.setUint16(at + 10, e.method, true);
    dv.setUint16(at + 12, e.modTime, true);
    dv.setUint16(at + 14, e.modDate, true);
    dv.setUint32(at + 16, e.crc, true);
    dv.setUint32(at + 20, p.compressedSize, true);
    dv.setUint32(at + 24, e.size, true);
    dv.setUint16(at + 28, e.nameBytes.length, true);
    dv.setUint16(at + 30, p.centralExtra.length, true);
    dv.setUint16(at + 32, e.comment.length, true);
    dv.setUint16(at + 34, 0, true);
    dv.setUint16(at + 36, e.internalAttributes, true);
    dv.setUint32(at + 38, e.externalAttributes, true);
    dv.setUint32(at + 42, offsets[i], true);
    at += 46;
    out.set(e.nameBytes, at);
    at += e.nameBytes.length;
    out.set(p.centralExtra, at);
    at += p.centralExtra.length;
    out.set(e.comment, at);
    at += e.comment.length;
  });
  const cdSize = at - cdOffset;
  dv.setUint32(at, 0x06054b50, true);
  dv.setUint16(at + 4, 0, true);
  dv.setUint16(at + 6, 0, true);
  dv.setUint16(at + 8, prepared.length, true);
  dv.setUint16(at + 10, prepared.length, true);
  dv.setUint32(at + 12, cdSize, true);
  dv.setUint32(at + 16, cdOffset, true);
  dv.setUint16(at + 20, comment.length, true);
  out.set(comment, at + 22);
  return out;
}
