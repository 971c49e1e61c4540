import { posix } from "node:path";
import type { CorpusFile } from "./corpus";
import {
  changedParts,
  contentTypeOf,
  elements,
  partText,
  partXml,
  relationships,
  relsPartOf,
  sameBytes,
  sheetValues,
  workbookPart,
  workbookSheets,
  type PackageParts,
  type SheetCellValue,
} from "./packageParts";

/**
 * What the corpus command tests (test/corpus/*.corpus.test.ts) check on a command's output, as
 * functions that return the problems they find (an empty list when there is none), so that a test
 * says `expect(problems).toEqual([])` and sees every problem at once — and so that the checks can
 * be shown to fail on a tampered package.
 */

export const CT = {
  main: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroMain: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  vba: "application/vnd.ms-office.vbaProject",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  threadedComments: "application/vnd.ms-excel.threadedcomments+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/**
 * The package's indexes, which `fill` and `rank` may rewrite (calcChain may go): content types,
 * the workbook and its rels, the app properties, styles, shared strings and calcChain.
 */
export const INDEX_PARTS: readonly string[] = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "docProps/app.xml",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/calcChain.xml",
];

/** The only index part a command may remove. */
export const REMOVABLE_PARTS: readonly string[] = ["xl/calcChain.xml"];

export const isAddInSheet = (name: string): boolean => name.startsWith("H4A_");

/**
 * The add-in's own parts: the part of each H4A_ sheet, its rels, and the tables it holds. Not the
 * notes a user put on H4A_Parametri (comments, VML): those are the user's.
 */
export function addInParts(parts: PackageParts): Set<string> {
  const own = new Set<string>();
  for (const sheet of workbookSheets(parts).filter((s) => isAddInSheet(s.name))) {
    own.add(sheet.part);
    own.add(relsPartOf(sheet.part));
    for (const rel of relationships(parts, sheet.part)) {
      if (rel.part !== null && rel.kind === "table" && contentTypeOf(parts, rel.part) === CT.table) own.add(rel.part);
    }
  }
  return own;
}

/**
 * Parts added, removed or changed that neither the indexes nor the add-in's own parts account for:
 * added parts must be the add-in's (in the output), changed ones an index or the add-in's, removed
 * ones calcChain or the add-in's (in the input).
 */
export function partsOutsideTheIndexes(input: PackageParts, output: PackageParts): string[] {
  const { added, removed, changed } = changedParts(input, output);
  const ownBefore = addInParts(input);
  const ownAfter = addInParts(output);
  return [
    ...added.filter((p) => !ownAfter.has(p)).map((p) => `added ${p}`),
    ...removed.filter((p) => !REMOVABLE_PARTS.includes(p) && !ownBefore.has(p)).map((p) => `removed ${p}`),
    ...changed.filter((p) => !INDEX_PARTS.includes(p) && !(ownBefore.has(p) && ownAfter.has(p))).map((p) => `changed ${p}`),
  ];
}

/** The `<definedName>` elements of workbook.xml as written (any prefix), with their names. */
export function rawDefinedNames(parts: PackageParts): { name: string; xml: string }[] {
  const text = partText(parts, workbookPart(parts));
  return [...text.matchAll(/<((?:[\w.-]+:)?)definedName\b[^>]*>[\s\S]*?<\/\1definedName>/g)].map((m) => ({
    name: /\sname\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? "",
    xml: m[0],
  }));
}

/** The `<sheet>` elements of workbook.xml as written. */
export function rawSheetElements(parts: PackageParts): string[] {
  return [...partText(parts, workbookPart(parts)).matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*\/>/g)].map((m) => m[0]);
}

/** The user's names (not H4A_…) missing from the output's workbook.xml as their exact text. */
export function userNamesNotKept(input: PackageParts, output: PackageParts): string[] {
  const after = partText(output, workbookPart(output));
  return rawDefinedNames(input)
    .filter((n) => !isAddInSheet(n.name))
    .filter((n) => !after.includes(n.xml))
    .map((n) => n.xml);
}

/**
 * The user's sheets keep their place, their `<sheet>` element (name, id, state, relationship)
 * byte for byte, and come first; every sheet after them is the add-in's.
 */
export function sheetOrderProblems(input: PackageParts, output: PackageParts): string[] {
  const before = workbookSheets(input).map((s) => s.name);
  const after = workbookSheets(output).map((s) => s.name);
  const problems: string[] = [];
  if (JSON.stringify(after.slice(0, before.length)) !== JSON.stringify(before))
    problems.push(`sheets ${before.join(", ")} became ${after.join(", ")}`);
  for (const extra of after.slice(before.length)) if (!isAddInSheet(extra)) problems.push(`a new sheet ${extra} that is not the add-in's`);
  const kept = rawSheetElements(output);
  for (const element of rawSheetElements(input)) if (!kept.includes(element)) problems.push(`the sheet element ${element} changed`);
  return problems;
}

/** The main part keeps its content type; a macro-enabled workbook keeps its VBA project, its relationship and its content type. */
export function macroProblems(input: PackageParts, output: PackageParts): string[] {
  const problems: string[] = [];
  const wb = workbookPart(input);
  const before = contentTypeOf(input, wb);
  const after = contentTypeOf(output, workbookPart(output));
  if (before !== after) problems.push(`main content type ${before} became ${after}`);
  for (const rel of relationships(input, wb).filter((r) => r.kind === "vbaProject")) {
    const part = rel.part as string;
    const kept = relationships(output, workbookPart(output)).some((r) => r.kind === "vbaProject" && r.part === part);
    if (!kept) problems.push(`the vbaProject relationship to ${part} is gone`);
    const bytes = output.get(part);
    if (bytes === undefined) problems.push(`${part} is gone`);
    else if (!sameBytes(bytes, input.get(part) as Uint8Array)) problems.push(`${part} changed`);
    if (contentTypeOf(output, part) !== CT.vba) problems.push(`${part} lost its content type`);
  }
  return problems;
}

