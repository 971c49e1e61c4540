import { compoundFileNames, isEncryptedWorkbook } from "../../src/xlsx/compoundFile";
import { compoundFile } from "./support/compoundFile";

/** How an OLE2 file is told apart: a password-protected workbook from an .xls, by the names in its directory. */

const ENCRYPTED = ["\u0006DataSpaces", "Version", "DataSpaceMap", "DataSpaceInfo", "EncryptionInfo", "EncryptedPackage"];

test("the directory is followed through the FAT over several sectors", () => {
  expect(compoundFileNames(compoundFile(ENCRYPTED))).toEqual(["Root Entry", ...ENCRYPTED]);
  expect(isEncryptedWorkbook(compoundFile(ENCRYPTED))).toBe(true);
});

test("an .xls holds a Workbook stream and no encryption", () => {
  expect(compoundFileNames(compoundFile(["Workbook"]))).toEqual(["Root Entry", "Workbook"]);
  expect(isEncryptedWorkbook(compoundFile(["Workbook"]))).toBe(false);
});

test("a header that cannot be followed gives no names, and only the stream name itself marks encryption", () => {
  const broken = compoundFile(["Workbook"]);
  broken.writeUInt16LE(7, 0x1e);
  expect(compoundFileNames(broken)).toBeNull();
  expect(isEncryptedWorkbook(broken)).toBe(false);
  const brokenEncrypted = compoundFile(ENCRYPTED);
  brokenEncrypted.writeUInt16LE(7, 0x1e);
  expect(isEncryptedWorkbook(brokenEncrypted)).toBe(true);
});
