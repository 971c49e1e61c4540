import * as fs from "node:fs";
import * as path from "node:path";
import { agreementOf } from "../../src/cli/agreement";
import { findBeneficiarySheet, loadWorkbook, sheetValues } from "../../src/cli/workbookInput";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { paymentSummary } from "../../src/engine/sheets/paymentSummary";
import { ownerName } from "../../src/engine/sheets/workbookPlan";
import { ERROR_SAMPLE, h4a, lines, listing, SAMPLE, sha256, tempDir } from "./helpers/runCli";
import { load, minimalBeneficiaries, save, workbookOf } from "./helpers/workbooks";
import { zipText } from "./helpers/zip";

/** `h4a fill`: the payment sheets written into a new workbook, the numbers printed, and every way it refuses. */

jest.setTimeout(60_000);

/** What the engine computes for a workbook, in process: the agreement of its H4A_Parametri, its beneficiary sheet. */
async function engineSummary(file: string) {
  const workbook = await loadWorkbook(file, "en");
  const input = sheetValues(workbook, findBeneficiarySheet(workbook, undefined, file, "en"), file, "en");
  const { params } = agreementOf(workbook, file, {}, "en");
  return paymentSummary(parseBeneficiarySheet(input, params), params);
}

/** The H4A_Parametri rows of a written workbook: key → value. */
async function agreementIn(file: string): Promise<Record<string, unknown>> {
  const sheet = (await load(file)).getWorksheet("H4A_Parametri");
  const rows: Record<string, unknown> = {};
  sheet?.eachRow((row, r) => {
    if (r > 1) rows[String(row.getCell(1).value)] = row.getCell(2).value;
  });
  return rows;
}

