import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CALC_SHEET, PAYMENT_SHEET } from "../src/engine/sheets/paymentPlans";
import { largeProgrammeWorkbook } from "../src/samples/largeProgramme";
import { PackageWorkbook } from "../src/xlsx";
import { AGREEMENT, type Design, type Expected } from "./formulaDesign";
import { recalculate, type Recalculation } from "./libreOfficeRun";
import { compare } from "./recalculatedCheck";
import { spreadOf } from "./measure";
import { runCli, runNode, type Run } from "./processes";

/**
 * `npm run bench:formulas [-- families…]` (default 10000 100000): per-family formula rows
 * (H4A_Calcolo, today's design) against per-cohort formulas (SUMPRODUCT/COUNTIFS over the
 * beneficiary columns, cohortFormulas.ts) on the large sample programme (20 cohorts, current
 * year 20). For each size it prints: `h4a fill` time, peak memory and file size; both designs
 * written by the same script (formulaDesign.ts), each in its own process, runs interleaved; the
 * part sizes; LibreOffice's forced recalculation of each file, time and peak memory; and whether
 * every formula cell of H4A_Pagamenti came back from LibreOffice equal to the engine's value, to
 * the cent. Set H4A_BENCH_RUNS for more runs (default 2).
 */

const RUNS = Number(process.env.H4A_BENCH_RUNS ?? 2);
const DESIGNS: Design[] = ["per-family", "per-cohort"];
const agreementArgs = Object.entries(AGREEMENT).flatMap(([key, value]) => ["--param", `${key}=${value}`]);

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const sec = (runs: readonly { seconds: number }[]): string => {
  const { median, min, max } = spreadOf(runs.map((r) => r.seconds));
  return `${median.toFixed(2)} s (${min.toFixed(2)}–${max.toFixed(2)})`;
};
const peak = (runs: readonly { peakMb: number }[]): string => `${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB`;

/** Compressed and uncompressed bytes of a sheet's part, "—" when the file has no such sheet. */
function partSize(file: string, sheet: string): string {
  const entry = PackageWorkbook.open(new Uint8Array(readFileSync(file))).index.sheets.find((s) => s.name === sheet);
  if (entry?.part === undefined || entry.part === null) return "—";
  const listing = spawnSync("unzip", ["-v", file], { encoding: "utf8", maxBuffer: 1 << 24 }).stdout;
  const line = listing.split("\n").find((l) => l.trim().endsWith(` ${entry.part}`));
  const [length, , compressed] = (line ?? "").trim().split(/\s+/);
  return `${mb(Number(compressed))} zipped, ${mb(Number(length))} XML`;
}

async function measure(families: number, dir: string): Promise<void> {
  const input = path.join(dir, `beneficiari-${families}.xlsx`);
  writeFileSync(input, await largeProgrammeWorkbook(families, AGREEMENT.currentYear));
  console.log(`\n## ${families.toLocaleString("en-US")} families (input ${mb(statSync(input).size)})`);

  const filled = (i: number) => path.join(dir, `filled-${families}-${i}.xlsx`);
  const fills = Array.from({ length: RUNS }, (_, i) => runCli(["fill", input, "-o", filled(i), "--force", ...agreementArgs]));
  if (fills.some((run) => run.status !== 0)) throw new Error("h4a fill failed");
  console.log(`h4a fill (per-family, the product): ${sec(fills)}, peak ${peak(fills)}, file ${mb(statSync(filled(0)).size)}`);
  console.log(`  ${CALC_SHEET}: ${partSize(filled(0), CALC_SHEET)}; ${PAYMENT_SHEET}: ${partSize(filled(0), PAYMENT_SHEET)}`);

  const out = (design: Design, i: number) => path.join(dir, `${design}-${families}-${i}.xlsx`);
  const runs = new Map<Design, Run[]>(DESIGNS.map((d) => [d, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const design of DESIGNS) {
      const run = runNode([path.join(__dirname, "formulaDesign.js"), design, input, out(design, i)]);
      if (run.status !== 0) throw new Error(`formulaDesign ${design} failed`);
      runs.get(design)?.push(run);
    }
  }
  // LibreOffice runs interleaved too: the input alone (its load and save, no formula), then each design.
  const files: Record<"input" | Design, string> = { input, "per-family": out("per-family", 0), "per-cohort": out("per-cohort", 0) };
  const recalculations = new Map<string, Recalculation[]>(Object.keys(files).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [what, file] of Object.entries(files)) recalculations.get(what)?.push(recalculate([file], path.join(dir, `lo-${what}`)));
  }
  const lo = (what: string): string => {
    const list = recalculations.get(what) ?? [];
    return `${sec(list)}, peak ${peak(list)}`;
  };
  console.log(`LibreOffice, the input alone (no formulas): ${lo("input")}`);
  for (const design of DESIGNS) {
    const file = files[design];
    const expected = JSON.parse(readFileSync(`${file}.expected.json`, "utf8")) as Expected;
    const written = runs.get(design) ?? [];
    const recalculated = (recalculations.get(design) ?? [])[0].files[0];
    console.log(
      `${design}: written in ${sec(written)}, peak ${peak(written)}, file ${mb(statSync(file).size)}, formula text ${mb(expected.formulaChars)}`,
    );
    console.log(`  ${CALC_SHEET}: ${partSize(file, CALC_SHEET)}; ${PAYMENT_SHEET}: ${partSize(file, PAYMENT_SHEET)}`);
    console.log(`  LibreOffice recalculation: ${lo(design)}; ${PAYMENT_SHEET} ${compare(recalculated, expected)}`);
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(path.join(os.tmpdir(), "h4a-formulas-"));
  console.log(`files in ${dir}; ${RUNS} run(s) of each writer; ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`);
  for (const families of sizes.length > 0 ? sizes : [10_000, 100_000]) await measure(families, dir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
