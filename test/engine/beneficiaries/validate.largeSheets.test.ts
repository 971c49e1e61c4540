import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { FIELD_KEYS } from "../../../src/engine/beneficiaries/fields";
import { beneficiarySheet, paramsWith, type FamilyRow } from "../fixtures/beneficiarySheet";

const ROWS = 10_000;

function family(i: number): FamilyRow {
  const day = (i % 28) + 1;
  return {
    id: `F${i}`,
    cohort: (i % 3) + 1,
    members: (i % 5) + 1,
    minors: i % 5,
    isee: i % 17 === 0 ? "trentamila" : 5000 + (i % 30000),
    condition: ["sfratto", "albergo", "dormitorio", "altro"][i % 4],
    referral: "Servizi sociali",
    requestDate: `${day}/01/2024`,
    contractDate: i % 11 === 0 ? "" : `${day}/07/2024`,
    waitMonths: i % 11 === 0 ? 6 : "",
    rentSaving: 150,
    leaseSigned: i % 13 === 0 ? "forse" : "Sì",
    supportStarted: "Sì",
    housingKept: "Sì",
    supportContinued: i % 7 === 0 ? "" : "No",
    stability: "Sì",
    wellbeing: i % 9 === 0 ? "" : "Sì",
    daysAvoided: "",
    exitDate: i % 19 === 0 ? "31/02/2025" : "",
  };
}

describe("large sheets (timings: npm run bench)", () => {
  it("10,000 families with many issues are all parsed and reported", () => {
    const sheet = beneficiarySheet(
      Array.from({ length: ROWS }, (_, i) => family(i)),
      {
        fields: FIELD_KEYS,
        extraColumns: [{ header: "Note", values: Array.from({ length: ROWS }, (_, i) => `nota ${i}`) }],
      },
    );
    const result = parseBeneficiarySheet(sheet, paramsWith({ currentYear: 3 }));
    expect(result.families).toHaveLength(ROWS);
    expect(result.issues.length).toBeGreaterThan(ROWS);
  });

  it("10,000 rows with the same id: each message cites a few rows and counts the rest", () => {
    const sheet = beneficiarySheet(Array.from({ length: ROWS }, () => ({ ...family(1), id: "F1" })));
    const firstMessage =
      parseBeneficiarySheet(sheet, paramsWith({ currentYear: 3 })).issues.find((i) => i.rule === "duplicate-id")?.message.it ?? "";
    expect(firstMessage).toBe(
      "Beneficiari!A2: l'ID famiglia «F1» è ripetuto anche alle righe 3, 4, 5, 6, 7 e in altre 9994 righe; ogni famiglia deve avere un ID univoco.",
    );
  });
});
