/**
 * The errors of the .xlsx package layer: one typed PackageError whose `kind` says what is wrong
 * with the file, with a one-line message in Italian and in English for the user.
 */

import type { Text } from "../engine/cells/lang";

export type PackageErrorKind =
  /** The file has no bytes. */
  | "empty"
  /** Not a zip archive at all (a CSV, a text, an HTML page renamed). */
  | "not-zip"
  /** A zip cut short: no end-of-central-directory record, or entries past the end of the file. */
  | "truncated"
  /** A zip whose structures or deflate streams are damaged. */
  | "corrupt"
  /** A part whose inflated bytes do not match its CRC-32. */
  | "bad-crc"
  /** A workbook encrypted with a password (an OLE2 file holding EncryptionInfo), or zip entries encrypted. */
  | "encrypted"
  /** An Excel 97-2003 binary workbook (an OLE2 file without encryption). */
  | "xls"
  /** A PDF document. */
  | "pdf"
  /** An OpenDocument spreadsheet (.ods). */
  | "ods"
  /** A zip feature this layer does not read (split archives, compression other than stored/deflate). */
  | "unsupported-zip"
  /** A part (or the written package) larger than the limits of limits.ts. */
  | "too-large"
  /** A zip that is not an Excel workbook (no workbook part, a Word document, …). */
  | "not-workbook"
  /** A part the workbook refers to is absent. */
  | "missing-part"
  /** A part that is not well-formed XML. */
  | "bad-xml"
  /** No sheet of the name asked for. */
  | "no-sheet";

export class PackageError extends Error {
  constructor(
    readonly kind: PackageErrorKind,
    readonly text: Text,
    /** The part concerned, when there is one (e.g. "xl/worksheets/sheet1.xml"). */
    readonly part: string | null = null,
  ) {
    super(text.en);
    this.name = "PackageError";
  }
}

/** Bytes as "256 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} B`;
}

/** What to do with a damaged file, ending its message. */
const REPAIR: Text = {
  it: "aprirlo in Excel, che può ripararlo, e salvarlo di nuovo, o usarne una copia integra.",
  en: "open it in Excel, which can repair it, and save it again, or use a sound copy.",
};

/**
 * Builds the PackageError of a kind, with its messages. `detail` is added in brackets: a Text
 * when the user should read it, else technical text (English) shown as it is in both languages.
 */
export function packageError(kind: PackageErrorKind, part: string | null = null, detail: string | Text = ""): PackageError {
  const words: Text = typeof detail === "string" ? { it: detail, en: detail } : detail;
  const d: Text = { it: words.it === "" ? "" : ` (${words.it})`, en: words.en === "" ? "" : ` (${words.en})` };
  const p = part === null ? "" : ` ${part}`;
  switch (kind) {
    case "empty":
      return new PackageError(kind, { it: "Il file è vuoto.", en: "The file is empty." }, part);
    case "not-zip":
      return new PackageError(
        kind,
        {
          it: "Non è un file .xlsx (forse un CSV o un testo rinominato); aprirlo in Excel e salvarlo come cartella di lavoro .xlsx.",
          en: "Not an .xlsx file (perhaps a CSV or a text file renamed); open it in Excel and save it as an .xlsx workbook.",
        },
        part,
      );
    case "truncated":
      return new PackageError(
        kind,
        {
          it: `File .xlsx incompleto: il file è stato troncato (copia o scaricamento interrotto)${d.it}; copiarlo o scaricarlo di nuovo.`,
          en: `Incomplete .xlsx file: it was cut short (an interrupted copy or download)${d.en}; copy or download it again.`,
        },
        part,
      );
    case "corrupt":
      return new PackageError(
        kind,
        {
          it: `File .xlsx danneggiato${p === "" ? "" : `: parte${p}`}${d.it}; ${REPAIR.it}`,
          en: `The .xlsx file is damaged${p === "" ? "" : `: part${p}`}${d.en}; ${REPAIR.en}`,
        },
        part,
      );
    case "bad-crc":
      return new PackageError(
        kind,
        {
          it: `File .xlsx danneggiato: il contenuto della parte${p} non corrisponde al suo codice di controllo (CRC); ${REPAIR.it}`,
          en: `The .xlsx file is damaged: the content of part${p} does not match its checksum (CRC); ${REPAIR.en}`,
        },
        part,
      );
    case "encrypted":
      return new PackageError(
        kind,
        {
          it: `È una cartella di lavoro protetta da password (cifrata), che H4A non può leggere; aprirla in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarla come .xlsx${d.it}.`,
          en: `This is a password-protected (encrypted) workbook, which H4A cannot read; open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx${d.en}.`,
        },
        part,
      );
    case "xls":
      return new PackageError(
        kind,
        {
          it: "È un file .xls (Excel 97-2003); aprirlo in Excel e salvarlo come cartella di lavoro .xlsx (File > Salva con nome).",
          en: "This is an .xls (Excel 97-2003) file; open it in Excel and save it as an .xlsx workbook (File > Save As).",
        },
        part,
      );
    case "pdf":
      return new PackageError(
        kind,
        {
          it: "È un documento PDF, non una cartella di lavoro; usare il file .xlsx da cui è stato prodotto.",
          en: "This is a PDF document, not a workbook; use the .xlsx file it was made from.",
        },
        part,
      );
    case "ods":
      return new PackageError(
        kind,
        {
          it: "È un foglio di calcolo OpenDocument (.ods); aprirlo e salvarlo come cartella di lavoro Excel .xlsx.",
          en: "This is an OpenDocument spreadsheet (.ods); open it and save it as an Excel .xlsx workbook.",
        },
        part,
      );
    case "unsupported-zip":
      return new PackageError(
        kind,
        {
          it: `Formato zip non supportato${d.it}; salvare di nuovo il file da Excel.`,
          en: `Unsupported zip format${d.en}; save the file again from Excel.`,
        },
        part,
      );
    case "too-large":
      return new PackageError(
        kind,
        {
          it: `Troppo grande: ${part === null ? "il file" : `la parte${p}`} supera il limite consentito${d.it}; il file è troppo grande o costruito per esaurire la memoria, e non viene letto: verificarne la provenienza o salvarlo di nuovo da Excel.`,
          en: `Too large: ${part === null ? "the file" : `part${p}`} exceeds the allowed limit${d.en}; the file is too big or built to exhaust memory, and is not read: check where it comes from, or save it again from Excel.`,
        },
        part,
      );
    case "not-workbook":
      return new PackageError(
        kind,
        {
          it: `Non è una cartella di lavoro Excel${d.it}; serve un file .xlsx.`,
          en: `Not an Excel workbook${d.en}; an .xlsx file is needed.`,
        },
        part,
      );
    case "missing-part":
      return new PackageError(
        kind,
        {
          it: `File .xlsx incompleto: manca la parte${p}${d.it}; ${REPAIR.it}`,
          en: `Incomplete .xlsx file: part${p} is missing${d.en}; ${REPAIR.en}`,
        },
        part,
      );
    case "bad-xml":
      return new PackageError(
        kind,
        {
          it: `File .xlsx danneggiato: la parte${p} non è XML valido${d.it}; ${REPAIR.it}`,
          en: `The .xlsx file is damaged: part${p} is not well-formed XML${d.en}; ${REPAIR.en}`,
        },
        part,
      );
    case "no-sheet":
      return new PackageError(
        kind,
        { it: `Nessun foglio «${words.it}» nella cartella.`, en: `No sheet "${words.en}" in the workbook.` },
        part,
      );
  }
}
