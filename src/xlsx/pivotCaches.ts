import type { Package } from "./package";
import { decodeEntities, decodeXstring, encodeXstring, escapeAttribute } from "./xmlText";

/**
 * A pivot table's cache is a copy of its source cells: the definition lists each field's distinct
 * texts as shared items (`<s v="…"/>`) and the records hold, row by row, the texts not shared.
 * Replacing such texts edits them in place: the items keep their order (the records and the pivot
 * tables address them by index) and every other byte of the parts stays as it was.
 */

export const PIVOT_CACHE_TYPES: readonly string[] = [
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
];

/** A string item `<s … v="…" …>` (any prefix): group 1 what precedes the value, group 2 the quoted value. */
const STRING_ITEM = /(<(?:[\w.-]+:)?s\s(?:[^>]*?\s)?v\s*=\s*)("[^"]*"|'[^']*')/g;

/**
 * Gives every string item of the pivot caches to `replace`; an item it gives a new text for is
 * rewritten. Parts with nothing replaced are left untouched. Returns the number of items replaced.
 */
export function replacePivotCacheTexts(pkg: Package, replace: (text: string) => string | undefined): number {
  let replaced = 0;
  for (const part of pkg.partNames()) {
    if (!PIVOT_CACHE_TYPES.includes(pkg.contentType(part) ?? "")) continue;
    let count = 0;
    const text = pkg.readText(part).replace(STRING_ITEM, (item, head: string, quoted: string) => {
      const wanted = replace(decodeXstring(decodeEntities(quoted.slice(1, -1))));
      if (wanted === undefined) return item;
      count++;
      return `${head}"${escapeAttribute(encodeXstring(wanted))}"`;
    });
    if (count > 0) pkg.set(part, text);
    replaced += count;
  }
  return replaced;
}
