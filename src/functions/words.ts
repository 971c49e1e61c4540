import { formatCellValue } from "../engine/cells/format";
import type { Lang, Text } from "../engine/cells/lang";

/** How the functions' messages name arguments and values, in each language. */

/** An argument's name: its identifier, the same in both languages ("families"), or words in each language. */
export type ArgName = string | Text;

export const nameIn = (name: ArgName, lang: Lang): string => (typeof name === "string" ? name : name[lang]);

/** An Excel error value as a function may receive it (CustomFunctions.Error), as the text Office.js gives for it: "#N/A". */
export const asCellValue = (value: unknown): unknown =>
  typeof value === "object" && value !== null && typeof CustomFunctions !== "undefined" && value instanceof CustomFunctions.Error
    ? value.code
    : value;

/** A value as Excel in that language shows it: 2,5 and VERO in Italian, 2.5 and TRUE in English. */
export function valueIn(value: unknown, lang: Lang): string {
  const cell = asCellValue(value);
  const shown = typeof cell === "number" || typeof cell === "boolean" || typeof cell === "string";
  return shown ? formatCellValue(cell, lang) : String(cell);
}

/** A value quoted when it is text: "tre", #N/A as "#N/A", 2,5 as it is. */
export function shownIn(value: unknown, lang: Lang): string {
  const cell = asCellValue(value);
  return typeof cell === "string" ? `"${cell}"` : valueIn(cell, lang);
}
