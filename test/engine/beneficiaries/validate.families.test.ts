import { toSerial } from "../../../src/engine/cells/calendar";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { beneficiarySheet, familyRow, paramsWith } from "../fixtures/beneficiarySheet";

const serial = (year: number, month: number, day: number) => toSerial({ year, month, day });

describe("families read from the sheet", () => {
  it("every field is typed: numbers, text, dates as serials, yes/no as booleans, the condition normalised", () => {
    const row = {
      id: " F01 ",
      cohort: "1",
      members: 4,
      minors: "2",
      isee: "12.345,50",
      condition: "STRUTTURA TEMPORANEA",
      referral: " Commissione Emergenza Abitativa ",
      requestDate: "5/1/2024",
      contractDate: 45488,
      waitMonths: "6,2",
      rentSaving: 150,
      leaseSigned: "Sí",
      supportStarted: true,
      daysAvoided: 0,
      exitDate: "",
    };
    const { families, issues } = parseBeneficiarySheet(beneficiarySheet([row]), paramsWith());
    // Read, but typed as text: the payment formulas cannot follow these cells, and the validator says so.
    expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual([
      "text-number Beneficiari!B2",
      "text-date Beneficiari!H2",
      "text-number Beneficiari!J2",
    ]);
    expect(families).toEqual([
      {
        row: 2,
        id: "F01",
        cohort: 1,
        members: 4,
        minors: 2,
        isee: 12345.5,
        condition: "struttura temporanea",
        referral: "Commissione Emergenza Abitativa",
        requestDate: serial(2024, 1, 5),
        contractDate: 45488,
        waitMonths: 6.2,
        rentSaving: 150,
        leaseSigned: true,
        supportStarted: true,
        housingKept: null,
        supportContinued: null,
        stability: null,
        wellbeing: null,
        daysAvoided: 0,
        exitDate: null,
      },
    ]);
  });

  it("an invalid value is null in the family, and the family is still listed", () => {
    const { families } = parseBeneficiarySheet(beneficiarySheet([familyRow({ members: "tre", leaseSigned: "forse" })]), paramsWith());
    expect(families).toHaveLength(1);
    expect(families[0]).toMatchObject({ id: "F01", members: null, leaseSigned: null, supportStarted: true });
  });

  it("blank rows are skipped; row numbers are sheet rows", () => {
    const sheet = beneficiarySheet([familyRow({ id: "F01" }), {}, familyRow({ id: "F02" })], { topLeft: "C4" });
    sheet.values.push(["", "   ", null]);
    const { families, issues } = parseBeneficiarySheet(sheet, paramsWith());
    expect(issues).toEqual([]);
    expect(families.map((f) => [f.id, f.row])).toEqual([
      ["F01", 5],
      ["F02", 7],
    ]);
  });

  it("the column map gives sheet columns and the header row", () => {
    const { columns } = parseBeneficiarySheet(beneficiarySheet([familyRow()], { topLeft: "B3" }), paramsWith());
    expect(columns).toEqual({
      headerRow: 3,
      columns: { id: 2, cohort: 3, members: 4, requestDate: 5, contractDate: 6, leaseSigned: 7, supportStarted: 8 },
      unknown: {},
    });
  });

  it("English headers read the same families", () => {
    const italian = parseBeneficiarySheet(beneficiarySheet([familyRow()]), paramsWith());
    const english = parseBeneficiarySheet(beneficiarySheet([familyRow()], { language: "en" }), paramsWith());
    expect(english).toEqual(italian);
  });
});
