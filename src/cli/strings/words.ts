import { type Lang, pick, type Text } from "../../engine/cells/lang";

/**
 * A dictionary of the command line's words: each entry a Text, or a function that gives one, so
 * that a missing translation fails the type-check.
 */
export type Words = Record<string, Text | ((...args: never[]) => Text)>;

/** A dictionary in one language: the Texts become strings, the functions give strings. */
export type Said<W extends Words> = {
  readonly [K in keyof W]: W[K] extends (...args: infer A) => Text ? (...args: A) => string : string;
};

export function said<W extends Words>(words: W, lang: Lang): Said<W> {
  const entries = Object.entries(words).map(([key, word]) => [
    key,
    typeof word === "function" ? (...args: never[]) => pick(word(...args), lang) : pick(word, lang),
  ]);
  return Object.fromEntries(entries) as Said<W>;
}
