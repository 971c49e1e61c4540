import { FIELD_BY_KEY, matchHeader } from "./fields";
import { normalizeText } from "../cells/text";
import type { CellValue } from "../types";

/**
 * The id column's headers as matchHeader compares them ("idfamiglia", "familyid"). An ASCII text
 * normalises to ASCII letters and digits only, so the headers that are not cannot match it.
 */
const ID_HEADERS: readonly string[] = [FIELD_BY_KEY.id.header.it, FIELD_BY_KEY.id.header.en]
  .map(normalizeText)
  .filter((header) => matchHeader(header) === "id" && /^[a-z0-9]+$/.test(header));

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Whether an ASCII text, lowercased and without its other characters, is `header`; no text is built. */
function asciiMatches(text: string, header: string): boolean {
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiLetterOrDigit(code)) continue;
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (at >= header.length || header.charCodeAt(at) !== lower) return false;
    at++;
  }
  return at === header.length;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Whether a cell is the id column's header, as `matchHeader(value) === "id"` says: an ASCII
 * text (every family id of a large column, as a rule) is compared character by character, and
 * only other texts go through the Unicode normalisation.
 */
export function isIdHeader(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  if (isAscii(value)) return ID_HEADERS.some((header) => asciiMatches(value, header));
  return matchHeader(value) === "id";
}
