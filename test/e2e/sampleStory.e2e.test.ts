import path from "path";
import type { Page } from "playwright-core";
import type { SeedSheet } from "../support/fakeExcel";
import { BENEFICIARIES, CANDIDATES, sampleSeed } from "./candidatesWorkbook";
import { ARTIFACTS, paneSuite, type OpenPane } from "./harness";

/**
 * The sample workbook tells one story (issue 16): in a 320 px pane, in the PRODUCTION build, in
 * headless Chromium, Verifica on the sample's beneficiary and candidate sheets finds every family
 * sent among the applications, and the City's funnel narrows at every stage — applications,
 * eligible, sent, lease signed, housing kept, housing stability — for each referring service and
 * in total.
 */

jest.setTimeout(180_000);

const suite = paneSuite();
let seed: SeedSheet[];
let families: number;

beforeAll(async () => {
  seed = await sampleSeed();
  const beneficiaries = seed.find((sheet) => sheet.name === BENEFICIARIES) as SeedSheet;
  // The family rows: those under the header whose first cell is an id.
  families = beneficiaries.rows.filter((row) => /^TO-\d{4}-\d{3}$/.test(String(row[0] ?? ""))).length;
});

describe("the sample's funnel in Verifica, 320 px", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    expect(seed.map((sheet) => sheet.name)).toEqual([BENEFICIARIES, CANDIDATES]);
    pane = await suite.open({ sheets: seed, viewport: { width: 320, height: 900 } });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the agreement of the sample: premium 6,000 €, fourth year", async () => {
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: /^Salva.*H4A_Parametri/ }).click();
    await page.getByText(/salvat[oi].*H4A_Parametri/).waitFor();
  });

  test("every family sent is among the applications", async () => {
    expect(families).toBe(39);
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page
      .getByRole("combobox", { name: "Dati dei beneficiari" })
      .filter({ hasText: `Foglio ${BENEFICIARIES}` })
      .waitFor();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    const join = page.getByTestId("flow-join");
    await join.waitFor();
    const text = (await join.textContent()) ?? "";
    expect(text).toContain(`Famiglie inviate presenti tra le domande: ${families} di ${families};`);
  });

  test("each stage's count is at most the previous one, for every service and in total", async () => {
    const table = page.getByTestId("flow-table");
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
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")));
    expect(rows.length).toBeGreaterThan(2);
    for (const [service, ...cells] of rows) {
      const counts = cells.map(Number);
      expect(counts).toHaveLength(6);
      expect(counts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      const narrowing = counts.slice(1).every((n, i) => n <= counts[i]);
      expect({ service, counts, narrowing }).toEqual({ service, counts, narrowing: true });
    }
    const total = rows[rows.length - 1];
    expect(total[0]).toBe("Totale");
    // More applications than eligible families, more eligible than sent: the list was a real choice.
    const [applied, eligible, sent] = total.slice(1).map(Number);
    expect(applied).toBeGreaterThan(eligible);
    expect(eligible).toBeGreaterThan(sent);
    expect(sent).toBe(families);
    // Nothing in the pane is wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByTestId("flow").screenshot({ path: path.join(ARTIFACTS, "sample-story-320-flusso.png"), animations: "disabled" });
  });

  test("the page logged no error", async () => {
    expect(pane.errors).toEqual([]);
  });
});
