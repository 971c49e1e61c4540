import { strToU8, zipSync } from "fflate";
import {
  MAX_COMPRESSION_RATIO,
  MAX_PART_BYTES,
  MAX_STREAMED_PART_BYTES,
  openPackage,
  PackageError,
  PackageWorkbook,
  type PackageErrorKind,
} from "../../src/xlsx";
import { crc32 } from "../../src/xlsx/crc32";
import { minimalParts, REL, rels, richParts, richWorkbook } from "./support/fixtures";
import { buildZip, rawEntries, simpleCrc32, unzipParts, zipParts } from "./support/zip";

/** The zip layer: lossless round trips, limits that stop zip bombs early, and a typed error for every unusable file. */

function errorOf(run: () => unknown): PackageError {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error("no error");
}

const kindOf = (run: () => unknown): PackageErrorKind => errorOf(run).kind;

describe("round trip", () => {
  test("toBytes() without a change keeps every part byte-identical and every compressed entry identical", () => {
    const input = richWorkbook({ macros: true });
    const output = openPackage(input).toBytes();
    const before = rawEntries(input);
    const after = rawEntries(output);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    after.forEach((entry, i) => {
      expect(entry.method).toBe(before[i].method);
      expect(entry.crc).toBe(before[i].crc);
      expect(Buffer.from(entry.compressed).equals(Buffer.from(before[i].compressed))).toBe(true);
    });
    const parts = unzipParts(output);
    for (const [name, data] of Object.entries(richParts({ macros: true }))) {
      expect(Buffer.from(parts.get(name)!).equals(Buffer.from(typeof data === "string" ? strToU8(data) : data))).toBe(true);
    }
  });

  test("stored entries, data descriptors and zip64 records are rewritten as plain entries with the same bytes", () => {
    const entries = Object.entries(minimalParts()).map(([name, data], i) => ({
      name,
      data,
      options: { method: (i % 2 ? 8 : 0) as 0 | 8, descriptor: i % 2 === 0 },
    }));
    for (const zip64 of [false, true]) {
      const input = buildZip(entries, zip64);
      const output = openPackage(input).toBytes();
      const parts = unzipParts(output);
      for (const { name, data } of entries) expect(new TextDecoder().decode(parts.get(name))).toBe(data);
      // the compressed bytes are those of the input, whatever their headers were
      const original = openPackage(output);
      expect(original.partNames()).toEqual(entries.map((e) => e.name));
    }
  });

  test("a part set, then the package written: the new part reads back, the others keep their bytes", () => {
    const input = richWorkbook();
    const pkg = openPackage(input);
    pkg.set("xl/nuovo.xml", "<a>ciao</a>", "application/vnd.test+xml");
    pkg.remove("xl/calcChain.xml");
    const output = pkg.toBytes();
    const again = openPackage(output);
    expect(again.readText("xl/nuovo.xml")).toBe("<a>ciao</a>");
    expect(again.contentType("xl/nuovo.xml")).toBe("application/vnd.test+xml");
    expect(again.has("xl/calcChain.xml")).toBe(false);
    expect(again.readText("[Content_Types].xml")).not.toContain("calcChain");
    const before = new Map(rawEntries(input).map((e) => [e.name, e.compressed]));
    for (const entry of rawEntries(output)) {
      if (entry.name === "xl/nuovo.xml" || entry.name === "[Content_Types].xml") continue;
      expect(Buffer.from(entry.compressed).equals(Buffer.from(before.get(entry.name)!))).toBe(true);
    }
  });

  test("the CRC-32 agrees with a plain implementation, whole or in pieces", () => {
    const data = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 251);
    expect(crc32(data)).toBe(simpleCrc32(data));
    expect(crc32(data.subarray(50_001), crc32(data.subarray(0, 50_001)))).toBe(simpleCrc32(data));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("files that are not usable workbooks", () => {
  test("an empty file, a text file, a CSV", () => {
    expect(kindOf(() => openPackage(new Uint8Array(0)))).toBe("empty");
    expect(kindOf(() => openPackage(strToU8("ID;Coorte\nF01;1\n")))).toBe("not-zip");
    const error = errorOf(() => openPackage(strToU8("<html></html>")));
    expect(error.text.it).toMatch(/non è un file \.xlsx/i);
    expect(error.text.en).toMatch(/not an \.xlsx file/i);
  });

  test("an OLE2 file without encryption streams is an .xls (the encrypted one is in test/catalogue/files.cli.test.ts)", () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = errorOf(() => openPackage(ole));
    expect(error.kind).toBe("xls");
    expect(error.text.it).toMatch(/Excel 97-2003/);
  });

  test("a truncated zip: cut anywhere, it is refused as truncated or damaged, never read wrong", () => {
    const whole = richWorkbook();
    expect(kindOf(() => openPackage(whole.subarray(0, whole.length - 30)))).toBe("truncated");
    expect(kindOf(() => openPackage(whole.subarray(0, Math.floor(whole.length / 2))))).toBe("truncated");
    for (const cut of [100, 1000, whole.length - 200, whole.length - 1]) {
      expect(["truncated", "corrupt"]).toContain(kindOf(() => openPackage(whole.subarray(0, cut))));
    }
  });

  test("a part whose bytes do not match its CRC", async () => {
    const zip = zipParts(minimalParts());
    const entry = rawEntries(zip).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    // flip the stored CRC in the central directory and the local header
    const bad = zip.slice();
    const view = new DataView(bad.buffer);
    for (let at = 0; at < bad.length - 4; at++) {
      if (view.getUint32(at, true) === entry.crc) view.setUint32(at, entry.crc ^ 1, true);
    }
    const wb = PackageWorkbook.open(bad);
    await expect(wb.readSheet("Dati")).rejects.toMatchObject({ kind: "bad-crc" });
  });

  test("a damaged deflate stream", () => {
    const zip = zipParts(minimalParts());
    const entry = rawEntries(zip).find((e) => e.name === "xl/workbook.xml")!;
    const bad = zip.slice();
    const start = entry.compressed.byteOffset;
    for (let i = 0; i < entry.compressed.length; i++) bad[start + i] = 0xff;
    expect(["corrupt", "bad-crc"]).toContain(kindOf(() => openPackage(bad)));
  });

  test("an OpenDocument spreadsheet, a Word document, a zip without a workbook, a workbook part missing", () => {
    const ods = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8("<office:document-content/>"),
    });
    const odsError = errorOf(() => openPackage(ods));
    expect(odsError.kind).toBe("ods");
    expect(odsError.text.it).toMatch(/OpenDocument/);

    const docx = zipParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      "_rels/.rels": rels([["rId1", REL.officeDocument, "word/document.xml"]]),
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    });
    expect(errorOf(() => openPackage(docx)).text.en).toMatch(/Word document/);

    expect(kindOf(() => openPackage(zipParts({ "a.txt": "ciao" })))).toBe("not-workbook");
    const { "xl/workbook.xml": _dropped, ...rest } = minimalParts();
    const missing = errorOf(() => openPackage(zipParts(rest)));
    expect(missing.kind).toBe("missing-part");
    expect(missing.part).toBe("xl/workbook.xml");
  });

  test("a part that is not well-formed XML", () => {
    const parts = minimalParts();
    parts["xl/workbook.xml"] = "<workbook><sheets></workbook>";
    expect(kindOf(() => openPackage(zipParts(parts)))).toBe("bad-xml");
  });

  test("encrypted zip entries", () => {
    const zip = zipParts(minimalParts()).slice();
    const view = new DataView(zip.buffer);
    for (let at = 0; at < zip.length - 4; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x04034b50) view.setUint16(at + 6, view.getUint16(at + 6, true) | 1, true);
      if (sig === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    }
    expect(kindOf(() => openPackage(zip))).toBe("encrypted");
  });
});

