import { columnLetter } from "./address";
import { excelErrorOf, isBlank, isExcelError } from "./cells";
import { cellAt, type Grid } from "./grid";
import type { HeaderScan } from "./headers";
import type { PersonalDataKind } from "./messages";
import type { Reporter } from "./report";
import { cleanToken, normalizeText } from "./text";

/** A non-blank cell of a column, as text. */
export interface ColumnCell {
  row: number;
  text: string;
  /** Typed as text (not a number). */
  isText: boolean;
}

const HEADER_WORDS: ReadonlyMap<string, PersonalDataKind> = new Map([
  ...["nome", "cognome", "nominativo", "name", "surname", "firstname", "lastname", "fullname"].map(
    (w): [string, PersonalDataKind] => [w, "name"],
  ),
  ...["cf", "codfisc", "ssn"].map((w): [string, PersonalDataKind] => [w, "fiscalCode"]),
  ...["email", "mail", "pec"].map((w): [string, PersonalDataKind] => [w, "email"]),
  ...["telefono", "tel", "cellulare", "cell", "phone", "mobile", "telephone"].map((w): [string, PersonalDataKind] => [w, "phone"]),
  ...["indirizzo", "address", "via", "residenza", "domicilio"].map((w): [string, PersonalDataKind] => [w, "address"]),
]);

const HEADER_PHRASES: readonly [string, PersonalDataKind][] = [
  ["nomecognome", "name"],
  ["cognomenome", "name"],
  ["codicefiscale", "fiscalCode"],
  ["fiscalcode", "fiscalCode"],
  ["taxcode", "fiscalCode"],
  ["postaelettronica", "email"],
  ["phonenumber", "phone"],
];

const FREE_TEXT_WORDS: ReadonlySet<string> = new Set([
  "note",
  "nota",
  "notes",
  "annotazioni",
  "annotazione",
  "commenti",
  "commento",
  "comments",
  "comment",
  "osservazioni",
  "descrizione",
  "description",
  "remarks",
  "dettagli",
  "details",
]);

const FISCAL_CODE = /(?:^|[^A-Za-z0-9])[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/i;
const EMAIL = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[A-Za-z]{2,}/;
const PHONE_CHARACTERS = /^\+?[\d\s./()-]+$/;
const STREET =
  /^(?:via|viale|v\.le|corso|c\.so|piazza|p\.za|p\.zza|piazzale|largo|strada|str\.|vicolo|borgo|lungo\p{L}*|contrada)\s+\p{L}|\b(?:street|road|avenue|lane)\b/iu;
const PERSON_NAME = /^\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*){1,3}$/u;

/** Free text: on average more than 30 characters, or at least 4 words. */
const FREE_TEXT_MEAN_CHARS = 30;
const FREE_TEXT_MEAN_WORDS = 4;

