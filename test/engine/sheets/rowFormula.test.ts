import { absolute, rowFormula } from "../../../src/engine/sheets/formulaText";
import { tableCell } from "../../../src/engine/sheets/tableRows";

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

  test("with its result, as a formula cell of a table kept by column; row 0 is a constant", () => {
    const column = { formula: rowFormula((row) => absolute(row, 1)), formulaRows: Int32Array.of(12, 0), results: ["F01", "F02"] };
    const body = { length: 2, columns: [column] };
    expect(tableCell(body, 0, 0)).toEqual({ formula: "=$A$12", result: "F01" });
    expect(tableCell(body, 1, 0)).toBe("F02");
  });
});
