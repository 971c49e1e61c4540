import type { Page } from "playwright-core";
import { toSerial } from "../../src/engine/cells/calendar";
import { inWorkbook, type OpenPane, paneSuite, screenshot } from "./harness";
import { beneficiarySeed, SHEET } from "./sampleWorkbook";

/**
 * The ledger of the Pagamenti tab in the PRODUCTION build, in headless Chromium, in a pane 320 px
 * wide: the officer records the payment of year 1 of §9 with its act and date, confirms it in the
 * dialog, and H4A appends it to H4A_Registro and writes the print-ready statement
 * H4A_Prospetto_1, which Excel shows; then the commitments read at that width.
 */

jest.setTimeout(180_000);

const suite = paneSuite();

const shot = (page: Page, name: string) => screenshot(page, name, true);

describe("the ledger in Pagamenti, as the finance officer records a payment", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })], viewport: { width: 320, height: 900 } });
    page = pane.page;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    // office.js outside Office supports no requirement set: the fake's answers (an Excel with
    // ExcelApi 1.9, which sets page layouts) are put in front of it, as Excel itself would give them.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, any>;
      const office = Object.create(w.Office ?? null);
      for (const [name, value] of Object.entries(w.__H4A_TEST_WORKBOOK__.Office))
        Object.defineProperty(office, name, { value, configurable: true });
      w.Office = office;
    });
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("records the payment of year 1: the rows go to H4A_Registro, and H4A_Prospetto_1 is written with its print settings and shown", async () => {
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    await page.getByRole("heading", { name: "Registra il pagamento dell'anno 1" }).waitFor();
    await page.getByRole("textbox", { name: /Atto di liquidazione/ }).fill("DD 1234/2026");
    await page.getByLabel("Data dell'atto").fill("2026-12-15");
    await page.getByRole("button", { name: "Registra il pagamento dell'anno 1" }).click();

    const dialog = page.getByRole("alertdialog", { name: "Registrare il pagamento dell'anno 1?" });
    await dialog.waitFor();
    expect(await dialog.getByTestId("confirm-totals").textContent()).toBe("Totale dell'anno13.200 €Cumulato13.200 €");
    await shot(page, "ledger-1-conferma.png");
    await dialog.getByRole("button", { name: "Registra", exact: true }).click();
    await page.getByText("Registrato il pagamento dell'anno 1: 13.200 €").waitFor({ timeout: 60_000 });
    await shot(page, "ledger-2-registrato.png");

    const workbook = await inWorkbook(page, (fake) => ({
      sheets: fake.sheetNames(),
      register: fake.view("H4A_Registro").values,
      evidence: fake.view("H4A_Evidenze").values.length,
      active: fake.activeSheet(),
      layout: fake.pageLayout("H4A_Prospetto_1"),
      title: fake.value("H4A_Prospetto_1", "A3"),
      names: fake.names().map((n: { name: string }) => n.name),
    }));
    expect(workbook.sheets).toEqual([SHEET, "H4A_Parametri", "H4A_Evidenze", "H4A_Registro", "H4A_Prospetto_1"]);
    expect(workbook.register).toHaveLength(2);
    expect(workbook.register[0].slice(0, 5)).toEqual(["Anno di programma", "Anno solare", "Coorte", "Anno di percorso", "Voce"]);
    expect(workbook.register[1].slice(0, 13)).toEqual([
      1,
      "",
      1,
      1,
      "Tranche",
      11,
      "",
      "",
      "",
      "",
      13200,
      "DD 1234/2026",
      toSerial({ year: 2026, month: 12, day: 15 }),
    ]);
    for (const fingerprint of workbook.register[1].slice(13)) expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(workbook.evidence).toBe(12);
    expect(workbook.active).toBe("H4A_Prospetto_1");
    expect(workbook.title).toMatch(/^Prospetto di liquidazione — anno di programma 1/);
    expect(workbook.layout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      printTitleRows: "1:2",
      centerFooter: "Pagina &P di &N",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(workbook.layout.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    expect(workbook.names).toEqual(
      expect.arrayContaining(["H4A_Owned_H4A_Registro", "H4A_Owned_H4A_Evidenze", "H4A_Owned_H4A_Prospetto_1"]),
    );

    const years = page.getByTestId("ledger-years");
    expect(await years.getByRole("row").nth(1).textContent()).toBe("Anno 113.200 €PagatoDD 1234/2026 del 15/12/2026Prospetto");
    await page.getByRole("heading", { name: "Registra il pagamento dell'anno 2" }).waitFor();
  });

  test("the statement of the recorded year is written again from its row, and shown", async () => {
    await inWorkbook(page, (fake, sheet: string) => fake.type(sheet, "A1", fake.value(sheet, "A1")), SHEET);
    await page.getByRole("button", { name: "Prospetto dell'anno 1" }).click();
    await page.getByText("Scritto il prospetto (foglio H4A_Prospetto_1).").waitFor();
    expect(await inWorkbook(page, (fake) => fake.activeSheet())).toBe("H4A_Prospetto_1");
    expect(await inWorkbook(page, (fake) => fake.view("H4A_Registro").values.length)).toBe(2);
  });

  test("the commitments read at 320 px: no number cut, the chart fits, high contrast keeps the series apart, and the page logged no error", async () => {
    const table = page.getByTestId("commitments-table");
    await table.scrollIntoViewIfNeeded();
    await shot(page, "ledger-3-impegni.png");
    const cut = await table.evaluate((element) =>
      [...element.querySelectorAll("td, th")]
        .filter((cell) => (cell as HTMLElement).scrollWidth > (cell as HTMLElement).clientWidth + 1)
        .map((cell) => cell.textContent),
    );
    expect(cut).toEqual([]);
    // The five columns fit the pane: no scrolling needed to read the maximum.
    const region = await page
      .getByRole("region", { name: "Impegni per anno" })
      .evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(region.scroll).toBeLessThanOrEqual(region.client);
    const chart = await page.getByTestId("commitments-chart").boundingBox();
    expect(chart).not.toBeNull();
    expect(chart!.x).toBeGreaterThanOrEqual(0);
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // High contrast (forced colours): every series in the system's text colour, told apart by its pattern.
    await page.emulateMedia({ forcedColors: "active" });
    const colours = await page.getByTestId("commitments-chart").evaluate((svg) => {
      const probe = document.createElement("span");
      probe.style.color = "CanvasText";
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const of = (selector: string) => getComputedStyle(svg.querySelector(selector) as Element).color;
      return {
        canvasText,
        series: [of('[data-series="paid"]'), of('[data-series="due"]'), of('[data-series="maximum"]')],
        fills: [...new Set([...svg.querySelectorAll("[data-series]")].map((e) => e.getAttribute("fill")))],
      };
    });
    expect(colours.series).toEqual([colours.canvasText, colours.canvasText, colours.canvasText]);
    expect(colours.fills).toEqual(expect.arrayContaining(["currentColor", "none", expect.stringMatching(/^url\(#/)]));
    await shot(page, "ledger-4-contrasto.png");
    await page.emulateMedia({ forcedColors: "none" });
    expect(pane.errors).toEqual([]);
  });
});
