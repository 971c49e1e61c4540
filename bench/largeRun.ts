import { parseParams } from "../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../src/engine/beneficiaries/parse";
import { evaluateProgramme } from "../src/engine/payments/programme";
import { largeProgrammeSheet } from "../src/samples/largeProgramme";
import { timeRuns } from "./measure";

/**
 * `node --max-old-space-size=1024 largeRun.js`: validates and schedules a sheet of 1,048,576 rows
 * (Excel's limit: a header and 1,048,575 families) in its own process, whose heap is capped at the
 * budget's 1 GB, and prints the times as JSON (run by the benchmark).
 */
async function main(): Promise<void> {
  const params = parseParams({ premiumPerFamily: 6000, currentYear: 20 }).params!;
  const sheet = largeProgrammeSheet(1_048_575, 20);
  let heapPeak = 0;
  const spread = await timeRuns(3, () => {
    const parsed = parseBeneficiarySheet(sheet, params);
    if (parsed.issues.some((issue) => issue.severity === "error")) throw new Error("the large sheet has errors");
    evaluateProgramme(parsed.families, params);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  });
  process.stdout.write(`${JSON.stringify({ spread, heapPeak })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
