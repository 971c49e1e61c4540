import type { Lang } from "../engine/cells/format";

/**
 * The language of the command line's messages: English when LANG starts with "en", Italian
 * otherwise (the City's staff are the first users; LANG is often unset or "C" on servers).
 */
export function languageOf(env: NodeJS.ProcessEnv): Lang {
  return (env.LANG ?? "").toLowerCase().startsWith("en") ? "en" : "it";
}

/** The Italian or the English text, by language. */
export const pick = (lang: Lang, it: string, en: string): string => (lang === "it" ? it : en);
