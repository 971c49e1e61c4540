import * as fs from "node:fs";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { h4a, lines, listing, SAMPLE, sha256, tempDir } from "../cli/helpers/runCli";
import { rawEntries, zipParts } from "../xlsx/support/zip";
import { compoundFile } from "./support/compoundFile";
import { FAMILIES, HEADER, rowsXml, workbookParts } from "./support/sheetXml";

/**
 * The catalogue of files the command line refuses: each case through the compiled `h4a`, exit
 * code 2, the exact line on stderr in English (validate) and in Italian (fill), no stack trace,
 * nothing on stdout, no output file, and the input left as it was.
 */

jest.setTimeout(120_000);

const dir = tempDir("catalogue-files");
const outDir = tempDir("catalogue-files-out");

const write = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

const workbook = (sheetName?: string): Uint8Array => zipParts(workbookParts(rowsXml([HEADER, ...FAMILIES]), sheetName));

/** The workbook with the stored CRC of one part flipped, in the central directory and the local header. */
function withBadCrc(zip: Uint8Array, part: string): Uint8Array {
  const crc = rawEntries(zip).find((entry) => entry.name === part)!.crc;
  const bad = zip.slice();
  const view = new DataView(bad.buffer);
  for (let at = 0; at < bad.length - 4; at++) if (view.getUint32(at, true) === crc) view.setUint32(at, crc ^ 1, true);
  return bad;
}

/** A sheet part padded with 40 MiB of spaces, which deflate to some 40 KB: past the ratio limit of src/xlsx/limits.ts. */
const zipBomb = (): Uint8Array => zipParts(workbookParts(rowsXml([HEADER, ...FAMILIES]) + " ".repeat(40 * 1024 * 1024)));

interface FileCase {
  name: string;
  /** The file (written under this name), or a path that is not a regular file. */
  make: () => string;
  /** The message after "h4a <command>: "; {file} stands for the path given. */
  en: string;
  it: string;
}

