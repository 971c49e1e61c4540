import { promises as fs } from "node:fs";
import * as path from "node:path";
import { h4a, sha256, tempDir, type CliRun } from "../cli/helpers/runCli";
import { CORPUS, corpusFile, type CorpusFile } from "../support/corpus";
import {
  consistencyProblems,
  CT,
  familyIds,
  mapLimit,
  partsHolding,
  sheetOrderProblems,
  sourceOfRels,
  userNamesNotKept,
} from "../support/corpusCommands";
import { formatErrors, newErrors, validateOoxml, type OoxmlResult } from "../support/ooxmlValidator";
import { recalculateWithLibreOffice } from "../cli/support/libreoffice";
import {
  changedParts,
  contentTypeOf,
  partText,
  readParts,
  relationships,
  sameBytes,
  sheetValues,
  workbookSheets,
  type PackageParts,
} from "../support/packageParts";

/**
 * `h4a share` on every corpus file, as a user runs it (`--key-file`): it exits 0; no family id of
 * the beneficiary or candidates sheets is left in any part of the copy; no note or threaded comment
 * is left; the validator finds no new error; and the parts share has no reason to touch (charts,
 * drawings, images, the VBA project, pivot tables and caches, external links, theme, tables, the
 * document properties) are byte for byte the input's — except those that held a family id, listed
 * below with why.
 */

jest.setTimeout(120_000);

const PASSPHRASE = "a5f0c3e19b7d42c8a1e6f3b0d9c2e7a4";

/**
 * The untouchable parts that do change, because they held family ids: pivot.xlsx's pivot cache
 * definition lists every value of its source range A4:P24 of Beneficiari as shared items, the 20
 * family ids among them (`<s v="TO-2023-001"/>`…); share replaces each by its pseudonym in place
 * (src/xlsx/pivotCaches.ts). The cache records only index those items (`<x v="0"/>`): unchanged.
 */
const CHANGED_BECAUSE_THEY_HELD_IDS: Record<string, string[]> = {
  "pivot.xlsx": ["xl/pivotCache/pivotCacheDefinition1.xml"],
};

/** Content types of the parts share has no reason to touch. */
const UNTOUCHABLE_TYPES: readonly (string | RegExp)[] = [
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  "application/vnd.openxmlformats-officedocument.drawing+xml",
  /^image\//,
  CT.vba,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  "application/vnd.openxmlformats-officedocument.theme+xml",
  CT.table,
  "application/vnd.openxmlformats-package.core-properties+xml",
  "application/vnd.openxmlformats-officedocument.custom-properties+xml",
];

/** The input's parts share must leave alone: those of the types above, and their rels parts. */
function untouchableParts(parts: PackageParts): string[] {
  const typed = (name: string): boolean => {
    const type = contentTypeOf(parts, name) ?? "";
    return UNTOUCHABLE_TYPES.some((t) => (typeof t === "string" ? t === type : t.test(type)));
  };
  return [...parts.keys()]
    .filter(
      (name) =>
        typed(name) || (name.endsWith(".rels") && name !== "_rels/.rels" && parts.has(sourceOfRels(name)) && typed(sourceOfRels(name))),
    )
    .sort();
}

const COMMENT_TYPES: readonly string[] = [CT.comments, CT.threadedComments];
const commentParts = (parts: PackageParts): string[] =>
  [...parts.keys()].filter((name) => COMMENT_TYPES.includes(contentTypeOf(parts, name) ?? "") || /comment/i.test(name)).sort();

interface Shared {
  entry: CorpusFile;
  run: CliRun;
  input: PackageParts;
  parts: PackageParts;
  ids: { beneficiaries: string[]; candidates: string[] };
  validatorBefore: OoxmlResult;
  validatorAfter: OoxmlResult;
  inputHashBefore: string;
  /** The input and the copy as LibreOffice opened, recalculated and saved them. */
  recalculatedInput: PackageParts;
  recalculatedCopy: PackageParts;
}

const shared = new Map<string, Shared>();

