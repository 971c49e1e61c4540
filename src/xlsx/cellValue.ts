import type { CellValue } from "../engine/types";
import { decodeXstring } from "./xmlText";

/**
 * A cell's value as Office.js `range.values` gives it, from what its XML says: its type, its
 * <v> text, its inline string (rich runs joined), and the workbook's shared strings and date system.
 */

export interface SheetContext {
  /** The workbook's shared strings (cells of type "s" index them). */
  sharedStrings: readonly string[];
  /** The workbook counts dates from 1904 (only ISO dates, t="d", are converted, to that system). */
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Serial day of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1900-01-00 (serial 0) to 1904-01-01 (1904 serial 0). */
const DAYS_1900_TO_1904 = 1_462;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date (cells of type "d") as the serial number Excel shows for it (1900 or 1904 system). */
export function isoDateToSerial(text: string, date1904: boolean): CellValue {
  const m = ISO_DATE.exec(text.trim());
  if (m === null) return text;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const time = m[4] === undefined ? 0 : (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) * 1000;
  const serial = (day + time) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (date1904) return serial - DAYS_1900_TO_1904;
  // Excel's 1900 system counts a 29 February 1900 that never was: earlier days are one less.
  return serial < 61 ? serial - 1 : serial;
}

/** A cell's value from its type and the texts read. */
export function cellValue(
  type: string | undefined,
  v: string,
  inline: string,
  hasV: boolean,
  hasInline: boolean,
  context: SheetContext,
): CellValue {
  switch (type) {
    case undefined:
    case "n": {
      if (!hasV || v.trim() === "") return "";
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
    case "s": {
      if (!hasV) return "";
      return context.sharedStrings[parseInt(v, 10)] ?? "";
    }
    case "inlineStr":
      return hasInline ? decodeXstring(inline) : hasV ? decodeXstring(v) : "";
    case "str":
      return decodeXstring(v);
    case "b":
      return hasV ? v.trim() === "1" || v.trim().toLowerCase() === "true" : "";
    case "e":
      return v.trim();
    case "d":
      return hasV ? isoDateToSerial(v, context.date1904) : "";
    default:
      return v;
  }
}

/** "AB12" → column 28 (0 when the reference has no letters), row 12 (0 when it has no digits). */
export function parseReference(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) break;
  }
  return { column, row };
}
