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
  /** An OLE2 file (a password-protected workbook or an Excel 97-2003 .xls), or zip entries encrypted. */
  | "encrypted"
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

/** Builds the PackageError of a kind, with its messages. `detail` is technical text (English) added in brackets. */
export function packageError(kind: PackageErrorKind, part: string | null = null, detail = ""): PackageError {
  const d = detail === "" ? "" : ` (${detail})`;
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
          it: `File .xlsx incompleto: il file è stato troncato (copia o scaricamento interrotto)${d}.`,
          en: `Incomplete .xlsx file: it was cut short (an interrupted copy or download)${d}.`,
        },
        part,
      );
    case "corrupt":
      return new PackageError(
        kind,
        {
          it: `File .xlsx danneggiato${p === "" ? "" : `: parte${p}`}${d}.`,
          en: `The .xlsx file is damaged${p === "" ? "" : `: part${p}`}${d}.`,
        },
        part,
      );
    case "bad-crc":
      return new PackageError(
        kind,
        {
          it: `File .xlsx danneggiato: il contenuto della parte${p} non corrisponde al suo codice di controllo (CRC).`,
          en: `The .xlsx file is damaged: the content of part${p} does not match its checksum (CRC).`,
        },
        part,
      );
    case "encrypted":
      return new PackageError(
        kind,
        {
          it: `È un file .xls (Excel 97-2003) o una cartella protetta da password; salvarla come .xlsx senza password${d}.`,
          en: `This is an .xls (Excel 97-2003) file or a password-protected workbook; save it as .xlsx without a password${d}.`,
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
          it: `Formato zip non supportato${d}; salvare di nuovo il file da Excel.`,
          en: `Unsupported zip format${d}; save the file again from Excel.`,
        },
        part,
      );
    case "too-large":
      return new PackageError(
        kind,
        {
          it: `Troppo grande: ${part === null ? "il file" : `la parte${p}`} supera il limite consentito${d}; il file è troppo grande o costruito per esaurire la memoria.`,
          en: `Too large: ${part === null ? "the file" : `part${p}`} exceeds the allowed limit${d}; the file is too big or built to exhaust memory.`,
        },
        part,
      );
    case "not-workbook":
      return new PackageError(kind, { it: `Non è una cartella di lavoro Excel${d}.`, en: `Not an Excel workbook${d}.` }, part);
    case "missing-part":
      return new PackageError(
        kind,
        { it: `File .xlsx incompleto: manca la parte${p}${d}.`, en: `Incomplete .xlsx file: part${p} is missing${d}.` },
        part,
      );
    case "bad-xml":
      return new PackageError(
        kind,
        {
          it: `File .xlsx danneggiato: la parte${p} non è XML valido${d}.`,
          en: `The .xlsx file is damaged: part${p} is not well-formed XML${d}.`,
        },
        part,
      );
    case "no-sheet":
      return new PackageError(kind, { it: `Nessun foglio «${detail}» nella cartella.`, en: `No sheet "${detail}" in the workbook.` }, part);
  }
}
