import { columnLetter } from "../cells/address";
import { excelErrorOf, isBlank, isExcelError } from "../cells/cells";
import { containsFiscalCode, hasSixteenLettersOrDigits } from "./fiscalCode";
import { cellAt, type Grid } from "../cells/grid";
import type { HeaderScan } from "../beneficiaries/headers";
import type { PersonalDataKind } from "../beneficiaries/messages";
import type { Reporter } from "../beneficiaries/report";
import { cleanToken, normalizeText } from "../cells/text";

/** A non-blank cell of a column, as text. */
export interface ColumnCell {
  row: number;
  text: string;
  /** Typed as text (not a number). */
  isText: boolean;
}

const HEADER_WORDS: ReadonlyMap<string, PersonalDataKind> = new Map([
  ...["nome", "cognome", "nominativo", "name", "surname", "firstname", "lastname", "fullname"].map((w): [string, PersonalDataKind] => [
    w,
    "name",
  ]),
  ...["cf", "codfisc", "ssn"].map((w): [string, PersonalDataKind] => [w, "fiscalCode"]),
  ...["email", "mail", "pec"].map((w): [string, PersonalDataKind] => [w, "email"]),
  ...["telefono", "tel", "cellulare", "cell", "phone", "mobile", "telephone"].map((w): [string, PersonalDataKind] => [w, "phone"]),
  ...["indirizzo", "address", "via", "residenza", "domicilio"].map((w): [string, PersonalDataKind] => [w, "address"]),
]);

const HEADER_PHRASES: readonly [string, PersonalDataKind][] = [
  ["nomecognome", "name"],
  ["cognomenome", "name"],
  ["codicefiscale", "fiscalCode"],
  ["codfisc", "fiscalCode"],
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

const EMAIL = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[A-Za-z]{2,}/;
const PHONE_CHARACTERS = /^\+?[\d\s./()-]+$/;
const STREET =
  /^(?:via|viale|v\.le|corso|c\.so|piazza|p\.za|p\.zza|piazzale|largo|strada|str\.|vicolo|borgo|lungo\p{L}*|contrada)\s+\p{L}|\b(?:street|road|avenue|lane)\b/iu;
const PERSON_NAME = /^\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*){1,3}$/u;
/** "Rossi, Mario", "De Luca, Anna Maria". */
const SURNAME_COMMA_NAME = /^\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*)?,\s*\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*)?$/u;
/** A role after a name: "ROSSI Mario (padre)". */
const ROLE_IN_PARENTHESES = /\s*\([^()]*\)\s*$/;

/**
 * Capitalised words that make a run of capitalised words an office, a place or a category, never a
 * person: services and offices ("Commissione Emergenza Abitativa", "CSM Torino Nord"), towns and
 * districts of the metropolitan area, housing conditions, yes/no tokens.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "servizio servizi sociale sociali socio sanitario sanitaria commissione emergenza abitativa abitativo abitative " +
    "circoscrizione circ comune citta ufficio sportello centro polo distretto area zona quartiere progetto rete " +
    "asl csm serd sert sprar sai caritas cooperativa coop associazione fondazione onlus ospedale casa accoglienza " +
    "dipartimento salute mentale dipendenze adulti difficolta minori famiglie famiglia anziani disabili tribunale " +
    "prefettura questura polizia municipale regione provincia metropolitana agenzia ater atc housing sociale " +
    "torino torinese moncalieri collegno rivoli nichelino settimo grugliasco chieri venaria orbassano beinasco " +
    "pinerolo ivrea milano roma genova italia nord sud est ovest san santa santo borgo barriera aurora vanchiglia " +
    "lingotto mirafiori vallette falchera lucento madonna campagna rebaudengo crocetta cenisia pozzo strada " +
    "sfratto struttura temporanea albergo dormitorio alloggio inadeguato altro altra " +
    "si no yes vero falso true false social services housing emergency office city council unit team street " +
    "via viale corso piazza largo strada"
  ).split(" "),
);

/** Common given names, to tell "Mario Rossi" from "Servizio Adulti" where no role word comes before. */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "mario luca marco giuseppe giovanni francesco antonio andrea paolo alessandro roberto stefano davide matteo " +
    "simone lorenzo fabio massimo salvatore vincenzo michele angelo carlo pietro luigi franco sergio claudio " +
    "domenico enrico riccardo federico daniele gabriele nicola emanuele filippo tommaso giorgio alberto " +
    "maria anna giulia francesca laura sara chiara paola elena silvia valentina federica alessandra roberta " +
    "giovanna rosa lucia angela marta elisa martina barbara monica cristina daniela simona patrizia teresa " +
    "antonella giuseppina carla stefania sofia aurora alice giorgia ilaria serena manuela raffaella " +
    "mohamed mohammed ahmed ali omar youssef fatima aicha khadija ion elena ana andrei mihai ioana adrian " +
    "john james david michael mary sarah"
  ).split(" "),
);

