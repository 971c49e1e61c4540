import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CommandName } from "../../src/cli/options";
import { PackageWorkbook } from "../../src/xlsx";
import { COMMAND_CASES, PASSPHRASE, WRITING_COMMANDS, type OutputKind } from "../nothingLost/commandTable";
import { CLI, h4a, listing, SAMPLE, sha256, tempDir } from "./helpers/runCli";

/**
 * Every command that writes a file, interrupted while it writes — Ctrl+C (SIGINT), a kill
 * (SIGTERM), the terminal closed (SIGHUP) or a crash (SIGKILL, which no handler can see) — leaves
 * the input as it was and never a partial output: the file at the output's path is the one an
 * earlier run wrote there, untouched, or the whole new one. The temporary copy (it holds the
 * families' data) is removed by the signal's handler; only SIGKILL can leave it, named
 * `.h4a-tmp-<pid>-…`, and the next run writing into that folder removes it.
 */

jest.setTimeout(600_000);

type WritingCommand = Exclude<CommandName, "validate" | "commitments">;

/** The progress line (English) after which each command has nothing left but to write its output. */
const LAST_STEP: Record<WritingCommand, string> = {
  fill: "saving",
  rank: "saving",
  pay: "saving",
  share: "saving",
  statement: "writing the statement",
  indigo: "computing the payments",
};
const COMMANDS = Object.keys(LAST_STEP) as WritingCommand[];
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGKILL"] as const;
type Signal = (typeof SIGNALS)[number];
const HANDLED_EXIT: Record<Signal, number | null> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGKILL: null };

const dir = tempDir("interrupt");
const keyFile = path.join(dir, "passphrase.key");
let input = "";
let inputHash = "";

/** The output file of `command` in `folder`. */
const outputIn = (command: WritingCommand, folder: string): string => path.join(folder, `out${COMMAND_CASES[command].extension}`);
const argsFor = (command: WritingCommand, from: string, output: string): string[] =>
  COMMAND_CASES[command].args({ input: from, output, keyFile, params: [] });

/**
 * The sample workbook with a sheet "Archivio" of 60,000 rows of the user's own: every command
 * reads it quickly (not its sheet), and the workbooks written keep it, so their saving lasts
 * several megabytes, written a megabyte at a time.
 */
async function longInput(): Promise<Uint8Array> {
  const workbook = PackageWorkbook.open(new Uint8Array(fs.readFileSync(SAMPLE)));
  const cells = [];
  for (let row = 1; row <= 60_000; row++)
    for (let column = 1; column <= 6; column++) cells.push({ row, column, value: ((row * 7919 + column * 104729) % 999_983) / 7 });
  await workbook.writeSheets([{ name: "Archivio", cells, tables: [], names: [], columnWidths: [] }]);
  return workbook.toBytes();
}

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the signal was sent (the command may end before its last step is seen). */
  sent: boolean;
}

function interrupted(command: WritingCommand, signal: Signal, output: string, force: boolean): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...argsFor(command, input, output), ...(force ? ["--force"] : [])], {
      env: { ...process.env, LANG: "en_GB.UTF-8", H4A_PROGRESS: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let sent = false;
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      if (!sent && text.includes(LAST_STEP[command])) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on("error", reject);
    child.on("close", (code, killedBy) => resolve({ code, signal: killedBy, sent }));
  });
}

/** A whole output of its kind: a workbook that opens with the add-in's sheets, a PDF to its end, JSON that parses. */
async function whole(kind: OutputKind, bytes: Buffer): Promise<boolean> {
  if (kind === "pdf")
    return bytes.subarray(0, 5).toString("latin1") === "%PDF-" && bytes.subarray(-6).toString("latin1").trim() === "%%EOF";
  if (kind === "json") {
    JSON.parse(bytes.toString("utf8"));
    return true;
  }
  const names = await PackageWorkbook.open(new Uint8Array(bytes)).sheetNames();
  return names.includes("Archivio") && names.some((name) => name.startsWith("H4A_"));
}

