import { absolute, formulaOnRow, rowFormula } from "../../../src/engine/sheets/formulaText";

describe("a formula made once for every row", () => {
  const shape = (sheet: string) => (row: string) => `IF(ISNUMBER(${absolute(row, 3, sheet)}),${absolute(row, 3, sheet)},"")`;

  test.each(["Beneficiari", "My sheet", "O'Brien", "odd\u0000name", "1048576"])(
    "is the formula built whole, on a sheet named %j",
    (sheet) => {
      const text = shape(sheet);
      const onRow = rowFormula(text);
      for (const row of ["1", "7", "1048576"]) expect(onRow(row)).toBe(`=${text(row)}`);
    },
  );

  test("with its result, as a formula cell", () => {
    expect(
      formulaOnRow(
        rowFormula((row) => absolute(row, 1)),
        "12",
        "F01",
      ),
    ).toEqual({ formula: "=$A$12", result: "F01" });
  });
});