beforeAll(async () => {
  const dir = tempDir("share-corpus");
  const key = path.join(dir, "chiave.txt");
  await fs.writeFile(key, `${PASSPHRASE}\n`);
  const hashes = CORPUS.map((entry) => sha256(entry.path));
  const runs = await mapLimit(CORPUS, 2, async (entry) => {
    const ext = path.extname(entry.file);
    const output = path.join(dir, `${path.basename(entry.file, ext)}-homes4all${ext}`);
    return { entry, output, run: await h4a(["share", entry.path, "-o", output, "--key-file", key]) };
  });
  for (const r of runs) if (r.run.code !== 0) throw new Error(`h4a share ${r.entry.file} exited ${r.run.code}: ${r.run.stderr}`);
  const validated = await mapLimit(
    runs.flatMap((r) => [r.entry.path, r.output]),
    2,
    (file) => validateOoxml(file),
  );
  const recalculated = await recalculateWithLibreOffice(
    runs.flatMap((r) => [r.entry.path, r.output]),
    path.join(dir, "libreoffice"),
  );
  runs.forEach((r, i) => {
    const input = readParts(r.entry.path);
    shared.set(r.entry.file, {
      entry: r.entry,
      run: r.run,
      input,
      parts: readParts(r.output),
      ids: familyIds(r.entry, input),
      validatorBefore: validated[2 * i],
      validatorAfter: validated[2 * i + 1],
      inputHashBefore: hashes[i],
      recalculatedInput: readParts(recalculated[2 * i]),
      recalculatedCopy: readParts(recalculated[2 * i + 1]),
    });
  });
  await fs.rm(dir, { recursive: true, force: true });
}, 300_000);

const get = (entry: CorpusFile): Shared => {
  const s = shared.get(entry.file);
  if (s === undefined) throw new Error(`${entry.file} was not shared`);
  return s;
};

