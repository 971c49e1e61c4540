import * as fs from "node:fs";
import * as path from "node:path";
import { ValidationJsonSchema } from "../../src/cli/issuesReport";
import { ERROR_SAMPLE, h4a, lines, SAMPLE, sha256, tempDir } from "./helpers/runCli";
import { load, save, workbookOf } from "./helpers/workbooks";

/** `h4a validate` on real .xlsx files: what a person sees, what a script reads, and the exit code. */

jest.setTimeout(60_000);

describe("h4a validate on the sample workbook", () => {
  test("the sample has 39 families and no error: exit 0, a summary and one line per warning", async () => {
    const run = await h4a(["validate", SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const out = lines(run.stdout);
    expect(out[0]).toBe("Beneficiari (beneficiari.xlsx): 39 families (cohort 1: 12, cohort 2: 14, cohort 3: 13)");
    expect(out[1]).toBe("Result: 0 errors, 1 warning, 0 notes.");
    expect(out[2]).toMatch(/^warning {2}Beneficiari!Q19: "Wellbeing improved" is empty/);
  });

  test("--json gives families, and every issue with its cell, field, rule, value and both messages", async () => {
    const run = await h4a(["validate", SAMPLE, "--json"]);
    expect(run.code).toBe(0);
    const json = ValidationJsonSchema.parse(JSON.parse(run.stdout));
    expect(json.families).toBe(39);
    expect(json.issues).toEqual([
      {
        severity: "warning",
        cell: "Beneficiari!Q19",
        field: "wellbeing",
        rule: "missing-wellbeing",
        value: "",
        message: expect.stringContaining("is empty"),
        messageIt: expect.stringContaining("è vuoto"),
        messageEn: expect.stringContaining("is empty"),
      },
    ]);
    expect(Object.keys(json.issues[0])).toEqual(["severity", "cell", "field", "rule", "value", "message", "messageIt", "messageEn"]);
  });

  test("messages are Italian unless LANG starts with en", async () => {
    for (const LANG of ["it_IT.UTF-8", "C.UTF-8", ""]) {
      const run = await h4a(["validate", SAMPLE, "--json"], { LANG });
      const issue = JSON.parse(run.stdout).issues[0];
      expect(issue.message).toBe(issue.messageIt);
    }
    const english = JSON.parse((await h4a(["validate", SAMPLE, "--json"], { LANG: "en_US.UTF-8" })).stdout).issues[0];
    expect(english.message).toBe(english.messageEn);
  });

  test("--param currentYear=3 changes what is due: the year-3 outcomes of cohort 2 are then filled too early", async () => {
    const run = await h4a(["validate", SAMPLE, "--json", "--param", "currentYear=3"]);
    const json = JSON.parse(run.stdout);
    expect(run.code).toBe(0);
    expect(json.issues.filter((i: { rule: string }) => i.rule === "outcome-not-due").length).toBeGreaterThan(0);
  });
});

describe("h4a validate on the sample with mistakes", () => {
  test("exit 1 and every planted mistake found on its cell", async () => {
    const run = await h4a(["validate", ERROR_SAMPLE, "--json"]);
    expect(run.code).toBe(1);
    const { issues } = ValidationJsonSchema.parse(JSON.parse(run.stdout));
    const rules = (severity: string) => issues.filter((i) => i.severity === severity).map((i) => i.rule);
    expect(rules("error").sort()).toEqual(
      [
        "duplicate-id",
        "duplicate-id",
        "impossible-date",
        "missing-wait",
        "missing-due-outcome",
        "unknown-token",
        "minors-not-less-than-members",
        "contract-before-request",
        "cohort-after-current-year",
        "wrong-type",
        "housing-kept-without-lease",
        "excel-error",
      ].sort(),
    );
    expect(rules("warning")).toEqual(
      expect.arrayContaining(["personal-data-column", "free-text-column", "text-date", "isee-above-ceiling"]),
    );
    expect(issues.find((i) => i.rule === "personal-data-column")?.cell).toBe("Beneficiari!B4");
  });

  test("the human report counts them and ends with exit 1", async () => {
    const run = await h4a(["validate", ERROR_SAMPLE], { LANG: "it_IT.UTF-8" });
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[1]).toMatch(/^Esito: 12 errori, \d+ avvisi, 0 note\.$/);
    expect(run.stdout).toContain("errore   Beneficiari!I19: «31/02/2024» non è una data esistente");
  });
});

describe("h4a validate finds the beneficiary sheet", () => {
  const dir = tempDir("validate");

  test("the first sheet whose header matches, after other sheets; --sheet picks one by name", async () => {
    const workbook = workbookOf("Istruzioni", [["Foglio di istruzioni"], ["ID famiglia è la prima colonna"]]);
    const data = workbook.addWorksheet("Dati 2026");
    const rows = [
      ["Famiglie Homes4All"],
      [],
      ["Family ID", "Cohort", "Household size", "Waiting months", "Lease signed", "Support started"],
      ["A1", 1, 2, 3, "Yes", "Y"],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => (data.getCell(r + 1, c + 1).value = value)));
    const file = await save(workbook, path.join(dir, "two-sheets.xlsx"));
    const found = await h4a(["validate", file, "--json"]);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout).families).toBe(1);
    const named = await h4a(["validate", file, "--sheet", "Istruzioni"]);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain("no header row found");
    const missing = await h4a(["validate", file, "--sheet", "Beneficiari"]);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual(['h4a validate: two-sheets.xlsx: no sheet "Beneficiari" (sheets: Istruzioni, Dati 2026).']);
  });

  test("a header row below many blank rows is still found", async () => {
    const workbook = workbookOf("Vuoto in alto", []);
    const sheet = workbook.getWorksheet("Vuoto in alto")!;
    sheet.getCell("A1").value = "Elenco famiglie";
    const header = ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"];
    header.forEach((value, c) => (sheet.getCell(400, c + 1).value = value));
    ["F1", 1, 2, 3, "Sì", "Sì"].forEach((value, c) => (sheet.getCell(401, c + 1).value = value));
    const file = await save(workbook, path.join(dir, "low-header.xlsx"));
    const run = await h4a(["validate", file, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).families).toBe(1);
  });

  test("an invalid value in H4A_Parametri is an error on its cell; its default is used meanwhile", async () => {
    const workbook = await load(SAMPLE);
    workbook.getWorksheet("H4A_Parametri")!.getCell("B16").value = "quattro";
    const file = await save(workbook, path.join(dir, "bad-agreement.xlsx"));
    const run = await h4a(["validate", file, "--json"]);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout).issues;
    expect(issues[0]).toMatchObject({ severity: "error", cell: "H4A_Parametri!B16", field: "currentYear", value: "quattro" });
    expect(issues.some((i: { rule: string }) => i.rule === "outcome-not-due")).toBe(true);
    const fixed = await h4a(["validate", file, "--param", "currentYear=4"]);
    expect(fixed.code).toBe(0);
    const fill = await h4a(["fill", file, "-o", path.join(dir, "bad-agreement-filled.xlsx")]);
    expect(fill.code).toBe(1);
    expect(lines(fill.stderr)[1]).toContain("H4A_Parametri!B16");
  });

  test("validation never changes the file", async () => {
    const copy = path.join(dir, "sample-copy.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const before = sha256(copy);
    await h4a(["validate", copy]);
    expect(sha256(copy)).toBe(before);
  });
});
