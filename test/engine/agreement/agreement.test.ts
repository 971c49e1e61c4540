import { agreementBlocksPayments, assumedValues, readAgreement } from "../../../src/engine/agreement/agreement";
import { DEFAULT_PARAMS, PARAMS_SHEET } from "../../../src/engine/agreement/params";
import { parametersPlan } from "../../../src/engine/sheets/parametersSheet";
import type { CellValue, SheetInput } from "../../../src/engine/types";
import { isFormulaCell } from "../../../src/engine/sheets/workbookPlan";

/** The one reading of the agreement: errors on their cells, defaults only where a value is invalid, listed. */

function sheetOf(changes: Record<string, CellValue>, order?: (rows: CellValue[][]) => CellValue[][]): SheetInput {
  const plan = parametersPlan({ ...DEFAULT_PARAMS, premiumPerFamily: 6000, currentYear: 4 });
  const rows: CellValue[][] = [];
  for (const cell of plan.cells) {
    rows[cell.row - 1] ??= ["", "", ""];
    rows[cell.row - 1][cell.column - 1] = isFormulaCell(cell.value) ? cell.value.result : cell.value;
  }
  for (const row of rows) if (typeof row[0] === "string" && row[0] in changes) row[1] = changes[row[0]];
  return { sheetName: PARAMS_SHEET, topLeft: "A1", values: order ? order(rows) : rows };
}

test("a valid agreement is read as typed, with nothing assumed and nothing blocking the payments", () => {
  const reading = readAgreement(sheetOf({}));
  expect(reading.issues).toEqual([]);
  expect(reading.params).toEqual(expect.objectContaining({ premiumPerFamily: 6000, currentYear: 4 }));
  expect(agreementBlocksPayments(reading)).toBe(false);
});

test("an invalid value never falls back silently: the other values stand, the invalid one is an error with its default listed", () => {
  const reading = readAgreement(sheetOf({ partialPayment: "ottanta", belowPartialPayment: 0.9 }));
  expect(reading.params).toEqual(
    expect.objectContaining({ premiumPerFamily: 6000, currentYear: 4, partialPayment: 0.8, belowPartialPayment: 0 }),
  );
  expect(reading.issues.map((i) => [i.field, i.severity])).toEqual([
    ["partialPayment", "error"],
    ["belowPartialPayment", "error"],
  ]);
  expect(assumedValues(reading)).toEqual([
    { parameter: "partialPayment", value: 0.8 },
    { parameter: "belowPartialPayment", value: 0 },
  ]);
  expect(agreementBlocksPayments(reading)).toBe(true);
});

test("the error names the cell where the row really is, after the user moved the rows", () => {
  const reading = readAgreement(sheetOf({ currentYear: "quattro" }, (rows) => [rows[0], ...rows.slice(1).reverse()]));
  const row = reading.issues[0];
  expect(row.field).toBe("currentYear");
  const moved = sheetOf({}, (rows) => [rows[0], ...rows.slice(1).reverse()]).values.findIndex((r) => r[0] === "currentYear") + 1;
  expect(row.cell).toBe(`${PARAMS_SHEET}!B${moved}`);
  expect(row.message.it).toContain("atteso un numero intero ≥ 1");
});

test("a number typed as text is an error (the workbook's formulas cannot read it) though the checks use its value", () => {
  const reading = readAgreement(sheetOf({ premiumPerFamily: "6000" }));
  expect(reading.params.premiumPerFamily).toBe(6000);
  expect(reading.assumed).toEqual([]);
  expect(reading.issues).toEqual([expect.objectContaining({ rule: "parameter-as-text", field: "premiumPerFamily" })]);
  expect(agreementBlocksPayments(reading)).toBe(true);
});

test("overrides win over the sheet, and `shares` replaces the three share rows", () => {
  const reading = readAgreement(sheetOf({ share1: 0.5, share2: 0.5, share3: 0.5 }), { shares: "0.1,0.4,0.5", currentYear: "2" });
  expect(reading.issues).toEqual([]);
  expect(reading.params.shares).toEqual([0.1, 0.4, 0.5]);
  expect(reading.params.currentYear).toBe(2);
  expect(reading.overridden).toEqual(["shares", "currentYear"]);
});

test("without H4A_Parametri the defaults are the agreement, with nothing assumed", () => {
  const reading = readAgreement(null);
  expect(reading.params).toEqual(DEFAULT_PARAMS);
  expect(reading.issues).toEqual([]);
});