describe.each(CORPUS.map((entry) => [entry.file, entry] as const))("h4a share %s", (_name, entry) => {
  test("exits 0, says how many ids it replaced, and leaves the input file as it was", () => {
    const s = get(entry);
    expect({ code: s.run.code, stderr: s.run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(s.run.stdout).toMatch(new RegExp(`\\(HMAC-SHA-256 [^)]*\\): ${entry.families};`));
    expect(sha256(entry.path)).toBe(s.inputHashBefore);
  });

  test("no family id of the beneficiary or candidates sheet is left in any part (sheets, shared strings, comments, caches)", () => {
    const s = get(entry);
    expect(s.ids.beneficiaries).toHaveLength(entry.families);
    expect(s.ids.candidates).toHaveLength(entry.candidates);
    const ids = [...new Set([...s.ids.beneficiaries, ...s.ids.candidates])];
    // The ids are there in the input (in the sheets or the shared strings)…
    const before = partsHolding(s.input, ids);
    expect(ids.filter((id) => ![...before.values()].some((hits) => hits.includes(id)))).toEqual([]);
    // …and nowhere in the copy.
    expect(Object.fromEntries(partsHolding(s.parts, ids))).toEqual({});
    // The copy still has the families: their pseudonyms in the beneficiary sheet's id column.
    const pseudonyms = familyIds(entry, s.parts).beneficiaries;
    expect(pseudonyms).toHaveLength(entry.families);
    for (const p of pseudonyms) expect(p).toMatch(/^P-[0-9A-F]{16}$/);
  });

  test("the passphrase is in no part, and the threaded comments' authors (xl/persons) are gone with the comments", () => {
    const s = get(entry);
    expect(Object.fromEntries(partsHolding(s.parts, [PASSPHRASE]))).toEqual({});
    if (entry.features.includes("threadedComments")) expect([...s.input.keys()].some((name) => /persons\//i.test(name))).toBe(true);
    expect([...s.parts.keys()].filter((name) => /persons\//i.test(name))).toEqual([]);
    expect(partText(s.parts, "[Content_Types].xml")).not.toMatch(/person\+xml/);
  });

  test("no note or threaded comment is left: no comments or threadedComments part, relationship or content type", () => {
    const s = get(entry);
    if (entry.features.includes("legacyNotes")) expect(commentParts(s.input).length).toBeGreaterThan(0);
    if (entry.features.includes("threadedComments")) expect(commentParts(s.input).some((p) => /threadedComment/.test(p))).toBe(true);
    expect(commentParts(s.parts)).toEqual([]);
    const rels = [...s.parts.keys()]
      .filter((name) => name.endsWith(".rels") && name !== "_rels/.rels")
      .flatMap((name) => relationships(s.parts, sourceOfRels(name)))
      .filter((r) => r.kind === "comments" || r.kind === "threadedComment");
    expect(rels).toEqual([]);
    expect(partText(s.parts, "[Content_Types].xml")).not.toMatch(/comments\+xml/);
    for (const sheet of workbookSheets(s.parts))
      expect([sheet.name, partText(s.parts, sheet.part)]).not.toEqual([sheet.name, expect.stringMatching(/<(?:\w+:)?legacyDrawing\b/)]);
  });

  test("the copy is a consistent package with the user's sheets and names as they were", () => {
    const s = get(entry);
    expect(consistencyProblems(s.parts)).toEqual([]);
    expect(sheetOrderProblems(s.input, s.parts)).toEqual([]);
    expect(workbookSheets(s.parts)).toHaveLength(workbookSheets(s.input).length);
    expect(userNamesNotKept(s.input, s.parts)).toEqual([]);
    const { added } = changedParts(s.input, s.parts);
    expect(added).toEqual([]);
  });

  test("LibreOffice opens the copy; the pseudonyms are there, and formulas over the kept columns compute what they computed before", () => {
    const s = get(entry);
    const pseudonyms = familyIds(entry, s.parts).beneficiaries;
    expect(familyIds(entry, s.recalculatedCopy).beneficiaries).toEqual(pseudonyms);
    if (!entry.features.includes("summaryFormulas")) return;
    const numbers = (parts: PackageParts) =>
      sheetValues(parts, "Riepilogo").map((row) => row.map((v) => (typeof v === "number" ? v : null)));
    const before = numbers(s.recalculatedInput);
    expect(before.flat().filter((v) => v !== null).length).toBeGreaterThan(3);
    expect(numbers(s.recalculatedCopy)).toEqual(before);
  });

  test("the Open XML SDK validator finds no error the input did not have", () => {
    const s = get(entry);
    expect(s.validatorAfter.errors.filter((e) => e.errorType === "Exception")).toEqual([]);
    expect(s.validatorBefore.errors).toHaveLength(entry.validatorBaseline);
    const added = newErrors(s.validatorBefore.errors, s.validatorAfter.errors);
    if (added.length > 0) throw new Error(`${entry.file}: new validator errors\n${formatErrors(added)}`);
  });

  test("charts, drawings, images, VBA, pivot parts, external links, theme, tables and properties are byte-identical unless they held a family id", () => {
    const s = get(entry);
    const parts = untouchableParts(s.input);
    expect(parts.length).toBeGreaterThan(0);
    const ids = [...s.ids.beneficiaries, ...s.ids.candidates];
    const heldIds = parts.filter((p) => partsHolding(new Map([[p, s.input.get(p) as Uint8Array]]), ids).size > 0);
    const changed = parts.filter((p) => !s.parts.has(p) || !sameBytes(s.parts.get(p) as Uint8Array, s.input.get(p) as Uint8Array));
    expect({ changed, heldIds }).toEqual({ changed: heldIds, heldIds: CHANGED_BECAUSE_THEY_HELD_IDS[entry.file] ?? [] });
  });
});

describe("pivot.xlsx: its pivot cache is the one part that changed because it held the ids", () => {
  test("the cache definition differs only where an id became its pseudonym; the records and the pivot table are unchanged", () => {
    const s = get(corpusFile("pivot.xlsx"));
    const part = "xl/pivotCache/pivotCacheDefinition1.xml";
    const before = partText(s.input, part);
    const after = partText(s.parts, part);
    const ids = s.ids.beneficiaries;
    expect(ids.filter((id) => before.includes(`<s v="${id}"/>`))).toEqual(ids);
    const idsOut = before.replace(/<s v="TO-\d{4}-\d{3}"\/>/g, `<s v="…"/>`);
    const pseudonymsOut = after.replace(/<s v="P-[0-9A-F]{16}"\/>/g, `<s v="…"/>`);
    expect(pseudonymsOut).toBe(idsOut);
    expect((after.match(/<s v="P-[0-9A-F]{16}"\/>/g) ?? []).length).toBe(ids.length);
    // The same pseudonyms as in the beneficiary sheet, so that the pivot still matches the data.
    const pseudonyms = familyIds(s.entry, s.parts).beneficiaries;
    for (const p of pseudonyms) expect(after).toContain(`<s v="${p}"/>`);
  });
});
