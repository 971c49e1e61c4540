import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { convertArgs, REGISTRY } from "../test/cli/support/libreoffice";

/**
 * One LibreOffice headless conversion of .xlsx files to .xlsx with every formula recalculated on
 * load (a fresh profile, OOXMLRecalcMode = always, as test/cli/support/libreoffice.ts), timed,
 * with soffice's peak resident memory from /usr/bin/time.
 */

export interface Recalculation {
  /** The recalculated files, in the order given. */
  files: string[];
  seconds: number;
  peakMb: number;
}

export function recalculate(inputs: readonly string[], outDir: string): Recalculation {
  const profile = mkdtempSync(path.join(os.tmpdir(), "h4a-lo-bench-"));
  try {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
    mkdirSync(outDir, { recursive: true });
    const args = ["-f", "H4A_LO_PEAK_KB=%M", "soffice", ...convertArgs(profile, outDir, inputs)];
    const started = process.hrtime.bigint();
    const result = spawnSync("/usr/bin/time", args, { encoding: "utf8", timeout: 1_800_000 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`soffice failed on ${inputs.join(", ")}: ${result.stderr.slice(-400)}`);
    const kb = Number(/H4A_LO_PEAK_KB=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
    return { files: inputs.map((file) => path.join(outDir, path.basename(file))), seconds, peakMb: kb / 1024 };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
