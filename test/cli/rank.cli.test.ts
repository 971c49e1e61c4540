import { tableRowList } from "../../src/engine/sheets/tableRows";
import * as fs from "node:fs";
import * as path from "node:path";
import { agreementOf } from "../../src/cli/agreement";
import { RankJsonSchema } from "../../src/cli/rankJson";
import { loadWorkbook, sheetValues } from "../../src/cli/workbookInput";
import { parseCandidateSheet } from "../../src/engine/candidates/parse";
import { rankCandidates } from "../../src/engine/candidates/ranking";
import { rankingParamsOf } from "../../src/engine/candidates/weights";
import { rankingPlan } from "../../src/engine/sheets/rankingSheet";
import { ownerName, type TablePlan } from "../../src/engine/sheets/workbookPlan";
import type { CellValue, SheetInput } from "../../src/engine/types";
import { valuesIn } from "../support/xlsxFiles";
import { ERROR_SAMPLE, h4a, lines, listing, SAMPLE, sha256, tempDir } from "./helpers/runCli";
import { load, save } from "./helpers/workbooks";
import * as ExcelJSModule from "exceljs";

/**
 * `h4a rank` on the sample workbook's candidates sheet (MECHANISM.md §3b): the ranked list and the
 * families not eligible as JSON, the same H4A_Graduatoria the task pane writes, the flow, and
 * every way it refuses — with the exit codes and atomic writes of the other commands.
 */

jest.setTimeout(60_000);

/** The ranking the engine computes in process from the sample's own sheet and agreement. */
async function engineRanking(file: string, sheet = "Candidati") {
  const workbook = await loadWorkbook(file, "en");
  const { params } = agreementOf(workbook, file, {}, "en");
  return rankCandidates(parseCandidateSheet(sheetValues(workbook, sheet, file, "en")), rankingParamsOf(params));
}

/** A table of a written sheet, as values, where the plan put it. */
function tableValues(sheet: SheetInput, table: TablePlan): CellValue[][] {
  const values = sheet.values;
  return tableRowList(table.rows).map((_, r) => table.header.map((__, c) => values[table.row + r][table.column - 1 + c]));
}

