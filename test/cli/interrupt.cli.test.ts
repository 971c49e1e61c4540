import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { largeProgrammeWorkbook } from "../../src/samples/largeProgramme";
import { CLI, listing, tempDir } from "./helpers/runCli";
import { PackageWorkbook } from "../../src/xlsx";

/**
 * A long `h4a fill` interrupted while it saves — Ctrl+C, a kill, or the terminal closed — leaves
 * no temporary copy (it would hold the families' data) and never a partial output: either
 * nothing, or the whole workbook.
 */

jest.setTimeout(120_000);

const dir = tempDir("interrupt");
let input = "";

beforeAll(async () => {
  input = path.join(dir, "beneficiari.xlsx");
  fs.writeFileSync(input, await largeProgrammeWorkbook(60_000, 20));
});

function fillInterrupted(signal: NodeJS.Signals, out: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, "fill", input, "-o", out, "--param", "premiumPerFamily=6000", "--param", "currentYear=20"],
      {
        env: { ...process.env, LANG: "en_GB.UTF-8", H4A_PROGRESS: "1" },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let sent = false;
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      if (!sent && text.includes("saving")) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on("error", reject);
    child.on("close", (code, killedBy) => resolve({ code, signal: killedBy }));
  });
}

test.each(["SIGHUP", "SIGINT", "SIGTERM"] as const)("%s while saving: no temporary file, and no output or a whole one", async (signal) => {
  const folder = path.join(dir, signal);
  fs.mkdirSync(folder);
  const out = path.join(folder, "pagamenti.xlsx");
  const run = await fillInterrupted(signal, out);
  expect(run.code === 0 || run.code === { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 }[signal] || run.signal === signal).toBe(true);
  expect(listing(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  if (fs.existsSync(out)) {
    // The signal came after the last byte: the output is whole.
    expect(await PackageWorkbook.open(fs.readFileSync(out)).sheetNames()).toContain("H4A_Pagamenti");
  } else {
    expect(listing(folder)).toEqual([]);
  }
});
