import { ILLUSTRATION_FAMILIES, ILLUSTRATION_PARAMS } from "../fixtures/illustration";
import { beneficiarySheet, paramsWith } from "../fixtures/beneficiarySheet";
import { FIELD_KEYS } from "../../../src/engine/beneficiaries/fields";
import { readAgreement } from "../../../src/engine/agreement/agreement";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { recordingRefusals, draftRefusals } from "../../../src/engine/ledger/record";
import type { Params } from "../../../src/engine/agreement/params";
import { LedgerBook, ledgerOf, modelOf, record, requestFor } from "./ledgerBook";

/** Every reason MECHANISM.md §10 (and order) gives for refusing to record a payment, and a ledger changed by hand. */

const titleRows = [["Homes4All"], ["Situazione"], []];
const SHEET = beneficiarySheet(ILLUSTRATION_FAMILIES, { fields: FIELD_KEYS, titleRows });
const at = (year: number): Params => paramsWith({ ...ILLUSTRATION_PARAMS, currentYear: year });

async function checksFor(book: LedgerBook, year: number) {
  const params = at(year);
  const ledger = await ledgerOf(book, SHEET, params);
  const dueYears = [...new Set(modelOf(SHEET, params).schedule.payments.map((p) => p.programmeYear))];
  return { agreementErrors: [], sheetErrors: [], ledger, dueYears, currentYear: year };
}
const rules = (issues: { rule: string }[]) => issues.map((issue) => issue.rule);

test("a year already recorded is refused, naming the act and the row", async () => {
  const book = new LedgerBook();
  expect(await record(book, SHEET, at(3), 1)).toEqual([]);
  const refusals = recordingRefusals(await checksFor(book, 3), requestFor(1));
  expect(rules(refusals)).toEqual(["year-already-recorded"]);
  expect(refusals[0].message.it).toContain("DD 100/2026");
  expect(refusals[0].cell).toBe("H4A_Registro!A2");
});

test("a year after the current year is refused on H4A_Parametri's currentYear", async () => {
  const refusals = recordingRefusals(await checksFor(new LedgerBook(), 3), requestFor(4));
  expect(rules(refusals)).toEqual(["year-after-current"]);
  expect(refusals[0].cell).toBe("H4A_Parametri!B16");
});

test("a year whose earlier due year is not recorded is refused: payments are recorded in order", async () => {
  expect(rules(recordingRefusals(await checksFor(new LedgerBook(), 3), requestFor(2)))).toEqual(["earlier-year-unrecorded"]);
});

test("a year with nothing due, no act, no date, a year that is not a whole number are refused", async () => {
  const checks = await checksFor(new LedgerBook(), 3);
  expect(rules(recordingRefusals({ ...checks, dueYears: [] }, requestFor(1)))).toEqual(["nothing-due"]);
  expect(rules(recordingRefusals(checks, { ...requestFor(1), act: "  " }))).toEqual(["act-missing"]);
  expect(rules(recordingRefusals(checks, { ...requestFor(1), date: 0 }))).toEqual(["date-invalid"]);
  expect(rules(recordingRefusals(checks, { ...requestFor(1), programmeYear: 1.5 }))).toEqual(["year-invalid"]);
  expect(draftRefusals(checks, 1)).toEqual([]);
});

test("validation errors of the beneficiary sheet refuse the payment and are listed", async () => {
  const broken = beneficiarySheet(
    ILLUSTRATION_FAMILIES.map((row, i) => (i === 0 ? { ...row, members: "tre" } : row)),
    { fields: FIELD_KEYS, titleRows },
  );
  const sheetErrors = parseBeneficiarySheet(broken, at(3)).issues.filter((issue) => issue.severity === "error");
  expect(sheetErrors.length).toBeGreaterThan(0);
  const refusals = recordingRefusals({ ...(await checksFor(new LedgerBook(), 3)), sheetErrors }, requestFor(1));
  expect(rules(refusals)[0]).toBe("validation-errors");
  expect(refusals.slice(1)).toEqual(sheetErrors);
});

test("an invalid agreement refuses the payment, naming the parameter's cell", async () => {
  const agreement = readAgreement({
    sheetName: "H4A_Parametri",
    topLeft: "A1",
    values: [
      ["Chiave", "Valore"],
      ["partialPayment", "ottanta"],
    ],
  });
  const refusals = recordingRefusals({ ...(await checksFor(new LedgerBook(), 3)), agreementErrors: agreement.issues }, requestFor(1));
  expect(rules(refusals)).toEqual(["agreement-errors", "invalid-parameter"]);
  expect(refusals[1].cell).toBe("H4A_Parametri!B2");
});

describe("a ledger changed by hand", () => {
  async function recordedBook(): Promise<LedgerBook> {
    const book = new LedgerBook();
    for (const year of [1, 2, 3]) expect(await record(book, SHEET, at(3), year)).toEqual([]);
    return book;
  }

  test("an amount changed in H4A_Registro breaks that row's seal: an error naming the row, and no payment is recorded", async () => {
    const book = await recordedBook();
    const row = book.register.findIndex((cells) => cells[2] === 1 && cells[3] === 3);
    book.register[row][10] = 36000;
    const { errors } = await ledgerOf(book, SHEET, at(4));
    expect(errors.map((e) => [e.rule, e.cell])).toEqual([["ledger-row-changed", `H4A_Registro!P${row + 1}`]]);
    expect(errors[0].message.it).toContain(`riga ${row + 1}`);
    expect(rules(recordingRefusals(await checksFor(book, 4), requestFor(4)))[0]).toBe("ledger-errors");
  });

  test("a row removed breaks the seal of the row below it, and leaves its evidence without a payment", async () => {
    const book = await recordedBook();
    book.register.splice(2, 1);
    const { errors } = await ledgerOf(book, SHEET, at(4));
    expect(errors.map((e) => [e.rule, e.cell])).toEqual([
      ["ledger-row-changed", "H4A_Registro!P3"],
      ["evidence-without-payment", "H4A_Evidenze!A1"],
    ]);
  });

  test("an answer changed in H4A_Evidenze no longer matches the tranche's evidence fingerprint", async () => {
    const book = await recordedBook();
    const row = book.evidence.findIndex((cells, i) => i > 0 && cells[2] === 3);
    book.evidence[row][10] = book.evidence[row][10] === "Sì" ? "No" : "Sì";
    const { errors } = await ledgerOf(book, SHEET, at(4));
    expect(rules(errors)).toEqual(["evidence-changed"]);
    expect(errors[0].message.en).toContain("cohort 1, cohort year 3");
  });

  test("a cell that is no longer a number is located", async () => {
    const book = await recordedBook();
    book.register[1][10] = "tredicimila";
    const { errors } = await ledgerOf(book, SHEET, at(4));
    expect(errors[0]).toMatchObject({ rule: "ledger-row-invalid", cell: "H4A_Registro!K2" });
  });
});
