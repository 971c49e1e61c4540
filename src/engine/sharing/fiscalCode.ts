/**
 * The Italian codice fiscale of a person (DM 23/12/1976): 3 letters of the surname, 3 of the
 * given name, 2 digits of the birth year, a month letter, 2 digits of the birth day (+40 for
 * women), the place code (a letter and 3 digits) and a check letter.
 *
 * Omocodia: when two people would get the same code, the Agenzia delle Entrate replaces digits
 * of the 7 numeric positions by the letters L M N P Q R S T U V (0–9) and recomputes the check
 * letter, so "RSSMRA80A01L21VB" is as real a code as "RSSMRA80A01L219M".
 */

const OMOCODIC_LETTERS = "LMNPQRSTUV";
const MONTH_LETTERS = "ABCDEHLMPRST";
/** Check-letter values of the characters in odd positions (1st, 3rd, … 15th), for 0–9 and A–Z. */
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** The spec's pattern (MECHANISM.md §3): every numeric position a digit. */
const PLAIN = /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/;
/** The same shape, the numeric positions also holding omocodic letters. */
const OMOCODIC = /^[A-Z]{6}[\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/;

/** Separators people type inside a code: "RSSMRA 80A01 L219X", "RSS-MRA-80A01-L219-X". */
const INNER_SEPARATORS = /[\s.-]+/;
/** Anything else ends a run of text that may hold a code. */
const OUTER_SEPARATORS = /[^A-Za-z0-9\s.-]+/;

function charValue(c: string): number {
  return c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
}

function numericValue(c: string): number {
  const omocodic = OMOCODIC_LETTERS.indexOf(c);
  return omocodic >= 0 ? omocodic : Number(c);
}

/** The check letter of the first 15 characters (upper case): odd/even position tables, mod 26. */
export function fiscalCodeCheckLetter(code: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = charValue(code[i]);
    sum += i % 2 === 0 ? ODD_VALUES[value] : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/**
 * A 16-character token (any case, no separators) that is a codice fiscale. The spec's all-digit
 * pattern is enough on its own (a wrong check letter is still someone's mistyped code); a code
 * with omocodic letters — a shape ordinary words and random tokens can take — must also have a
 * valid month letter, day (1–31 or 41–71) and check letter.
 */
export function isFiscalCode(token: string): boolean {
  const code = token.toUpperCase();
  if (PLAIN.test(code)) return true;
  if (!OMOCODIC.test(code)) return false;
  if (!MONTH_LETTERS.includes(code[8])) return false;
  const day = numericValue(code[9]) * 10 + numericValue(code[10]);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return fiscalCodeCheckLetter(code) === code[15];
}

/** Whether a text holds a codice fiscale, alone or inside other words, also typed with spaces, dots or dashes inside. */
export function containsFiscalCode(text: string): boolean {
  if (!hasSixteenLettersOrDigits(text)) return false;
  for (const run of text.split(OUTER_SEPARATORS)) {
    const tokens = run.split(INNER_SEPARATORS).filter((t) => t !== "");
    for (let i = 0; i < tokens.length; i++) {
      let joined = "";
      for (let j = i; j < tokens.length && joined.length < 16; j++) {
        joined += tokens[j];
        if (joined.length === 16 && isFiscalCode(joined)) return true;
      }
    }
  }
  return false;
}

/** A code is 16 ASCII letters and digits: a text with fewer holds none (most cells, told apart without splitting them). */
export function hasSixteenLettersOrDigits(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < 16; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) count++;
  }
  return count >= 16;
}
