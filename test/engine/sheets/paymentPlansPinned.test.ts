import { createHash } from "node:crypto";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import type { Params } from "../../../src/engine/agreement/params";
import { paymentPlans } from "../../../src/engine/sheets/paymentPlans";
import { tableRowList } from "../../../src/engine/sheets/tableRows";
import type { SheetInput } from "../../../src/engine/types";
import { largeProgrammeSheet } from "../../../src/samples/largeProgramme";
import { beneficiarySheet, excelDate, familyRow, paramsWith } from "../fixtures/beneficiarySheet";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../fixtures/illustration";

/**
 * The payment sheets' exact output (cells, formulas, results, order, formats) pinned by a hash,
 * so that a rewrite for speed cannot change a single character. The hashes were recorded from
 * the plain implementation, a table read cell by cell whether it is kept by row or by column;
 * change them only with a change meant to alter the sheets.
 */

const digest = (sheet: SheetInput, params: Params): string => {
  const plans = paymentPlans({ sheet, parsed: parseBeneficiarySheet(sheet, params), params });
  const cellByCell = plans.map((plan) => ({ ...plan, tables: plan.tables.map((t) => ({ ...t, rows: tableRowList(t.rows) })) }));
  return createHash("sha256").update(JSON.stringify(cellByCell)).digest("hex");
};

/** Families that exercise the constant cells: numbers and dates typed as text, unusual yes spellings, blanks, leavers. */
const UNUSUAL_ROWS = [
  familyRow({ id: "A1", requestDate: "15/01/2024", waitMonths: "3", stability: "si", wellbeing: true }),
  familyRow({ id: "A2", members: "4", exitDate: excelDate(2024, 9, 1), housingKept: "Sì", supportContinued: "No" }),
  familyRow({ id: "A3", contractDate: "", waitMonths: 7.5, daysAvoided: 120, stability: "Sì" }),
  familyRow({ id: "A4", requestDate: excelDate(2024, 1, 1) + 0.5, contractDate: excelDate(2024, 9, 1), daysAvoided: 0 }),
  familyRow({ id: "A5", leaseSigned: "No", supportStarted: "SI", wellbeing: "No" }),
];

const CASES: [string, () => SheetInput, Params][] = [
  ["the §9 illustration", () => ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS],
  ["a large programme of 300 families", () => largeProgrammeSheet(300, 20), paramsWith({ premiumPerFamily: 6000, currentYear: 20 })],
  [
    "unusual cells on a sheet whose name needs quotes, below a title, leavers in the denominator",
    () => beneficiarySheet(UNUSUAL_ROWS, { sheetName: "My sheet", topLeft: "C3", titleRows: [["Programme"], []] }),
    paramsWith({ premiumPerFamily: 5000, currentYear: 1, leaversInDenominator: true }),
  ],
  [
    "a sheet without the optional columns",
    () =>
      beneficiarySheet(UNUSUAL_ROWS, {
        fields: ["id", "cohort", "members", "requestDate", "contractDate", "waitMonths", "leaseSigned", "supportStarted"],
      }),
    paramsWith({ totalPremium: 100000, plannedFamilies: 7, currentYear: 1 }),
  ],
];

const PINNED: Record<string, string> = {
  "the §9 illustration": "1f1c777db5e9c2aab042f64c5bbe37c74ef9a4c9cd3f3e50663d5379b2a0c6b2",
  "a large programme of 300 families": "3d76c27b47110cf6ecebd08cb210b852a2665120d93ec6dd1cc98c52e8d2accc",
  "unusual cells on a sheet whose name needs quotes, below a title, leavers in the denominator":
    "c91a4160415d40ee188d2ec253651f27357141067eab541a674b610a07fa12a1",
  "a sheet without the optional columns": "15254ee08ab1655e919f1a2ea5e1356b7ccc02ec601ca50673f940eaa79c41d1",
};

describe("the payment sheets, character for character", () => {
  test.each(CASES)("of %s", (name, sheet, params) => {
    expect(digest(sheet(), params)).toBe(PINNED[name]);
  });
});
