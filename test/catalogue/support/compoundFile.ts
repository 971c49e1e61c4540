/**
 * OLE2 compound files written field by field (MS-CFB, version 3, 512-byte sectors): a header, one
 * FAT sector and the directory sectors naming the streams, all empty. Enough to stand for
 * an Excel 97-2003 .xls (a "Workbook" stream) or a password-protected workbook ("EncryptionInfo"
 * and "EncryptedPackage").
 */

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;

function directoryEntry(name: string, type: 2 | 5, child: number, right: number): Uint8Array {
  const entry = new Uint8Array(128);
  const dv = new DataView(entry.buffer);
  for (let i = 0; i < name.length; i++) dv.setUint16(i * 2, name.charCodeAt(i), true);
  dv.setUint16(0x40, (name.length + 1) * 2, true);
  dv.setUint8(0x42, type);
  dv.setUint8(0x43, 1);
  dv.setUint32(0x44, NO_STREAM, true);
  dv.setUint32(0x48, right, true);
  dv.setUint32(0x4c, child, true);
  dv.setUint32(0x74, END_OF_CHAIN, true);
  return entry;
}

/** A compound file whose root storage holds the named (empty) streams; past three, the directory takes more sectors, chained in the FAT. */
export function compoundFile(streams: readonly string[]): Buffer {
  const directorySectors = Math.ceil((streams.length + 1) / 4);
  const bytes = new Uint8Array(SECTOR * (2 + directorySectors));
  const dv = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(0x18, 0x003e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true);
  dv.setUint32(0x30, 1, true);
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, END_OF_CHAIN, true);
  dv.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) {
    const next = i === 0 ? FAT_SECTOR : i < directorySectors ? i + 1 : i === directorySectors ? END_OF_CHAIN : FREE;
    dv.setUint32(fat + i * 4, next, true);
  }
  const directory = SECTOR * 2;
  bytes.set(directoryEntry("Root Entry", 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM), directory);
  streams.forEach((name, i) => {
    const right = i + 1 < streams.length ? i + 2 : NO_STREAM;
    bytes.set(directoryEntry(name, 2, NO_STREAM, right), directory + (i + 1) * 128);
  });
  return Buffer.from(bytes);
}
