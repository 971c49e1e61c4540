import { addInParts, isAddInSheet } from "../support/corpusCommands";
import { partText, relsPartOf, resolveTarget, workbookPart, type PackageParts } from "../support/packageParts";

/**
 * The parts a writer must touch to list the add-in's sheets (the indexes of the package), and
 * what may differ in each: once the add-in's entries are taken out and the counts set aside, the
 * rest of the part is the input's, character for character. A part of the package outside this
 * list is byte-identical or the add-in's own (test/support/corpusCommands.ts, lossProblems).
 *
 * - `[Content_Types].xml`: the `<Override>` of each add-in part;
 * - the workbook part: the `<sheet>` of each H4A_ sheet, the `<definedName>`s named H4A_… or
 *   referring to an H4A_ sheet (the agreement's names, a statement's print area), and
 *   `fullCalcOnLoad="1"` on `<calcPr>` (Excel computes the new formulas on opening);
 * - the workbook's rels: the `<Relationship>` to each add-in part;
 * - `xl/calcChain.xml` may be dropped (Excel rebuilds it), with its content type and
 *   relationship; it is never changed;
 * - `docProps/app.xml`: the H4A_ titles and the counts beside them;
 * - `xl/styles.xml` (added when the input had none): formats, fonts, fills, borders and cell formats appended at the end of their
 *   lists (an index the user's cells use never moves);
 * - `xl/sharedStrings.xml` (likewise): strings appended at the end.
 */

/** `<tag …>…</tag>` or `<tag …/>`, with any namespace prefix; group 1 the opening tag, 2 the content. */
const element = (tag: string): RegExp => new RegExp(`(<(?:[\\w.-]+:)?${tag}\\b[^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${tag}>)`, "g");
const emptyElement = (tag: string): RegExp => new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*?(?:\\/>|><\\/(?:[\\w.-]+:)?${tag}>)`, "g");
const attribute = (xml: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
const withoutCounts = (xml: string): string => xml.replace(/\s(?:count|uniqueCount|size)="\d+"/g, "");

const CALC_CHAIN = "xl/calcChain.xml";

/** The lists of xl/styles.xml that a writer may append to. */
const STYLE_LISTS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

/** The part's text without the add-in's entries (what `strip` removes), in the input and the output. */
function sameOnceStripped(part: string, before: string, after: string, strip: (xml: string) => string): string[] {
  return strip(before) === strip(after) ? [] : [`${part}: ${firstDifference(strip(before), strip(after))}`];
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differs at ${i}: «${a.slice(Math.max(0, i - 40), i + 60)}» became «${b.slice(Math.max(0, i - 40), i + 60)}»`;
}

/** Lists appended to: the input's entries must open the output's list; the lists then compare as their opening tags. */
function appendedLists(part: string, before: string, after: string, lists: readonly string[]): string[] {
  const problems: string[] = [];
  let a = withoutCounts(before);
  let b = withoutCounts(after);
  for (const list of lists) {
    const inA = [...a.matchAll(element(list))];
    const inB = [...b.matchAll(element(list))];
    if (inA.length > 1 || inB.length > 1) problems.push(`${part}: more than one <${list}>`);
    const contentA = inA[0]?.[2] ?? "";
    const contentB = inB[0]?.[2] ?? "";
    if (!contentB.startsWith(contentA)) problems.push(`${part}: <${list}> ${firstDifference(contentA, contentB)}`);
    a = a.replace(element(list), (_all, open: string) => `${open}/>`);
    b = inA.length === 0 ? b.replace(element(list), "") : b.replace(element(list), (_all, open: string) => `${open}/>`);
  }
  return [...problems, ...sameOnceStripped(part, a, b, (xml) => xml)];
}

/** What the add-in may have added to each index part; `[]` when nothing else of the input changed. */
export function indexPartProblems(input: PackageParts, output: PackageParts): string[] {
  const own = new Set([...addInParts(input), ...addInParts(output)].map((name) => name.toLowerCase()));
  if (input.has(CALC_CHAIN) && !output.has(CALC_CHAIN)) own.add(CALC_CHAIN.toLowerCase());
  const workbook = workbookPart(input);
  const text = (parts: PackageParts, name: string): string | null => (parts.has(name) ? partText(parts, name) : null);
  const problems: string[] = [];
  const compare = (part: string, check: (before: string, after: string) => string[], mayBeAdded = false): void => {
    const before = text(input, part);
    const after = text(output, part);
    if (before === null && (after === null || mayBeAdded)) return;
    if (before === null || after === null) problems.push(`${part}: ${before === null ? "added" : "removed"}`);
    else problems.push(...check(before, after));
  };

  compare("[Content_Types].xml", (before, after) =>
    sameOnceStripped("[Content_Types].xml", before, after, (xml) =>
      xml.replace(element("Override"), (all: string) =>
        own.has((attribute(all, "PartName") ?? "").replace(/^\//, "").toLowerCase()) ? "" : all,
      ),
    ),
  );
  compare(relsPartOf(workbook), (before, after) =>
    sameOnceStripped(relsPartOf(workbook), before, after, (xml) =>
      xml.replace(element("Relationship"), (all: string) =>
        attribute(all, "TargetMode") !== "External" && own.has(resolveTarget(workbook, attribute(all, "Target") ?? "").toLowerCase())
          ? ""
          : all,
      ),
    ),
  );
  compare(workbook, (before, after) =>
    sameOnceStripped(workbook, before, after, (xml) =>
      xml
        .replace(element("sheet"), (all: string) => (isAddInSheet(attribute(all, "name") ?? "") ? "" : all))
        .replace(element("definedName"), (all: string, open: string, formula = "") =>
          isAddInSheet(attribute(open, "name") ?? "") || /(^|[^\w.])'?H4A_/.test(formula) ? "" : all,
        )
        .replace(emptyElement("definedNames"), "")
        .replace(/(<(?:[\w.-]+:)?calcPr\b[^>]*?)\sfullCalcOnLoad="(?:1|true)"/, "$1"),
    ),
  );
  compare("docProps/app.xml", (before, after) =>
    sameOnceStripped("docProps/app.xml", before, after, (xml) =>
      withoutCounts(xml)
        .replace(/<vt:lpstr>H4A_[^<]*<\/vt:lpstr>/g, "")
        .replace(/<vt:i4>\d+<\/vt:i4>/g, "<vt:i4/>"),
    ),
  );
  compare("xl/styles.xml", (before, after) => appendedLists("xl/styles.xml", before, after, STYLE_LISTS), true);
  compare("xl/sharedStrings.xml", (before, after) => appendedLists("xl/sharedStrings.xml", before, after, ["sst"]), true);
  if (input.has(CALC_CHAIN) && output.has(CALC_CHAIN))
    compare(CALC_CHAIN, (before, after) => (before === after ? [] : [`${CALC_CHAIN}: changed (it may only be dropped)`]));
  return problems;
}
