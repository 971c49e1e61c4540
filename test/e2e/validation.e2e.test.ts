import path from "path";
import type { Page } from "playwright-core";
import type { SeedSheet } from "../support/fakeExcel";
import { BENEFICIARIES, sampleSeed } from "./candidatesWorkbook";
import { ARTIFACTS, paneSuite, screenshot, type OpenPane } from "./harness";

/**
 * Verifica in a 320 px pane, in the PRODUCTION build of the task pane, in headless Chromium, on
 * the sample workbook (beneficiaries and the applications of 2023–2025): the flow table, six stages
 * wide, fits with nothing cut, and the summary shows each cohort's year-3 rates against the
 * thresholds with the tier they give.
 */

jest.setTimeout(180_000);

const suite = paneSuite();
let seed: SeedSheet[];

beforeAll(async () => {
  seed = await sampleSeed();
});

describe("Verifica in a 320 px pane", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: seed, viewport: { width: 320, height: 900 } });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the agreement of the sample: premium 6,000 €, fourth year (cohorts 1 and 2 have reached year 3)", async () => {
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();
  });

  test("the flow table fits the pane: nothing is cut, the stages' letters are named in full and in a legend", async () => {
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page
      .getByRole("combobox", { name: "Dati dei beneficiari" })
      .filter({ hasText: `Foglio ${BENEFICIARIES}` })
      .waitFor();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByTestId("issue-counts").waitFor();
    const table = page.getByTestId("flow-table");
    await table.waitFor();
    expect(await table.locator("thead th").allTextContents()).toEqual(["Servizio", "D", "A", "I", "C", "M", "S"]);
    const fit = await page.getByTestId("flow-scroll").evaluate((region) => {
      const tableElement = region.querySelector("table") as HTMLTableElement;
      const section = region.closest("section") as HTMLElement;
      return {
        scrollWidth: region.scrollWidth,
        clientWidth: region.clientWidth,
        table: tableElement.getBoundingClientRect().width,
        region: region.getBoundingClientRect().width,
        sectionRight: section.getBoundingClientRect().right,
        tableRight: tableElement.getBoundingClientRect().right,
        viewport: window.innerWidth,
        focusable: region.tabIndex === 0 && region.getAttribute("role") === "region" && region.getAttribute("aria-label") !== null,
      };
    });
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.table).toBeLessThanOrEqual(fit.region);
    expect(fit.tableRight).toBeLessThanOrEqual(fit.viewport);
    expect(fit.focusable).toBe(true);
    // The last column, Stabilità, is on screen: its header and the total's count.
    const stability = table.locator("thead th").last();
    expect(await stability.getAttribute("aria-label")).toBe("Stabilità");
    const box = await stability.boundingBox();
    expect(box !== null && box.x + box.width <= 320).toBe(true);
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)));
    expect(rows[rows.length - 1]).toEqual(["Totale", "74", "61", "39", "38", "35", "21"]);
    expect(await page.getByTestId("flow-legend").textContent()).toBe(
      "Legenda: D domande · A ammesse · I inviate · C contratto firmato · M alloggio mantenuto · S stabilità abitativa",
    );
    // Nothing in the pane is wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByTestId("flow").screenshot({ path: path.join(ARTIFACTS, "verifica-320-flusso.png"), animations: "disabled" });
  });

  test("the summary shows each cohort's three rates as count / families = percentage against the thresholds, and the tier", async () => {
    expect(await page.getByTestId("tier-thresholds").textContent()).toBe("Soglie dell'accordo: pieno > 80 %, parziale ≥ 60 %.");
    const rates = page.getByTestId("cohort-rates-1");
    await rates.waitFor();
    const lines = await rates.locator("[data-rate]").allTextContents();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Stabilità abitativa: \d+ \/ \d+ = \d+,\d % \((>|≥|≤|<) /);
    expect(lines[1]).toMatch(/^Benessere migliorato: \d+ \/ \d+ = \d+,\d % \(/);
    expect(lines[2]).toMatch(/^Attesa < \d+ mesi: \d+ \/ \d+ = \d+,\d % \(/);
    expect(await page.getByTestId("cohort-tier-1").textContent()).toMatch(
      /^Fascia del saldo: (pieno|parziale|sotto soglia) \(\d+ % della quota\)$/,
    );
    await screenshot(page, "verifica-320-tassi.png", true);
  });
});
