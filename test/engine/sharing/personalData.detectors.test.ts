import { sensitiveColumns } from "../../../src/engine/sharing/sensitiveColumns";
import { containsFiscalCode, fiscalCodeCheckLetter, isFiscalCode } from "../../../src/engine/sharing/fiscalCode";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { personalDataByContent, personalDataByHeader, type ColumnCell } from "../../../src/engine/sharing/personalData";
import type { CellValue, SheetInput } from "../../../src/engine/types";
import { beneficiarySheet, familyRow, paramsWith } from "../fixtures/beneficiarySheet";

/**
 * What a hostile tester found slipping past the personal-data detectors: a head-of-household
 * column, spaced, lower-case and omocodic fiscal codes, a referral naming a social worker with a
 * phone number — and the office, place and category words that must never be taken for names.
 */

const texts = (...values: string[]): ColumnCell[] => values.map((text, i) => ({ row: i + 2, text, isText: true }));

/** A two-column sheet: a family id and one other column, with its header in row 1. */
function sheet(header: string, values: CellValue[]): SheetInput {
  return { sheetName: "Elenco", topLeft: "A1", values: [["ID famiglia", header], ...values.map((v, i) => [`F${i + 1}`, v])] };
}

describe("people named by the header", () => {
  it.each([
    "Capofamiglia",
    "Capo famiglia",
    "Intestatario",
    "Intestataria contratto",
    "Referente",
    "Referente del caso",
    "Nominativo",
    "Cognome e nome",
    "Nome e cognome",
    "Titolare",
    "Richiedente",
    "Genitore",
    "Genitore 1",
    "Madre",
    "Padre",
    "Head of household",
    "Applicant",
    "Parent",
    "Tenant",
  ])("%j is a name column", (header) => {
    expect(personalDataByHeader(header)).toBe("name");
  });

  it.each([
    "Madre sola",
    "Età richiedente",
    "Cittadinanza capofamiglia",
    "Famiglia",
    "Servizio inviante",
    "Quartiere",
    "Condizione abitativa",
    "Coorte",
  ])("%j is not: a fact about a person, or no person", (header) => {
    expect(personalDataByHeader(header)).toBeNull();
  });
});

describe("codice fiscale headers", () => {
  it.each(["Cod. fisc.", "Cod.Fisc.", "C.F.", "c. f.", "CF", "Cod fiscale", "Codice fiscale", "Tax code"])(
    "%j is a fiscal code column",
    (header) => {
      expect(personalDataByHeader(header)).toBe("fiscalCode");
    },
  );

  it.each(["Codice", "Cfr. note", "Codice pratica"])("%j is not", (header) => {
    expect(personalDataByHeader(header)).toBeNull();
  });
});

describe("people's names in the values", () => {
  it("surname in capitals, given name, role in parentheses", () => {
    expect(personalDataByContent(texts("ROSSI Mario (padre)", "BIANCHI Anna (madre)", "ESPOSITO Lucia"), false)).toEqual({
      kind: "name",
      exampleRow: 2,
    });
  });

  it('"Surname, Given name" and "Given name Surname"', () => {
    expect(personalDataByContent(texts("Rossi, Mario", "Bianchi, Anna Maria", "De Luca, Paolo"), false)?.kind).toBe("name");
    expect(personalDataByContent(texts("Mario Rossi", "Anna Bianchi"), false)?.kind).toBe("name");
  });

  it("numbers, dates, yes/no, cohorts, ISEE amounts, housing conditions, city names, services are never names", () => {
    const never = [
      "Sì",
      "No",
      "Vero",
      "01/02/2025",
      "2025-02-01",
      "12.345,00",
      "Coorte 2",
      "Struttura Temporanea",
      "Alloggio Inadeguato",
      "Torino",
      "San Mauro Torinese",
      "Settimo Torinese",
      "Barriera di Milano",
    ];
    expect(personalDataByContent(texts(...never), false)).toBeNull();
    expect(
      personalDataByContent(
        texts("Commissione Emergenza Abitativa", "CSM Torino Nord", "Servizio Emergenza Abitativa", "Ospedale Maria Vittoria"),
        false,
      ),
    ).toBeNull();
    expect(
      personalDataByContent(
        [1, 2, 3, 14500.5].map((n, i) => ({ row: i + 2, text: String(n), isText: false })),
        false,
      ),
    ).toBeNull();
  });

  it('a "Capofamiglia" column is removed by share, by header and by content under another header', () => {
    const values = ["ROSSI Mario (padre)", "BIANCHI Anna (madre)", "ESPOSITO Lucia (madre)"];
    const layout = { headerRow: 1, fields: new Map([[1, "id" as const]]) };
    expect(sensitiveColumns(sheet("Capofamiglia", values), layout)).toEqual([
      { column: 2, header: "Capofamiglia", reason: "personal-data", kind: "name" },
    ]);
    expect(sensitiveColumns(sheet("Persona", values), layout)).toEqual([
      { column: 2, header: "Persona", reason: "personal-data", kind: "name" },
    ]);
  });
});

