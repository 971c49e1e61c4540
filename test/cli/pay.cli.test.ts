import { execFileSync } from "node:child_process";
import { existsSync, promises as fs, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { PackageWorkbook } from "../../src/xlsx";
import { h4a, SAMPLE, tempDir } from "./helpers/runCli";
import { sheetNamesIn, valuesIn } from "../support/xlsxFiles";

/**
 * The ledger from the command line, as a script uses it (MECHANISM.md §10–§12): years 1–3 of the
 * sample recorded with `h4a pay`, one answer corrected, the true-up in `fill --json` and applied
 * to year 4; refusals exit 1 and write nothing; `commitments --json`; `statement` as a PDF.
 */

jest.setTimeout(120_000);

const dir = tempDir("pay");
const file = (name: string) => path.join(dir, name);
const json = (stdout: string) => JSON.parse(stdout);
const pay = (input: string, year: number, output: string, ...more: string[]) =>
  h4a(["pay", input, "--year", String(year), "--act", `DD ${year}00/2026`, "--date", `202${year + 2}-12-15`, "-o", output, ...more]);

/** Sets one cell of the beneficiary sheet, as a person correcting the sheet in Excel would. */
function correct(input: string, output: string, row: number, column: number, value: string): void {
  const workbook = PackageWorkbook.open(readFileSync(input));
  workbook.editCells([
    { sheet: "Beneficiari", edit: { change: (cell) => (cell.row === row && cell.column === column ? { kind: "set", value } : undefined) } },
  ]);
  writeFileSync(output, workbook.toBytes());
}

const runs: Record<string, Awaited<ReturnType<typeof h4a>>> = {};

beforeAll(async () => {
  runs.year1 = await pay(SAMPLE, 1, file("paid-1.xlsx"), "--param", "currentYear=3", "--json");
  runs.year2 = await pay(file("paid-1.xlsx"), 2, file("paid-2.xlsx"), "--param", "currentYear=3");
  runs.year3 = await pay(file("paid-2.xlsx"), 3, file("paid-3.xlsx"), "--param", "currentYear=3", "--json");
});

test("years 1–3 recorded one by one: each run exits 0 and appends its tranches below the rows already there", () => {
  for (const run of [runs.year1, runs.year2, runs.year3]) expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(json(runs.year1.stdout)).toMatchObject({ recorded: true, programmeYear: 1, act: "DD 100/2026", total: 13200, cumulative: 13200 });
  expect(json(runs.year3.stdout)).toMatchObject({
    programmeYear: 3,
    total: 70200,
    cumulative: 118200,
    ledger: { recorded: [1, 2, 3], trueUps: [] },
  });
  const register = valuesIn(file("paid-3.xlsx"), "H4A_Registro").values;
  expect(register[0].slice(0, 5)).toEqual(["Anno di programma", "Anno solare", "Coorte", "Anno di percorso", "Voce"]);
  expect(register.slice(1).map((row) => [row[0], row[2], row[3], row[4], row[10], row[11]])).toEqual([
    [1, 1, 1, "Tranche", 13200, "DD 100/2026"],
    [2, 1, 2, "Tranche", 18000, "DD 200/2026"],
    [2, 2, 1, "Tranche", 16800, "DD 200/2026"],
    [3, 1, 3, "Tranche", 36000, "DD 300/2026"],
    [3, 2, 2, "Tranche", 19800, "DD 300/2026"],
    [3, 3, 1, "Tranche", 14400, "DD 300/2026"],
  ]);
  expect(register.slice(1, 2)).toEqual(valuesIn(file("paid-1.xlsx"), "H4A_Registro").values.slice(1, 2));
  expect(sheetNamesIn(file("paid-3.xlsx"))).toEqual(
    expect.arrayContaining(["H4A_Registro", "H4A_Evidenze", "H4A_Prospetto_1", "H4A_Prospetto_2", "H4A_Prospetto_3"]),
  );
  const evidence = valuesIn(file("paid-3.xlsx"), "H4A_Evidenze").values;
  expect(evidence.slice(1).every((row) => /^riga \d+$/.test(String(row[3])))).toBe(true);
});

test("a corrected stability answer gives the true-up in fill --json, applied to year 4, and year 3 stays as paid", async () => {
  correct(file("paid-3.xlsx"), file("corrected.xlsx"), 5, 16, "No");
  correct(file("corrected.xlsx"), file("corrected.xlsx"), 6, 16, "No");
  const run = await h4a(["fill", file("corrected.xlsx"), "-o", file("filled-4.xlsx"), "--param", "currentYear=4", "--json"]);
  expect(run.code).toBe(0);
  const out = json(run.stdout);
  expect(out.ledger).toEqual({
    recorded: [1, 2, 3],
    trueUps: [{ cohort: 1, cohortYear: 3, programmeYear: 3, paid: 36000, due: 28800, difference: -7200, appliedIn: 4 }],
    outstanding: 0,
  });
  const computed4 = out.payments
    .filter((p: { programmeYear: number }) => p.programmeYear === 4)
    .reduce((sum: number, p: { amount: number }) => sum + p.amount, 0);
  expect(out.years.map((y: { programmeYear: number; amount: number }) => [y.programmeYear, y.amount])).toEqual([
    [1, 13200],
    [2, 34800],
    [3, 70200],
    [4, computed4 - 7200],
  ]);
  expect(out.total).toBe(118200 + computed4 - 7200);
  const payments = valuesIn(file("filled-4.xlsx"), "H4A_Pagamenti").values;
  const header = payments.findIndex((row) => row[0] === "Anno" && row[2] === "Stato");
  expect(payments.slice(header + 1, header + 5).map((row) => row.slice(0, 8))).toEqual([
    [1, 2023, "pagato", "DD 100/2026", 13200, 0, 13200, 13200],
    [2, 2024, "pagato", "DD 200/2026", 34800, 0, 34800, 48000],
    [3, 2025, "pagato", "DD 300/2026", 63000, 0, 70200, 118200],
    [4, 2026, "da pagare", "", computed4, -7200, computed4 - 7200, 118200 + computed4 - 7200],
  ]);
  const text = await h4a(["fill", file("corrected.xlsx"), "-o", file("filled-4-text.xlsx"), "--param", "currentYear=4"]);
  expect(text.stdout).toContain("Beneficiari!P5");
  expect(text.stdout).toContain("difference -€7,200.00 (applied in year 4)");

  const year4 = await pay(file("corrected.xlsx"), 4, file("paid-4.xlsx"), "--param", "currentYear=4", "--json");
  expect(year4.code).toBe(0);
  expect(json(year4.stdout).rows.filter((r: { kind: string }) => r.kind === "trueUp")).toEqual([
    { row: 10, cohort: 1, cohortYear: 3, kind: "trueUp", families: null, tier: null, amount: -7200 },
  ]);
  const after = await h4a(["fill", file("paid-4.xlsx"), "-o", file("filled-after.xlsx"), "--json"]);
  expect(json(after.stdout).ledger).toMatchObject({ recorded: [1, 2, 3, 4], trueUps: [] });
});

test("refusals exit 1 and write nothing: a year already recorded, a year after the current year, an earlier year not recorded", async () => {
  const again = await pay(file("paid-3.xlsx"), 2, file("again.xlsx"), "--param", "currentYear=3", "--json");
  expect(again.code).toBe(1);
  expect(again.stderr).toContain("already recorded (act DD 200/2026)");
  expect(json(again.stdout)).toMatchObject({ recorded: false, refusal: { rule: "year-already-recorded" } });
  expect(existsSync(file("again.xlsx"))).toBe(false);

  const later = await pay(file("paid-3.xlsx"), 5, file("later.xlsx"), "--param", "currentYear=4");
  expect(later.code).toBe(1);
  expect(later.stderr).toContain("comes after the Current year (4, sheet H4A_Parametri)");
  const skipped = await pay(SAMPLE, 2, file("skipped.xlsx"), "--param", "currentYear=3");
  expect(skipped.code).toBe(1);
  expect(skipped.stderr).toContain("Record the payment of year 1 first");
  expect(existsSync(file("later.xlsx")) || existsSync(file("skipped.xlsx"))).toBe(false);
});

test("a ledger row changed by hand stops fill and pay with exit 1, naming the row", async () => {
  const workbook = PackageWorkbook.open(readFileSync(file("paid-3.xlsx")));
  workbook.editCells([
    {
      sheet: "H4A_Registro",
      edit: { change: (cell) => (cell.row === 5 && cell.column === 11 ? { kind: "set", value: 40000 } : undefined) },
    },
  ]);
  writeFileSync(file("tampered.xlsx"), workbook.toBytes());
  const filled = await h4a(["fill", file("tampered.xlsx"), "-o", file("tampered-out.xlsx"), "--param", "currentYear=4"]);
  expect(filled.code).toBe(1);
  expect(filled.stderr).toContain("H4A_Registro, row 5: the seal does not match");
  const paid = await pay(file("tampered.xlsx"), 4, file("tampered-paid.xlsx"), "--param", "currentYear=4");
  expect(paid.code).toBe(1);
  expect(existsSync(file("tampered-out.xlsx")) || existsSync(file("tampered-paid.xlsx"))).toBe(false);
});

test("commitments --json: by calendar year, paid from the ledger, due, planned and maximum", async () => {
  const run = await h4a(["commitments", file("paid-3.xlsx"), "--param", "currentYear=3", "--param", "plannedEnrolment=12,14,13", "--json"]);
  expect(run.code).toBe(0);
  const out = json(run.stdout);
  expect(out.years.slice(0, 3)).toEqual([
    { year: 2023, paid: 13200, due: 0, planned: 0, maximum: 13200 },
    { year: 2024, paid: 34800, due: 0, planned: 0, maximum: 34800 },
    { year: 2025, paid: 70200, due: 0, planned: 0, maximum: 70200 },
  ]);
  expect(out.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  expect(out.years[3].planned).toBe(0.5 * 6000 * 14 + 0.3 * 6000 * 13);
  expect(out).toHaveProperty("cap");
  expect(out).toHaveProperty("headroom");
  expect(Array.isArray(out.warnings)).toBe(true);
});

describe("statement", () => {
  const text = (pdf: string) => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });

  test("the PDF of a recorded year holds the act, the amounts in the language's format, the pseudonyms counted, and prints on A4", async () => {
    const it = await h4a(["statement", file("paid-3.xlsx"), "--year", "3", "-o", file("prospetto-3.pdf"), "--lang", "it"]);
    expect(it).toMatchObject({ code: 0, stderr: "" });
    const content = text(file("prospetto-3.pdf"));
    expect(content).toContain("DD 300/2026");
    expect(content).toContain("70.200,00 €");
    expect(content).toContain("36.000,00 €");
    expect(content).toContain("118.200,00 €");
    expect(content).toMatch(/riga \d+/);
    expect(content).toContain("Città di Torino");
    expect(execFileSync("pdfinfo", [file("prospetto-3.pdf")], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const en = await h4a(["statement", file("paid-3.xlsx"), "--year", "3", "-o", file("statement-3.pdf"), "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(text(file("statement-3.pdf"))).toContain("€70,200.00");
  });

  test("a due year not yet recorded gives a draft; a year after the current year is refused", async () => {
    const draft = await h4a(["statement", file("paid-3.xlsx"), "--year", "4", "-o", file("draft-4.pdf"), "--param", "currentYear=4"]);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain("draft");
    const refused = await h4a(["statement", file("paid-3.xlsx"), "--year", "5", "-o", file("none.pdf"), "--param", "currentYear=4"]);
    expect(refused.code).toBe(1);
    expect(existsSync(file("none.pdf"))).toBe(false);
  });
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
