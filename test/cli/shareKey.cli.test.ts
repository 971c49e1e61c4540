import { spawnSync } from "node:child_process";
import { pbkdf2Sync } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { KEY_DERIVATION } from "../../src/engine/sharing/pseudonyms";
import { CLI, type CliRun, ERROR_SAMPLE, h4a, lines, SAMPLE, tempDir } from "./helpers/runCli";
import { zipEntries } from "./helpers/zip";

/**
 * The City's passphrase, and the key derived from it, appear in no output of `h4a`: not in any part
 * of the copies (every zip entry, inflated), not on stdout or stderr (the text and --json reports,
 * the refusals, passphrase from a file or from standard input). An empty passphrase is refused
 * with a located message, in Italian and in English, and nothing is written.
 */

jest.setTimeout(120_000);

const dir = tempDir("share-key");
const PASSPHRASE = "nessuno deve leggere questa frase sul Valentino";
const keyFile = path.join(dir, "frase.txt");
fs.writeFileSync(keyFile, `${PASSPHRASE}\n`);

/** Every form in which the passphrase or its key could leak: as typed, hex and base64 of its bytes, the derived key in hex and base64. */
function secretForms(): string[] {
  const bytes = Buffer.from(PASSPHRASE, "utf8");
  const key = pbkdf2Sync(PASSPHRASE, KEY_DERIVATION.salt, KEY_DERIVATION.iterations, KEY_DERIVATION.keyBits / 8, "sha256");
  return [PASSPHRASE, bytes.toString("hex"), bytes.toString("base64"), key.toString("hex"), key.toString("base64")];
}

const SECRET_FORMS = secretForms().map((form) => form.toLowerCase());

function expectNoSecret(text: string): void {
  const lower = text.toLowerCase();
  for (const form of SECRET_FORMS) expect(lower.includes(form)).toBe(false);
}

/** The share command with the passphrase on standard input. */
function shareFromStdin(args: string[], passphrase: string): CliRun {
  const child = spawnSync(process.execPath, [CLI, "share", SAMPLE, ...args, "--passphrase-stdin"], {
    input: passphrase,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_GB.UTF-8", H4A_PROGRESS: "0" },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("h4a share leaves the passphrase nowhere", () => {
  const runs: CliRun[] = [];
  const copies = ["text.xlsx", "json.xlsx", "stdin.xlsx", "fill.xlsx"].map((name) => path.join(dir, name));

  beforeAll(async () => {
    runs.push(await h4a(["share", SAMPLE, "-o", copies[0], "--key-file", keyFile], { LANG: "it_IT.UTF-8" }));
    runs.push(await h4a(["share", SAMPLE, "-o", copies[1], "--key-file", keyFile, "--json"]));
    runs.push(shareFromStdin(["-o", copies[2], "--json"], PASSPHRASE));
    runs.push(await h4a(["fill", SAMPLE, "-o", copies[3], "--key-file", keyFile, "--json"]));
  });

  test("every run succeeds and prints its report", () => {
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0]);
    expect(runs[0].stdout).toContain("Copia per Homes4All scritta");
    expect(JSON.parse(runs[1].stdout).pseudonymised).toBeGreaterThan(0);
    expect(JSON.parse(runs[2].stdout)).toEqual(JSON.parse(runs[1].stdout.replace(copies[1], copies[2])));
  });

  test("no stdout or stderr, text or JSON, holds the passphrase or its key", () => {
    for (const run of runs) expectNoSecret(`${run.stdout}\n${run.stderr}`);
  });

  test("no part of any copy holds it: every zip entry, inflated, and the raw file", () => {
    for (const copy of copies) {
      expectNoSecret(fs.readFileSync(copy).toString("latin1"));
      const entries = zipEntries(copy);
      expect(entries.size).toBeGreaterThan(5);
      for (const [name, data] of entries) {
        expectNoSecret(name);
        expectNoSecret(data.toString("utf8"));
      }
    }
  });

  test("a refusal after the passphrase was read (an existing output, a column that cannot be kept) does not show it either", async () => {
    const exists = await h4a(["share", SAMPLE, "-o", copies[1], "--key-file", keyFile]);
    const keep = await h4a([
      "share",
      ERROR_SAMPLE,
      "-o",
      path.join(dir, "keep.xlsx"),
      "--key-file",
      keyFile,
      "--keep",
      "codice fiscale",
      "--json",
    ]);
    expect([exists.code, keep.code]).toEqual([2, 2]);
    for (const run of [exists, keep]) {
      expect(lines(run.stderr)).toHaveLength(1);
      expectNoSecret(`${run.stdout}\n${run.stderr}`);
    }
  });
});

describe("h4a share refuses an empty passphrase", () => {
  test("an empty key file, one of blanks only, or nothing on standard input: exit 2, one located line, no file written", async () => {
    const empty = path.join(dir, "vuota.txt");
    const blanks = path.join(dir, "spazi.txt");
    fs.writeFileSync(empty, "");
    fs.writeFileSync(blanks, "   \n\t\n");
    const english = await h4a(["share", SAMPLE, "-o", path.join(dir, "empty.xlsx"), "--key-file", empty]);
    expect(english.code).toBe(2);
    expect(lines(english.stderr)).toEqual([
      `h4a share: ${empty}: the passphrase has 0 characters: at least 20 are needed (a sentence of four or more words will do).`,
    ]);
    const italian = await h4a(["share", SAMPLE, "-o", path.join(dir, "blanks.xlsx"), "--key-file", blanks], { LANG: "it_IT.UTF-8" });
    expect(italian.code).toBe(2);
    expect(lines(italian.stderr)).toEqual([
      `h4a share: ${blanks}: la frase segreta ha 0 caratteri: ne servono almeno 20 (una frase di quattro o più parole va bene).`,
    ]);
    const stdin = shareFromStdin(["-o", path.join(dir, "stdin-empty.xlsx")], "");
    expect(stdin.code).toBe(2);
    expect(lines(stdin.stderr)).toEqual([
      "h4a share: --passphrase-stdin: the passphrase has 0 characters: at least 20 are needed (a sentence of four or more words will do).",
    ]);
    for (const name of ["empty.xlsx", "blanks.xlsx", "stdin-empty.xlsx"]) expect(fs.existsSync(path.join(dir, name))).toBe(false);
  });
});
