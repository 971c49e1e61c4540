import type { Text } from "../../src/engine/cells/lang";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { ValidationJsonSchema } from "../../src/cli/issuesReport";
import { DEFAULT_PARAMS, paramCell, PARAMS_SHEET } from "../../src/engine/agreement/params";
import { ownerName } from "../../src/engine/sheets/workbookPlan";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createWorkbookActions, rawOf } from "../../src/taskpane/workbookActions";
import { beneficiarySeed, SHEET } from "../e2e/sampleWorkbook";
import { FakeExcel } from "../support/fakeExcel";
import { h4a, tempDir } from "./helpers/runCli";
import { save } from "./helpers/workbooks";

/**
 * One reading of the agreement: a workbook whose H4A_Parametri has an invalid partial payment
 * («ottanta») beside a below-partial payment (0.9) that only the default partial payment makes
 * invalid, a valid premium of 6,000 and current year 4, read by the task pane's actions and by
 * the command line: the same errors on the same cells, the same defaults assumed, no payment.
 */

jest.setTimeout(60_000);

const PARTIAL = paramCell("partialPayment").split("!")[1];
const BELOW = paramCell("belowPartialPayment").split("!")[1];

async function paneWorkbook() {
  const fake = new FakeExcel([beneficiarySeed({ mistakes: false })], [], { HyperFormula });
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  fake.type(PARAMS_SHEET, PARTIAL, "ottanta");
  fake.type(PARAMS_SHEET, BELOW, 0.9);
  return { fake, actions };
}

/** The same two sheets as an .xlsx file, H4A_Parametri with the add-in's owner mark. */
async function sameWorkbookAsFile(fake: FakeExcel, file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const name of [SHEET, PARAMS_SHEET]) {
    const sheet = workbook.addWorksheet(name);
    fake.view(name).values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  workbook.definedNames.add(`'${PARAMS_SHEET}'!$A$1`, ownerName(PARAMS_SHEET));
  return save(workbook, file);
}

/** The agreement's issues, from the pane (a `Text` message) or from the command line's JSON (messageIt, messageEn). */
const agreementPart = (
  issues: readonly ({ cell: string; field: string | null; rule: string; severity: string } & (
    { messageIt: string; messageEn: string } | { message: Text }
  ))[],
) =>
  issues
    .filter((issue) => issue.cell.startsWith(`${PARAMS_SHEET}!`))
    .map((issue) => {
      const { cell, field, rule, severity } = issue;
      const text = "messageIt" in issue ? { it: issue.messageIt, en: issue.messageEn } : issue.message;
      return { cell, field, rule, severity, messageIt: text.it, messageEn: text.en };
    });

test("the task pane and the command line read one agreement: the same errors, the same assumed defaults, no payment written", async () => {
  const { fake, actions } = await paneWorkbook();
  const pane = await actions.validate({ kind: "sheet", sheet: SHEET, table: null, headerFound: true });

  const dir = tempDir("agreement");
  const file = await sameWorkbookAsFile(fake, path.join(dir, "accordo.xlsx"));
  const run = await h4a(["validate", file, "--json"]);
  expect(run.code).toBe(1);
  const cli = ValidationJsonSchema.parse(JSON.parse(run.stdout));

  const expected = [
    expect.objectContaining({
      cell: `${PARAMS_SHEET}!${PARTIAL}`,
      field: "partialPayment",
      severity: "error",
      messageEn: expect.stringContaining('"ottanta"'),
    }),
    expect.objectContaining({
      cell: `${PARAMS_SHEET}!${BELOW}`,
      field: "belowPartialPayment",
      severity: "error",
      messageEn: expect.stringContaining("not above the partial payment"),
    }),
  ];
  expect(agreementPart(pane.issues)).toEqual(expected);
  expect(agreementPart(cli.issues)).toEqual(agreementPart(pane.issues));
  expect(pane.defaultedParams).toEqual(["partialPayment", "belowPartialPayment"]);
  expect(cli.assumed).toEqual([
    { parameter: "partialPayment", value: 0.8 },
    { parameter: "belowPartialPayment", value: 0 },
  ]);
  // Both checked the sheet with current year 4 and the premium of 6,000: the sheet itself has no error.
  expect(pane.issues.filter((i) => i.severity === "error" && !i.cell.startsWith(PARAMS_SHEET))).toEqual([]);
  expect(cli.issues.filter((i) => i.severity === "error" && !i.cell.startsWith(PARAMS_SHEET))).toEqual([]);

  const refused = await actions.writePayments({ kind: "sheet", sheet: SHEET, table: null, headerFound: true });
  expect(refused).toEqual(expect.objectContaining({ status: "refused", reason: "agreement-errors" }));
  expect(fake.sheetNames()).toEqual([SHEET, PARAMS_SHEET]);

  const out = path.join(dir, "pagamenti.xlsx");
  const fill = await h4a(["fill", file, "-o", out]);
  expect(fill.code).toBe(1);
  expect(fill.stderr).toContain(`${PARAMS_SHEET}!${PARTIAL}`);
  expect(fs.existsSync(out)).toBe(false);
});

test("h4a validate names the defaults it assumed in place of the invalid values", async () => {
  const { fake } = await paneWorkbook();
  const file = await sameWorkbookAsFile(fake, path.join(tempDir("assumed"), "accordo.xlsx"));
  const run = await h4a(["validate", file]);
  expect(run.stdout).toContain(
    "Defaults assumed for the checks in place of the invalid values: partialPayment = 0.8; belowPartialPayment = 0.",
  );
});
