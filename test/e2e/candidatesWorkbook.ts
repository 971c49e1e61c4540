import path from "path";
import { valuesIn } from "../support/xlsxFiles";
import type { FakeCellValue, SeedSheet } from "../support/fakeExcel";
import { ROOT } from "./harness";

/**
 * The sample workbook of assets/sample (written by `npm run samples`), as the fake Excel's seed:
 * the sheets "Beneficiari" (39 families, three cohorts) and "Candidati" (the 74 applications of
 * 2023, 2024 and 2025, each year's cohort its first ranked families), values as Office.js reads
 * them (dates as serials). Its
 * H4A_Parametri is left out: the officer sets the agreement in the pane, as with a new workbook.
 */

export const SAMPLE_FILE = path.join(ROOT, "assets", "sample", "beneficiari.xlsx");
export const CANDIDATES = "Candidati";
export const BENEFICIARIES = "Beneficiari";

export async function sampleSeed(): Promise<SeedSheet[]> {
  return [BENEFICIARIES, CANDIDATES].map((name) => {
    const input = valuesIn(SAMPLE_FILE, name);
    return { name, topLeft: input.topLeft, rows: input.values.map((row) => row.map((value): FakeCellValue | null => value)) };
  });
}
