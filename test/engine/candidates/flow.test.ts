import { applicantsOf } from "../../../src/engine/candidates/flow";
import { parseCandidateSheet } from "../../../src/engine/candidates/parse";
import { rankCandidates } from "../../../src/engine/candidates/ranking";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { summarizeSheet } from "../../../src/engine/beneficiaries/sheetSummary";
import { beneficiarySheet, familyRow, paramsWith } from "../fixtures/beneficiarySheet";
import { candidateRow, candidatesSheet, DEFAULT_RANKING } from "../fixtures/candidatesSheet";

/**
 * The flow of §3b by referring service: applied → eligible (the candidates sheet) come before
 * referred → lease signed → housing kept → stability (the beneficiary sheet), joined by id.
 */

const YEAR1 = paramsWith({ currentYear: 1 });

const beneficiaries = parseBeneficiarySheet(
  beneficiarySheet([
    familyRow({ id: "F1", referral: "Servizio A" }),
    familyRow({ id: "F2", referral: "" }),
    familyRow({ id: "F3", referral: "Servizio B", leaseSigned: "No", supportStarted: "No" }),
  ]),
  YEAR1,
).families;

const applicants = applicantsOf(
  rankCandidates(
    parseCandidateSheet(
      candidatesSheet([
        candidateRow({ id: "f1", referral: "Servizio B" }),
        candidateRow({ id: "F2", referral: "Servizio A" }),
        candidateRow({ id: "C3", referral: "servizio a " }),
        candidateRow({ id: "C4", referral: "Servizio A", isee: 40_000 }),
        candidateRow({ id: "C5", referral: "" }),
      ]),
    ),
    DEFAULT_RANKING,
  ),
);

describe("the flow with a candidates sheet", () => {
  const summary = summarizeSheet(beneficiaries, 1, applicants);

  test("a family is counted under one service at every stage: the beneficiary sheet's, else its application's", () => {
    // F1 is referred by Servizio A (its application said B); F2 has no service on the beneficiary sheet, its application says A.
    expect(summary.flow).toEqual([
      { referral: "Servizio A", applied: 4, eligible: 3, referred: 2, leaseSigned: 2, housingKept: 0, stability: 0 },
      { referral: "Servizio B", applied: 0, eligible: 0, referred: 1, leaseSigned: 0, housingKept: 0, stability: 0 },
      { referral: null, applied: 1, eligible: 1, referred: 0, leaseSigned: 0, housingKept: 0, stability: 0 },
    ]);
    expect(summary.flowTotal).toEqual({
      referral: null,
      applied: 5,
      eligible: 4,
      referred: 3,
      leaseSigned: 2,
      housingKept: 0,
      stability: 0,
    });
  });

  test("the join by id, ignoring case: who came from the list, who entered another way, who waits", () => {
    expect(summary.flowJoin).toEqual({ applicants: 5, referredFromCandidates: 2, referredOutsideCandidates: 1, eligibleNotReferred: 2 });
  });

  test("the applicants are the candidates sheet's rows in sheet order, eligible or not", () => {
    expect(applicants.map((a) => [a.id, a.eligible])).toEqual([
      ["f1", true],
      ["F2", true],
      ["C3", true],
      ["C4", false],
      ["C5", true],
    ]);
  });
});

test("without a candidates sheet the flow starts at referred, as before", () => {
  const summary = summarizeSheet(beneficiaries, 1);
  expect(summary.flowJoin).toBeNull();
  expect(summary.flow.every((row) => row.applied === null && row.eligible === null)).toBe(true);
  expect(summary.flowTotal.referred).toBe(3);
});
