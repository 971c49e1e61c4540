import * as fs from "node:fs";
import * as path from "node:path";
import { strToU8 } from "fflate";
import { OPTIONS } from "../../src/cli/options";
import { h4a, listing, sha256, tempDir, type CliRun } from "../cli/helpers/runCli";
import { CORPUS, type CorpusFile } from "../support/corpus";
import { consistencyProblems, isAddInSheet, lossProblems, mapLimit, sheetOrderProblems } from "../support/corpusCommands";
import { partText, readParts, workbookSheets, type PackageParts } from "../support/packageParts";
import { COMMAND_CASES, COMMANDS, PASSPHRASE } from "./commandTable";
import { indexPartProblems } from "./indexParts";

/**
 * Nothing lost, on the command line (issue 15): every command, run through the compiled `h4a` on
 * every corpus workbook (charts, notes, threaded comments, tables, images, validation, pivots,
 * macros), leaves the input file's bytes as they were and writes nothing but its output. In an
 * output workbook (`fill`, `rank`, `pay`) every part is the input's byte for byte except the
 * add-in's own sheets and the indexes that must list them, and in those indexes nothing but the
 * add-in's entries was added (./indexParts.ts). The copy for Homes4All (`share`) is changed on
 * purpose — ids pseudonymised, personal columns emptied, notes removed —: here its sheets keep
 * their names and order; what it may change is test/corpus/share.corpus.test.ts's to check.
 */

jest.setTimeout(300_000);

interface Outcome {
  run: CliRun;
  inputUnchanged: boolean;
  /** What the run's own folder holds afterwards. */
  left: string[];
  output: string;
}

const outcomes = new Map<string, Outcome>();
const key = (command: string, entry: CorpusFile): string => `${command} ${entry.file}`;
const refuses = (command: keyof typeof COMMAND_CASES, entry: CorpusFile): boolean =>
  COMMAND_CASES[command].needsCandidates && entry.candidatesSheet === null;

let dir = "";

