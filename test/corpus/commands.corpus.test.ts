import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { h4a, listing, sha256, tempDir, type CliRun } from "../cli/helpers/runCli";
import { CORPUS, paramArgs, type CorpusFile } from "../support/corpus";
import {
  consistencyProblems,
  isAddInSheet,
  macroProblems,
  mapLimit,
  partsOutsideTheIndexes,
  rawDefinedNames,
  sheetOrderProblems,
  userNamesNotKept,
} from "../support/corpusCommands";
import { formatErrors, newErrors, validateOoxml, type OoxmlResult } from "../support/ooxmlValidator";
import { readParts, sameBytes, sheetPart, workbookSheets, type PackageParts } from "../support/packageParts";

/**
 * `h4a rank` on the corpus files that have a candidates sheet — only the indexes and the add-in's
 * sheets change, the user's names and sheets are kept, the validator finds no new error — and on
 * the others (exit 2, nothing written); `h4a indigo` on every file: exit 0, one JSON document on
 * stdout and nothing written anywhere.
 */

jest.setTimeout(120_000);

const WITH_CANDIDATES = CORPUS.filter((entry) => entry.candidatesSheet !== null);
const WITHOUT_CANDIDATES = CORPUS.filter((entry) => entry.candidatesSheet === null);

interface Ranked {
  run: CliRun;
  input: PackageParts;
  parts: PackageParts;
  validatorBefore: OoxmlResult;
  validatorAfter: OoxmlResult;
}

const ranked = new Map<string, Ranked>();
const refused = new Map<string, { run: CliRun; written: boolean }>();
const indigo = new Map<string, { run: CliRun; left: string[]; inputUnchanged: boolean }>();

beforeAll(async () => {
  const dir = tempDir("rank-indigo-corpus");
  const outputOf = (entry: CorpusFile, label: string): string => {
    const ext = path.extname(entry.file);
    return path.join(dir, `${path.basename(entry.file, ext)}-${label}${ext}`);
  };
  const rankRuns = await mapLimit(WITH_CANDIDATES, 2, async (entry) => ({
    entry,
    output: outputOf(entry, "ranked"),
    run: await h4a(["rank", entry.path, "-o", outputOf(entry, "ranked"), ...paramArgs(entry)]),
  }));
  for (const r of rankRuns) if (r.run.code !== 0) throw new Error(`h4a rank ${r.entry.file} exited ${r.run.code}: ${r.run.stderr}`);
  await mapLimit(WITHOUT_CANDIDATES, 2, async (entry) => {
    const output = outputOf(entry, "ranked");
    const run = await h4a(["rank", entry.path, "-o", output, ...paramArgs(entry)]);
    refused.set(entry.file, { run, written: existsSync(output) });
  });
  const validated = await mapLimit(
    rankRuns.flatMap((r) => [r.entry.path, r.output]),
    2,
    (file) => validateOoxml(file),
  );
  rankRuns.forEach((r, i) =>
    ranked.set(r.entry.file, {
      run: r.run,
      input: readParts(r.entry.path),
      parts: readParts(r.output),
      validatorBefore: validated[2 * i],
      validatorAfter: validated[2 * i + 1],
    }),
  );
  // indigo runs in a folder of its own, which must stay empty: it writes JSON to stdout only.
  await mapLimit(CORPUS, 2, async (entry) => {
    const cwd = path.join(dir, `indigo-${entry.file}`);
    await fs.mkdir(cwd);
    const hash = sha256(entry.path);
    const run = await h4a(["indigo", entry.path, ...paramArgs(entry)], {}, cwd);
    indigo.set(entry.file, { run, left: listing(cwd), inputUnchanged: sha256(entry.path) === hash });
  });
  await fs.rm(dir, { recursive: true, force: true });
}, 300_000);

