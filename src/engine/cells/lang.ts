/**
 * The one bilingual convention: Italian first, English when the user's language is English.
 * A `Text` carries both versions, so a missing translation fails the type-check.
 */

export type Lang = "it" | "en";

/** A message in both languages. */
export type Text = Record<Lang, string>;

/** The version of a text in a language. */
export const pick = (text: Text, lang: Lang): string => text[lang];

/** The language of a tag such as "it-IT", "en-US" or LANG's "en_GB.UTF-8": English when it starts with "en", Italian otherwise. */
export function langOf(tag: string | undefined | null): Lang {
  return (tag ?? "").trim().toLowerCase().startsWith("en") ? "en" : "it";
}