beforeAll(async () => {
  dir = tempDir("nothing-lost");
  const keyFile = path.join(dir, "passphrase.key");
  fs.writeFileSync(keyFile, `${PASSPHRASE}\n`);
  const runs = COMMANDS.flatMap((command) => CORPUS.map((entry) => ({ command, entry })));
  await mapLimit(runs, 2, async ({ command, entry }) => {
    const folder = path.join(dir, `${command}-${path.basename(entry.file, path.extname(entry.file))}`);
    fs.mkdirSync(folder);
    const spec = COMMAND_CASES[command];
    const output = path.join(
      folder,
      `out${spec.output === "workbook" || spec.output === "sharedCopy" ? path.extname(entry.file) : spec.extension}`,
    );
    const before = sha256(entry.path);
    const run = await h4a(spec.args({ input: entry.path, output, keyFile, params: entry.params }), {}, folder);
    outcomes.set(key(command, entry), { run, inputUnchanged: sha256(entry.path) === before, left: listing(folder), output });
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the table holds every command of the command line", () => {
  expect([...COMMANDS].sort()).toEqual(Object.keys(OPTIONS).sort());
});

describe.each(COMMANDS)("h4a %s", (command) => {
  const spec = COMMAND_CASES[command];
  test.each(CORPUS.map((entry) => [entry.file, entry] as const))(
    "%s: the input is unchanged, nothing but the output is written",
    (_file, entry) => {
      const outcome = outcomes.get(key(command, entry)) as Outcome;
      expect(outcome.inputUnchanged).toBe(true);
      if (refuses(command, entry)) {
        expect(outcome.run.code).toBe(2);
        expect(outcome.left).toEqual([]);
        return;
      }
      expect({ code: outcome.run.code, stderr: outcome.run.stderr }).toEqual({ code: 0, stderr: "" });
      expect(outcome.left).toEqual(spec.output === "none" ? [] : [path.basename(outcome.output)]);
      if (spec.output === "none") return;
      const bytes = fs.readFileSync(outcome.output);
      if (spec.output === "json") expect(() => JSON.parse(bytes.toString("utf8"))).not.toThrow();
      if (spec.output === "pdf")
        expect([bytes.subarray(0, 5).toString("latin1"), bytes.subarray(-6).toString("latin1").trim()]).toEqual(["%PDF-", "%%EOF"]);
      if (spec.output === "workbook" || spec.output === "sharedCopy") {
        const input = readParts(entry.path);
        const parts = readParts(new Uint8Array(bytes));
        expect(sheetOrderProblems(input, parts)).toEqual([]);
        expect(consistencyProblems(parts)).toEqual([]);
        if (spec.output === "workbook") {
          expect(lossProblems(input, parts)).toEqual([]);
          expect(indexPartProblems(input, parts)).toEqual([]);
        }
      }
    },
  );
});

describe("the checks find what a writer could lose", () => {
  const entry = CORPUS.find((e) => e.file === "libreoffice-full.xlsx") as CorpusFile;
  let input: PackageParts;
  let output: PackageParts;
  beforeAll(() => {
    input = readParts(entry.path);
    output = readParts(fs.readFileSync((outcomes.get(key("fill", entry)) as Outcome).output));
  });
  const edited = (part: string, edit: (xml: string) => string): PackageParts => {
    const copy = new Map(output);
    const after = edit(partText(output, part));
    expect(after).not.toBe(partText(output, part));
    copy.set(part, strToU8(after));
    return copy;
  };

  test("the untampered output passes", () => {
    expect(workbookSheets(output).some((s) => isAddInSheet(s.name))).toBe(true);
    expect(indexPartProblems(input, output)).toEqual([]);
  });

  test.each([
    [
      "a user's defined name changed",
      "xl/workbook.xml",
      (xml: string) => xml.replace(/(<definedName\b[^>]*name="Tasso"[^>]*>)[^<]*/, (_all, open: string) => `${open}0.06`),
    ],
    [
      "a user's sheet element moved after the add-in's",
      "xl/workbook.xml",
      (xml: string) => xml.replace(/(<sheet name="Liste"[^>]*\/>)([\s\S]*?)(<\/sheets>)/, "$2$1$3"),
    ],
    ["the user's calculation settings changed", "xl/workbook.xml", (xml: string) => xml.replace('iterate="false"', 'iterate="true"')],
    [
      "a cell format inserted before the user's",
      "xl/styles.xml",
      (xml: string) => xml.replace(/(<cellXfs[^>]*>)/, '$1<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'),
    ],
    [
      "a shared string inserted before the user's",
      "xl/sharedStrings.xml",
      (xml: string) => xml.replace(/(<sst[^>]*>)/, "$1<si><t>x</t></si>"),
    ],
    [
      "the content type of a user's chart gone",
      "[Content_Types].xml",
      (xml: string) => xml.replace(/<Override PartName="\/xl\/charts\/chart1.xml"[^>]*\/>/, ""),
    ],
    [
      "a user's relationship retargeted",
      "xl/_rels/workbook.xml.rels",
      (xml: string) => xml.replace('Target="styles.xml"', 'Target="styles2.xml"'),
    ],
  ])("%s", (_what, part, edit) => {
    if (!output.has(part)) throw new Error(`${entry.file}'s output has no ${part}`);
    expect(indexPartProblems(input, edited(part, edit))).not.toEqual([]);
  });

  test("a user's sheet rewritten is a loss", () => {
    const sheet = workbookSheets(input).find((s) => s.name === "Riepilogo")?.part as string;
    expect(
      lossProblems(
        input,
        edited(sheet, (xml) =>
          xml.replace("</sheetData>", '<row r="999"><c r="A999" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
        ),
      ),
    ).toEqual([`changed ${sheet}`]);
  });
});
