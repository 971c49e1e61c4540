import { cellAddress, columnLetter, columnNumber, parseA1, parseAddress, quoteSheetName } from "../../../src/engine/cells/address";

describe("column letters", () => {
  it.each([
    [1, "A"],
    [2, "B"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s, and back", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  it.each([0, -1, 1.5, 16385, Number.NaN])("column %j does not exist", (n) => {
    expect(() => columnLetter(n)).toThrow(RangeError);
  });
});

describe("an A1 address gives its top-left cell", () => {
  it.each([
    ["B3", 3, 2],
    ["$B$3", 3, 2],
    ["b3", 3, 2],
    ["Sheet!B3", 3, 2],
    ["'My sheet'!B3:F9", 3, 2],
    ["'It''s'!$C$10:$D$12", 10, 3],
    ["Beneficiari!B:F", 1, 2],
    ["3:9", 3, 1],
    ["XFD1048576", 1048576, 16384],
  ])("%s → row %i, column %i", (address, row, column) => {
    expect(parseA1(address)).toEqual({ row, column });
  });

  it("keeps the sheet name, unquoted", () => {
    expect(parseAddress("'It''s a sheet'!A1").sheet).toBe("It's a sheet");
    expect(parseAddress("Beneficiari!F7").sheet).toBe("Beneficiari");
    expect(parseAddress("F7").sheet).toBeNull();
  });

  it.each(["", "B", "3", "A0", "1A", "Sheet!", "A1048577", "XFE1"])("%j is not an address", (address) => {
    expect(() => parseA1(address)).toThrow(RangeError);
  });
});

describe("a cell address names its sheet as Excel does", () => {
  it.each([
    ["Beneficiari", 7, 6, "Beneficiari!F7"],
    ["Foglio 1", 1, 1, "'Foglio 1'!A1"],
    ["Dati (2025)", 2, 27, "'Dati (2025)'!AA2"],
    ["L'elenco", 3, 2, "'L''elenco'!B3"],
    ["Attività", 3, 2, "Attività!B3"],
    ["2025", 3, 2, "'2025'!B3"],
    ["A1", 3, 2, "'A1'!B3"],
    ["R2C3", 3, 2, "'R2C3'!B3"],
    ["H4A_Parametri", 2, 2, "H4A_Parametri!B2"],
    ["", 2, 2, "B2"],
  ])("%j row %i column %i → %s", (sheet, row, column, expected) => {
    expect(cellAddress(sheet, row, column)).toBe(expected);
  });

  it("quoted names read back to the same sheet", () => {
    for (const sheet of ["Foglio 1", "L'elenco", "a!b", "Dati-2025"]) {
      expect(parseAddress(`${quoteSheetName(sheet)}!C4`)).toEqual({ sheet, row: 4, column: 3 });
    }
  });
});
