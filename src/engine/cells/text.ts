/** Text normalisation for matching headers and tokens typed by people. */

const COMBINING_MARKS = /\p{M}/gu;
const NOT_ASCII = /[^ -~\t\n\r]/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

export function stripAccents(s: string): string {
  // Printable ASCII has no accents to strip: the costly normalisation is for the rest.
  if (!NOT_ASCII.test(s)) return s;
  return s.normalize("NFD").replace(COMBINING_MARKS, "");
}

/** Lowercase, no accents, no spaces or punctuation: "Stabilità abitativa" → "stabilitaabitativa". */
export function normalizeText(s: string): string {
  return stripAccents(s.toLowerCase()).replace(NOT_LETTER_OR_DIGIT, "");
}

/** Lowercase, no accents, trimmed: " Sì " → "si". */
export function cleanToken(s: string): string {
  return stripAccents(s.toLowerCase()).trim();
}