/**
 * A consistent package: every internal relationship's target exists, every relationship id a
 * worksheet uses (r:id) is in its rels, every part has a content type, every Override names a part.
 */
export function consistencyProblems(parts: PackageParts): string[] {
  const problems: string[] = [];
  for (const name of parts.keys()) {
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const rel of relationships(parts, source))
      if (!rel.external && !parts.has(rel.part as string)) problems.push(`${name}: ${rel.id} → missing ${rel.part}`);
  }
  for (const sheet of workbookSheets(parts)) {
    const ids = new Set(relationships(parts, sheet.part).map((r) => r.id));
    for (const m of partText(parts, sheet.part).matchAll(/\br:id\s*=\s*"([^"]*)"/g))
      if (!ids.has(m[1])) problems.push(`${sheet.part}: r:id ${m[1]} is in no relationship`);
  }
  for (const name of parts.keys())
    if (name !== "[Content_Types].xml" && contentTypeOf(parts, name) === null) problems.push(`${name} has no content type`);
  for (const o of elements(partXml(parts, "[Content_Types].xml"), "Override")) {
    const name = (o.getAttribute("PartName") ?? "").replace(/^\//, "");
    if (![...parts.keys()].some((p) => p.toLowerCase() === name.toLowerCase())) problems.push(`an Override for the missing part ${name}`);
  }
  return problems;
}

/** Every problem of a `fill` or `rank` output against its input. */
export function lossProblems(input: PackageParts, output: PackageParts): string[] {
  return [
    ...partsOutsideTheIndexes(input, output),
    ...userNamesNotKept(input, output).map((n) => `user name not kept: ${n}`),
    ...sheetOrderProblems(input, output),
    ...macroProblems(input, output),
    ...consistencyProblems(output),
  ];
}

/** The values of the id column below the header row of a sheet (the header "ID famiglia" or "Family ID"). */
export function idsOfSheet(parts: PackageParts, sheet: string, headerRow: number): string[] {
  const values = sheetValues(parts, sheet);
  const header = (values[headerRow - 1] ?? []).map((v) => String(v).trim().toLowerCase());
  const column = header.findIndex((h) => h === "id famiglia" || h === "family id");
  if (column < 0) throw new Error(`${sheet}: no id column in row ${headerRow}`);
  return values
    .slice(headerRow)
    .map((row) => row[column])
    .filter((v): v is SheetCellValue => v !== "" && v !== undefined)
    .map((v) => String(v).trim());
}

/** The header row of the candidates sheet (§3b): the first row holding "ID famiglia". */
export function candidateIds(parts: PackageParts, sheet: string): string[] {
  const values = sheetValues(parts, sheet);
  const row = values.findIndex((r) => r.some((v) => typeof v === "string" && v.trim().toLowerCase() === "id famiglia"));
  if (row < 0) throw new Error(`${sheet}: no header row with ID famiglia`);
  return idsOfSheet(parts, sheet, row + 1);
}

/** The family ids of a corpus file: its beneficiary sheet's, then its candidates sheet's (when it has one). */
export function familyIds(entry: CorpusFile, parts: PackageParts): { beneficiaries: string[]; candidates: string[] } {
  return {
    beneficiaries: idsOfSheet(parts, entry.beneficiarySheet, entry.headerRow),
    candidates: entry.candidatesSheet === null ? [] : candidateIds(parts, entry.candidatesSheet),
  };
}

const utf8 = new TextDecoder("utf-8");

/** part → the ids found in it (every part, read as text). */
export function partsHolding(parts: PackageParts, ids: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, bytes] of parts) {
    const text = utf8.decode(bytes);
    const hits = ids.filter((id) => text.includes(id));
    if (hits.length > 0) found.set(name, hits);
  }
  return found;
}

/** A sheet's values as LibreOffice computed them, by sheet name, for the user's sheets. */
export function userSheetValues(parts: PackageParts, sheets: readonly string[]): Map<string, SheetCellValue[][]> {
  return new Map(sheets.map((name) => [name, sheetValues(parts, name)]));
}

/** The first table whose header row starts with `header` (any column), as records, until a blank first cell. */
export function tableBelow(values: SheetCellValue[][], header: readonly string[]): Record<string, SheetCellValue>[] {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (!header.every((h, i) => values[r][c + i] === h)) continue;
      const names: string[] = [];
      for (let k = c; k < values[r].length && values[r][k] !== ""; k++) names.push(String(values[r][k]));
      const rows: Record<string, SheetCellValue>[] = [];
      for (let rr = r + 1; rr < values.length && values[rr][c] !== ""; rr++)
        rows.push(Object.fromEntries(names.map((n, i) => [n, values[rr][c + i]])));
      return rows;
    }
  }
  throw new Error(`no table headed ${header.join(" | ")}`);
}

/** Runs `fn` over `items`, at most `limit` at a time (2 cores: the CLI, the validator and LibreOffice are processes). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The relationships' source part of a rels part ("xl/drawings/_rels/drawing1.xml.rels" → "xl/drawings/drawing1.xml"). */
export const sourceOfRels = (rels: string): string => posix.join(posix.dirname(posix.dirname(rels)), posix.basename(rels, ".rels"));
