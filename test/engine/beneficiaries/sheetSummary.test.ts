import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { summarizeSheet } from "../../../src/engine/beneficiaries/sheetSummary";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../fixtures/illustration";
import { beneficiarySheet, familyRow } from "../fixtures/beneficiarySheet";

describe("the summary of the beneficiary sheet", () => {
  const { families } = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
  const summary = summarizeSheet(families, 4);

  test("counts the families of each cohort of §9, every outcome due and reported by year 4", () => {
    expect(summary.families).toBe(22);
    expect(summary.cohorts.map((c) => [c.cohort, c.families, c.cohortYearReached])).toEqual([
      [1, 11, 3],
      [2, 11, 3],
    ]);
    expect(summary.cohorts[0].outcomes.stability).toEqual({ due: 11, reported: 11, yes: 9 });
    expect(summary.cohorts[1].outcomes.stability).toEqual({ due: 11, reported: 11, yes: 7 });
    expect(summary.cohorts[0].outcomes.supportContinued).toEqual({ due: 11, reported: 11, yes: 10 });
  });

  test("follows the flow of §3b by referring service: referred → lease signed → housing kept → stability", () => {
    const total = summary.flow.reduce((sum, row) => sum + row.referred, 0);
    expect(total).toBe(22);
    expect(summary.flowTotal).toEqual({
      referral: null,
      applied: null,
      eligible: null,
      referred: 22,
      leaseSigned: 22,
      housingKept: 22,
      stability: 16,
    });
    expect(summary.flow[0]).toEqual({
      referral: "Commissione Emergenza Abitativa",
      applied: null,
      eligible: null,
      referred: 8,
      leaseSigned: 8,
      housingKept: 8,
      stability: 6,
    });
    expect(summary.flowJoin).toBeNull();
  });

  test("an outcome not yet due is not counted; a leaver's unreported outcome is no longer due; no service comes last", () => {
    const sheet = beneficiarySheet([
      familyRow({ id: "A", referral: "" }),
      familyRow({ id: "B", cohort: 2, referral: "Servizio X" }),
      familyRow({ id: "C", leaseSigned: "", exitDate: "01/03/2024", referral: "servizio x " }),
    ]);
    const parsed = parseBeneficiarySheet(sheet, { ...ILLUSTRATION_PARAMS, currentYear: 1 });
    const result = summarizeSheet(parsed.families, 1);
    expect(result.cohorts.map((c) => c.cohort)).toEqual([1, 2]);
    expect(result.cohorts[0].outcomes.leaseSigned).toEqual({ due: 1, reported: 1, yes: 1 });
    expect(result.cohorts[0].leavers).toBe(1);
    expect(result.cohorts[1]).toEqual(expect.objectContaining({ cohortYearReached: 0 }));
    expect(result.cohorts[1].outcomes.leaseSigned.due).toBe(0);
    expect(result.flow.map((row) => [row.referral, row.referred])).toEqual([
      ["Servizio X", 2],
      [null, 1],
    ]);
  });
});
