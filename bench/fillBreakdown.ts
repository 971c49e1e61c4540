import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseParams } from "../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../src/engine/beneficiaries/parse";
import { parametersPlan } from "../src/engine/sheets/parametersSheet";
import type { SheetPlan } from "../src/engine/sheets/workbookPlan";
import { PackageWorkbook } from "../src/xlsx";
import { designPlans } from "./cohortFormulas";
import { AGREEMENT, BENEFICIARY_SHEET, type Design } from "./formulaDesign";

/**
 * `node fillBreakdown.js <per-family|per-cohort> <input.xlsx>`: where the time of writing the
 * payment sheets goes, phase by phase, in one process — open and read the beneficiary sheet,
 * parse it, plan the sheets (the engine), write them into the package (XML), and zip the package.
 */

async function main(): Promise<void> {
  const [design, input] = process.argv.slice(2) as [Design, string];
  const params = parseParams(AGREEMENT).params;
  if (params === null) throw new Error("the agreement does not parse");
  const phases: [string, number][] = [];
  let last = performance.now();
  const lap = (what: string): void => {
    const now = performance.now();
    phases.push([what, now - last]);
    last = now;
  };
  const workbook = PackageWorkbook.open(new Uint8Array(readFileSync(input)));
  const sheet = await workbook.readSheet(BENEFICIARY_SHEET);
  lap("open and read the sheet");
  const parsed = parseBeneficiarySheet(sheet, params);
  lap("parse (validate)");
  const plans: SheetPlan[] = designPlans(design, { sheet, parsed, params });
  lap("plan the payment sheets (engine)");
  await workbook.writeSheets([parametersPlan(params), ...plans]);
  lap("write the sheets' XML into the package");
  const bytes = workbook.toBytes();
  lap(`zip the package (${(bytes.length / 1e6).toFixed(2)} MB)`);
  const total = phases.reduce((sum, [, ms]) => sum + ms, 0);
  for (const [what, ms] of phases) console.log(`${what}: ${(ms / 1000).toFixed(2)} s (${((100 * ms) / total).toFixed(0)} %)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
