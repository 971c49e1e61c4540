import * as ExcelJS from "exceljs";
import { cellValueOf, dateToSerial, officeValue, sheetInput } from "../../src/cli/readWorkbook";
import { toSerial } from "../../src/engine/calendar";

/**
 * exceljs values → the values Office.js `range.values` gives, on a workbook written to .xlsx bytes
 * and read back, so that what exceljs makes of the file is what is tested.
 */

async function roundTrip(build: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Foglio"));
  const bytes = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes);
  return read.getWorksheet("Foglio")!;
}

describe("cell values as Office.js gives them", () => {
  test("a real date is its serial (UTC), with the time of day as a fraction", async () => {
    const sheet = await roundTrip((s) => {
      s.getCell("A1").value = new Date(Date.UTC(2024, 1, 29));
      s.getCell("A1").numFmt = "dd/mm/yyyy";
      s.getCell("A2").value = new Date(Date.UTC(2024, 0, 15, 18, 0, 0));
      s.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
    });
    expect(cellValueOf(sheet.getCell("A1"))).toBe(toSerial({ year: 2024, month: 2, day: 29 }));
    expect(cellValueOf(sheet.getCell("A2"))).toBe(toSerial({ year: 2024, month: 1, day: 15 }) + 0.75);
    expect(dateToSerial(new Date(Number.NaN))).toBe("");
  });

  test("a formula is its cached result; without one it is blank; an error result is its text", async () => {
    const sheet = await roundTrip((s) => {
      s.getCell("A1").value = { formula: "1+2", result: 3 };
      s.getCell("A2").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
      s.getCell("A3").value = { formula: "NA()", result: { error: "#N/A" } };
      s.getCell("A4").value = { formula: '"S"&"ì"', result: "Sì" };
    });
    expect(["A1", "A2", "A3", "A4"].map((a) => cellValueOf(sheet.getCell(a)))).toEqual([3, "", "#N/A", "Sì"]);
  });

  test("rich text and hyperlinks are their text; errors, booleans and blanks as Office.js has them", async () => {
    const sheet = await roundTrip((s) => {
      s.getCell("A1").value = { richText: [{ text: "Alloggio " }, { text: "mantenuto", font: { bold: true } }] };
      s.getCell("A2").value = { text: "Servizio Emergenza Abitativa", hyperlink: "https://www.comune.torino.it" };
      s.getCell("A3").value = { error: "#DIV/0!" };
      s.getCell("A4").value = true;
      s.getCell("C5").value = "fine";
    });
    const input = sheetInput(sheet);
    expect(input.topLeft).toBe("A1");
    expect(input.values).toEqual([
      ["Alloggio mantenuto", "", ""],
      ["Servizio Emergenza Abitativa", "", ""],
      ["#DIV/0!", "", ""],
      [true, "", ""],
      ["", "", "fine"],
    ]);
  });

  test("merged cells: the value in the top-left cell only; the used range is the cells holding values", async () => {
    const sheet = await roundTrip((s) => {
      s.getCell("B3").value = "Titolo";
      s.mergeCells("B3:D3");
      s.getCell("C4").value = 7;
    });
    expect(sheetInput(sheet)).toEqual({ sheetName: "Foglio", topLeft: "B3", values: [["Titolo", ""], ["", 7]] });
    expect(cellValueOf(sheet.getCell("D3"))).toBe("");
  });

  test("an empty sheet has no values; a row limit reads only the first rows", async () => {
    const empty = await roundTrip(() => undefined);
    expect(sheetInput(empty)).toEqual({ sheetName: "Foglio", topLeft: "A1", values: [] });
    const long = await roundTrip((s) => {
      for (let r = 1; r <= 50; r++) s.getCell(r, 1).value = r;
    });
    expect(sheetInput(long, 3).values).toEqual([[1], [2], [3]]);
  });

  test("values that cannot come from a file still become cell values", () => {
    expect(officeValue(undefined)).toBe("");
    expect(officeValue(Number.POSITIVE_INFINITY)).toBe("#NUM!");
    expect(officeValue({ sharedFormula: "A1", result: 5 })).toBe(5);
    expect(officeValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
  });
});
