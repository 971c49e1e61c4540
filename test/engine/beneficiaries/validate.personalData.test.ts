import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { isFreeText, personalDataByContent, personalDataByHeader, type ColumnCell } from "../../../src/engine/sharing/personalData";
import type { CellValue } from "../../../src/engine/types";
import { beneficiarySheet, familyRow, paramsWith } from "../fixtures/beneficiarySheet";

const texts = (...values: string[]): ColumnCell[] => values.map((text, i) => ({ row: i + 2, text, isText: true }));

describe("personal data named by the header", () => {
  it.each([
    ["Nome", "name"],
    ["Cognome", "name"],
    ["Nome e cognome", "name"],
    ["Nominativo", "name"],
    ["Surname", "name"],
    ["Codice fiscale", "fiscalCode"],
    ["CF", "fiscalCode"],
    ["Fiscal code", "fiscalCode"],
    ["E-mail", "email"],
    ["Email referente", "email"],
    ["Telefono", "phone"],
    ["Cellulare", "phone"],
    ["Phone", "phone"],
    ["Indirizzo", "address"],
    ["Via", "address"],
    ["Address", "address"],
  ])("%j is %s", (header, kind) => {
    expect(personalDataByHeader(header)).toBe(kind);
  });

  it.each(["Quartiere", "Note", "Servizio", "Anno", "Civico"])("%j is not", (header) => {
    expect(personalDataByHeader(header)).toBeNull();
  });
});

describe("personal data found in the values", () => {
  it("one fiscal code is enough, in any case, also inside text", () => {
    expect(personalDataByContent(texts("x", "y", "cf rssmra80a01l219x"), false)).toEqual({ kind: "fiscalCode", exampleRow: 4 });
  });

  it("one e-mail address is enough", () => {
    expect(personalDataByContent(texts("mario.rossi@example.it"), false)).toEqual({ kind: "email", exampleRow: 2 });
  });

  it("phone numbers, street addresses and names must be at least half of the values", () => {
    expect(personalDataByContent(texts("333 123 4567", "+39 011 4421111", "—"), false)?.kind).toBe("phone");
    expect(personalDataByContent(texts("Via Roma 12", "Corso Vercelli 3/B"), false)?.kind).toBe("address");
    expect(personalDataByContent(texts("Mario Rossi", "Anna Bianchi", "Luca Verdi"), false)?.kind).toBe("name");
    expect(personalDataByContent(texts("Via Roma 12", "a", "b"), false)).toBeNull();
  });

  it("a mobile number typed as a number is a phone number; dates and amounts are not", () => {
    expect(personalDataByContent([{ row: 2, text: "3331234567", isText: false }], false)?.kind).toBe("phone");
    expect(personalDataByContent(texts("01/02/2025", "12.345,00"), false)).toBeNull();
    expect(personalDataByContent([{ row: 2, text: "45689", isText: false }], false)).toBeNull();
  });

  it("the same few capitalised words repeated are categories, not names", () => {
    expect(personalDataByContent(texts("Zona Nord", "Zona Nord", "Zona Sud", "Zona Nord"), false)).toBeNull();
  });
});

describe("free text", () => {
  it("a notes-like header is free text", () => {
    expect(isFreeText("Note", texts("ok"))).toBe(true);
    expect(isFreeText("Commenti assistente sociale", [])).toBe(true);
  });

  it("long values or values of several words are free text", () => {
    expect(isFreeText("Situazione", texts("Famiglia seguita dal servizio dipendenze"))).toBe(true);
    expect(isFreeText("Situazione", texts("in carico a due servizi"))).toBe(true);
    expect(isFreeText("Quartiere", texts("Aurora", "Barriera di Milano"))).toBe(false);
  });
});

describe("columns of the beneficiary sheet", () => {
  const sheetWith = (header: CellValue, values: CellValue[]) =>
    parseBeneficiarySheet(beneficiarySheet([familyRow(), familyRow({ id: "F02" })], { extraColumns: [{ header, values }] }), paramsWith());

  it("an unknown column holding fiscal codes is a warning on its header, citing a row but not the value", () => {
    const { issues } = sheetWith("Riferimento", ["", "RSSMRA80A01L219X"]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "personal-data-column", severity: "warning", cell: "Beneficiari!H1", value: "Riferimento" });
    expect(issues[0].message.it).toContain("(codici fiscali, ad esempio alla riga 3)");
    expect(issues[0].message.it).not.toContain("RSSMRA");
  });

  it("a column with data but no header is checked like any other", () => {
    const result = sheetWith("", ["mario@example.it", ""]);
    expect(result.issues.map((i) => [i.rule, i.cell])).toEqual([["personal-data-column", "Beneficiari!H1"]]);
    expect(result.issues[0].message.it).toContain("la colonna H, senza intestazione, contiene dati personali diretti (indirizzi e-mail");
    expect(result.columns.unknown).toEqual({ 8: "" });
  });

  it("a column with data but no header and nothing personal is noted", () => {
    const { issues } = sheetWith("", [12, 15]);
    expect(issues.map((i) => i.rule)).toEqual(["unknown-column"]);
    expect(issues[0].message.it).toBe(
      "Beneficiari!H1: la colonna H contiene dati ma non ha intestazione; viene conservata ma non è usata nei calcoli.",
    );
  });

  it("fiscal codes used as family ids are reported on the id header", () => {
    const sheet = beneficiarySheet([familyRow({ id: "RSSMRA80A01L219X" })]);
    const { issues } = parseBeneficiarySheet(sheet, paramsWith());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "personal-data-column", cell: "Beneficiari!A1", field: "id", value: "ID famiglia" });
  });

  it("the referring service is free text by nature and is not flagged as such", () => {
    const sheet = beneficiarySheet([familyRow({ referral: "Servizi sociali della Circoscrizione 6, sportello di via Leoncavallo" })]);
    expect(parseBeneficiarySheet(sheet, paramsWith()).issues).toEqual([]);
  });
});
