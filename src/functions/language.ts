import { langOf, type Lang } from "../engine/cells/lang";

/** Italian first; English when Office's display language is English. */
export function displayLanguage(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return langOf(office?.context?.displayLanguage);
}
