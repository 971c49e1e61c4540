import { tableRowList } from "../src/engine/sheets/tableRows";
import { readFileSync, writeFileSync } from "node:fs";
import { parseParams } from "../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../src/engine/beneficiaries/parse";
import { parametersPlan } from "../src/engine/sheets/parametersSheet";
import { PAYMENT_SHEET } from "../src/engine/sheets/paymentPlans";
import { isFormulaCell, type PlannedCell, type SheetPlan } from "../src/engine/sheets/workbookPlan";
import { PackageWorkbook } from "../src/xlsx";
import { designPlans, type Design } from "./cohortFormulas";

export type { Design };

/**
 * `node formulaDesign.js <per-family|per-cohort> <input.xlsx> <output.xlsx>`, run by
 * formulaChoice.js in its own process: reads the beneficiary sheet as `h4a fill` does, plans the
 * payment sheets in one design and writes them with the agreement. Every cached result is written
 * as "stale", so only a recalculation gives the right numbers. Writes <output>.expected.json: the
 * engine's value of every formula cell of H4A_Pagamenti, and the formula texts' total length.
 */

export const STALE = "stale";
export const BENEFICIARY_SHEET = "Beneficiari";
export const AGREEMENT = { premiumPerFamily: 6000, currentYear: 20 };

export interface Expected {
  sheet: string;
  cells: { row: number; column: number; result: unknown }[];
  /** Characters of formula text written into the file, all sheets. */
  formulaChars: number;
}

export function staled(plan: SheetPlan): SheetPlan {
  const wrong = (cell: PlannedCell): PlannedCell => (isFormulaCell(cell) ? { formula: cell.formula, result: STALE } : cell);
  return {
    ...plan,
    cells: plan.cells.map((c) => ({ ...c, value: wrong(c.value) })),
    tables: plan.tables.map((t) => ({ ...t, rows: tableRowList(t.rows).map((row) => row.map(wrong)) })),
  };
}

export function expectedOf(payment: SheetPlan, plans: readonly SheetPlan[]): Expected {
  const cells: Expected["cells"] = [];
  for (const loose of payment.cells)
    if (isFormulaCell(loose.value)) cells.push({ row: loose.row, column: loose.column, result: loose.value.result });
  for (const table of payment.tables) {
    tableRowList(table.rows).forEach((row, i) =>
      row.forEach((cell, j) => {
        if (isFormulaCell(cell)) cells.push({ row: table.row + 1 + i, column: table.column + j, result: cell.result });
      }),
    );
  }
  let formulaChars = 0;
  for (const plan of plans) {
    for (const table of plan.tables)
      for (const row of tableRowList(table.rows)) for (const cell of row) if (isFormulaCell(cell)) formulaChars += cell.formula.length;
  }
  return { sheet: payment.name, cells, formulaChars };
}

async function main(): Promise<void> {
  const [design, input, output] = process.argv.slice(2) as [Design, string, string];
  const params = parseParams(AGREEMENT).params;
  if (params === null) throw new Error("the agreement does not parse");
  const workbook = PackageWorkbook.open(new Uint8Array(readFileSync(input)));
  const sheet = await workbook.readSheet(BENEFICIARY_SHEET);
  const parsed = parseBeneficiarySheet(sheet, params);
  const plans: SheetPlan[] = designPlans(design, { sheet, parsed, params });
  await workbook.writeSheets([parametersPlan(params), ...plans.map(staled)]);
  writeFileSync(output, workbook.toBytes());
  const written = plans.find((plan) => plan.name === PAYMENT_SHEET) as SheetPlan;
  writeFileSync(`${output}.expected.json`, JSON.stringify(expectedOf(written, plans)));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
