import { statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { largeProgrammeWorkbook } from "../src/samples/largeProgramme";
import { spreadOf } from "./measure";
import { runCli, runNode, type Run } from "./processes";
import type { Rows } from "./rows";

/**
 * The command line on large workbooks, as a user runs it: `h4a fill`, `h4a pay` (year 1: its
 * 5,000 families into the ledger and the evidence), `h4a statement` (that year's PDF) and
 * `h4a commitments` on 100,000 families, and `h4a validate` on a sheet of 1,048,576 rows (Excel's
 * limit), each in its own process, with its wall time and peak resident memory. Extra rows: no
 * budget of issue 14.
 */

function report(rows: Rows, what: string, runs: Run[], detail = ""): void {
  const peak = Math.max(...runs.map((r) => r.peakMb));
  rows.add({
    what,
    unit: "s",
    spread: spreadOf(runs.map((r) => r.seconds)),
    detail: `${detail}peak resident memory ${peak.toFixed(0)} MB`,
  });
}

export async function benchCommandLine(rows: Rows, dir: string): Promise<void> {
  const families = path.join(dir, "beneficiari-100k.xlsx");
  writeFileSync(families, await largeProgrammeWorkbook(100_000, 20));
  const size = `${(statSync(families).size / 1e6).toFixed(1)} MB file; `;
  const agreement = ["--param", "premiumPerFamily=6000", "--param", "currentYear=20"];
  const three = (run: (i: number) => Run) => [0, 1, 2].map(run);
  report(
    rows,
    "h4a fill, 100,000 families",
    three((i) => runCli(["fill", families, "-o", path.join(dir, `pagamenti-${i}.xlsx`), ...agreement])),
    size,
  );
  const paid = (i: number) => path.join(dir, `pagato-${i}.xlsx`);
  const act = ["--act", "DD 1/2026", "--date", "2026-12-15"];
  report(
    rows,
    "h4a pay, year 1 of 100,000 families",
    three((i) => runCli(["pay", families, "--year", "1", ...act, "-o", paid(i), ...agreement])),
  );
  const statements = three((i) => runCli(["statement", paid(0), "--year", "1", "-o", path.join(dir, `prospetto-${i}.pdf`), ...agreement]));
  report(rows, "h4a statement, year 1", statements, `PDF of ${(statSync(path.join(dir, "prospetto-0.pdf")).size / 1024).toFixed(0)} KB; `);
  report(
    rows,
    "h4a commitments, 100,000 families",
    three(() => runCli(["commitments", paid(0), "--json", ...agreement])),
  );

  const largest = path.join(dir, "beneficiari-1048576.xlsx");
  writeFileSync(largest, await largeProgrammeWorkbook(1_048_575, 20));
  const largeSize = `${(statSync(largest).size / 1e6).toFixed(1)} MB file; `;
  report(rows, "read the sheet of 1,048,576 rows", [runNode([path.join(__dirname, "readSheet.js"), largest, "Beneficiari"])], largeSize);
  report(rows, "h4a validate, 1,048,576 rows", [runCli(["validate", largest, "--json", "--param", "currentYear=20"])]);
}