/**
 * Words that announce a person in free text — "AS Mario Rossi", "assistente sociale Bianchi",
 * "dott.ssa Verdi", "rif. Sig.ra Neri" — followed by the name itself (checked apart).
 * "AS" (assistente sociale) counts only in capitals: "as" is an English word.
 */
const PERSON_CUE =
  /(?<![\p{L}.])(?:as|a\.\s?s\.|ass\.\s?soc\.|assistente\s+sociale|educat(?:ore|rice)|operat(?:ore|rice)|referente|tutor|tutore|tutrice|dott\.?\s?ssa|dott(?:ore|oressa)?\.?|dr\.?\s?ssa|dr\.|sig\.?\s?r?a|sig\.|signor[ae]?|avv\.|rif\.|c\.a\.|att\.ne|alla\s+c\.a\.)(?![\p{L}])/giu;
/** The name after a cue: one to three capitalised words. */
const NAME_AFTER_CUE = /^[\s:,]*(\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*){0,2})/u;

/**
 * An Italian phone number inside text: an optional +39/0039, then a landline (0 and the area code)
 * or a mobile (3xx), then groups of digits, the first of at least 3 ("011 4431234",
 * "+39 011 443 1234", "333 123 4567", "011/4431234"). Checked apart: the digit count.
 */
const PHONE_IN_TEXT = /(?<![\p{L}\p{N}+])((?:\+|00)39[\s.-]?)?((?:0\d{1,3}|3\d{2})(?:[\s./-]?\d{3,4})(?:[\s.-]?\d{2,4}){0,2})(?![\p{N}])/gu;
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const PHONE_CUE = /(?:tel|telefono|tel\.|cell|cellulare|cel|mob|mobile|phone|recapito|n\.)\s*[:.]?\s*$/i;

/** Free text: on average more than 30 characters, or at least 4 words. */
const FREE_TEXT_MEAN_CHARS = 30;
const FREE_TEXT_MEAN_WORDS = 4;

function words(header: string): string[] {
  return cleanToken(header)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/**
 * Words for a person in a role: a column headed by one of them holds who that person is
 * ("Capofamiglia", "Intestatario contratto", "Genitore 1"). Counted only when every other word of
 * the header is another such word or only says whose (ROLE_COMPANIONS), so that "Madre sola" or
 * "Età richiedente" — facts about the person, not the person — stay ordinary columns.
 */
const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    "capofamiglia intestatario intestataria intestatari intestatarie referente referenti titolare titolari " +
    "richiedente richiedenti genitore genitori madre padre tutore tutrice dichiarante firmatario firmataria " +
    "beneficiario beneficiaria assegnatario assegnataria conduttore conduttrice inquilino inquilina " +
    "applicant applicants parent parents mother father guardian tenant householder holder person " +
    "headofhousehold contactperson"
  ).split(" "),
);
const ROLE_COMPANIONS: ReadonlySet<string> = new Set(
  (
    "del della dello dei degli delle di d e ed o a al alla per il la lo i gli le of the and or for " +
    "contratto contratti locazione domanda pratica caso nucleo famiglia familiare utenza alloggio servizio " +
    "progetto contract lease application case household family contact principale main primo prima secondo seconda"
  ).split(" "),
);

/** "C.F.", "c. f." — the abbreviation typed with dots. */
const CF_ABBREVIATION = /(?:^|[^\p{L}])c\.\s?f\.?(?![\p{L}])/u;

/** The kind of direct personal data a header names, if any. */
export function personalDataByHeader(header: string): PersonalDataKind | null {
  const headerWords = words(
    header
      .replace(/\bcapo\s+famiglia\b/giu, "capofamiglia")
      .replace(/\bhead\s+of\s+(?:the\s+)?household\b/giu, "headofhousehold")
      .replace(/\bcontact\s+person\b/giu, "contactperson"),
  );
  for (const word of headerWords) {
    const kind = HEADER_WORDS.get(word);
    if (kind) return kind;
  }
  const joined = normalizeText(header);
  const phrase = HEADER_PHRASES.find(([p]) => joined.includes(p))?.[1];
  if (phrase) return phrase;
  if (CF_ABBREVIATION.test(cleanToken(header))) return "fiscalCode";
  const roles = headerWords.filter((w) => PERSON_ROLE_WORDS.has(w));
  if (roles.length > 0 && headerWords.every((w) => PERSON_ROLE_WORDS.has(w) || ROLE_COMPANIONS.has(w) || /^\d{1,2}$/.test(w)))
    return "name";
  return null;
}