const CASES: FileCase[] = [
  {
    name: "a missing file",
    make: () => path.join(dir, "nowhere.xlsx"),
    en: "{file}: no such file.",
    it: "{file}: file non trovato.",
  },
  {
    name: "a folder",
    make: () => {
      const folder = path.join(dir, "folder.xlsx");
      fs.mkdirSync(folder, { recursive: true });
      return folder;
    },
    en: "{file}: is a folder, not an .xlsx file.",
    it: "{file}: è una cartella, non un file .xlsx.",
  },
  {
    name: "zero bytes",
    make: () => write("empty.xlsx", ""),
    en: "empty.xlsx: the file is empty.",
    it: "empty.xlsx: il file è vuoto.",
  },
  {
    name: "a CSV renamed .xlsx",
    make: () => write("csv.xlsx", "ID famiglia;Coorte;Componenti\nF01;1;3\n"),
    en: "csv.xlsx: not an .xlsx file (perhaps a CSV or a text file renamed); open it in Excel and save it as an .xlsx workbook.",
    it: "csv.xlsx: non è un file .xlsx (forse un CSV o un testo rinominato); aprirlo in Excel e salvarlo come cartella di lavoro .xlsx.",
  },
  {
    name: "a PDF renamed .xlsx",
    make: () => write("pdf.xlsx", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"),
    en: "pdf.xlsx: this is a PDF document, not a workbook; use the .xlsx file it was made from.",
    it: "pdf.xlsx: è un documento PDF, non una cartella di lavoro; usare il file .xlsx da cui è stato prodotto.",
  },
  {
    name: "a truncated zip (the sample cut in half)",
    make: () => {
      const bytes = fs.readFileSync(SAMPLE);
      return write("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    en: "truncated.xlsx: incomplete .xlsx file: it was cut short (an interrupted copy or download) (no end of central directory); copy or download it again.",
    it: "truncated.xlsx: file .xlsx incompleto: il file è stato troncato (copia o scaricamento interrotto) (manca la fine dell'indice dello zip); copiarlo o scaricarlo di nuovo.",
  },
  {
    name: "a bad CRC in the sheet part",
    make: () => write("crc.xlsx", withBadCrc(workbook(), "xl/worksheets/sheet1.xml")),
    en: "crc.xlsx: the .xlsx file is damaged: the content of part xl/worksheets/sheet1.xml does not match its checksum (CRC); open it in Excel, which can repair it, and save it again, or use a sound copy.",
    it: "crc.xlsx: file .xlsx danneggiato: il contenuto della parte xl/worksheets/sheet1.xml non corrisponde al suo codice di controllo (CRC); aprirlo in Excel, che può ripararlo, e salvarlo di nuovo, o usarne una copia integra.",
  },
  {
    name: "a workbook part that is not well-formed XML",
    make: () => {
      const parts = workbookParts(rowsXml([HEADER, ...FAMILIES]));
      parts["xl/workbook.xml"] = "<workbook><sheets></workbook>";
      return write("xml.xlsx", zipParts(parts));
    },
    en: "xml.xlsx: the .xlsx file is damaged: part xl/workbook.xml is not well-formed XML (unexpected </workbook>); open it in Excel, which can repair it, and save it again, or use a sound copy.",
    it: "xml.xlsx: file .xlsx danneggiato: la parte xl/workbook.xml non è XML valido (unexpected </workbook>); aprirlo in Excel, che può ripararlo, e salvarlo di nuovo, o usarne una copia integra.",
  },
  {
    name: "a password-protected workbook (an OLE2 file whose directory, over two sectors, holds EncryptionInfo and EncryptedPackage)",
    make: () =>
      write(
        "protetto.xlsx",
        compoundFile(["\u0006DataSpaces", "Version", "DataSpaceMap", "DataSpaceInfo", "EncryptionInfo", "EncryptedPackage"]),
      ),
    en: "protetto.xlsx: this is a password-protected (encrypted) workbook, which H4A cannot read; open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx.",
    it: "protetto.xlsx: è una cartella di lavoro protetta da password (cifrata), che H4A non può leggere; aprirla in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarla come .xlsx.",
  },
  {
    name: "an old binary .xls renamed .xlsx",
    make: () => write("vecchio.xlsx", compoundFile(["Workbook", "\u0005SummaryInformation"])),
    en: "vecchio.xlsx: this is an .xls (Excel 97-2003) file; open it in Excel and save it as an .xlsx workbook (File > Save As).",
    it: "vecchio.xlsx: è un file .xls (Excel 97-2003); aprirlo in Excel e salvarlo come cartella di lavoro .xlsx (File > Salva con nome).",
  },
  {
    name: "an OpenDocument spreadsheet (.ods) renamed .xlsx",
    make: () =>
      write(
        "calc.xlsx",
        zipSync({
          mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
          "META-INF/manifest.xml": strToU8('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
          "content.xml": strToU8('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
        }),
      ),
    en: "calc.xlsx: this is an OpenDocument spreadsheet (.ods); open it and save it as an Excel .xlsx workbook.",
    it: "calc.xlsx: è un foglio di calcolo OpenDocument (.ods); aprirlo e salvarlo come cartella di lavoro Excel .xlsx.",
  },
  {
    name: "a Word document renamed .xlsx",
    make: () =>
      write(
        "lettera.xlsx",
        zipParts({
          "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
          "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
          "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
        }),
      ),
    en: "lettera.xlsx: not an Excel workbook (a Word document); an .xlsx file is needed.",
    it: "lettera.xlsx: non è una cartella di lavoro Excel (un documento Word); serve un file .xlsx.",
  },
  {
    name: "a zip bomb: a small file whose part inflates past the compression-ratio limit",
    make: () => write("bomba.xlsx", zipBomb()),
    en: "bomba.xlsx: too large: part xl/worksheets/sheet1.xml exceeds the allowed limit (compression ratio > 800:1); the file is too big or built to exhaust memory, and is not read: check where it comes from, or save it again from Excel.",
    it: "bomba.xlsx: troppo grande: la parte xl/worksheets/sheet1.xml supera il limite consentito (rapporto di compressione > 800:1); il file è troppo grande o costruito per esaurire la memoria, e non viene letto: verificarne la provenienza o salvarlo di nuovo da Excel.",
  },
  {
    name: "a workbook without a worksheet",
    make: () => {
      const parts = workbookParts("");
      parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(/<sheets>.*<\/sheets>/, "<sheets/>");
      return write("senzafogli.xlsx", zipParts(parts));
    },
    en: "senzafogli.xlsx: the workbook holds no worksheets (chart sheets at most); a sheet listing the families is needed.",
    it: "senzafogli.xlsx: la cartella non contiene fogli di lavoro (al più fogli grafico); serve un foglio con l'elenco delle famiglie.",
  },
  {
    name: "a workbook with no beneficiary sheet",
    make: () =>
      write(
        "bilancio.xlsx",
        zipParts(
          workbookParts(
            rowsXml([
              ["Voce", "Importo"],
              ["Alberghi", 120000],
            ]),
            "Bilancio",
          ),
        ),
      ),
    en: 'bilancio.xlsx: no beneficiary sheet (it needs a header row with "Family ID", "Cohort" and at least two other listed columns); name it with --sheet NAME.',
    it: "bilancio.xlsx: nessun foglio dei beneficiari (serve una riga di intestazione con «ID famiglia», «Coorte» e almeno altre due colonne previste); indicarlo con --sheet NOME.",
  },
];

async function expectRefused(input: string, command: "validate" | "fill", expected: string): Promise<void> {
  const out = path.join(outDir, "out.xlsx");
  const args = command === "validate" ? ["validate", input] : ["fill", input, "-o", out, "--param", "premiumPerFamily=6000"];
  const run = await h4a(args, command === "fill" ? { LANG: "it_IT.UTF-8" } : {});
  expect({ command, code: run.code, stdout: run.stdout, stderr: lines(run.stderr) }).toEqual({
    command,
    code: 2,
    stdout: "",
    stderr: [`h4a ${command}: ${expected.replace("{file}", input)}`],
  });
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(listing(outDir)).toEqual([]);
}

describe.each(CASES)("$name", ({ make, en, it }) => {
  test("exit 2, its exact line in English and in Italian, no output, the input unchanged", async () => {
    const input = make();
    const before = fs.existsSync(input) && fs.statSync(input).isFile() ? sha256(input) : null;
    await expectRefused(input, "validate", en);
    await expectRefused(input, "fill", it);
    expect(fs.existsSync(input) && fs.statSync(input).isFile() ? sha256(input) : null).toBe(before);
  });
});

describe("files that look odd but are workbooks: read, and every message names the sheet as Excel does", () => {
  test("a sheet name with a quote and spaces: found, and quoted in each cell address", async () => {
    const sheet = "Beneficiari dell'anno 2026";
    const input = write("virgolette.xlsx", zipParts(workbookParts(rowsXml([HEADER, ...FAMILIES, ["F04", 0, 3, 4, "Sì", "Sì"]]), sheet)));
    const before = sha256(input);
    for (const args of [
      ["validate", input],
      ["validate", input, "--sheet", sheet],
    ]) {
      const run = await h4a(args);
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([
        `${sheet} (virgolette.xlsx): 4 families (cohort 1: 3)`,
        "Result: 1 error, 0 warnings, 0 notes.",
        `error    'Beneficiari dell''anno 2026'!B5: 0 is out of range for "Cohort"; enter a whole number ≥ 1.`,
      ]);
    }
    expect(sha256(input)).toBe(before);
  });

  test("16,384 columns: a value in XFD, the last column, is read and named", async () => {
    const header = [...HEADER, { column: 16_384, value: "Annotazioni" }];
    const family = [...FAMILIES[0], { column: 16_384, value: "visita fissata" }];
    const input = write("colonne.xlsx", zipParts(workbookParts(rowsXml([header, family]))));
    const run = await h4a(["validate", input]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      "Beneficiari (colonne.xlsx): 1 family (cohort 1: 1)",
      "Result: 0 errors, 1 warning, 0 notes.",
      'warning  Beneficiari!XFD1: the column "Annotazioni" holds free text, which may include sensitive data (for example about health); remove it before sharing the workbook with Homes4All unless it is truly needed.',
    ]);
  });
});