describe("limits against zip bombs", () => {
  test("the limits are documented constants", () => {
    expect(MAX_PART_BYTES).toBe(256 * 1024 * 1024);
    expect(MAX_STREAMED_PART_BYTES).toBe(2 * 1024 * 1024 * 1024);
    expect(MAX_COMPRESSION_RATIO).toBeGreaterThan(100);
  });

  /** A sheet of `mib` MiB: a valid start, then spaces. The zip's declared size can lie. */
  function bomb(mib: number, declaredSize?: number): Uint8Array {
    const head = strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`);
    const body = new Uint8Array(mib * 1024 * 1024).fill(0x20);
    body.set(head);
    const parts = minimalParts();
    const entries = Object.entries(parts).map(([name, data]) => ({ name, data: name === "xl/worksheets/sheet1.xml" ? body : data }));
    const zip = buildZip(entries);
    if (declaredSize === undefined) return zip;
    const view = new DataView(zip.buffer);
    const sizeOfBomb = body.length;
    for (let at = 0; at < zip.length - 4; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x02014b50 && view.getUint32(at + 24, true) === sizeOfBomb) view.setUint32(at + 24, declaredSize, true);
      if (sig === 0x04034b50 && view.getUint32(at + 22, true) === sizeOfBomb) view.setUint32(at + 22, declaredSize, true);
    }
    return zip;
  }

  test("a part expanding past the limit is refused while inflating, not after", () => {
    const zip = bomb(64, 1000);
    expect(zip.length).toBeLessThan(200_000);
    const pkg = openPackage(zip, { limits: { maxStreamedPartBytes: 1024 * 1024 } });
    let delivered = 0;
    const error = errorOf(() => pkg.stream("xl/worksheets/sheet1.xml", (chunk) => (delivered += chunk.length)));
    expect(error.kind).toBe("too-large");
    expect(error.part).toBe("xl/worksheets/sheet1.xml");
    // stopped within one push of the limit: far from the 64 MiB it would expand to
    expect(delivered).toBeLessThanOrEqual(1024 * 1024);
    expect(error.text.it).toMatch(/limite/);
  });

  test("a part declaring a size past the limit is refused before inflating anything", () => {
    const pkg = openPackage(bomb(2), { limits: { maxPartBytes: 1024 * 1024 } });
    let delivered = 0;
    expect(kindOf(() => pkg.stream("xl/worksheets/sheet1.xml", (chunk) => (delivered += chunk.length), false))).toBe("too-large");
    expect(delivered).toBe(0);
    expect(kindOf(() => pkg.read("xl/worksheets/sheet1.xml"))).toBe("too-large");
  });

  test("a compression ratio past the limit is refused for a large part", async () => {
    const wb = PackageWorkbook.open(bomb(40), { limits: { ratioCheckFromBytes: 8 * 1024 * 1024 } });
    await expect(wb.readSheet("Dati")).rejects.toMatchObject({ kind: "too-large" });
    // a normal sheet of the same package reads within the same limits
    const fine = PackageWorkbook.open(zipParts(minimalParts()), { limits: { ratioCheckFromBytes: 8 * 1024 * 1024 } });
    expect((await fine.readSheet("Dati")).values).toEqual([["Nome", 1]]);
  });

  test("the sheet reader goes through the limit too", async () => {
    const wb = PackageWorkbook.open(bomb(8), { limits: { maxStreamedPartBytes: 1024 * 1024 } });
    await expect(wb.readSheet("Dati")).rejects.toMatchObject({ kind: "too-large" });
  });

  test("with the default limits, a 48 MiB run of spaces in a 50 KB entry is refused by its compression ratio", async () => {
    const zip = bomb(48);
    expect(zip.length).toBeLessThan((48 * 1024 * 1024) / MAX_COMPRESSION_RATIO);
    await expect(PackageWorkbook.open(zip).readSheet("Dati")).rejects.toMatchObject({ kind: "too-large" });
  });
});