function isPhone(text: string): boolean {
  if (!PHONE_CHARACTERS.test(text)) return false;
  const digits = text.replace(/\D/g, "");
  if (text.startsWith("+") || digits.startsWith("00")) return digits.length >= 9 && digits.length <= 15;
  return (digits.startsWith("0") || digits.startsWith("3")) && digits.length >= 9 && digits.length <= 11;
}

/**
 * A phone number written inside text ("AS Rossi, 011 4431234"): Italian shape (PHONE_IN_TEXT),
 * 8–11 digits for a landline and 9–10 for a mobile, not a date, and written as a phone number is —
 * with an international prefix, with spaces, dots or dashes between groups, or after "tel.",
 * "cell." and the like. A bare run of digits could be a file number: it counts only as a whole
 * cell, in a column of them (isPhone).
 */
function containsPhone(text: string): boolean {
  if (!hasDigits(text, 8)) return false;
  for (const match of text.matchAll(PHONE_IN_TEXT)) {
    const [, prefix, number] = match;
    if (DATE_LIKE.test(number)) continue;
    const digits = number.replace(/\D/g, "");
    const fits = digits.startsWith("0") ? digits.length >= 8 && digits.length <= 11 : digits.length >= 9 && digits.length <= 10;
    if (!fits) continue;
    const before = text.slice(0, match.index);
    if (prefix !== undefined || /\D/.test(number) || PHONE_CUE.test(before)) return true;
  }
  return false;
}

/** Whether a text holds at least `count` ASCII digits (a phone number inside text has 8 or more). */
function hasDigits(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length && found < count; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) found++;
  }
  return found >= count;
}

/**
 * A named person needs a space, a colon, a comma or a dash: between the words of a name, or after
 * a cue (the cue must end before a non-letter, and the name follows after spaces, colons or commas).
 */
const NAME_SEPARATOR = /[\s:,-]/;