const earlier = new Map<WritingCommand, Buffer>();

beforeAll(async () => {
  fs.writeFileSync(keyFile, `${PASSPHRASE}\n`);
  input = path.join(dir, "beneficiari-lungo.xlsx");
  fs.writeFileSync(input, await longInput());
  inputHash = sha256(input);
  for (const command of COMMANDS) {
    const folder = path.join(dir, `${command}-earlier`);
    fs.mkdirSync(folder);
    const run = await h4a(argsFor(command, SAMPLE, outputIn(command, folder)));
    if (run.code !== 0) throw new Error(`h4a ${command} on the sample exited ${run.code}: ${run.stderr}`);
    earlier.set(command, fs.readFileSync(outputIn(command, folder)));
  }
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("every command that writes a file is here", () => {
  expect([...COMMANDS].sort()).toEqual([...WRITING_COMMANDS].sort());
});

describe.each(COMMANDS)("h4a %s", (command) => {
  const kind = COMMAND_CASES[command].output;

  test.each(SIGNALS)("%s while writing over an earlier output (--force): that output as it was or the whole new one", async (signal) => {
    const folder = path.join(dir, `${command}-${signal}`);
    fs.mkdirSync(folder);
    const output = outputIn(command, folder);
    const before = earlier.get(command) as Buffer;
    fs.writeFileSync(output, before);
    const run = await interrupted(command, signal, output, true);

    expect(run.sent).toBe(true);
    expect(run.code === 0 || run.code === HANDLED_EXIT[signal] || run.signal === signal).toBe(true);
    expect(sha256(input)).toBe(inputHash);
    const after = fs.readFileSync(output);
    expect(after.equals(before) || (await whole(kind, after))).toBe(true);
    const left = listing(folder).filter((name) => name !== path.basename(output));
    if (signal !== "SIGKILL") {
      expect(left).toEqual([]);
      return;
    }
    // Killed outright, it may have left its temporary file; the next write into the folder removes it.
    expect(left.length).toBeLessThanOrEqual(1);
    expect(left.every((name) => /^\.h4a-tmp-\d+-[0-9a-f]+-out\.\w+\.tmp$/.test(name))).toBe(true);
    const next = await h4a([...argsFor(command, SAMPLE, output), "--force"]);
    expect(next.code).toBe(0);
    expect(listing(folder)).toEqual([path.basename(output)]);
  });

  test("SIGINT while writing a new output: nothing, or the whole output, and no temporary file", async () => {
    const folder = path.join(dir, `${command}-new`);
    fs.mkdirSync(folder);
    const output = outputIn(command, folder);
    const run = await interrupted(command, "SIGINT", output, false);
    expect(run.sent).toBe(true);
    // Finished, stopped by the handler, or — the signal arriving as the process exits, its handlers gone — ended by the signal itself.
    expect([
      { code: 0, signal: null },
      { code: HANDLED_EXIT.SIGINT, signal: null },
      { code: null, signal: "SIGINT" },
    ]).toContainEqual({
      code: run.code,
      signal: run.signal,
    });
    expect(sha256(input)).toBe(inputHash);
    if (fs.existsSync(output)) expect(await whole(kind, fs.readFileSync(output))).toBe(true);
    expect(listing(folder).filter((name) => name !== path.basename(output))).toEqual([]);
  });
});

test("a temporary file left by a live h4a is not removed by another run", async () => {
  const folder = path.join(dir, "live");
  fs.mkdirSync(folder);
  const live = `.h4a-tmp-${process.pid}-0123456789ab-out.json.tmp`;
  const dead = ".h4a-tmp-999999999-0123456789ab-out.json.tmp";
  fs.writeFileSync(path.join(folder, live), "being written");
  fs.writeFileSync(path.join(folder, dead), "left by a killed run");
  const run = await h4a(["indigo", SAMPLE, "-o", path.join(folder, "indigo.json")]);
  expect(run.code).toBe(0);
  expect(listing(folder)).toEqual([live, "indigo.json"].sort());
});