describe("the corpus has files with and without a candidates sheet", () => {
  test("four to rank, five to refuse", () => {
    expect(WITH_CANDIDATES.map((e) => e.file)).toEqual([
      "openpyxl-full.xlsx",
      "excel-layout-full.xlsx",
      "libreoffice-full.xlsx",
      "parametri-user-formulas.xlsx",
    ]);
    expect(WITHOUT_CANDIDATES).toHaveLength(5);
  });
});

describe.each(WITH_CANDIDATES.map((entry) => [entry.file, entry] as const))("h4a rank %s", (_name, entry) => {
  const get = (): Ranked => {
    const r = ranked.get(entry.file);
    if (r === undefined) throw new Error(`${entry.file} was not ranked`);
    return r;
  };

  test("exits 0 and writes H4A_Parametri, H4A_Graduatoria and H4A_Flusso", () => {
    const r = get();
    expect({ code: r.run.code, stderr: r.run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(
      workbookSheets(r.parts)
        .map((s) => s.name)
        .filter(isAddInSheet),
    ).toEqual(["H4A_Parametri", "H4A_Graduatoria", "H4A_Flusso"]);
  });

  test("every part but the indexes and the add-in's own sheets is byte-identical; the candidates sheet is untouched", () => {
    const r = get();
    expect(partsOutsideTheIndexes(r.input, r.parts)).toEqual([]);
    const candidates = sheetPart(r.input, entry.candidatesSheet as string);
    expect(sameBytes(r.parts.get(candidates) as Uint8Array, r.input.get(candidates) as Uint8Array)).toBe(true);
  });

  test("the user's defined names are kept as written, the user's sheets in their order; the package is consistent", () => {
    const r = get();
    expect(rawDefinedNames(r.input).filter((n) => !isAddInSheet(n.name)).length).toBeGreaterThan(0);
    expect(userNamesNotKept(r.input, r.parts)).toEqual([]);
    expect(sheetOrderProblems(r.input, r.parts)).toEqual([]);
    expect(macroProblems(r.input, r.parts)).toEqual([]);
    expect(consistencyProblems(r.parts)).toEqual([]);
  });

  test("the Open XML SDK validator finds no error the input did not have", () => {
    const r = get();
    expect(r.validatorBefore.errors).toHaveLength(entry.validatorBaseline);
    expect(r.validatorAfter.errors.filter((e) => e.errorType === "Exception")).toEqual([]);
    const added = newErrors(r.validatorBefore.errors, r.validatorAfter.errors);
    if (added.length > 0) throw new Error(`${entry.file}: new validator errors\n${formatErrors(added)}`);
  });
});

describe.each(WITHOUT_CANDIDATES.map((entry) => [entry.file, entry] as const))("h4a rank %s (no candidates sheet)", (_name, entry) => {
  test("exits 2 with one line naming the file, and writes nothing", () => {
    const r = refused.get(entry.file);
    expect(r).toBeDefined();
    expect(r?.run.code).toBe(2);
    expect(r?.run.stderr).toContain(entry.file);
    expect(r?.written).toBe(false);
  });
});

describe.each(CORPUS.map((entry) => [entry.file, entry] as const))("h4a indigo %s", (_name, entry) => {
  test("exits 0, prints one JSON document of the INDIGO shape, writes no file and leaves the input as it was", () => {
    const r = indigo.get(entry.file);
    if (r === undefined) throw new Error(`indigo did not run on ${entry.file}`);
    expect({ code: r.run.code, stderr: r.run.stderr }).toEqual({ code: 0, stderr: "" });
    const document = JSON.parse(r.run.stdout) as { project?: { id?: unknown }; organisations?: unknown; meta?: unknown };
    expect(typeof document).toBe("object");
    expect(Object.keys(document).sort()).toEqual(["meta", "organisations", "project"]);
    expect(typeof document.project?.id).toBe("string");
    expect(r.left).toEqual([]);
    expect(r.inputUnchanged).toBe(true);
  });
});
