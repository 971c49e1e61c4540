import { FIELD_BY_KEY, matchHeader } from "./fields";
import { normalizeText } from "../cells/text";
import type { CellValue } from "../types";

/**
 * The id column's headers as matchHeader compares them ("idfamiglia", "familyid"). ASCII text
 * normalises to ASCII letters and digits only, so the headers that are not cannot match it.
 */
const ID_HEADERS: readonly string[] = [FIELD_BY_KEY.id.header.it, FIELD_BY_KEY.id.header.en]
  .map(normalizeText)
  .filter((header) => matchHeader(header) === "id" && /^[a-z0-9]+$/.test(header));

const ALL = (1 << ID_HEADERS.length) - 1;
const LONGEST = Math.max(0, ...ID_HEADERS.map((header) => header.length));

/** At index `position × 128 + code`, the headers (one bit each) whose character there is that ASCII code. */
const HEADERS_WITH = new Uint32Array(LONGEST * 128);
ID_HEADERS.forEach((header, h) => {
  for (let at = 0; at < header.length; at++) HEADERS_WITH[at * 128 + header.charCodeAt(at)] |= 1 << h;
});

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether a text is an id header, read as normalizeText would — lowercased, other characters
 * skipped — and compared with every header at once, character by character: false at the first
 * letter or digit that no header has there ("F0001" is decided at its second character), null
 * when a character beyond ASCII comes first (normalizeText may read it as letters).
 */
function asciiIdHeader(text: string): boolean | null {
  let alive = ALL;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return null;
    if (!isAsciiLetterOrDigit(code)) continue;
    if (at === LONGEST) return false;
    const lower = code <= 90 && code >= 65 ? code + 32 : code;
    alive &= HEADERS_WITH[at * 128 + lower];
    if (alive === 0) return false;
    at++;
  }
  return ID_HEADERS.some((header, h) => (alive & (1 << h)) !== 0 && header.length === at);
}

/**
 * Whether a cell is the id column's header, as `matchHeader(value) === "id"` says, with no
 * Unicode normalisation for a text whose letters up to the decision are ASCII (every family id of
 * a large column, as a rule).
 */
export function isIdHeader(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  return asciiIdHeader(value) ?? matchHeader(value) === "id";
}
