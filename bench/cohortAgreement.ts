import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseBeneficiarySheet } from "../src/engine/beneficiaries/parse";
import { parseAddress } from "../src/engine/cells/address";
import type { Params } from "../src/engine/agreement/params";
import type { CellValue, FieldKey, SheetInput } from "../src/engine/types";
import { paymentPlans } from "../src/engine/sheets/paymentPlans";
import { generateProgramme } from "../test/cli/support/generatedProgramme";
import { filledWorkbook } from "../test/cli/support/programmeWorkbook";
import { perCohortPaymentPlan } from "./cohortFormulas";
import { expectedOf, staled, type Expected } from "./formulaDesign";
import { recalculate } from "./libreOfficeRun";
import { compare } from "./recalculatedCheck";

/**
 * `node cohortAgreement.js`: the per-cohort H4A_Pagamenti of the 20 seeded programmes of the
 * LibreOffice recalculation test (every yes spelling, leavers, waiting months, days avoided, caps,
 * leavers out of the denominator, dates and numbers typed as text), recalculated by LibreOffice
 * and compared cell by cell with the engine. Each programme twice: as generated, and "readable",
 * with every value the formulas cannot read (a warning text-date, text-number, token-spelling)
 * replaced by the engine's reading of it. Prints, per programme, the cells equal and the
 * warnings of that kind.
 */

const UNREADABLE = ["text-date", "text-number", "token-spelling"];

/** The sheet with every cell the formulas cannot read replaced by the engine's reading of it. */
function readable(sheet: SheetInput, params: Params): SheetInput {
  const parsed = parseBeneficiarySheet(sheet, params);
  const origin = parseAddress(sheet.topLeft);
  const values = sheet.values.map((row) => [...row]);
  for (const issue of parsed.issues.filter((i) => UNREADABLE.includes(i.rule))) {
    const at = parseAddress(issue.cell.slice(issue.cell.lastIndexOf("!") + 1));
    const family = parsed.families.find((f) => f.row === at.row);
    if (family === undefined) throw new Error(`no family on ${issue.cell}`);
    const read = family[issue.field as FieldKey] as CellValue | boolean;
    values[at.row - origin.row][at.column - origin.column] = typeof read === "boolean" ? (read ? "Sì" : "No") : read;
  }
  return { ...sheet, values };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "h4a-cohorts-"));
  const cases: { name: string; file: string; expected: Expected; unreadable: string[] }[] = [];
  for (let seed = 1; seed <= 20; seed++) {
    const programme = generateProgramme(seed);
    for (const [name, sheet] of [
      [programme.name, programme.sheet],
      [`${programme.name}-readable`, readable(programme.sheet, programme.params)],
    ] as const) {
      const parsed = parseBeneficiarySheet(sheet, programme.params);
      const [, payment] = paymentPlans({ sheet, parsed, params: programme.params });
      const perCohort = perCohortPaymentPlan(payment, parsed, sheet.sheetName);
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, await filledWorkbook(sheet, programme.params, [staled(perCohort)], programme.dateColumns));
      const unreadable = UNREADABLE.filter((rule) => parsed.issues.some((issue) => issue.rule === rule));
      cases.push({ name, file, expected: expectedOf(perCohort, [perCohort]), unreadable });
    }
  }
  const { files } = recalculate(
    cases.map((c) => c.file),
    path.join(dir, "recalculated"),
  );
  cases.forEach((c, i) => {
    console.log(
      `${c.name} (${c.unreadable.length > 0 ? c.unreadable.join(", ") : "every value readable"}): ${compare(files[i], c.expected)}`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
