import { isValidCalendarDate, toSerial } from "../engine/cells/calendar";
import type { Lang } from "../engine/cells/lang";
import type { CommandName } from "./args";
import { requireOption } from "./args";
import { unusable } from "./cliError";
import { say } from "./strings";

/** --year, --date and --lang of pay and statement, checked: a bad value is one line and exit code 2. */

export function programmeYearOption(command: CommandName, value: string | undefined, lang: Lang): number {
  const text = requireOption(command, value, say(lang).yearOption, lang);
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw unusable(say(lang).badYear(text));
  return Number(text);
}

/** YYYY-MM-DD as an Excel serial date. */
export function dateOption(command: CommandName, value: string | undefined, lang: Lang): number {
  const text = requireOption(command, value, say(lang).dateOption, lang);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match === null ? null : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date === null || !isValidCalendarDate(date) || date.year < 1900) throw unusable(say(lang).badDate(text));
  return toSerial(date);
}

export function languageOption(value: string | undefined, fallback: Lang, lang: Lang): Lang {
  if (value === undefined) return fallback;
  if (value === "it" || value === "en") return value;
  throw unusable(say(lang).badLang(value));
}
