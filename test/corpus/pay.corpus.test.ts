import * as path from "node:path";
import { h4a, sha256, tempDir, type CliRun } from "../cli/helpers/runCli";
import { CORPUS, paramArgs, type CorpusFile } from "../support/corpus";
import { lossProblems, mapLimit } from "../support/corpusCommands";
import { formatErrors, newErrors, validateOoxml, type OoxmlResult } from "../support/ooxmlValidator";
import { readParts, sameBytes, sheetPart, sheetValues, type PackageParts } from "../support/packageParts";

/**
 * `h4a pay` on every corpus file — charts, comments, tables, pivots, validation, macros — run twice
 * as a finance officer would (year 1, then year 2 on its output): each run exits 0; every part but
 * the indexes and the add-in's own sheets is byte for byte the input's; the second run leaves
 * every row the first one wrote as it was; the input is never touched; the Open XML SDK
 * validator finds no new error.
 */

jest.setTimeout(180_000);

interface Paid {
  entry: CorpusFile;
  runs: CliRun[];
  input: PackageParts;
  first: PackageParts;
  second: PackageParts;
  inputHashBefore: string;
  validatorBefore: OoxmlResult;
  validatorAfter: OoxmlResult;
}

const paid = new Map<string, Paid>();

beforeAll(async () => {
  const dir = tempDir("pay-corpus");
  const results = await mapLimit(CORPUS, 2, async (entry) => {
    const ext = path.extname(entry.file);
    const first = path.join(dir, `${path.basename(entry.file, ext)}-1${ext}`);
    const second = path.join(dir, `${path.basename(entry.file, ext)}-2${ext}`);
    const inputHashBefore = sha256(entry.path);
    const act = (year: number) => ["--act", `DD ${year}/2026`, "--date", "2026-12-01"];
    const params = entry.params.length > 0 ? paramArgs(entry) : ["--param", "premiumPerFamily=6000", "--param", "currentYear=3"];
    const runs = [
      await h4a(["pay", entry.path, "--year", "1", ...act(1), "-o", first, ...params]),
      await h4a(["pay", first, "--year", "2", ...act(2), "-o", second, ...params]),
    ];
    const [validatorBefore, validatorAfter] = await Promise.all([validateOoxml(entry.path), validateOoxml(second)]);
    return {
      entry,
      runs,
      input: readParts(entry.path),
      first: readParts(first),
      second: readParts(second),
      inputHashBefore,
      validatorBefore,
      validatorAfter,
    };
  });
  for (const result of results) paid.set(result.entry.file, result);
});

describe.each(CORPUS.map((entry) => [entry.file, entry] as const))("%s", (file) => {
  const p = (): Paid => paid.get(file) as Paid;

  test("both payments exit 0; the input file is unchanged", () => {
    for (const run of p().runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(sha256(p().entry.path)).toBe(p().inputHashBefore);
  });

  test("everything of the user's is kept, byte for byte where it need not change", () => {
    expect(lossProblems(p().input, p().first)).toEqual([]);
    expect(lossProblems(p().input, p().second)).toEqual([]);
  });

  test("the second payment appends below the first: the rows of year 1 are as written", () => {
    const before = sheetValues(p().first, "H4A_Registro");
    const after = sheetValues(p().second, "H4A_Registro");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.slice(before.length).every((row) => row[0] === 2)).toBe(true);
    const statement = sheetPart(p().first, "H4A_Prospetto_1");
    expect(sameBytes(p().first.get(statement) as Uint8Array, p().second.get(statement) as Uint8Array)).toBe(true);
  });

  test("the Open XML SDK validator finds no new error", () => {
    expect(p().validatorAfter.errors.filter((e) => e.errorType === "Exception")).toEqual([]);
    const added = newErrors(p().validatorBefore.errors, p().validatorAfter.errors);
    if (added.length > 0) throw new Error(`${file}: new validator errors\n${formatErrors(added)}`);
  });
});
