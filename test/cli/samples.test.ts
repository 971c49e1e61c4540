import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { sampleFamilies } from "../../src/samples/families";
import { ERROR_SAMPLE_FILE, SAMPLE_FILE, writeSamples } from "../../src/samples/sampleWorkbooks";
import { ROOT, tempDir } from "./helpers/runCli";
import { validateOoxml } from "../support/ooxmlValidator";
import { load } from "./helpers/workbooks";

/**
 * The committed sample workbooks are exactly what scripts/make-samples.js writes from its fixed
 * seed. exceljs stamps the time into the zip entries, so the files are compared by content:
 * every sheet's cells (values, formulas, number formats), column widths and the defined names.
 */

jest.setTimeout(60_000);

function content(workbook: ExcelJS.Workbook): unknown {
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const cells: [string, string, string | undefined][] = [];
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => cells.push([cell.address, JSON.stringify(cell.value), cell.numFmt])),
      );
      const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width ?? null);
      return { name: sheet.name, cells, widths };
    }),
    names: workbook.definedNames.model,
  };
}

describe("the sample workbooks of assets/sample", () => {
  const dir = tempDir("samples");

  beforeAll(async () => {
    await writeSamples(dir);
  });

  test.each([SAMPLE_FILE, ERROR_SAMPLE_FILE])("%s is what the generator writes", async (name) => {
    const committed = await load(path.join(ROOT, "assets", "sample", name));
    const regenerated = await load(path.join(dir, name));
    expect(content(committed)).toEqual(content(regenerated));
  });

  test.each([SAMPLE_FILE, ERROR_SAMPLE_FILE])(
    "%s, made from nothing, has no error for Microsoft's Open XML SDK validator",
    async (name) => {
      for (const file of [path.join(ROOT, "assets", "sample", name), path.join(dir, name)]) {
        const result = await validateOoxml(file);
        expect({ file, errors: result.errors }).toEqual({ file, errors: [] });
      }
    },
  );

  test("the same seed gives the same families; another seed gives others", () => {
    expect(sampleFamilies()).toEqual(sampleFamilies());
    expect(sampleFamilies(1)).not.toEqual(sampleFamilies());
  });

  test("a programme in its fourth year: three cohorts of 11 to 15 families, real dates, the agreement in H4A_Parametri", async () => {
    const families = sampleFamilies();
    const sizes = [1, 2, 3].map((c) => families.filter((f) => f.cohort === c).length);
    expect(sizes.every((n) => n >= 11 && n <= 15)).toBe(true);
    const workbook = await load(path.join(ROOT, "assets", "sample", SAMPLE_FILE));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Beneficiari", "Candidati", "H4A_Parametri"]);
    const sheet = workbook.getWorksheet("Beneficiari")!;
    expect(sheet.getCell("A1").value).toEqual(expect.stringContaining("Homes4All"));
    expect(sheet.getCell("A4").value).toBe("ID famiglia");
    expect(sheet.getCell("I5").value).toBeInstanceOf(Date);
    expect(sheet.getCell("I5").numFmt).toBe("dd/mm/yyyy");
    const agreement = workbook.getWorksheet("H4A_Parametri")!;
    expect([agreement.getCell("A4").value, agreement.getCell("B4").value]).toEqual(["premiumPerFamily", 6000]);
    expect([agreement.getCell("A16").value, agreement.getCell("B16").value]).toEqual(["currentYear", 4]);
    expect([agreement.getCell("A17").value, agreement.getCell("B17").value]).toEqual(["firstCalendarYear", 2023]);
    expect(workbook.definedNames.model.map((n) => n.name)).toContain("H4A_Owned_H4A_Parametri");
  });
});
