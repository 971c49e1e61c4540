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

/** An entry as written: its extras without zip64, its flags without a data descriptor. */
interface PreparedEntry {
  entry: ZipOutEntry;
  compressedSize: number;
  localExtra: Uint8Array;
  centralExtra: Uint8Array;
  flags: number;
}

/**
 * The 26 bytes a local header and its central directory record share, in the same order: from
 * the version needed to the length of the extra block.
 */
function setSharedFields(dv: DataView, at: number, p: PreparedEntry, extraLength: number): void {
  const e = p.entry;
  dv.setUint16(at, e.versionNeeded, true);
  dv.setUint16(at + 2, p.flags, true);
  dv.setUint16(at + 4, e.method, true);
  dv.setUint16(at + 6, e.modTime, true);
  dv.setUint16(at + 8, e.modDate, true);
  dv.setUint32(at + 10, e.crc, true);
  dv.setUint32(at + 14, p.compressedSize, true);
  dv.setUint32(at + 18, e.size, true);
  dv.setUint16(at + 22, e.nameBytes.length, true);
  dv.setUint16(at + 24, extraLength, true);
}

/** The name and the extra block after a header; returns where they end. */
function setNameAndExtra(out: Uint8Array, at: number, name: Uint8Array, extra: Uint8Array): number {
  out.set(name, at);
  out.set(extra, at + name.length);
  return at + name.length + extra.length;
}

/** The archive's bytes. Throws "too-large" past what a zip without zip64 holds (4 GiB, 65,535 entries). */
export function writeZip(entries: readonly ZipOutEntry[], comment: Uint8Array = new Uint8Array(0)): Uint8Array {
  if (entries.length > 0xffff) throw packageError("too-large", null, "more than 65,535 zip entries");
  const prepared = entries.map((entry): PreparedEntry => ({
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
    setSharedFields(dv, at + 4, p, p.localExtra.length);
    at = setNameAndExtra(out, at + 30, e.nameBytes, p.localExtra);
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
    setSharedFields(dv, at + 6, p, p.centralExtra.length);
    dv.setUint16(at + 32, e.comment.length, true);
    dv.setUint16(at + 34, 0, true);
    dv.setUint16(at + 36, e.internalAttributes, true);
    dv.setUint32(at + 38, e.externalAttributes, true);
    dv.setUint32(at + 42, offsets[i], true);
    at = setNameAndExtra(out, at + 46, e.nameBytes, p.centralExtra);
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
