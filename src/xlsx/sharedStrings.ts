import type { Package } from "./package";
import { decodeXstring } from "./xmlText";
import { streamXml } from "./xmlStream";

/**
 * `xl/sharedStrings.xml`: the workbook's strings, in memory as one array (cells of type "s"
 * index it). A rich-text string is its runs' text joined; phonetic guides (<rPh>) are not text
 * Office.js returns, so they are left out; `_xHHHH_` escapes are decoded.
 */
export function readSharedStrings(pkg: Package, part: string): string[] {
  const strings: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let current = "";
  streamXml(
    pkg,
    part,
    {
      open(local) {
        if (local === "si") {
          inItem = true;
          current = "";
        } else if (local === "rPh") phonetic++;
        else if (local === "t" && inItem && phonetic === 0) inText = true;
      },
      close(local) {
        if (local === "si") {
          strings.push(decodeXstring(current));
          inItem = false;
        } else if (local === "rPh") phonetic--;
        else if (local === "t") inText = false;
      },
      text(text) {
        if (inText) current += text;
      },
    },
    false,
  );
  return strings;
}

const STRING_CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const SHARED_TYPE = /\bt\s*=\s*["']s["']/;
const VALUE_INDEX = /<(?:[\w.-]+:)?v>\s*(\d+)\s*<\/(?:[\w.-]+:)?v>/;
const ITEM = /<((?:[\w.-]+:)?)si\b[^>]*?(?:\/>|>[\s\S]*?<\/\1si>)/g;

/** The shared-string indexes the cells of these worksheet parts use. */
function usedIndexes(pkg: Package, sheetParts: readonly string[]): Set<number> {
  const used = new Set<number>();
  for (const part of sheetParts) {
    for (const m of pkg.readText(part).matchAll(STRING_CELL)) {
      if (!SHARED_TYPE.test(m[1])) continue;
      const v = VALUE_INDEX.exec(m[2] ?? "");
      if (v !== null) used.add(Number(v[1]));
    }
  }
  return used;
}

/**
 * Empties every shared string no cell uses any more (a value replaced or removed leaves its text
 * behind in sharedStrings.xml otherwise); indexes stay as they are. Returns how many were emptied.
 */
export function clearUnusedSharedStrings(pkg: Package, part: string, sheetParts: readonly string[]): number {
  const used = usedIndexes(pkg, sheetParts);
  let index = -1;
  let cleared = 0;
  const text = pkg.readText(part).replace(ITEM, (item, prefix: string) => {
    index++;
    const empty = `<${prefix}si><${prefix}t></${prefix}t></${prefix}si>`;
    if (used.has(index) || item === empty) return item;
    cleared++;
    return empty;
  });
  if (cleared > 0) pkg.set(part, text);
  return cleared;
}
