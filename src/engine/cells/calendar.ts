/**
 * Calendar dates as Excel serial day numbers (1900 date system), read in UTC.
 * Serial 61 is 1900-03-01; Excel's phantom 1900-02-29 (serial 60) is not a real date.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_REAL_SERIAL = 61;

export const DAYS_PER_MONTH = 365.25 / 12;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toSerial({ year, month, day }: CalendarDate): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
  return serial < FIRST_REAL_SERIAL ? serial - 1 : serial;
}

export function fromSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  const shifted = whole < FIRST_REAL_SERIAL ? whole + 1 : whole;
  const date = new Date(EPOCH_MS + shifted * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Excel's EDATE: the same day `months` later, clamped to the end of the target month. A
 * non-integer `months` is truncated, as Excel truncates it: EDATE adds whole months only, which is
 * why the agreement's waiting limit is a whole number of months (params.ts).
 */
export function edate(serial: number, months: number): number {
  const { year, month, day } = fromSerial(serial);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toSerial({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Months between two dates: days between them / (365.25 / 12). */
export function monthsBetween(fromSerialDay: number, toSerialDay: number): number {
  return (toSerialDay - fromSerialDay) / DAYS_PER_MONTH;
}

export function formatIsoDate(serial: number): string {
  const { year, month, day } = fromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
