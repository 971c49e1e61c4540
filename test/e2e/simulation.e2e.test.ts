import type { Page } from "playwright-core";
import { scenarioOdds } from "../../src/engine/simulation/odds";
import { defaultProbabilities, scenarioOf, seedSimulation } from "../../src/engine/simulation/seed";
import { ILLUSTRATION_PARAMS } from "../engine/fixtures/illustration";
import { illustrationFamilies } from "../engine/simulation/fixtures";
import { inWorkbook, type OpenPane, paneSuite, screenshot } from "./harness";
import { beneficiarySeed, SHEET } from "./sampleWorkbook";

/**
 * A finance officer's "what if" in the PRODUCTION build of the task pane, in headless Chromium,
 * on the in-memory workbook of MECHANISM.md §9: open Simulazione, save the agreement as it is,
 * move the full threshold down with the keyboard, read the new numbers, save that scenario, and
 * compare the two — and H4A_Scenari holds one table per scenario, with nothing else touched.
 */

jest.setTimeout(180_000);

const suite = paneSuite();

const shot = (page: Page, name: string) => screenshot(page, name, true);
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

/** A table's rows as records keyed by header (values as the workbook computes them). */
async function tableRecords(page: Page, name: string): Promise<Record<string, unknown>[]> {
  const rows = await inWorkbook(page, (fake, table: string) => fake.tableValues(table), name);
  const [header, ...body] = rows as unknown[][];
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

const valueOf = (records: Record<string, unknown>[], key: string, cohort: number | "" = "", year: number | "" = "") =>
  records.find((r) => r["Chiave"] === key && r["Coorte"] === cohort && r["Anno"] === year)?.["Valore"];

describe("Simulazione, as a finance officer uses it", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })], viewport: { width: 380, height: 900 } });
    page = pane.page;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  let userSheet: unknown;
  let parameters: unknown;

  test("opens on the workbook's data and agreement: §9's tiers, 123,600 € and what cohort 2 needs", async () => {
    userSheet = await inWorkbook(page, (fake, sheet: string) => fake.view(sheet), SHEET);
    parameters = await inWorkbook(page, (fake) => fake.view("H4A_Parametri"));
    await page.getByRole("tab", { name: "Simulazione" }).click();
    await page.getByTestId("cohort-2").waitFor();
    expect(await text(page, "cohort-1-tier")).toBe("Saldo: pieno (100 %) — 33.000 €");
    expect(await text(page, "cohort-2-tier")).toBe("Saldo: parziale (80 %) — 26.400 €");
    expect(await text(page, "cohort-2-to-next")).toBe("2 altre famiglie con stabilità abitativa → saldo al 100 %");
    expect(await text(page, "simulation-total")).toBe("123.600 €");
    expect(await text(page, "simulation-difference")).toBe("0 €");
    expect(await page.getByRole("img", { name: /Saldo del terzo anno della coorte 2/ }).count()).toBe(1);
    await shot(page, "7-simulazione.png");
  });

  test("saves the agreement as it is as the first scenario on a new sheet H4A_Scenari", async () => {
    await page.getByRole("textbox", { name: "Nome dello scenario" }).fill("Accordo attuale");
    await page.getByRole("button", { name: "Salva scenario" }).click();
    await page.getByText("Scritta la tabella H4A_Scenario_1 nel foglio H4A_Scenari.").waitFor();
    expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual([SHEET, "H4A_Parametri", "H4A_Scenari"]);
    expect(valueOf(await tableRecords(page, "H4A_Scenario_1"), "total")).toBe(123_600);
  });

  test("moving the full threshold from 80 % to 60 % with the keyboard pays cohort 2 in full: 130.200 €, +6.600 €", async () => {
    const slider = page.getByRole("slider", { name: /Soglia per il saldo pieno/ });
    await slider.focus();
    for (let i = 0; i < 20; i++) await slider.press("ArrowLeft");
    expect(await slider.getAttribute("aria-valuetext")).toBe("60 %");
    expect(await text(page, "cohort-2-tier")).toBe("Saldo: pieno (100 %) — 33.000 €");
    expect(await text(page, "simulation-total")).toBe("130.200 €");
    expect(await text(page, "simulation-difference")).toBe("+6.600 €");

    // In year 4 both cohorts' year-3 outcomes are known: each shows its tier, no probabilities and no odds.
    expect(await text(page, "odds-1-known")).toBe("esito noto: pieno, 100 %");
    expect(await text(page, "odds-2-known")).toBe("esito noto: pieno, 100 %");
    for (const cohort of [1, 2]) {
      const card = page.getByTestId(`odds-cohort-${cohort}`);
      expect(await card.getByRole("slider").count()).toBe(0);
      expect(await page.getByTestId(`odds-${cohort}-bars`).count()).toBe(0);
      expect(await page.getByTestId(`odds-${cohort}-full-value`).count()).toBe(0);
    }
    // The total is certain.
    const seed = seedSimulation(illustrationFamilies(), ILLUSTRATION_PARAMS, 6000);
    const base = scenarioOf(seed);
    const moved = { ...base, rules: { ...base.rules, fullThreshold: 0.6, partialThreshold: 0.6 } };
    expect(scenarioOdds(moved, defaultProbabilities(seed)).percentiles.every((p) => p.total === 130_200)).toBe(true);
    await page.getByTestId("odds-p50-value").filter({ hasText: "130.200 €" }).waitFor();
    await shot(page, "8-simulazione-soglia-60.png");
  });

  test("at 320 px the sticky summary stays in view while the full threshold, far below the top, moves, and follows it", async () => {
    await page.setViewportSize({ width: 320, height: 568 });
    try {
      const summary = page.getByTestId("simulation-summary");
      await page.evaluate(() => window.scrollTo(0, 0));
      const natural = (await summary.boundingBox())!;
      expect(natural.height).toBeLessThan(90);

      // The slider sits below the first screen. Scroll it up near the top: the summary's own place
      // is then above the viewport, and only its sticky position keeps it in view.
      const slider = page.getByRole("slider", { name: /Soglia per il saldo pieno/ });
      const sliderTop = await slider.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(sliderTop).toBeGreaterThan(568);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // The tab list sticks above the summary: the slider goes just below the tab list, under the summary.
      const tabs = (await page.getByRole("tablist").boundingBox())!;
      await page.evaluate((y) => window.scrollTo(0, y), sliderTop - tabs.height - 40);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(natural.y + natural.height - tabs.height);
      // Focused behind the summary, the slider is scrolled out from under it.
      await slider.focus();

      const inView = async () => {
        const { height } = page.viewportSize()!;
        const stuck = (await summary.boundingBox())!;
        for (const id of ["summary-total", "summary-difference"]) {
          const box = (await page.getByTestId(id).boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(height);
        }
        expect(stuck.y).toBeLessThanOrEqual(tabs.height + 1);
        // It does not cover the slider that has the focus.
        const focused = (await slider.boundingBox())!;
        expect(focused.y).toBeGreaterThanOrEqual(stuck.y + stuck.height - 1);
        expect(focused.y + focused.height).toBeLessThanOrEqual(height);
      };

      // 60 % → 65 %: cohort 2 (63,6 %) falls back to partial.
      for (let i = 0; i < 5; i++) await slider.press("ArrowRight");
      expect(await slider.getAttribute("aria-valuetext")).toBe("65 %");
      expect(await text(page, "summary-total")).toBe("123.600 €");
      expect(await text(page, "summary-difference")).toBe("0 €");
      expect(await text(page, "summary-tier-2")).toBe("C2 parziale");
      await inView();
      await screenshot(page, "8b-simulazione-riepilogo-320.png");

      // And back to 60 %: in full again.
      for (let i = 0; i < 5; i++) await slider.press("ArrowLeft");
      expect(await slider.getAttribute("aria-valuetext")).toBe("60 %");
      expect(await text(page, "summary-total")).toBe("130.200 €");
      expect(await text(page, "summary-difference")).toBe("+6.600 €");
      expect(await text(page, "summary-tier-2")).toBe("C2 pieno");
      await inView();
    } finally {
      await page.setViewportSize({ width: 380, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  test("saves that scenario below the first, and the comparison shows what changed", async () => {
    await page.getByRole("textbox", { name: "Nome dello scenario" }).fill("Soglia piena al 60 %");
    await page.getByRole("button", { name: "Salva scenario" }).click();
    await page.getByText("Scritta la tabella H4A_Scenario_2 nel foglio H4A_Scenari.").waitFor();

    const tables = (await inWorkbook(page, (fake) => fake.tables())) as { name: string; sheet: string; address: string }[];
    expect(tables.map((t) => [t.name, t.sheet])).toEqual([
      ["H4A_Scenario_1", "H4A_Scenari"],
      ["H4A_Scenario_2", "H4A_Scenari"],
    ]);
    const firstEnd = Number(/(\d+)$/.exec(tables[0].address)![1]);
    const secondStart = Number(/!A(\d+):/.exec(tables[1].address)![1]);
    expect(secondStart).toBe(firstEnd + 3);
    const title = await inWorkbook(page, (fake, row: number) => fake.value("H4A_Scenari", `A${row}`), secondStart - 1);
    expect(title).toMatch(/^Scenario 2: Soglia piena al 60 % \(\d{4}-\d\d-\d\d \d\d:\d\d\)$/);
    const second = await tableRecords(page, "H4A_Scenario_2");
    expect(valueOf(second, "fullThreshold")).toBe(0.6);
    expect(valueOf(second, "tier", 2)).toBe(1);
    expect(valueOf(second, "payment", "", 4)).toBe(33_000);
    expect(valueOf(second, "total")).toBe(130_200);
    expect(valueOf(second, "difference")).toBe(6_600);
    expect(valueOf(second, "sourceStability", 2)).toBe("tasso osservato della coorte");
    expect(
      await inWorkbook(page, (fake) =>
        fake.names().some((n: { name: string; visible: boolean }) => n.name === "H4A_Owned_H4A_Scenari" && !n.visible),
      ),
    ).toBe(true);

    await page.getByRole("button", { name: "Leggi gli scenari salvati" }).click();
    const comparison = page.getByTestId("scenario-comparison");
    await comparison.waitFor();
    const rows = await comparison.getByRole("row").allTextContents();
    expect(rows).toContain("Totale dei pagamenti (€)123.600 €130.200 €+6.600 €");
    expect(rows).toContain("Anno 4 · Pagamento (€)26.400 €33.000 €+6.600 €");
    await comparison.scrollIntoViewIfNeeded();
    await shot(page, "9-scenari.png");

    // Nothing but H4A_Scenari was written.
    expect(await inWorkbook(page, (fake, sheet: string) => fake.view(sheet), SHEET)).toEqual(userSheet);
    expect(await inWorkbook(page, (fake) => fake.view("H4A_Parametri"))).toEqual(parameters);
    expect(pane.errors).toEqual([]);
  });
});
