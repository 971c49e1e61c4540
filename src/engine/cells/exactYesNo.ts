import { NO_TOKENS, parseYesNo, YES_TOKENS, type YesNo } from "./tokens";
import type { CellValue } from "../types";

/**
 * The yes/no tokens as they are usually typed — as listed, in lower and in upper case — and the
 * empty text, each with what parseYesNo reads in it: the common cells of a large column are one
 * lookup, and only the others go through parseYesNo's Unicode normalisation.
 */
const EXACT: ReadonlyMap<string, YesNo> = new Map(
  ["", ...YES_TOKENS, ...NO_TOKENS]
    .flatMap((token) => [token, token.toLowerCase(), token.toUpperCase()])
    .map((text): [string, YesNo] => [text, parseYesNo(text)]),
);

/** parseYesNo, with a lookup before it for the exact spellings of the tokens. */
export function readYesNo(value: CellValue): YesNo {
  if (typeof value === "string") {
    const exact = EXACT.get(value);
    if (exact !== undefined) return exact;
  }
  return parseYesNo(value);
}
