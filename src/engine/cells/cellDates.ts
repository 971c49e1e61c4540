import { isValidCalendarDate, toSerial } from "./calendar";
import type { CellValue } from "../types";

/** 9999-12-31, Excel's last date. */
export const MAX_DATE_SERIAL = 2_958_465;
/** Excel's phantom 1900-02-29. */
const PHANTOM_LEAP_DAY = 60;

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);

/** How a date cell reads: a serial day, blank, not a date at all, or a date that does not exist. */
export type DateSerial = number | "blank" | "not-a-date" | "impossible";

export function dateSerialOf(value: CellValue): DateSerial {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "number") return readSerial(value);
  if (typeof value !== "string") return "not-a-date";
  const text = value.trim();
  if (text === "") return "blank";
  const iso = ISO.exec(text);
  if (iso) return readParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return readParts(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return "not-a-date";
}

/**
 * A date cell as an Excel serial day: a serial number (time of day dropped), `yyyy-mm-dd`, or
 * day-first `dd/mm/yyyy` (also `-` and `.`); text is never read month-first. Blank → null.
 */
export function parseDateCell(value: CellValue): number | null | "invalid" {
  const serial = dateSerialOf(value);
  if (typeof serial === "number") return serial;
  return serial === "blank" ? null : "invalid";
}

function readSerial(value: number): DateSerial {
  if (!Number.isFinite(value)) return "not-a-date";
  const serial = Math.floor(value);
  if (serial < 1 || serial > MAX_DATE_SERIAL || serial === PHANTOM_LEAP_DAY) return "impossible";
  return serial;
}

function readParts(year: number, month: number, day: number): DateSerial {
  const date = { year, month, day };
  return isValidCalendarDate(date) ? toSerial(date) : "impossible";
}
