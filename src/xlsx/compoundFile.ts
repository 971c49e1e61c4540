/**
 * What an OLE2 compound file (the container of Excel 97-2003 .xls files and of password-protected
 * workbooks) holds: the names in its directory, read from the header, the FAT and the directory
 * sectors only. A workbook encrypted by Excel is such a file with the streams `EncryptionInfo` and
 * `EncryptedPackage` in place of the zip.
 */

const FREE_OR_END = 0xfffffffa;
const DIFAT_IN_HEADER = 109;
const ENTRY_SIZE = 128;

/** The names of the directory's entries, or null when the directory cannot be followed. */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorAt = (sector: number): number => (sector + 1) * sectorSize;
  const fatSectors = Math.min(dv.getUint32(0x2c, true), DIFAT_IN_HEADER);
  const fat: number[] = [];
  for (let i = 0; i < fatSectors; i++) {
    const at = sectorAt(dv.getUint32(0x4c + i * 4, true));
    if (at + sectorSize > bytes.length) break;
    for (let j = 0; j < sectorSize; j += 4) fat.push(dv.getUint32(at + j, true));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = dv.getUint32(0x30, true); sector < FREE_OR_END && !seen.has(sector); sector = fat[sector] ?? FREE_OR_END) {
    seen.add(sector);
    const at = sectorAt(sector);
    if (at + sectorSize > bytes.length) return names.length === 0 ? null : names;
    for (let entry = at; entry < at + sectorSize; entry += ENTRY_SIZE) {
      const length = Math.min(dv.getUint16(entry + 0x40, true), 64);
      if (dv.getUint8(entry + 0x42) === 0 || length < 2) continue;
      names.push(new TextDecoder("utf-16le").decode(bytes.subarray(entry, entry + length - 2)));
    }
  }
  return names.length === 0 ? null : names;
}

/** True when the compound file is a workbook encrypted with a password (or holds one). */
export function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  const names = compoundFileNames(bytes);
  if (names !== null) return names.includes("EncryptionInfo") || names.includes("EncryptedPackage");
  return containsUtf16(bytes, "EncryptedPackage");
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let at = 0; at + needle.length <= bytes.length; at++) {
    for (let j = 0; j < needle.length; j++) if (bytes[at + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
