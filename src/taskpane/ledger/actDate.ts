import { isValidCalendarDate, toSerial } from "../../engine/cells/calendar";

/** A date input's value ("2026-12-15") as an Excel serial date; null when empty or not a date. */
export function serialOfDateInput(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(date) ? toSerial(date) : null;
}
