import { isValidCalendarDate, toSerial } from "../engine/cells/calendar";
import { type Lang, pick } from "../engine/cells/lang";
import type { CommandName } from "./args";
import { requireOption } from "./args";
import { unusable } from "./cliError";

/** --year, --date and --lang of pay and statement, checked: a bad value is one line and exit code 2. */

export function programmeYearOption(command: CommandName, value: string | undefined, lang: Lang): number {
  const text = requireOption(command, value, "--year N", lang);
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw unusable(
      pick(
        {
          it: `--year ${text}: atteso un anno di programma, un numero intero ≥ 1.`,
          en: `--year ${text}: expected a programme year, a whole number ≥ 1.`,
        },
        lang,
      ),
    );
  }
  return Number(text);
}

/** YYYY-MM-DD as an Excel serial date. */
export function dateOption(command: CommandName, value: string | undefined, lang: Lang): number {
  const text = requireOption(command, value, "--date YYYY-MM-DD", lang);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match === null ? null : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date === null || !isValidCalendarDate(date) || date.year < 1900) {
    throw unusable(
      pick(
        {
          it: `--date ${text}: attesa una data AAAA-MM-GG, ad esempio 2026-12-15.`,
          en: `--date ${text}: expected a date YYYY-MM-DD, for example 2026-12-15.`,
        },
        lang,
      ),
    );
  }
  return toSerial(date);
}

export function languageOption(value: string | undefined, fallback: Lang, lang: Lang): Lang {
  if (value === undefined) return fallback;
  if (value === "it" || value === "en") return value;
  throw unusable(pick({ it: `--lang ${value}: attesa «it» o «en».`, en: `--lang ${value}: expected "it" or "en".` }, lang));
}
