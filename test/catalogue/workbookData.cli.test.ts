import * as fs from "node:fs";
import * as path from "node:path";
import { h4a, lines, listing, sha256, tempDir } from "../cli/helpers/runCli";
import { zipParts } from "../xlsx/support/zip";
import { FAMILIES, HEADER, rowXml, rowsXml, withSharedStrings, workbookParts } from "./support/sheetXml";

/**
 * The catalogue of malformed data that needs a real workbook feature — merged header cells,
 * hidden and filtered rows, shared strings with a BOM, formula errors, a million rows — through
 * `h4a validate` (and `fill` where the agreement matters): the exact lines printed, each issue on
 * its cell, the input unchanged.
 */

jest.setTimeout(120_000);

const dir = tempDir("catalogue-workbooks");

interface WorkbookCase {
  name: string;
  make: () => Uint8Array;
  /** h4a validate's exit code and stdout lines (English). */
  code: number;
  stdout: string[];
}

const save = (name: string, bytes: Uint8Array): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

const CASES: WorkbookCase[] = [
  {
    name: "merged header cells: the merged range's other cells are blank, so the column after is unnamed",
    make: () =>
      zipParts(
        workbookParts(
          rowsXml([
            ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa", "Contratto firmato", "", "Accompagnamento avviato"],
            ["F01", 1, 3, 4, "Sì", "Sì", "Sì"],
          ]),
          "Beneficiari",
          '<mergeCells count="1"><mergeCell ref="E1:F1"/></mergeCells>',
        ),
      ),
    code: 0,
    stdout: [
      "Beneficiari (merged-header-cells-.xlsx): 1 family (cohort 1: 1)",
      "Result: 0 errors, 0 warnings, 1 note.",
      "note     Beneficiari!F1: column F holds data but has no header; it is kept but not used in the calculations.",
    ],
  },
  {
    name: "hidden and filtered rows are read like any other, and their issues named",
    make: () =>
      zipParts(
        workbookParts(
          rowXml(1, HEADER) +
            rowXml(2, FAMILIES[0]) +
            rowXml(3, ["F02", 1, "due", 4, "Sì", "Sì"], 'hidden="1"') +
            rowXml(4, ["F03", 1, 3, 4, "forse", "Sì"], 'hidden="1"'),
          "Beneficiari",
          '<autoFilter ref="A1:F4"><filterColumn colId="0"><filters><filter val="F01"/></filters></filterColumn></autoFilter>',
        ),
      ),
    code: 1,
    stdout: [
      "Beneficiari (hidden-and-filtered-.xlsx): 3 families (cohort 1: 3)",
      "Result: 2 errors, 0 warnings, 0 notes.",
      'error    Beneficiari!C3: "due" is not a valid value for "Household size"; enter a whole number ≥ 1.',
      'error    Beneficiari!E4: "forse" is not a valid yes/no value for "Lease signed"; use Yes or No.',
    ],
  },
  {
    name: "shared strings with a BOM and non-breaking spaces in the headers",
    make: () =>
      zipParts(
        withSharedStrings(
          workbookParts(
            rowsXml([
              [{ shared: 0 }, "Coorte", { shared: 1 }, "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"],
              ...FAMILIES,
            ]),
          ),
          ["\ufeffID famiglia", "Componenti\u00a0"],
        ),
      ),
    code: 0,
    stdout: ["Beneficiari (shared-strings-with-.xlsx): 3 families (cohort 1: 3)", "Result: 0 errors, 0 warnings, 0 notes."],
  },
  {
    name: "formulas returning errors",
    make: () =>
      zipParts(
        workbookParts(
          rowsXml([
            HEADER,
            ["F01", 1, { formula: "1/0", error: "#DIV/0!" }, 4, "Sì", "Sì"],
            ["F02", 1, 3, { formula: "Foglio2!A1", error: "#REF!" }, "Sì", "Sì"],
          ]),
        ),
      ),
    code: 1,
    stdout: [
      "Beneficiari (formulas-returning-e.xlsx): 2 families (cohort 1: 2)",
      "Result: 2 errors, 0 warnings, 0 notes.",
      'error    Beneficiari!C2: the cell holds the Excel error "#DIV/0!" instead of a value; fix the formula or enter the value.',
      'error    Beneficiari!D3: the cell holds the Excel error "#REF!" instead of a value; fix the formula or enter the value.',
    ],
  },
  {
    name: "1,048,576 rows, all blank but the header, one family and the last",
    make: () => {
      const blank: string[] = [];
      for (let r = 3; r < 1_048_576; r++) blank.push(`<row r="${r}"/>`);
      return zipParts(
        workbookParts(rowXml(1, HEADER) + rowXml(2, FAMILIES[0]) + blank.join("") + rowXml(1_048_576, ["F02", 1, 3, -4, "Sì", "Sì"])),
      );
    },
    code: 1,
    stdout: [
      "Beneficiari (1-048-576-rows--all-.xlsx): 2 families (cohort 1: 2)",
      "Result: 1 error, 0 warnings, 0 notes.",
      'error    Beneficiari!D1048576: -4 is out of range for "Waiting months"; enter a number of months ≥ 0.',
    ],
  },
];

describe.each(CASES)("$name", ({ name, make, code, stdout }) => {
  test("h4a validate prints exactly these lines, and leaves the file as it was", async () => {
    const input = save(`${name.slice(0, 20).replace(/[^a-z0-9]/gi, "-")}.xlsx`, make());
    const before = sha256(input);
    const run = await h4a(["validate", input]);
    expect({ code: run.code, stdout: lines(run.stdout), stderr: run.stderr }).toEqual({ code, stdout, stderr: "" });
    expect(sha256(input)).toBe(before);
  });
});

test("an agreement without a premium: fill refuses with exit 2, one line saying where to give it, and writes nothing", async () => {
  const input = save("senza-premio.xlsx", zipParts(workbookParts(rowsXml([HEADER, ...FAMILIES]))));
  const outDir = tempDir("catalogue-workbooks-out");
  const run = await h4a(["fill", input, "-o", path.join(outDir, "out.xlsx")], { LANG: "it_IT.UTF-8" });
  expect({ code: run.code, stdout: run.stdout, stderr: lines(run.stderr) }).toEqual({
    code: 2,
    stdout: "",
    stderr: [
      "h4a fill: Nessun pagamento è calcolabile senza il premio per famiglia (premiumPerFamily), o il premio complessivo (totalPremium) con le famiglie previste (plannedFamilies). Indicarlo in H4A_Parametri o con --param premiumPerFamily=6000.",
    ],
  });
  expect(listing(outDir)).toEqual([]);
});