describe("h4a fill on the sample workbook", () => {
  const dir = tempDir("fill");

  test("--json gives the engine's numbers: due tranches, years, total, cost and net saving", async () => {
    const out = path.join(dir, "sample-filled.xlsx");
    const run = await h4a(["fill", SAMPLE, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    const { ledger, ...summary } = json;
    expect(ledger).toEqual({ recorded: [], trueUps: [], outstanding: 0 });
    expect(summary.years.every((y: { recorded: boolean }) => y.recorded === false)).toBe(true);
    const years = summary.years.map(({ recorded: _, ...year }: { recorded: boolean }) => year);
    expect({ ...summary, years }).toEqual(await engineSummary(SAMPLE));
    expect(Object.keys(json)).toEqual(["payments", "years", "total", "capCut", "costSaving", "netSaving", "ledger"]);
    expect(json.payments[0]).toEqual({ cohort: 1, cohortYear: 1, programmeYear: 1, families: 11, share: 0.2, tier: null, amount: 13200 });
    expect(json.years.map((y: { amount: number }) => y.amount)).toEqual([13200, 34800, 70200, 53400]);
    expect(json.years[3]).toEqual({ programmeYear: 4, amount: 53400, cumulative: 171600, recorded: false });
    expect(json.total).toBe(171600);
    expect(json.payments.filter((p: { tier: number | null }) => p.tier !== null).map((p: { tier: number }) => p.tier)).toEqual([1, 0.8]);
  });

  test("the written workbook holds the agreement and the payment sheets, native formulas only, and validates again", async () => {
    const out = path.join(dir, "sample-filled.xlsx");
    const workbook = await load(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Beneficiari", "Candidati", "H4A_Parametri", "H4A_Calcolo", "H4A_Pagamenti"]);
    const names = workbook.definedNames.model.map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(["H4A_premiumPerFamily", "H4A_currentYear", ownerName("H4A_Pagamenti"), ownerName("H4A_Parametri")]),
    );
    const xml = zipText(out);
    expect(xml).toMatch(/<f>[^<]*H4A_share3[^<]*<\/f>/);
    expect(xml).not.toMatch(/<f>[^<]*H4A\.[A-Z]/);
    const again = await h4a(["validate", out]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)[0]).toBe("Beneficiari (sample-filled.xlsx): 39 families (cohort 1: 12, cohort 2: 14, cohort 3: 13)");
  });

  test("the human report shows the year-by-year payment table and where it wrote", async () => {
    const out = path.join(dir, "report.xlsx");
    const run = await h4a(["fill", SAMPLE, "-o", out], { LANG: "it_IT.UTF-8" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Pagamenti per anno di programma");
    expect(run.stdout).toMatch(/ {16}4 {9}2026 {2}53\.400,00 € {2}171\.600,00 €/);
    expect(run.stdout).toMatch(/^Risparmio del Comune: 1\.347\.416,25 €; risparmio netto: 1\.175\.816,25 €/m);
    expect(run.stdout).toContain(`Scritto ${out}: H4A_Parametri, H4A_Calcolo, H4A_Pagamenti`);
  });

  test("--param overrides end up in the output's H4A_Parametri, whose agreement gives the same numbers", async () => {
    const out = path.join(dir, "overridden.xlsx");
    const params = [
      "--param",
      "premiumPerFamily=6500",
      "--param",
      "shares=0.1,0.4,0.5",
      "--param",
      "cap=150000",
      "--param",
      "fullStrict=false",
    ];
    const run = await h4a(["fill", SAMPLE, "-o", out, "--json", ...params]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.payments[0]).toMatchObject({ share: 0.1, amount: 0.1 * 6500 * 11 });
    expect(json.total).toBe(150000);
    expect(json.capCut).toBeGreaterThan(0);
    expect(await agreementIn(out)).toMatchObject({
      premiumPerFamily: 6500,
      share1: 0.1,
      share2: 0.4,
      share3: 0.5,
      cap: 150000,
      fullStrict: false,
      currentYear: 4,
      firstCalendarYear: 2023,
    });
    const refill = await h4a(["fill", out, "-o", path.join(dir, "refilled.xlsx"), "--json"]);
    expect(refill.code).toBe(0);
    expect(JSON.parse(refill.stdout)).toEqual(json);
  });

  test("the input is unchanged byte for byte", async () => {
    const copy = path.join(dir, "input.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const before = sha256(copy);
    expect((await h4a(["fill", copy, "-o", path.join(dir, "from-copy.xlsx"), "--param", "currentYear=4"])).code).toBe(0);
    expect(sha256(copy)).toBe(before);
  });
});

describe("h4a fill refuses", () => {
  const dir = tempDir("fill-refuses");

  test("a sheet with errors: exit 1, the errors on stderr, no output and no temporary file", async () => {
    const folder = tempDir("fill-errors");
    const run = await h4a(["fill", ERROR_SAMPLE, "-o", path.join(folder, "out.xlsx")]);
    expect(run.code).toBe(1);
    const err = lines(run.stderr);
    expect(err[0]).toBe(
      "h4a fill: 12 errors in the data: nothing was written. Fix them and try again (h4a validate also shows the warnings).",
    );
    expect(err.slice(1)).toHaveLength(12);
    expect(err.slice(1).every((line) => line.startsWith("error    Beneficiari!"))).toBe(true);
    expect(run.stdout).toBe("");
    expect(listing(folder)).toEqual([]);
    const json = await h4a(["fill", ERROR_SAMPLE, "-o", path.join(folder, "out.xlsx"), "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).issues.filter((i: { severity: string }) => i.severity === "error")).toHaveLength(12);
    expect(listing(folder)).toEqual([]);
  });

  test("no premium per family in the workbook nor on the command line: exit 2, one line", async () => {
    const input = await save(workbookOf("Beneficiari", minimalBeneficiaries()), path.join(dir, "no-agreement.xlsx"));
    const run = await h4a(["fill", input, "-o", path.join(dir, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      "h4a fill: Nothing can be paid without the premium per family (premiumPerFamily), or the total premium (totalPremium) and the planned families (plannedFamilies). Set it in H4A_Parametri or with --param premiumPerFamily=6000.",
    ]);
    const given = await h4a(["fill", input, "-o", path.join(dir, "out.xlsx"), "--param", "premiumPerFamily=6000", "--json"]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).total).toBe(13200);
  });

  test.each([
    ["currentYear=four", '--param: Parameter "Current year" (currentYear): invalid value "four"; expected a whole number ≥ 1.'],
    [
      "shares=0.5,0.5,0.5",
      '--param: Parameter "Tranche shares" (shares): invalid value "0.5,0.5,0.5"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
    ],
    [
      "premiumPerFamily=6.000,50",
      '--param: Parameter "Premium per family" (premiumPerFamily): invalid value "6.000,50"; expected an amount in euros > 0, or empty.',
    ],
    ["bonus=1", "--param bonus: unknown parameter; the keys are:"],
    ["premiumPerFamily", "--param premiumPerFamily: expected key=value, for example --param premiumPerFamily=6000."],
    ["fullThreshold=0.5", '--param: Parameter "Threshold for the partial balance" (partialThreshold):'],
  ])("an invalid --param %s: exit 2, one line", async (param, message) => {
    const folder = tempDir("fill-param");
    const run = await h4a(["fill", SAMPLE, "-o", path.join(folder, "out.xlsx"), "--param", param]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr.startsWith(`h4a fill: ${message}`)).toBe(true);
    expect(listing(folder)).toEqual([]);
  });

  test("an existing output without --force: exit 2 and the file untouched; with --force it is replaced", async () => {
    const out = path.join(dir, "existing.xlsx");
    fs.writeFileSync(out, "a file the user cares about");
    const before = sha256(out);
    const run = await h4a(["fill", SAMPLE, "-o", out]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`h4a fill: ${out}: the file already exists; use --force to replace it.`]);
    expect(sha256(out)).toBe(before);
    const forced = await h4a(["fill", SAMPLE, "-o", out, "--force"]);
    expect(forced.code).toBe(0);
    expect((await load(out)).getWorksheet("H4A_Pagamenti")).toBeDefined();
  });

  test("an output that cannot be written: a locked path, a missing folder, a folder, the input itself", async () => {
    const copy = path.join(dir, "self.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const before = sha256(copy);
    const cases: [string, string[], string][] = [
      ["/proc/h4a-locked.xlsx", [], "/proc/h4a-locked.xlsx: cannot write in the folder /proc; nothing was written."],
      [
        path.join(dir, "missing", "out.xlsx"),
        [],
        `${path.join(dir, "missing", "out.xlsx")}: the folder ${path.join(dir, "missing")} does not exist.`,
      ],
      [dir, ["--force"], `${dir}: is a folder; give a file name.`],
      [copy, ["--force"], `${copy}: this is the input file; h4a never modifies its input, choose another name with -o.`],
    ];
    for (const [out, extra, message] of cases) {
      const run = await h4a(["fill", copy, "-o", out, ...extra]);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual([`h4a fill: ${message}`]);
    }
    expect(sha256(copy)).toBe(before);
    expect(listing(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("a sheet named H4A_Parametri that H4A did not create is never overwritten: exit 2, nothing written", async () => {
    const workbook = workbookOf("Beneficiari", minimalBeneficiaries());
    workbook.addWorksheet("H4A_Parametri").getCell("A1").value = "I miei appunti";
    const input = await save(workbook, path.join(dir, "foreign.xlsx"));
    const folder = tempDir("fill-foreign");
    const run = await h4a(["fill", input, "-o", path.join(folder, "out.xlsx"), "--param", "premiumPerFamily=6000"]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      "h4a fill: The workbook already has a sheet H4A_Parametri that H4A did not create: nothing was written. Rename them or move their content, then try again.",
    ]);
    expect(listing(folder)).toEqual([]);
  });
});
