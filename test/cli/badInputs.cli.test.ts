import * as fs from "node:fs";
import * as path from "node:path";
import { h4a, lines, listing, SAMPLE, tempDir } from "./helpers/runCli";

/**
 * Inputs that cannot be used: every command ends with exit code 2 and one line on stderr saying
 * why, prints nothing on stdout and writes nothing.
 */

jest.setTimeout(60_000);

const dir = tempDir("bad");
const outDir = tempDir("bad-out");
const keyFile = path.join(dir, "key.txt");
fs.writeFileSync(keyFile, "9f1c2a7e5b3d4c6a8e0f1b2c3d4e5f60");

const file = (name: string, bytes: Buffer | string): string => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, bytes);
  return target;
};

const COMMANDS: [string, (input: string) => string[]][] = [
  ["validate", (input) => ["validate", input]],
  ["fill", (input) => ["fill", input, "-o", path.join(outDir, "out.xlsx"), "--param", "premiumPerFamily=6000"]],
  ["share", (input) => ["share", input, "-o", path.join(outDir, "shared.xlsx"), "--key-file", keyFile]],
  ["indigo", (input) => ["indigo", input, "--param", "premiumPerFamily=6000"]],
];

async function expectUnusable(input: string, message: RegExp): Promise<void> {
  for (const [name, args] of COMMANDS) {
    const run = await h4a(args(input));
    expect({ name, code: run.code }).toEqual({ name, code: 2 });
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^h4a ${name}: `));
    expect(run.stderr).toMatch(message);
  }
  expect(listing(outDir)).toEqual([]);
}

describe("unusable inputs (the catalogue of files, each with its message, is test/catalogue/files.cli.test.ts)", () => {
  test("every command refuses them alike: exit 2, one line, nothing written — from validate, fill, share and indigo", async () => {
    await expectUnusable(file("empty.xlsx", Buffer.alloc(0)), /empty\.xlsx: the file is empty\./);
  });
});

describe("the command line itself", () => {
  test("no command: the general help on stderr, exit 2; --help: on stdout, exit 0", async () => {
    const none = await h4a([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage:");
    const help = await h4a(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("h4a validate <file.xlsx>");
  });

  test("--help for each command, in Italian by default", async () => {
    for (const command of ["validate", "fill", "share", "indigo"]) {
      const english = await h4a([command, "--help"]);
      expect(english.code).toBe(0);
      expect(english.stdout.startsWith(`h4a ${command} <file.xlsx>`)).toBe(true);
      expect(english.stdout).toContain("Example:");
      const italian = await h4a(["help", command], { LANG: "it_IT.UTF-8" });
      expect(italian.stdout).toContain("Esempio:");
    }
  });

  test("an unknown command, an unknown option, a missing -o: exit 2 with one line", async () => {
    const unknown = await h4a(["check", SAMPLE]);
    expect(unknown.code).toBe(2);
    expect(lines(unknown.stderr)).toEqual([
      'h4a: unknown command "check"; the commands are validate, fill, share, indigo, rank, pay, commitments, statement (h4a --help).',
    ]);
    const option = await h4a(["validate", SAMPLE, "--fast"]);
    expect(option.code).toBe(2);
    expect(lines(option.stderr)).toHaveLength(1);
    expect(option.stderr).toContain("--fast");
    const output = await h4a(["fill", SAMPLE]);
    expect(output.code).toBe(2);
    expect(lines(output.stderr)).toEqual(["h4a fill: -o <out.xlsx> is missing (see h4a fill --help)."]);
  });

  test("--version prints the package's version", async () => {
    const run = await h4a(["--version"]);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(run.stdout.trim()).toBe(pkg.version);
  });
});