function nameWords(text: string): string[] {
  return text
    .split(/[\s,'’-]+/)
    .filter((w) => w !== "")
    .map(cleanToken);
}

/**
 * A cell that is a person's name: two to four capitalised words ("Mario Rossi",
 * "ROSSI Mario"), or "Rossi, Mario", optionally followed by a role in parentheses
 * ("ROSSI Mario (padre)"), none of them an office, place or category word (NOT_NAME_WORDS).
 */
function isPersonName(text: string): boolean {
  const bare = text.replace(ROLE_IN_PARENTHESES, "");
  if (!PERSON_NAME.test(bare) && !SURNAME_COMMA_NAME.test(bare)) return false;
  return !nameWords(bare).some((w) => NOT_NAME_WORDS.has(w));
}

/**
 * A person named inside text: a cue ("AS", "assistente sociale", "dott.ssa", "sig.ra", "rif.")
 * followed by capitalised words that are not office or place words ("AS Mario Rossi", but not
 * "referente Circoscrizione 3"); or a part of the text, between commas, semicolons or dashes,
 * that is a person's name holding a common given name and a word that is not one ("Mario Rossi,
 * Circoscrizione 3", but not "Maria Vittoria", a hospital).
 */
function containsPersonName(text: string): boolean {
  if (!NAME_SEPARATOR.test(text)) return false;
  for (const match of text.matchAll(PERSON_CUE)) {
    if (match[0].replace(/[\s.]/g, "").toLowerCase() === "as" && match[0] !== match[0].toUpperCase()) continue;
    const name = NAME_AFTER_CUE.exec(text.slice(match.index + match[0].length));
    if (!name) continue;
    const found = nameWords(name[1]);
    if (found.length > 0 && found[0].length >= 2 && !NOT_NAME_WORDS.has(found[0])) return true;
  }
  return text
    .split(/[,;–—(]|\s-\s/)
    .map((part) => part.trim())
    .some((part) => {
      if (!isPersonName(part)) return false;
      const found = nameWords(part.replace(ROLE_IN_PARENTHESES, ""));
      return found.some((w) => GIVEN_NAMES.has(w)) && found.some((w) => !GIVEN_NAMES.has(w));
    });
}

/**
 * Direct personal data found in a column's values. Strong (one value is enough, also inside other
 * text): a codice fiscale (also spaced or omocodic, see fiscalCode.ts), an e-mail address, a phone
 * number written as one, a named person. Weak (at least half of the values, each a whole cell): phone
 * numbers, street addresses, people's names (also mostly distinct). `strongOnly` looks for the
 * strong kinds only — for the id and referring-service columns, which are kept otherwise.
 */
export function personalDataByContent(
  cells: readonly ColumnCell[],
  strongOnly: boolean,
): { kind: PersonalDataKind; exampleRow: number } | null {
  const texts = cells.filter((c) => c.isText);
  const strong = strongPersonalData(
    texts.length,
    (i) => texts[i].text,
    (i) => texts[i].row,
  );
  if (strong) return strong;
  if (strongOnly || cells.length === 0) return null;
  const half = cells.length / 2;
  const phones = cells.filter((c) => isPhone(c.text));
  if (phones.length >= half) return { kind: "phone", exampleRow: phones[0].row };
  const streets = texts.filter((c) => STREET.test(c.text));
  if (streets.length >= half) return { kind: "address", exampleRow: streets[0].row };
  const names = texts.filter((c) => isPersonName(c.text));
  const distinct = new Set(names.map((c) => c.text.toLowerCase())).size;
  if (names.length >= half && distinct >= 0.8 * names.length) return { kind: "name", exampleRow: names[0].row };
  return null;
}

/** The strong kinds, in the order they are looked for. */
const STRONG_KINDS: readonly [PersonalDataKind, (text: string) => boolean][] = [
  ["fiscalCode", containsFiscalCode],
  ["email", (text) => text.includes("@") && EMAIL.test(text)],
  ["phone", containsPhone],
  ["name", containsPersonName],
];

/**
 * Whether a text may hold a strong kind: false only for a text that each kind's own test rules out
 * at its first step (no "@", no name separator, fewer than 8 digits, fewer than 16 letters or digits),
 * such as most ids, told apart without remembering them.
 */
function mayHoldStrongData(text: string): boolean {
  return text.includes("@") || NAME_SEPARATOR.test(text) || hasDigits(text, 8) || hasSixteenLettersOrDigits(text);
}

/**
 * The first strong kind found in `count` texts (by index, in sheet order), with the first row
 * that holds it; null when none. One pass: each text is tested only for the kinds that come
 * before the best found so far, and a text met before is not tested again (a column repeats
 * its values).
 */
export function strongPersonalData(
  count: number,
  textAt: (index: number) => string | null,
  rowAt: (index: number) => number,
): { kind: PersonalDataKind; exampleRow: number } | null {
  let best = STRONG_KINDS.length;
  let exampleRow = 0;
  const tested = new Set<string>();
  for (let i = 0; i < count && best > 0; i++) {
    const text = textAt(i);
    if (text === null || !mayHoldStrongData(text) || tested.has(text)) continue;
    for (let k = 0; k < best; k++) {
      if (!STRONG_KINDS[k][1](text)) continue;
      best = k;
      exampleRow = rowAt(i);
    }
    tested.add(text);
  }
  return best < STRONG_KINDS.length ? { kind: STRONG_KINDS[best][0], exampleRow } : null;
}

/** The strong kinds in a field's column (id, referral): its text cells, read where they are. */
function strongPersonalDataInColumn(grid: Grid, dataRows: readonly number[], columnIndex: number) {
  return strongPersonalData(
    dataRows.length,
    (i) => {
      const value = cellAt(grid, dataRows[i], columnIndex);
      return typeof value === "string" && !isBlank(value) && !isExcelError(value) ? value.trim() : null;
    },
    (i) => grid.top + dataRows[i],
  );
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
 * column (one issue each, on its header cell) — and the strong kinds (fiscal codes, e-mails,
 * phone numbers, named people) in the id and referral columns. Returns the unknown columns, including headerless columns holding data.
 */
export function checkOtherColumns(
  grid: Grid,
  scan: HeaderScan & { headerRow: number },
  dataRows: readonly number[],
  reporter: Reporter,
): Record<number, string> {
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
    const found = strongPersonalDataInColumn(grid, dataRows, column - grid.left);
    if (!found) continue;
    const value = cellAt(grid, headerIndex, column - grid.left);
    reporter.add(
      "personal-data-column",
      { row: scan.headerRow, column, field, value },
      { header: String(value).trim(), column: columnLetter(column), ...found },
    );
  }
  return unknown;
}