describe("h4a rank on the sample workbook", () => {
  const dir = tempDir("rank");
  const out = path.join(dir, "graduatoria.xlsx");
  let json: ReturnType<typeof RankJsonSchema.parse>;

  beforeAll(async () => {
    const run = await h4a(["rank", SAMPLE, "-o", out, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    json = RankJsonSchema.parse(JSON.parse(run.stdout));
  });

  test("--json: 74 applications, 61 eligible ranked 1…61, 13 not eligible with every reason", async () => {
    expect(json.eligible).toHaveLength(61);
    expect(json.eligible.map((e) => e.rank)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    expect(json.eligible[0]).toEqual({
      id: "TO-2023-001",
      rank: 1,
      score: 99,
      contributions: {
        wEvictionExecuted: 30,
        wEvictionValidated: 0,
        wEvictionIntimated: 0,
        wPerMonthInShelter: 24,
        wPerMinor: 0,
        wPerElder: 20,
        wPerDisabled: 15,
        wViolence: 0,
        wLowIsee: 10,
      },
      row: 5,
    });
    expect(json.excluded.map((e) => [e.id, e.reasons.map((r) => r.code)])).toEqual([
      ["TO-2023-018", ["isee-above-ceiling", "no-emergency"]],
      ["TO-2023-019", ["isee-missing"]],
      ["TO-2023-020", ["no-emergency"]],
      ["TO-2024-021", ["isee-above-ceiling"]],
      ["TO-2024-022", ["no-emergency"]],
      ["TO-2024-023", ["isee-missing"]],
      ["TO-2024-024", ["isee-above-ceiling"]],
      ["TO-2025-025", ["isee-above-ceiling"]],
      ["TO-2025-026", ["isee-missing"]],
      ["TO-2025-027", ["no-emergency"]],
      ["TO-2025-028", ["isee-above-ceiling", "no-emergency"]],
      ["TO-2025-029", ["no-emergency"]],
      ["TO-2025-030", ["isee-missing", "no-emergency"]],
    ]);
    expect(json.excluded[0].reasons[0].message).toBe("ISEE above the ceiling (€28,400 > €26,000)");
    expect(json.params).toEqual({
      iseeCeiling: 26000,
      wEvictionExecuted: 30,
      wEvictionValidated: 20,
      wEvictionIntimated: 10,
      wPerMonthInShelter: 2,
      maxShelterPoints: 24,
      wPerMinor: 10,
      wPerElder: 10,
      wPerDisabled: 15,
      wViolence: 20,
      wLowIsee: 10,
      minShelterMonths: 3,
    });
  });

  test("the JSON is the engine's ranking; every score is the sum of its contributions; ties go to the earlier request, then the id", async () => {
    const ranking = await engineRanking(SAMPLE);
    expect(json.eligible.map((e) => [e.id, e.score])).toEqual(ranking.eligible.map((r) => [r.candidate.id, r.score]));
    for (const e of json.eligible) expect(Object.values(e.contributions).reduce((a, b) => a + b, 0)).toBe(e.score);
    const ids = (from: number, to: number) => json.eligible.slice(from - 1, to).map((e) => e.id);
    // The sample's designed ties: TO-2025-021 applied before TO-2025-020; TO-2025-022 and -023 the same day.
    expect(ids(50, 51)).toEqual(["TO-2025-021", "TO-2025-020"]);
    expect(ids(57, 58)).toEqual(["TO-2025-022", "TO-2025-023"]);
  });

  test("the written workbook: H4A_Parametri, H4A_Graduatoria (the pane's layout), H4A_Flusso; the candidates sheet unchanged", async () => {
    const written = await load(out);
    expect(written.worksheets.map((s) => s.name)).toEqual(["Beneficiari", "Candidati", "H4A_Parametri", "H4A_Graduatoria", "H4A_Flusso"]);
    const names = written.definedNames.model.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining([ownerName("H4A_Graduatoria"), ownerName("H4A_Flusso"), ownerName("H4A_Parametri")]));
    const plan = rankingPlan(await engineRanking(SAMPLE));
    const sheet = valuesIn(out, "H4A_Graduatoria");
    for (const table of plan.tables) expect(tableValues(sheet, table)).toEqual(table.rows);
    expect(sheet.values[0][0]).toBe("H4A — graduatoria delle domande (indicatori di emergenza abitativa, §3b)");
    expect(valuesIn(out, "Candidati")).toEqual(valuesIn(SAMPLE, "Candidati"));
    expect(valuesIn(out, "Beneficiari")).toEqual(valuesIn(SAMPLE, "Beneficiari"));
  });

  test("H4A_Flusso: applied → eligible → referred → lease → housing → stability by service, joined by id", async () => {
    const flow = valuesIn(out, "H4A_Flusso").values;
    expect(flow[3]).toEqual([
      "Servizio inviante",
      "Domande",
      "Ammesse",
      "Inviate",
      "Contratto firmato",
      "Alloggio mantenuto",
      "Stabilità abitativa",
    ]);
    const total = flow.find((row) => row[0] === "Totale");
    expect(total).toEqual(["Totale", 74, 61, 39, 38, 35, 21]);
    expect(flow.flat()).toContain("Famiglie inviate presenti tra le domande: 39 di 39; ammesse non (ancora) inviate: 22.");
  });

  test("--param changes a weight: it re-ranks, and H4A_Parametri of the copy holds the weight used", async () => {
    const other = path.join(dir, "violenza.xlsx");
    const run = await h4a(["rank", SAMPLE, "-o", other, "--json", "--param", "wViolence=60"]);
    expect(run.code).toBe(0);
    const ranked = RankJsonSchema.parse(JSON.parse(run.stdout));
    // The victims of violence climb by 40 points: TO-2023-002 (90 → 130) passes TO-2023-001 (99), now eighth.
    expect(ranked.eligible.slice(0, 3).map((e) => [e.id, e.score])).toEqual([
      ["TO-2023-002", 130],
      ["TO-2023-005", 121],
      ["TO-2025-003", 119],
    ]);
    expect(ranked.eligible[7]).toEqual(expect.objectContaining({ id: "TO-2023-001", score: 99 }));
    expect(ranked.params.wViolence).toBe(60);
    const sheet = (await load(other)).getWorksheet("H4A_Parametri")!;
    let value: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "wViolence") value = row.getCell(2).value;
    });
    expect(value).toBe(60);
  });

  test("the report for people, in Italian by default, names what it wrote and what it left alone", async () => {
    const run = await h4a(["rank", SAMPLE, "-o", path.join(dir, "it.xlsx")], { LANG: "it_IT.UTF-8" });
    expect(run.code).toBe(0);
    const text = lines(run.stdout);
    expect(text[0]).toBe("Candidati (beneficiari.xlsx): 74 domande; 61 ammesse, 13 non ammesse.");
    expect(text).toContain("Graduatoria:");
    expect(text.find((line) => line.includes("1. TO-2023-001"))).toContain(
      "Sfratto eseguito: 30; Mesi in struttura: 14 × 2 = 28, ridotti al massimo di 24",
    );
    expect(text).toContain("      TO-2025-026 (riga 74): ISEE mancante");
    expect(text[text.length - 1]).toBe(
      `Scritto ${path.join(dir, "it.xlsx")}: H4A_Parametri, H4A_Graduatoria, H4A_Flusso; i pesi usati sono in H4A_Parametri. Il foglio «Candidati» non è stato modificato.`,
    );
  });

  test("the input is never changed, and nothing but the output is left in its folder", async () => {
    const before = sha256(SAMPLE);
    const folder = tempDir("rank-clean");
    expect((await h4a(["rank", SAMPLE, "-o", path.join(folder, "out.xlsx")])).code).toBe(0);
    expect(sha256(SAMPLE)).toBe(before);
    expect(listing(folder)).toEqual(["out.xlsx"]);
  });

  test("--help, in Italian and English", async () => {
    const english = await h4a(["rank", "--help"]);
    expect(english.code).toBe(0);
    expect(english.stdout.startsWith("h4a rank <file.xlsx> -o <out.xlsx> [--sheet NAME] [--param key=value]… [--json] [--force]")).toBe(
      true,
    );
    expect(english.stdout).toContain("Example: h4a rank beneficiari.xlsx -o ranking.xlsx");
    const italian = await h4a(["help", "rank"], { LANG: "it_IT.UTF-8" });
    expect(italian.stdout).toContain("Esempio: h4a rank beneficiari.xlsx -o graduatoria.xlsx");
    expect((await h4a(["--help"])).stdout).toContain("h4a rank     <file.xlsx> -o <out.xlsx>");
  });
});

