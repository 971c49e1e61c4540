import { HyperFormula } from "hyperformula";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { paymentPlans } from "../../src/engine/sheets/paymentPlans";
import { isColumnar, tableRowList } from "../../src/engine/sheets/tableRows";
import { isFormulaCell } from "../../src/engine/sheets/workbookPlan";
import { bodyColumnRuns, fillRuns, formulaShape } from "../../src/excel/formulaFill";
import { beneficiarySheet, familyRow, paramsWith } from "../engine/fixtures/beneficiarySheet";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../engine/fixtures/illustration";
import { shiftFormulaRows } from "../support/fakeExcel";

/** A formula without the `$` before row numbers: what stays the same when a row reference is made relative. */
const withoutRowDollars = (formula: string): string => formula.replace(/(\$?[A-Z]{1,3})\$(\d)/g, "$1$2");

describe("the references of a formula", () => {
  test("are found in cells, ranges and sheet-qualified references, not in strings, names or functions", () => {
    expect(formulaShape(`=IF(ISNUMBER(Beneficiari!$C$7),Beneficiari!$C$7,"A1")*H4A_share1+LOG10(B2)+SUM('Foglio 1'!B3:B9)`)).toEqual({
      pattern: `=IF(ISNUMBER(Beneficiari!$C$\u0000),Beneficiari!$C$\u0000,"A1")*H4A_share1+LOG10(B\u0000)+SUM('Foglio 1'!B\u0000:B\u0000)`,
      rows: [7, 7, 2, 3, 9],
    });
  });

  test("whole columns have no row; whole rows are not read (the formula is written as it is)", () => {
    expect(formulaShape("=SUM($B:$B)")).toEqual({ pattern: "=SUM($B:$B)", rows: [] });
    expect(formulaShape("=SUM(3:5)")).toBeNull();
  });
});

describe("fill-down runs", () => {
  const column = (rows: number, make: (row: number) => string) => Array.from({ length: rows }, (_, i) => make(i));

  test("a column whose references move with the row is one run; fixed references stay absolute", () => {
    const formulas = column(5, (i) => `=Beneficiari!$C$${7 + i}*H4A_Calcolo!$B$2+SUM($D$5:$D$${9 + i})`);
    expect(fillRuns(formulas)).toEqual([{ start: 0, end: 4, template: "=Beneficiari!$C7*H4A_Calcolo!$B$2+SUM($D$5:$D9)" }]);
  });

  test("a row that differs breaks the run; cells that are not formulas are written as they are", () => {
    const formulas = [...column(4, (i) => `=A${i + 1}`), null, `=B9`, ...column(3, (i) => `=A${i + 7}`)];
    expect(fillRuns(formulas)).toEqual([
      { start: 0, end: 3, template: "=A1" },
      { start: 6, end: 8, template: "=A7" },
    ]);
  });

  test("a reference that moves by more than the row never forms a run", () => {
    expect(fillRuns(column(4, (i) => `=A${2 * i + 1}`))).toEqual([]);
  });

  test("filled down as Excel does, each run gives every row the planned formula's references (the payment plan of §9)", () => {
    const parsed = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
    const plans = paymentPlans({ sheet: ILLUSTRATION_SHEET, parsed, params: ILLUSTRATION_PARAMS });
    let filled = 0;
    for (const table of plans.flatMap((plan) => plan.tables)) {
      for (let c = 0; c < table.header.length; c++) {
        const formulas = tableRowList(table.rows).map((row) => {
          const cell = row[c];
          return isFormulaCell(cell) ? cell.formula : null;
        });
        for (const run of fillRuns(formulas)) {
          for (let i = run.start; i <= run.end; i++) {
            expect(withoutRowDollars(shiftFormulaRows(run.template, i - run.start))).toBe(withoutRowDollars(formulas[i]!));
            filled++;
          }
        }
      }
    }
    expect(filled).toBeGreaterThan(300);
  });
});

describe("the fill-down runs of a table kept by column", () => {
  test("are those of its formulas made one by one, across blank rows, constants and a sheet name in quotes", () => {
    const rows = [
      familyRow({ id: "A1" }),
      familyRow({ id: "A2", waitMonths: "3" }),
      familyRow({ id: "A3" }),
      familyRow({ id: "A4" }),
      familyRow({ id: "A5", stability: "si" }),
      ...Array.from({ length: 6 }, (_, i) => familyRow({ id: `B${i}` })),
    ];
    const typed = beneficiarySheet(rows, { sheetName: "L'elenco", topLeft: "B2", titleRows: [["Programma"], []] });
    const blank = typed.values[2].map(() => "");
    const sheet = {
      ...typed,
      values: [...typed.values.slice(0, 6), blank, ...typed.values.slice(6, 9), blank, blank, ...typed.values.slice(9)],
    };
    const params = paramsWith({ premiumPerFamily: 6000, currentYear: 1 });
    const [calc] = paymentPlans({ sheet, parsed: parseBeneficiarySheet(sheet, params), params });
    const body = calc.tables[0].rows;
    if (!isColumnar(body)) throw new Error("H4A_Famiglie is kept by column");
    let runs = 0;
    body.columns.forEach((column, c) => {
      const formulas = tableRowList(body).map((row) => (isFormulaCell(row[c]) ? row[c].formula : null));
      expect(bodyColumnRuns(column)).toEqual(fillRuns(formulas));
      runs += fillRuns(formulas).length;
    });
    expect(runs).toBeGreaterThan(20);
  });
});

describe("the fake workbook's fill", () => {
  test("moves relative rows exactly as HyperFormula's copy and paste does", () => {
    const formulas = ['=IF(ISNUMBER(Data!$C7),Data!$C7,"B2")+SUM($D$5:D9)*H4A_x', "=Data!A1+'Foglio 2'!$B3-Data!$A$1"];
    const hf = HyperFormula.buildFromSheets({ Data: [[1]], "Foglio 2": [[1]], Main: [[null]] }, { licenseKey: "gpl-v3" });
    hf.addNamedExpression("H4A_x", "=1");
    const main = hf.getSheetId("Main")!;
    for (const formula of formulas) {
      hf.setCellContents({ sheet: main, row: 19, col: 0 }, [[formula]]);
      hf.copy({ start: { sheet: main, row: 19, col: 0 }, end: { sheet: main, row: 19, col: 0 } });
      hf.paste({ sheet: main, row: 23, col: 0 });
      expect(shiftFormulaRows(formula, 4)).toBe(hf.getCellFormula({ sheet: main, row: 23, col: 0 }));
    }
  });
});
