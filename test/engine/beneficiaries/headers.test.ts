import { FIELDS, matchHeader } from "../../../src/engine/beneficiaries/fields";
import { findHeader } from "../../../src/engine/beneficiaries/headers";
import { beneficiarySheet, familyRow } from "../fixtures/beneficiarySheet";

describe("a header matches its field", () => {
  it("every field matches its Italian and its English header", () => {
    for (const field of FIELDS) {
      expect(matchHeader(field.header.it)).toBe(field.key);
      expect(matchHeader(field.header.en)).toBe(field.key);
    }
  });

  it.each([
    ["id famiglia", "id"],
    ["ID_FAMIGLIA", "id"],
    ["Family-ID", "id"],
    [" coorte ", "cohort"],
    ["Stabilita abitativa", "stability"],
    ["STABILITÀ ABITATIVA", "stability"],
    ["Household size", "members"],
    ["I.S.E.E.", "isee"],
    ["Mesi-di-attesa", "waitMonths"],
    ["Data   uscita", "exitDate"],
  ])("%j is %s", (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  it.each(["Famiglia", "ID", "Mesi", "Note", ""])("%j is not a listed header", (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe("the header row", () => {
  it("is found below title rows and blank rows, with 1-based sheet rows and columns", () => {
    const sheet = beneficiarySheet([familyRow()], { titleRows: [["Homes4All — beneficiari"], [], ["aggiornato al 31/12/2024"]] });
    const map = findHeader(sheet);
    expect(map.headerRow).toBe(4);
    expect(map.columns).toEqual({ id: 1, cohort: 2, members: 3, requestDate: 4, contractDate: 5, leaseSigned: 6, supportStarted: 7 });
    expect(map.duplicates).toEqual([]);
  });

  it("is read with English headers too", () => {
    const map = findHeader(beneficiarySheet([familyRow()], { language: "en" }));
    expect(map.headerRow).toBe(1);
    expect(map.columns.leaseSigned).toBe(6);
  });

  it("counts sheet columns from the range's top-left cell (values starting at B3)", () => {
    const map = findHeader(beneficiarySheet([familyRow()], { topLeft: "B3", titleRows: [["Titolo"]] }));
    expect(map.headerRow).toBe(4);
    expect(map.columns.id).toBe(2);
    expect(map.columns.supportStarted).toBe(8);
  });

  it("needs the id and cohort headers and two other listed headers", () => {
    expect(findHeader(beneficiarySheet([], { fields: ["id", "cohort", "members"] })).headerRow).toBeNull();
    expect(findHeader(beneficiarySheet([], { fields: ["cohort", "members", "minors", "isee"] })).headerRow).toBeNull();
    expect(findHeader(beneficiarySheet([], { fields: ["id", "cohort", "members", "isee"] })).headerRow).toBe(1);
  });

  it("is looked for in the first 20 non-blank rows only", () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => [`titolo ${i + 1}`]);
    expect(findHeader(beneficiarySheet([familyRow()], { titleRows: [...titles(19), [], []] })).headerRow).toBe(22);
    expect(findHeader(beneficiarySheet([familyRow()], { titleRows: titles(20) })).headerRow).toBeNull();
  });

  it("lists unknown header cells by sheet column, and a field's second column as a duplicate", () => {
    const sheet = beneficiarySheet([familyRow()], {
      extraColumns: [
        { header: "Note", values: [] },
        { header: "coorte", values: [] },
        { header: 2025, values: [] },
      ],
    });
    const map = findHeader(sheet);
    expect(map.unknown).toEqual({ 8: "Note", 10: "2025" });
    expect(map.duplicates).toEqual([{ field: "cohort", column: 9, firstColumn: 2 }]);
    expect(map.columns.cohort).toBe(2);
  });
});
