import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { largeProgrammeWorkbook } from "../src/samples/largeProgramme";

/**
 * The command line on large workbooks, as a user runs it: `h4a fill`, `h4a pay` (year 1: its
 * 5,000 families into the ledger and the evidence), `h4a statement` (that year's PDF) and
 * `h4a commitments` on 100,000 families, and `h4a validate` on a sheet of 1,048,576 rows (Excel's
 * limit), each in its own process whose wall time and peak resident memory are printed. It
 * asserts nothing.
 */

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CLI = path.join(ROOT, "build", "cli", "main.js");
const PEAK_RSS = path.join(ROOT, "bench", "peakRss.js");

interface Run {
  seconds: number;
  peakMb: number;
  status: number | null;
}

function runCli(args: string[]): Run {
  return runNode([CLI, ...args]);
}

/** Runs a Node script in its own process, with its peak memory. */
function runNode(args: string[]): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-r", PEAK_RSS, ...args], {
    encoding: "utf8",
    env: { ...process.env, H4A_PROGRESS: "0" },
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(/H4A_PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  if (result.status !== 0 && result.status !== 1)
    process.stderr.write(`${path.basename(args[0])} ${args[1]} exited ${result.status}: ${result.stderr.slice(0, 400)}\n`);
  return { seconds, peakMb: kb / 1024, status: result.status };
}

function report(label: string, runs: Run[]): void {
  const times = runs.map((r) => r.seconds).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const peak = Math.max(...runs.map((r) => r.peakMb));
  const range = runs.length > 1 ? ` (min ${times[0].toFixed(2)}, max ${times[times.length - 1].toFixed(2)}, ${runs.length} runs)` : "";
  console.log(`${label.padEnd(58)} ${median.toFixed(2).padStart(8)} s${range}, peak ${peak.toFixed(0)} MB`);
}

export async function benchCommandLine(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "h4a-bench-"));
  try {
    const families = path.join(dir, "beneficiari-100k.xlsx");
    writeFileSync(families, await largeProgrammeWorkbook(100_000, 20));
    const size = (statSync(families).size / 1024 / 1024).toFixed(1);
    const agreement = ["--param", "premiumPerFamily=6000", "--param", "currentYear=20"];
    const fills = [0, 1, 2].map((i) => runCli(["fill", families, "-o", path.join(dir, `pagamenti-${i}.xlsx`), ...agreement]));
    report(`h4a fill, 100,000 families (${size} MB file)`, fills);
    const act = ["--act", "DD 1/2026", "--date", "2026-12-15"];
    const paid = (i: number) => path.join(dir, `pagato-${i}.xlsx`);
    report(
      "h4a pay, year 1 of 100,000 families",
      [0, 1, 2].map((i) => runCli(["pay", families, "--year", "1", ...act, "-o", paid(i), ...agreement])),
    );
    const statements = [0, 1, 2].map((i) =>
      runCli(["statement", paid(0), "--year", "1", "-o", path.join(dir, `prospetto-${i}.pdf`), ...agreement]),
    );
    report(`h4a statement, year 1 (PDF of ${(statSync(path.join(dir, "prospetto-0.pdf")).size / 1024).toFixed(0)} KB)`, statements);
    report(
      "h4a commitments, 100,000 families",
      [0, 1, 2].map(() => runCli(["commitments", paid(0), "--json", ...agreement])),
    );

    const largest = path.join(dir, "beneficiari-1048576.xlsx");
    writeFileSync(largest, await largeProgrammeWorkbook(1_048_575, 20));
    const largeSize = (statSync(largest).size / 1024 / 1024).toFixed(1);
    report(`read the sheet of 1,048,576 rows (${largeSize} MB file)`, [
      runNode([path.join(__dirname, "readSheet.js"), largest, "Beneficiari"]),
    ]);
    report(`h4a validate, 1,048,576 rows`, [runCli(["validate", largest, "--json", "--param", "currentYear=20"])]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
