import { parseParams, PARAM_ROW_KEYS } from "../../../src/engine/agreement/params";
import { parametersPlan, paramsFromSheet, rawParamsFromSheet } from "../../../src/engine/sheets/parametersSheet";
import type { CellValue } from "../../../src/engine/types";
import type { SheetPlan } from "../../../src/engine/sheets/workbookPlan";

/** The sheet's values as a workbook would hold them. */
function valuesOf(plan: SheetPlan): CellValue[][] {
  const rows = Math.max(...plan.cells.map((c) => c.row));
  const grid: CellValue[][] = Array.from({ length: rows }, () => ["", "", ""]);
  for (const cell of plan.cells) grid[cell.row - 1][cell.column - 1] = cell.value as CellValue;
  return grid;
}

describe("the H4A_Parametri sheet (MECHANISM.md §5)", () => {
  const agreement = parseParams({ premiumPerFamily: 6000, currentYear: 4, shares: "0.1,0.4,0.5", fullStrict: false }).params!;
  const plan = parametersPlan(agreement);

  test("has Chiave | Valore | Descrizione from A1 and one row per key in §5's order", () => {
    const values = valuesOf(plan);
    expect(values[0]).toEqual(["Chiave", "Valore", "Descrizione"]);
    expect(values.slice(1).map((row) => row[0])).toEqual(PARAM_ROW_KEYS);
    expect(values[3]).toEqual(["premiumPerFamily", 6000, expect.stringContaining("Premio per famiglia")]);
  });

  test("names every value cell H4A_<key>, shares as H4A_share1..3; none is an empty cell, booleans TRUE/FALSE", () => {
    expect(plan.names.find((n) => n.name === "H4A_share2")).toEqual({ name: "H4A_share2", row: 6, column: 2 });
    expect(plan.names).toHaveLength(PARAM_ROW_KEYS.length);
    const values = valuesOf(plan);
    expect(values[1][1]).toBe("");
    expect(values.find((row) => row[0] === "fullStrict")![1]).toBe(false);
  });

  test("reading the sheet back gives the same agreement, even with rows moved", () => {
    const values = valuesOf(plan);
    const moved = [values[0], ...values.slice(1).reverse()];
    expect(parseParams(rawParamsFromSheet({ sheetName: "H4A_Parametri", topLeft: "A1", values: moved })).params).toEqual(agreement);
  });

  test("a value typed wrong by a person is reported on its cell by the schema", () => {
    const values = valuesOf(plan);
    values.find((row) => row[0] === "currentYear")![1] = "quattro";
    const { issues } = parseParams(rawParamsFromSheet({ sheetName: "H4A_Parametri", topLeft: "A1", values }));
    expect(issues).toEqual([expect.objectContaining({ field: "currentYear", cell: "H4A_Parametri!B16" })]);
  });
});

describe("reading the agreement as the workbook's formulas see it", () => {
  const plan = parametersPlan(parseParams({ premiumPerFamily: 6000 }).params!);

  test("a correct sheet gives the agreement", () => {
    const values = valuesOf(plan);
    expect(paramsFromSheet({ sheetName: "H4A_Parametri", topLeft: "A1", values }).params?.premiumPerFamily).toBe(6000);
  });

  test("a number typed as text is refused on its own cell, though the schema alone would read it", () => {
    const values = valuesOf(plan);
    values[3][1] = "6500";
    expect(parseParams(rawParamsFromSheet({ sheetName: "H4A_Parametri", topLeft: "A1", values })).params).not.toBeNull();
    const { params, issues } = paramsFromSheet({ sheetName: "H4A_Parametri", topLeft: "A1", values });
    expect(params).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({ rule: "parameter-as-text", field: "premiumPerFamily", cell: "H4A_Parametri!B4", value: "6500" }),
    ]);
    expect(issues[0].message.it).toContain("testo");
  });
});