describe("codice fiscale in the values", () => {
  it("the check letter follows the official tables", () => {
    expect(fiscalCodeCheckLetter("MRTMTT25D09F205")).toBe("Z");
    expect(fiscalCodeCheckLetter("RSSMRA80A01L219")).toBe("M");
    expect(fiscalCodeCheckLetter("RSSMRALMA01L219")).toBe("J");
  });

  it.each(["RSSMRA 80A01 L219X", "RSS MRA 80A01 L219 X", "rssmra 80a01 l219x", "RSS-MRA-80A01-L219-X", "cf: rss mra 80a01 l219 x, madre"])(
    "%j, spaced or in lower case, is a fiscal code",
    (text) => {
      expect(personalDataByContent(texts("x", text), true)).toEqual({ kind: "fiscalCode", exampleRow: 3 });
    },
  );

  it.each(["RSSMRALMA01L219J", "RSSMRA80A01L21VB", "rssmra80a01l21vb", "RSSMRA UL A LM L21V M"])(
    "omocodic %j with its check letter is a fiscal code",
    (text) => {
      expect(containsFiscalCode(text)).toBe(true);
      expect(personalDataByContent(texts(text), true)?.kind).toBe("fiscalCode");
    },
  );

  it("omocodic letters with a wrong check letter, a bad month or day, or a random token are not", () => {
    expect(isFiscalCode("RSSMRALMA01L219X")).toBe(false);
    expect(isFiscalCode("RSSMRA80Z01L21VX")).toBe(false);
    expect(isFiscalCode("RSSMRA80AV9L21VR")).toBe(false);
    expect(isFiscalCode("QWERTYUIOPASDFGH")).toBe(false);
    expect(isFiscalCode("AB12CD34EF56GH78")).toBe(false);
    expect(personalDataByContent(texts("Servizi sociali Circoscrizione 3", "Sportello Lo.C.A.Re.", "TO-2023-001"), true)).toBeNull();
  });

  it('a "Cod. fisc." column of omocodic codes is removed by share', () => {
    const layout = { headerRow: 1, fields: new Map([[1, "id" as const]]) };
    expect(sensitiveColumns(sheet("Cod. fisc.", ["RSSMRALMA01L219X", "rss mra 80a01 l219 x"]), layout)).toEqual([
      { column: 2, header: "Cod. fisc.", reason: "personal-data", kind: "fiscalCode" },
    ]);
    expect(sensitiveColumns(sheet("Riferimento", ["", "RSSMRALMA01L219J"]), layout)).toEqual([
      { column: 2, header: "Riferimento", reason: "personal-data", kind: "fiscalCode" },
    ]);
  });
});

describe("phone numbers and people inside a referral", () => {
  it.each([
    ["AS Mario Rossi, 011 4431234", "phone"],
    ["Servizi sociali Circoscrizione 3, tel. +39 011 443 1234", "phone"],
    ["rif. 333 1234567", "phone"],
    ["cell. 3331234567", "phone"],
    ["Circ. 5 (011/4431234)", "phone"],
    ["AS Mario Rossi", "name"],
    ["A.S. Bianchi - Circoscrizione 6", "name"],
    ["assistente sociale Verdi", "name"],
    ["Referente: dott.ssa Anna Neri", "name"],
    ["CSM Torino Nord, sig.ra Esposito", "name"],
    ["Mario Rossi, Circoscrizione 3", "name"],
    ["ROSSI Mario", "name"],
  ])("%j holds strong personal data (%s)", (text, kind) => {
    expect(personalDataByContent(texts("Servizi sociali Circoscrizione 3", text), true)).toEqual({ kind, exampleRow: 3 });
  });

  it.each([
    "Servizi sociali Circoscrizione 3",
    "Commissione Emergenza Abitativa",
    "SerD",
    "CSM Torino Nord",
    "Servizi sociali – Circoscrizione 7",
    "Servizio Adulti in Difficoltà",
    "Sportello Lo.C.A.Re.",
    "Servizi sociali della Circoscrizione 6, sportello di via Leoncavallo",
    "Ospedale Maria Vittoria",
    "Ospedale San Giovanni Bosco",
    "referente Circoscrizione 3",
    "segnalata il 01.02.2025 dalla Circoscrizione 2",
    "domanda del 01/02/2025, prot. 2025/0012345",
    "ISEE 12.345,00 - coorte 2",
    "as agreed with the Housing Office",
    "Caritas Torino",
  ])("%j is an ordinary service", (text) => {
    expect(personalDataByContent(texts(text), true)).toBeNull();
  });

  it("share removes a referral column naming a social worker with a phone number, and keeps one of services", () => {
    const layout = {
      headerRow: 1,
      fields: new Map([
        [1, "id" as const],
        [2, "referral" as const],
      ]),
    };
    const named = sheet("Servizio inviante", ["Commissione Emergenza Abitativa", "AS Mario Rossi, 011 4431234", "SerD"]);
    expect(sensitiveColumns(named, layout)).toEqual([{ column: 2, header: "Servizio inviante", reason: "personal-data", kind: "phone" }]);
    const services = sheet("Servizio inviante", [
      "Servizi sociali Circoscrizione 3",
      "Commissione Emergenza Abitativa",
      "SerD",
      "CSM Torino Nord",
    ]);
    expect(sensitiveColumns(services, layout)).toEqual([]);
  });

  it("validation warns on the referring-service header, citing the row but not the value", () => {
    const rows = [familyRow({ referral: "SerD" }), familyRow({ id: "F02", referral: "AS Mario Rossi, 011 4431234" })];
    const { issues } = parseBeneficiarySheet(beneficiarySheet(rows), paramsWith());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "personal-data-column", field: "referral", value: "Servizio inviante" });
    expect(issues[0].message.it).toContain("numeri di telefono, ad esempio alla riga 3");
    expect(issues[0].message.it).not.toContain("4431234");
  });
});
