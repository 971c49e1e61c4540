import { HyperFormula } from "hyperformula";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createWorkbookActions, rawOf, type PaymentResult, type Validation } from "../../src/taskpane/workbookActions";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { beneficiarySeed, HEADER_ROW, MISTAKES, SHEET } from "../e2e/sampleWorkbook";
import { FakeExcel } from "../support/fakeExcel";

/**
 * Every action of the task pane against the in-memory Excel, on a sheet of 10 and one of 10,000
 * families: the same number of context.sync() round trips at both sizes, every request under
 * Excel on the web's 5 MB, and the user's sheet left exactly as it was (values and formulas).
 */

jest.setTimeout(180_000);

const EXCEL_WEB_PAYLOAD_LIMIT = 5_000_000;

interface Measured {
  syncs: Record<string, number>;
  largestRequest: number;
  validation: Validation;
  payment: PaymentResult;
}

async function measure(families: number): Promise<Measured> {
  const fake = new FakeExcel([beneficiarySeed({ families })], [], { HyperFormula });
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  const syncs: Record<string, number> = {};
  const userSheet = () => {
    const view = fake.view(SHEET);
    return { values: view.values, formulas: view.formulas };
  };
  const untouched = userSheet();
  const step = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    const { result, syncs: count } = await fake.countSyncs(action);
    syncs[name] = count;
    return result;
  };

  await step("loadAgreement (no sheet yet)", () => actions.loadAgreement());
  await step("saveAgreement (creates H4A_Parametri)", () =>
    actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 }),
  );
  await step("loadAgreement", () => actions.loadAgreement());
  await step("saveAgreement", () => actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 }));
  await step("saveAgreement (one value changed)", () =>
    actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 3 }),
  );
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  const choice = await step("listSources", () => actions.listSources());
  const source = choice.detected!;
  const validation = await step("validate", () => actions.validate(source));
  expect(userSheet()).toEqual(untouched);
  await step("selectCell", () => actions.selectCell(validation.issues[0].cell));
  await step("highlight", () => actions.highlight(validation.issues));
  expect(userSheet()).toEqual(untouched);
  await step("highlight again", () => actions.highlight(validation.issues));
  await step("highlightActive", () => actions.highlightActive());
  await step("removeHighlight", () => actions.removeHighlight());
  expect(userSheet()).toEqual(untouched);
  await step("writePayments refused", () => actions.writePayments(source));

  // At 10 families only the mistakes of the first 10 rows are there.
  for (const mistake of MISTAKES.filter((m) => Number(/\d+/.exec(m.cell)![0]) <= HEADER_ROW + families))
    fake.type(SHEET, mistake.cell, mistake.right);
  const fixed = userSheet();
  const payment = await step("writePayments", () => actions.writePayments(source));
  expect(userSheet()).toEqual(fixed);
  await step("writePayments again", () => actions.writePayments(source));
  expect(userSheet()).toEqual(fixed);
  const largestRequest = Math.max(...fake.requests.map((r) => r.bytes));
  return { syncs, largestRequest, validation, payment };
}

describe("context.sync() round trips per action", () => {
  let small: Measured;
  let large: Measured;

  beforeAll(async () => {
    small = await measure(10);
    large = await measure(10_000);
  });

  test("are the same at 10 and at 10,000 families", () => {
    expect(large.syncs).toEqual(small.syncs);
  });

  test("are the documented numbers", () => {
    expect(small.syncs).toEqual({
      "loadAgreement (no sheet yet)": 1,
      "saveAgreement (creates H4A_Parametri)": 3,
      "saveAgreement (one value changed)": 5,
      loadAgreement: 3,
      saveAgreement: 3,
      listSources: 2,
      validate: 5,
      selectCell: 1,
      highlight: 3,
      "highlight again": 3,
      highlightActive: 1,
      removeHighlight: 3,
      "writePayments refused": 5,
      writePayments: 10,
      "writePayments again": 10,
    });
  });

  test("every request stays well under Excel on the web's 5 MB at 10,000 families", () => {
    expect(large.largestRequest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT / 10);
  });

  test("the large sheet is validated and paid like the small one", () => {
    expect(small.validation.counts.error).toBe(2);
    expect(large.validation.counts.error).toBe(5);
    expect(small.payment.status).toBe("written");
    expect(large.payment.status).toBe("written");
    if (large.payment.status !== "written") return;
    // Excel's formulas (computed here by HyperFormula over the 10,000 filled-down rows) agree with the engine.
    expect(large.payment.check.mismatches).toEqual([]);
    expect(large.payment.check.compared).toBeGreaterThan(50);
  });
});