describe("h4a rank refuses", () => {
  const dir = tempDir("rank-refused");

  /** A workbook with a candidates sheet under a title row, and nothing else. */
  async function candidatesFile(name: string, rows: CellValue[][]): Promise<string> {
    const workbook = new ExcelJSModule.Workbook();
    const sheet = workbook.addWorksheet("Domande");
    sheet.getCell("A1").value = "Domande 2026";
    const header = ["ID famiglia", "Componenti", "ISEE", "Sfratto", "Violenza"];
    [header, ...rows].forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 2, c + 1).value = value)));
    return save(workbook, path.join(dir, name));
  }

  test("with exit 1 and nothing written while the candidates sheet has errors, listing them; --json prints the validation", async () => {
    const file = await candidatesFile("errori.xlsx", [
      ["D1", 3, 12000, "sospeso", "No"],
      ["D2", "tre", 9000, "eseguito", "Sì"],
      ["D3", 2, 8000, "eseguito", "No"],
    ]);
    const out = path.join(dir, "out.xlsx");
    const run = await h4a(["rank", file, "-o", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toEqual([
      "h4a rank: 2 errors in the data: nothing was written. Fix them and try again.",
      `error    Domande!D3: "sospeso" is not a listed eviction stage; use one of: nessuno, intimato, convalidato, eseguito.`,
      `error    Domande!B4: "tre" is not a valid value for "Household size"; enter a whole number ≥ 1.`,
    ]);
    expect(fs.existsSync(out)).toBe(false);
    const json = await h4a(["rank", file, "-o", out, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual(
      expect.objectContaining({
        families: 3,
        issues: expect.arrayContaining([expect.objectContaining({ rule: "unknown-token", cell: "Domande!D3", field: "eviction" })]),
      }),
    );
    expect(listing(dir).filter((name) => name.startsWith("."))).toEqual([]);
  });

  test("with exit 2 and one line: no candidates sheet, --sheet naming none, a bad --param, no -o, an existing output", async () => {
    const file = await candidatesFile("ok.xlsx", [["D1", 3, 12000, "eseguito", "No"]]);
    const none = await h4a(["rank", ERROR_SAMPLE, "-o", path.join(dir, "a.xlsx")]);
    expect(none.code).toBe(2);
    expect(lines(none.stderr)).toEqual([
      expect.stringMatching(
        /^h4a rank: beneficiari-con-errori\.xlsx: no candidates sheet \(it needs a header row with "Family ID", at least one indicator/,
      ),
    ]);
    const wrongSheet = await h4a(["rank", file, "-o", path.join(dir, "b.xlsx"), "--sheet", "Candidati"]);
    expect(lines(wrongSheet.stderr)).toEqual(['h4a rank: ok.xlsx: no sheet "Candidati" (sheets: Domande).']);
    const param = await h4a(["rank", file, "-o", path.join(dir, "c.xlsx"), "--param", "wViolence=-5"]);
    expect(param.code).toBe(2);
    expect(lines(param.stderr)).toEqual([
      'h4a rank: --param: Parameter "Points: victim of violence" (wViolence): invalid value "-5"; expected a number ≥ 0.',
    ]);
    const noOutput = await h4a(["rank", file]);
    expect(lines(noOutput.stderr)).toEqual(["h4a rank: -o <out.xlsx> is missing (see h4a rank --help)."]);
    const existing = path.join(dir, "exists.xlsx");
    fs.writeFileSync(existing, "x");
    const taken = await h4a(["rank", file, "-o", existing]);
    expect(taken.code).toBe(2);
    expect(fs.readFileSync(existing, "utf8")).toBe("x");
    expect((await h4a(["rank", file, "-o", existing, "--force"])).code).toBe(0);
  });

  test("--sheet names the candidates sheet; without a beneficiary sheet no H4A_Flusso is written", async () => {
    const file = await candidatesFile("solo.xlsx", [
      ["D1", 3, 12000, "eseguito", "No"],
      ["D2", 2, 30000, "eseguito", "No"],
    ]);
    const out = path.join(dir, "solo-out.xlsx");
    const run = await h4a(["rank", file, "-o", out, "--sheet", "domande", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).eligible.map((e: { id: string }) => e.id)).toEqual(["D1"]);
    expect((await load(out)).worksheets.map((s) => s.name)).toEqual(["Domande", "H4A_Parametri", "H4A_Graduatoria"]);
  });
});
