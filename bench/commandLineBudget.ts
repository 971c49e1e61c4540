import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { largeProgrammeWorkbook } from "../src/samples/largeProgramme";
import { spreadOf } from "./measure";
import { runCli, runNode } from "./processes";
import type { Rows } from "./rows";

const RUNS = 5;

/**
 * `h4a validate` on a workbook of 100,000 families against a plain unzip and re-zip of the same
 * file, each in its own process, taken in turns in the same run: the ratio of their medians.
 */
export async function benchValidateVersusRezip(rows: Rows, dir: string): Promise<void> {
  const file = path.join(dir, "beneficiari-100k-validate.xlsx");
  const bytes = await largeProgrammeWorkbook(100_000, 20);
  writeFileSync(file, bytes);
  const rezipped = path.join(dir, "rezipped.xlsx");
  const validate: number[] = [];
  const rezip: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const plain = runNode([path.join(__dirname, "rezip.js"), file, rezipped]);
    const checked = runCli(["validate", file, "--json", "--param", "currentYear=20"]);
    if (plain.status !== 0 || checked.status !== 0) throw new Error(`rezip exited ${plain.status}, h4a validate ${checked.status}`);
    // The first turn warms the disk cache and is left out.
    if (i === 0) continue;
    rezip.push(plain.seconds);
    validate.push(checked.seconds);
  }
  const ratio = spreadOf(validate.map((seconds, i) => seconds / rezip[i]));
  const median = (figures: number[]) => spreadOf(figures).median.toFixed(2);
  rows.add({
    what: "h4a validate on a 100,000-family .xlsx (read included)",
    unit: "×",
    spread: ratio,
    budget: "≤ 3× unzip + re-zip",
    within: spreadOf(validate).median <= 3 * spreadOf(rezip).median,
    detail: `h4a validate ${median(validate)} s, unzip + re-zip (Node's zlib) ${median(rezip)} s (medians, each in its own process); file ${(bytes.length / 1e6).toFixed(1)} MB; the figures are the ratio of each turn`,
  });
}
