import path from "path";
import type { Page } from "playwright-core";
import type { SeedSheet } from "../support/fakeExcel";
import { BENEFICIARIES, CANDIDATES, sampleSeed } from "./candidatesWorkbook";
import { ARTIFACTS, inWorkbook, paneSuite, screenshot, type OpenPane } from "./harness";

/**
 * A finance officer builds the beneficiary list (MECHANISM.md §3b) in the PRODUCTION build of the
 * task pane, in headless Chromium, on the sample workbook (beneficiaries and the applications
 * of 2023–2025 they were chosen from): sets the agreement, opens Graduatoria, sees who is eligible and who is not and
 * why, opens a family's breakdown, weighs violence more and sees the list re-ranked at once,
 * writes H4A_Graduatoria (the candidates sheet untouched), then sees and writes the flow from
 * the applications to housing stability in Verifica.
 */

jest.setTimeout(180_000);

const suite = paneSuite();
let seed: SeedSheet[];

beforeAll(async () => {
  seed = await sampleSeed();
});

const shot = (page: Page, name: string) => screenshot(page, name);

/** A table's rows as records keyed by header, values as the fake workbook holds them. */
async function tableRecords(page: Page, name: string): Promise<Record<string, unknown>[]> {
  const rows = await inWorkbook(page, (fake, table: string) => fake.tableValues(table), name);
  const [header, ...body] = rows as unknown[][];
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

const sheetView = (page: Page, sheet: string) => inWorkbook(page, (fake, name: string) => fake.view(name), sheet);

/** The ranked list as the pane shows it: [rank, family id] in order. */
const rankedIds = (page: Page) =>
  page
    .locator('[data-testid="ranked-list"] [data-family]')
    .evaluateAll((items) => items.map((item) => [Number(item.getAttribute("data-rank")), item.getAttribute("data-family")]));

describe("the Graduatoria tab, as a finance officer uses it", () => {
  let pane: OpenPane;
  let page: Page;
  let candidatesBefore: Awaited<ReturnType<typeof sheetView>>;

  beforeAll(async () => {
    pane = await suite.open({ sheets: seed, viewport: { width: 400, height: 900 } });
    page = pane.page;
    candidatesBefore = await sheetView(page, CANDIDATES);
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the agreement of the sample: premium 6,000 €, fourth year", async () => {
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();
  });

  test("Graduatoria finds the candidates sheet and lists 61 eligible families in order and 13 not eligible, each with every reason", async () => {
    await page.getByRole("tab", { name: "Graduatoria" }).click();
    await page
      .getByRole("combobox", { name: "Foglio dei candidati" })
      .filter({ hasText: `Foglio ${CANDIDATES}` })
      .waitFor();
    const counts = page.getByTestId("ranking-counts");
    await counts.waitFor();
    expect(await counts.textContent()).toBe("74 domande · 61 ammesse · 13 non ammesse");
    const ranked = await rankedIds(page);
    expect(ranked).toHaveLength(61);
    expect(ranked.slice(0, 4)).toEqual([
      [1, "TO-2023-001"],
      [2, "TO-2023-002"],
      [3, "TO-2024-001"],
      [4, "TO-2025-001"],
    ]);
    // Equal scores: the earlier request first (TO-2025-021 before -020), then the lower id (-022 before -023).
    expect(ranked.slice(49, 51).map(([, id]) => id)).toEqual(["TO-2025-021", "TO-2025-020"]);
    expect(ranked.slice(56, 58).map(([, id]) => id)).toEqual(["TO-2025-022", "TO-2025-023"]);
    const excluded = page.locator('[data-testid="excluded-list"] > li[data-family="TO-2025-028"] [data-reason]');
    expect(await excluded.evaluateAll((items) => items.map((item) => item.getAttribute("data-reason")))).toEqual([
      "isee-above-ceiling",
      "no-emergency",
    ]);
    expect(await page.locator('[data-testid="excluded-list"] > li[data-family="TO-2025-026"]').textContent()).toContain("ISEE mancante");
    await shot(page, "graduatoria-1-elenco.png");
  });

  test("opening a family shows why it is there: its emergency, each weight's points with the arithmetic, the total", async () => {
    await page.locator('[data-testid="ranked-list"] [data-family="TO-2023-001"] button').first().click();
    const breakdown = page.locator('[data-family="TO-2023-001"] [data-testid="breakdown"]');
    await breakdown.waitFor();
    const text = await breakdown.textContent();
    expect(text).toContain("Ammessa per: sfratto eseguito; 14 mesi in struttura (almeno 3).");
    expect(text).toContain("Sfratto eseguito: 30");
    expect(text).toContain("Mesi in struttura: 14 × 2 = 28, ridotti al massimo di 24");
    expect(text).toContain("Anziani (70+): 2 × 10 = 20");
    expect(text).toContain("Totale: 99");
    await page.locator('[data-family="TO-2024-004"] button').first().click();
    expect(await page.locator('[data-family="TO-2024-004"] [data-testid="tie"]').textContent()).toBe(
      "Pari punteggio con un'altra famiglia (posizioni 11–12): viene prima la domanda più vecchia, poi l'ID più basso; questa domanda è del 26/12/2023.",
    );
    await page.locator('[data-family="TO-2023-001"] [data-testid="breakdown"]').scrollIntoViewIfNeeded();
    await shot(page, "graduatoria-2-perche.png");
    await page.locator('[data-family="TO-2024-004"] [data-testid="breakdown"] button').click();
    expect(await inWorkbook(page, (fake) => fake.selection())).toBe(`${CANDIDATES}!A28`);
  });

  test("weighing violence more (20 → 60) re-ranks at once, before anything is written", async () => {
    await page.getByRole("tab", { name: "Graduatoria" }).click();
    await page.getByRole("button", { name: /Pesi e soglie/ }).click();
    const violence = page.getByRole("textbox", { name: /vittima di violenza/ });
    expect(await violence.inputValue()).toBe("20");
    await violence.fill("60");
    await page.getByTestId("weights-changed").waitFor();
    const ranked = await rankedIds(page);
    expect(ranked.slice(0, 3)).toEqual([
      [1, "TO-2023-002"],
      [2, "TO-2023-005"],
      [3, "TO-2025-003"],
    ]);
    expect(await page.locator('[data-family="TO-2023-005"] [data-testid="rank-moved"]').textContent()).toBe(
      "(con i pesi dell'accordo: 9ª)",
    );
    await violence.fill("sessanta");
    await page
      .getByText(/Atteso un numero ≥ 0: si usa l'ultimo valore valido|Atteso un numero ≥ 0/)
      .first()
      .waitFor();
    await violence.fill("60");
    await violence.scrollIntoViewIfNeeded();
    await shot(page, "graduatoria-3-pesi.png");
  });

  test("Scrivi H4A_Graduatoria writes the ranked table with the weights used, on a new sheet; the candidates sheet is untouched", async () => {
    await page.getByRole("button", { name: "Scrivi la graduatoria (foglio H4A_Graduatoria)" }).click();
    await page.getByTestId("ranking-written").waitFor();
    expect(await page.getByTestId("ranking-written").textContent()).toContain(
      "Scritta la graduatoria (foglio H4A_Graduatoria): 61 famiglie ammesse, 13 non ammesse.",
    );
    expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual([BENEFICIARIES, CANDIDATES, "H4A_Parametri", "H4A_Graduatoria"]);
    expect(await inWorkbook(page, (fake) => fake.activeSheet())).toBe("H4A_Graduatoria");
    const eligible = await tableRecords(page, "H4A_Ammesse");
    expect(eligible).toHaveLength(61);
    expect(eligible.slice(0, 3).map((r) => [r["Posizione"], r["ID famiglia"], r["Punteggio"], r["Violenza (punti)"]])).toEqual([
      [1, "TO-2023-002", 130, 60],
      [2, "TO-2023-005", 121, 60],
      [3, "TO-2025-003", 119, 60],
    ]);
    const excluded = await tableRecords(page, "H4A_Escluse");
    expect(excluded.map((r) => r["ID famiglia"])).toEqual([
      "TO-2023-018",
      "TO-2023-019",
      "TO-2023-020",
      "TO-2024-021",
      "TO-2024-022",
      "TO-2024-023",
      "TO-2024-024",
      "TO-2025-025",
      "TO-2025-026",
      "TO-2025-027",
      "TO-2025-028",
      "TO-2025-029",
      "TO-2025-030",
    ]);
    const sheet = await sheetView(page, "H4A_Graduatoria");
    const weightRow = sheet.values.find((row: unknown[]) => row[0] === "wViolence");
    expect(weightRow?.slice(0, 2)).toEqual(["wViolence", 60]);
    expect(await inWorkbook(page, (fake) => fake.names().map((n: { name: string }) => n.name))).toContain("H4A_Owned_H4A_Graduatoria");
    // The agreement keeps its own weight; the candidates sheet is exactly as it was.
    expect(await inWorkbook(page, (fake) => fake.value("H4A_Parametri", "B30"))).toBe(20);
    expect(await sheetView(page, CANDIDATES)).toEqual(candidatesBefore);
    await shot(page, "graduatoria-4-scritta.png");
  });

  test("Verifica shows the flow from the applications to housing stability, as a table and a chart, and writes H4A_Flusso", async () => {
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page
      .getByRole("combobox", { name: "Dati dei beneficiari" })
      .filter({ hasText: `Foglio ${BENEFICIARIES}` })
      .waitFor();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByTestId("issue-counts").waitFor();
    expect(await page.getByTestId("issue-counts").textContent()).toBe("0 errori · 1 avviso · 0 note");
    const table = page.getByTestId("flow-table");
    const header = await table.locator("thead th").allTextContents();
    expect(header).toEqual(["Servizio", "D", "A", "I", "C", "M", "S"]);
    expect(await table.locator("thead th").evaluateAll((ths) => ths.map((th) => th.getAttribute("title")))).toEqual([
      null,
      "Domande",
      "Ammesse",
      "Inviate",
      "Contratto",
      "Alloggio",
      "Stabilità",
    ]);
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)));
    expect(rows[rows.length - 1]).toEqual(["Totale", "74", "61", "39", "38", "35", "21"]);
    expect(await page.getByTestId("flow-join").textContent()).toBe(
      "Famiglie inviate presenti tra le domande: 39 di 39; ammesse non (ancora) inviate: 22.",
    );
    const chart = page.getByTestId("flow-chart");
    expect(await chart.getAttribute("aria-label")).toBe("Grafico delle fasi per servizio");
    expect(await chart.locator("[data-service]").count()).toBe(rows.length - 1);
    expect(await chart.locator('[data-service="Servizio Adulti in Difficoltà"] text').allTextContents()).toEqual([
      "Servizio Adulti in Difficoltà",
      "16",
      "D",
      "12",
      "A",
      "7",
      "I",
      "7",
      "C",
      "7",
      "M",
      "3",
      "S",
    ]);
    await page.getByTestId("flow").screenshot({ path: path.join(ARTIFACTS, "graduatoria-5-flusso.png"), animations: "disabled" });

    await page.getByRole("button", { name: "Scrivi il percorso (foglio H4A_Flusso)" }).click();
    await page.getByTestId("flow-written").waitFor();
    const flow = await tableRecords(page, "H4A_Percorso");
    expect(flow[0]).toEqual({
      "Servizio inviante": "Servizio Adulti in Difficoltà",
      Domande: 16,
      Ammesse: 12,
      Inviate: 7,
      "Contratto firmato": 7,
      "Alloggio mantenuto": 7,
      "Stabilità abitativa": 3,
    });
    expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual([
      BENEFICIARIES,
      CANDIDATES,
      "H4A_Parametri",
      "H4A_Graduatoria",
      "H4A_Flusso",
    ]);
    expect(await sheetView(page, CANDIDATES)).toEqual(candidatesBefore);
  });

  test("the page logged no error and called no outside host", async () => {
    expect(pane.errors).toEqual([]);
    expect(pane.strayRequests.filter((url) => !new URL(url).hostname.endsWith(".oaspapps.com"))).toEqual([]);
  });
});
