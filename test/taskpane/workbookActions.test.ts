import { HyperFormula } from "hyperformula";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { AddInError } from "../../src/contract/errors";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { checkFormulas, createWorkbookActions, rawOf } from "../../src/taskpane/workbookActions";
import { beneficiarySeed, MISTAKES, SHEET } from "../e2e/sampleWorkbook";
import { FakeExcel, type SeedSheet } from "../support/fakeExcel";

/** The pane's actions end to end on the in-memory Excel: the agreement sheet, validation, payments. */

function setUp(extra: SeedSheet[] = []) {
  const fake = new FakeExcel([beneficiarySeed({ mistakes: false }), ...extra], [], { HyperFormula });
  return { fake, actions: createWorkbookActions(new OfficeWorkbook(fake.Excel)) };
}

const SOURCE = { kind: "sheet" as const, sheet: SHEET, table: null, headerFound: true };

test("the first validation creates H4A_Parametri with the defaults; the next one reads it", async () => {
  const { fake, actions } = setUp();
  const first = await actions.validate(SOURCE);
  expect(first.agreementCreated).toBe(true);
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri"]);
  expect(first.issues.find((i) => i.rule === "missing-premium")).toEqual(
    expect.objectContaining({ severity: "error", cell: "H4A_Parametri!B4" }),
  );
  expect((await actions.validate(SOURCE)).agreementCreated).toBe(false);
});

test("a parameter typed wrong in H4A_Parametri is reported on its cell, checked with its default, and stops the payments", async () => {
  const { fake, actions } = setUp();
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  fake.type("H4A_Parametri", "B16", "quattro");
  const validation = await actions.validate(SOURCE);
  expect(validation.defaultedParams).toEqual(["currentYear"]);
  expect(validation.issues[0]).toEqual(expect.objectContaining({ field: "currentYear", cell: "H4A_Parametri!B16", severity: "error" }));
  const payment = await actions.writePayments(SOURCE);
  expect(payment).toEqual(expect.objectContaining({ status: "refused", reason: "agreement-errors" }));
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri"]);
});

test("without a premium per family nothing is written, and the pane says it is the premium that is missing", async () => {
  const { fake, actions } = setUp();
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), currentYear: 4 });
  const payment = await actions.writePayments(SOURCE);
  expect(payment).toEqual(expect.objectContaining({ status: "refused", reason: "agreement-missing", missing: ["premium"], issues: [] }));
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri"]);
});

test("with no agreement yet, Pagamenti stops before anything: it asks for the premium and the current year and creates no sheet", async () => {
  const { fake, actions } = setUp();
  const payment = await actions.writePayments(SOURCE);
  expect(payment).toEqual(
    expect.objectContaining({ status: "refused", reason: "agreement-missing", missing: ["premium", "currentYear"], issues: [] }),
  );
  expect(fake.sheetNames()).toEqual([SHEET]);
});

test("a total premium with the planned families is a premium: nothing is missing", async () => {
  const { actions } = setUp();
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), totalPremium: 240000, plannedFamilies: 40, currentYear: 4 });
  expect(await actions.writePayments(SOURCE)).toEqual(expect.objectContaining({ status: "written" }));
});

test("a sheet H4A_Parametri that H4A did not create is never overwritten: validation and saving stop with the reason", async () => {
  const { fake, actions } = setUp([
    {
      name: "H4A_Parametri",
      rows: [
        ["Chiave", "Valore"],
        ["currentYear", 9],
      ],
    },
  ]);
  expect((await actions.loadAgreement()).ownership).toBe("foreign");
  await expect(actions.validate(SOURCE)).rejects.toEqual(AddInError.foreignSheets(["H4A_Parametri"]));
  await expect(actions.saveAgreement(rawOf(DEFAULT_PARAMS))).rejects.toBeInstanceOf(AddInError);
  expect(fake.view("H4A_Parametri").values).toEqual([
    ["Chiave", "Valore"],
    ["currentYear", 9],
  ]);
});

test("the values Excel computes are compared with the engine's, to the cent", () => {
  const plans = [
    {
      name: "S",
      cells: [],
      names: [],
      columnWidths: [],
      tables: [
        {
          name: "T",
          row: 1,
          column: 1,
          header: ["a", "b"],
          numberFormats: [null, null],
          rows: [
            [
              { formula: "=1", result: 13200 },
              { formula: "=2", result: "Sì" },
            ],
          ],
        },
      ],
    },
  ];
  expect(checkFormulas(plans, [{ name: "T", values: [[13200.004, "Sì"]] }])).toEqual({ compared: 2, mismatches: [] });
  expect(checkFormulas(plans, [{ name: "T", values: [[13200.01, "No"]] }]).mismatches).toEqual([
    { table: "T", row: 1, column: 1, expected: 13200, actual: 13200.01 },
    { table: "T", row: 1, column: 2, expected: "Sì", actual: "No" },
  ]);
});

test("the mistakes of the sample are the validator's errors, each on its cell", async () => {
  const fake = new FakeExcel([beneficiarySeed()], [], { HyperFormula });
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  const validation = await actions.validate(SOURCE);
  const errors = validation.issues.filter((i) => i.severity === "error");
  for (const mistake of MISTAKES)
    expect(errors).toContainEqual(expect.objectContaining({ rule: mistake.rule, cell: `${SHEET}!${mistake.cell}` }));
  expect(errors).toHaveLength(5);
});

test("saving the agreement keeps what the user typed in H4A_Parametri: a formula stays, only the changed value is written", async () => {
  const { fake, actions } = setUp();
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), totalPremium: 66000, plannedFamilies: 11, currentYear: 4 });
  fake.type("H4A_Parametri", "B4", "=B2/B3");
  const before = fake.view("H4A_Parametri").formulas;
  expect(before[3][1]).toBe("=B2/B3");
  const saved = await actions.saveAgreement({ ...(await actions.loadAgreement()).raw, currentYear: 3 });
  expect(saved).toEqual(expect.objectContaining({ saved: true }));
  const after = fake.view("H4A_Parametri").formulas;
  expect(after[3][1]).toBe("=B2/B3");
  expect(after[15][1]).toBe(3);
  expect(after.map((row, r) => row.map((cell, c) => (r === 15 && c === 1 ? "changed" : cell)))).toEqual(
    before.map((row, r) => row.map((cell, c) => (r === 15 && c === 1 ? "changed" : cell))),
  );
});
