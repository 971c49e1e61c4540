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
