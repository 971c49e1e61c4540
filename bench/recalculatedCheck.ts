import { readFileSync } from "node:fs";
import { toCents } from "../src/engine/cells/rounding";
import type { CellValue } from "../src/engine/types";
import { PackageWorkbook } from "../src/xlsx";
import type { Expected } from "./formulaDesign";

/** The recalculated H4A_Pagamenti against the engine's values, as test/cli/support/compareResults.ts compares them. */

function sameValue(expected: unknown, actual: CellValue | undefined): boolean {
  if (expected === null || expected === "") return actual === "" || actual === undefined;
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)) && toCents(actual) === toCents(expected);
  }
  return actual === expected;
}

/** Every formula cell of H4A_Pagamenti in LibreOffice's file against the engine's value. */
export function compare(recalculated: string, expected: Expected): string {
  const values = PackageWorkbook.open(new Uint8Array(readFileSync(recalculated))).readSheetSync(expected.sheet);
  const top = Number(/\d+/.exec(values.topLeft)?.[0]);
  const left = values.topLeft
    .replace(/\d+/, "")
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const wrong = expected.cells.filter(({ row, column, result }) => !sameValue(result, values.values[row - top]?.[column - left]));
  const shown = wrong
    .slice(0, 3)
    .map(({ row, column, result }) => `R${row}C${column}: ${String(result)} ≠ ${String(values.values[row - top]?.[column - left])}`);
  return `${expected.cells.length - wrong.length}/${expected.cells.length} equal${shown.length > 0 ? `; ${shown.join("; ")}` : ""}`;
}
