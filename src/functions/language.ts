export type Language = "it" | "en";

/** Italian first; English when Office's display language is English. */
export function displayLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = office?.context?.displayLanguage ?? "";
  return tag.toLowerCase().startsWith("en") ? "en" : "it";
}

export const pick = (it: string, en: string): string => (displayLanguage() === "en" ? en : it);