function words(header: string): string[] {
  return cleanToken(header)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The kind of direct personal data a header names, if any. */
export function personalDataByHeader(header: string): PersonalDataKind | null {
  for (const word of words(header)) {
    const kind = HEADER_WORDS.get(word);
    if (kind) return kind;
  }
  const joined = normalizeText(header);
  return HEADER_PHRASES.find(([phrase]) => joined.includes(phrase))?.[1] ?? null;
}

function isPhone(text: string): boolean {
  if (!PHONE_CHARACTERS.test(text)) return false;
  const digits = text.replace(/\D/g, "");
  if (text.startsWith("+") || digits.startsWith("00")) return digits.length >= 9 && digits.length <= 15;
  return (digits.startsWith("0") || digits.startsWith("3")) && digits.length >= 9 && digits.length <= 11;
}

/**
 * Direct personal data found in a column's values: a single fiscal code or e-mail address is
 * enough; phone numbers, street addresses and people's names must make up at least half of the
 * values (names must also be mostly distinct). `strongOnly` looks for fiscal codes and e-mails only.
 */
export function personalDataByContent(
  cells: readonly ColumnCell[],
  strongOnly: boolean,
): { kind: PersonalDataKind; exampleRow: number } | null {
  const fiscal = cells.find((c) => c.isText && FISCAL_CODE.test(c.text));
  if (fiscal) return { kind: "fiscalCode", exampleRow: fiscal.row };
  const email = cells.find((c) => c.isText && EMAIL.test(c.text));
  if (email) return { kind: "email", exampleRow: email.row };
  if (strongOnly || cells.length === 0) return null;
  const half = cells.length / 2;
  const phones = cells.filter((c) => isPhone(c.text));
  if (phones.length >= half) return { kind: "phone", exampleRow: phones[0].row };
  const streets = cells.filter((c) => c.isText && STREET.test(c.text));
  if (streets.length >= half) return { kind: "address", exampleRow: streets[0].row };
  const names = cells.filter((c) => c.isText && PERSON_NAME.test(c.text));
  const distinct = new Set(names.map((c) => c.text.toLowerCase())).size;
  if (names.length >= half && distinct >= 0.8 * names.length) return { kind: "name", exampleRow: names[0].row };
  return null;
}

/** A notes-like header, or text values that are long or of several words. */
export function isFreeText(header: string, cells: readonly ColumnCell[]): boolean {
  if (words(header).some((w) => FREE_TEXT_WORDS.has(w))) return true;
  const texts = cells.filter((c) => c.isText);
  if (texts.length === 0) return false;
  const chars = texts.reduce((sum, c) => sum + c.text.length, 0);
  const wordCount = texts.reduce((sum, c) => sum + c.text.split(/\s+/).length, 0);
  return chars / texts.length > FREE_TEXT_MEAN_CHARS || wordCount / texts.length >= FREE_TEXT_MEAN_WORDS;
}

export function columnCells(grid: Grid, dataRows: readonly number[], columnIndex: number): ColumnCell[] {
  const cells: ColumnCell[] = [];
  for (const r of dataRows) {
    const value = cellAt(grid, r, columnIndex);
    if (typeof value === "string" && !isBlank(value) && !isExcelError(value)) {
      cells.push({ row: grid.top + r, text: value.trim(), isText: true });
    } else if (typeof value === "number" && Number.isFinite(value)) {
      cells.push({ row: grid.top + r, text: String(value), isText: false });
    }
  }
  return cells;
}

/**
 * Reports every column that is not a field — as direct personal data, free text or an unknown
 * column (one issue each, on its header cell) — and fiscal codes or e-mails in the id and
 * referral columns. Returns the unknown columns, including headerless columns holding data.
 */
export function checkOtherColumns(grid: Grid, scan: HeaderScan & { headerRow: number }, dataRows: readonly number[], reporter: Reporter): Record<number, string> {
  const headerIndex = scan.headerRow - grid.top;
  const taken = new Set<number>([...Object.values(scan.columns), ...scan.duplicates.map((d) => d.column)]);
  const unknown: Record<number, string> = { ...scan.unknown };
  for (let c = 0; c < grid.width; c++) {
    const column = grid.left + c;
    if (taken.has(column) || column in unknown) continue;
    if (dataRows.some((r) => !isBlank(cellAt(grid, r, c)))) unknown[column] = "";
  }
  for (const [key, text] of Object.entries(unknown)) {
    const column = Number(key);
    const headerValue = cellAt(grid, headerIndex, column - grid.left);
    const site = { row: scan.headerRow, column, field: null, value: headerValue };
    const cells = columnCells(grid, dataRows, column - grid.left);
    const error = excelErrorOf(headerValue);
    const header = error === null ? text : "";
    if (error !== null) {
      reporter.add("excel-error", site, { error });
      if (cells.length === 0) continue;
    }
    const letter = columnLetter(column);
    const byHeader = personalDataByHeader(header);
    const found = byHeader ? { kind: byHeader, exampleRow: null } : personalDataByContent(cells, false);
    if (found) reporter.add("personal-data-column", site, { header, column: letter, ...found });
    else if (isFreeText(header, cells)) reporter.add("free-text-column", site, { header, column: letter });
    else reporter.add("unknown-column", site, { header, column: letter });
  }
  for (const field of ["id", "referral"] as const) {
    const column = scan.columns[field];
    if (column === undefined) continue;
    const found = personalDataByContent(columnCells(grid, dataRows, column - grid.left), true);
    if (!found) continue;
    const value = cellAt(grid, headerIndex, column - grid.left);
    reporter.add("personal-data-column", { row: scan.headerRow, column, field, value }, { header: String(value).trim(), column: columnLetter(column), ...found });
  }
  return unknown;
}
