import { spawnSync } from "node:child_process";
import * as path from "node:path";

/** The repository's root (this file runs from build/bench/bench/). */
export const ROOT = path.resolve(__dirname, "..", "..", "..");
const PEAK_RSS = path.join(ROOT, "bench", "peakRss.js");
export const CLI = path.join(ROOT, "build", "cli", "main.js");

export interface Run {
  seconds: number;
  peakMb: number;
  status: number | null;
  stdout: string;
}

/** Runs a Node script in its own process: its wall time, peak resident memory and output. */
export function runNode(args: string[]): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-r", PEAK_RSS, ...args], {
    encoding: "utf8",
    env: { ...process.env, H4A_PROGRESS: "0" },
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(/H4A_PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  if (result.status !== 0 && result.status !== 1) {
    const script = args.find((arg) => !arg.startsWith("-")) ?? "";
    process.stderr.write(`${path.basename(script)} exited ${result.status}: ${result.stderr.slice(0, 400)}\n`);
  }
  return { seconds, peakMb: kb / 1024, status: result.status, stdout: result.stdout };
}

/** `h4a` (build/cli) with these arguments, in its own process. */
export const runCli = (args: string[]): Run => runNode([CLI, ...args]);
