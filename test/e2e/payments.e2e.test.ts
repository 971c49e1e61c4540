import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { type OpenPane, paneSuite, screenshot } from "./harness";
import { beneficiarySeed } from "./sampleWorkbook";

/**
 * Pagamenti as a finance officer reads it in a 320 px pane, in the PRODUCTION build, on the
 * workbook of MECHANISM.md §9 in its third year (2026): this year's tranches — cohort 1's balance
 * with its three rates against the thresholds and its tier, cohort 2's second tranche — the City's
 * saving said in words, and the three totals of the pane side by side with what each means, the
 * simulated and expected ones the very figures the Simulazione tab shows.
 */

jest.setTimeout(180_000);

const suite = paneSuite();

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

/** Whether the page scrolls sideways (the pane is 320 px wide). */
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe("Pagamenti shows this year's payment and reconciles the totals", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })], viewport: { width: 320, height: 900 } });
    page = pane.page;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("3");
    await page.getByRole("textbox", { name: /Anno solare/ }).fill("2024");
    await page.getByRole("button", { name: /^Salva .*H4A_Parametri/ }).click();
    await page.getByText(/^(Accordo|Parametri) salvat/).waitFor();
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    const write = page.getByRole("button", { name: /^Scrivi .*H4A_Pagamenti/ });
    await write.waitFor();
    await write.click();
    await page.getByTestId("this-year").waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("marks the current year with its calendar year, in its own section and in the table of the years", async () => {
    const section = page.getByRole("region", { name: "Quest'anno: Anno 3 (2026)" });
    expect(await section.count()).toBe(1);
    expect(await section.getByText("anno corrente", { exact: true }).count()).toBe(1);
    const rows = await page.getByTestId("payment-years").getByRole("row").allTextContents();
    expect(rows).toEqual([
      "AnnoPagamentoCumulato",
      "Anno 1 (2024)13.200 €13.200 €",
      "Anno 2 (2025)31.200 €44.400 €",
      "Anno 3 (2026) · anno corrente52.800 €97.200 €",
    ]);
  });

  test("lists each cohort's tranche of the year: which year of its path, its share, its families and the amount", async () => {
    const items = page
      .getByTestId("this-year")
      .getByRole("listitem")
      .filter({ has: page.locator("strong") });
    expect(await items.count()).toBe(2);
    expect(await text(page, "this-year-cohort-1")).toMatch(/^Coorte 1 · anno 3 di 3 del percorso \(saldo\)/);
    expect(await text(page, "this-year-tranche-1")).toBe("Quota 50 % · 11 famiglie · 33.000 €");
    expect(await text(page, "this-year-cohort-2")).toMatch(/^Coorte 2 · anno 2 di 3 del percorso \(seconda tranche\)/);
    expect(await text(page, "this-year-tranche-2")).toBe("Quota 30 % · 11 famiglie · 19.800 €");
  });

  test("for the balance, the three rates against the thresholds and the tier they give; none for a second tranche", async () => {
    expect(await text(page, "this-year-thresholds-1")).toMatch(/pieno > 80 %, parziale ≥ 60 %/);
    const rates = await page.getByTestId("this-year-rates-1").getByRole("listitem").allTextContents();
    expect(rates).toHaveLength(3);
    expect(rates[0]).toMatch(/^Stabilità.*: 9 \/ 11 = 81,8 % \(> 80 %\)$/);
    expect(rates[1]).toMatch(/^Benessere.*: 10 \/ 11 = 90,9 % \(> 80 %\)$/);
    expect(rates[2]).toMatch(/^Attesa < 8 mesi.*: 11 \/ 11 = 100,0 % \(> 80 %\)$/);
    expect(await text(page, "this-year-tier-1")).toMatch(/: pieno \(100 % della quota\)$/);
    expect(await page.getByTestId("this-year-rates-2").count()).toBe(0);
  });

  test("says what the City's saving is where it appears", async () => {
    expect(await text(page, "payment-totals")).toContain("Risparmio del Comune746.345,63 €");
    expect(await text(page, "saving-explained")).toMatch(
      /^Risparmio del Comune: quanto la Città non spende per le permanenze in strutture temporanee/,
    );
  });

  test("sets the three totals side by side, each with its meaning, the simulated and expected ones as Simulazione shows them", async () => {
    const compared = page.getByRole("region", { name: "Totali a confronto" });
    expect(await compared.getByRole("listitem").count()).toBe(3);
    expect(await text(page, "total-due-amount")).toBe("97.200 €");
    expect(await text(page, "total-due-meaning")).toBe(
      "Le tranche dovute fino all'anno corrente, Anno 3 (2026), con gli esiti verificati e dopo il tetto: quanto riporta il foglio dei pagamenti (H4A_Pagamenti).",
    );
    expect(await text(page, "total-simulated-amount")).toBe("130.200 €");
    expect(await text(page, "total-simulated-meaning")).toBe(
      "Il dovuto più 33.000 € di tranche proiettate per gli anni non ancora verificati, Anno 4 (2027), con i conteggi da cui parte la scheda Simulazione.",
    );
    expect(await text(page, "total-expected-amount")).toBe("129.682,79 €");
    expect(await text(page, "total-expected-meaning")).toMatch(/^La media dei totali possibili, ciascuno pesato per la sua probabilità/);
    await screenshot(page, "pagamenti-totali-a-confronto.png", true);

    const simulated = await text(page, "total-simulated-amount");
    const expected = await text(page, "total-expected-amount");
    await page.getByRole("tab", { name: "Simulazione" }).click();
    await page.getByTestId("simulation-total").waitFor({ timeout: 60_000 });
    await page.getByTestId("odds-expected-total").waitFor({ timeout: 60_000 });
    expect(await text(page, "simulation-total")).toBe(simulated);
    expect(await text(page, "odds-expected-total")).toBe(expected);
  });

  test("nothing overflows sideways at 320 px, axe finds nothing serious, and the page raised no error", async () => {
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    await page.getByTestId("totals-compared").waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
