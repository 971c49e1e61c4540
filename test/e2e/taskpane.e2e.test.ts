import type { Page } from "playwright-core";
import { HIGHLIGHT_COLOURS } from "../../src/excel/highlightRecord";
import { inWorkbook, type OpenPane, paneSuite, screenshot } from "./harness";
import {
  beneficiarySeed,
  cellOf,
  EXPECTED,
  HEADER_FILL,
  HEADER_ROW,
  MISTAKES,
  PATTERNED_CELL,
  PATTERNED_FILL,
  SHEET,
  TEXT_DATE_CELL,
} from "./sampleWorkbook";

/**
 * A finance officer's session in the PRODUCTION build of the task pane, in headless Chromium, on
 * an in-memory Excel workbook: set the agreement, validate, go to an issue, highlight and remove
 * the highlight, see the payments refused, fix the data, validate again, write the payment tables
 * — and the tables' values, computed from their formulas, are those of MECHANISM.md §9.
 */

jest.setTimeout(180_000);

const suite = paneSuite();

const shot = (page: Page, name: string) => screenshot(page, name);

/** The whole beneficiary sheet: values, formulas and formats. */
const sheetView = (page: Page) => inWorkbook(page, (fake, sheet: string) => fake.view(sheet), SHEET);

/** A table's rows as records keyed by header, values computed by the fake's formula engine. */
async function tableRecords(page: Page, name: string): Promise<Record<string, unknown>[]> {
  const rows = await inWorkbook(page, (fake, table: string) => fake.tableValues(table), name);
  const [header, ...body] = rows as unknown[][];
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** Reads until the value is `wanted` or 10 s pass; returns the last value read. */
async function eventually<T>(read: () => Promise<T>, wanted: T): Promise<T> {
  const until = Date.now() + 10_000;
  let value = await read();
  while (value !== wanted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function setField(page: Page, label: RegExp, value: string) {
  const input = page.getByRole("textbox", { name: label });
  await input.fill(value);
}

describe("the task pane, as a finance officer uses it", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed()], viewport: { width: 380, height: 900 } });
    page = pane.page;
    await inWorkbook(
      page,
      (fake, a: { sheet: string; header: number; fill: unknown; cell: string; patterned: unknown }) => {
        fake.paint(a.sheet, `A${a.header}:S${a.header}`, a.fill);
        fake.paint(a.sheet, a.cell, a.patterned);
        fake.setNumberFormat(a.sheet, `H${a.header + 1}:I${a.header + 22}`, "dd/mm/yyyy");
      },
      { sheet: SHEET, header: HEADER_ROW, fill: HEADER_FILL, cell: PATTERNED_CELL, patterned: PATTERNED_FILL },
    );
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("opens on the agreement, creates H4A_Parametri on saving, with the premium and the current year of §9", async () => {
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByText("L'accordo (foglio H4A_Parametri) non è ancora nella cartella").waitFor();
    await shot(page, "1-parametri.png");

    await setField(page, /Premio per famiglia/, "6000");
    await setField(page, /Anno corrente/, "quattro");
    await page.getByText(/Atteso un numero intero ≥ 1/).waitFor();
    expect(await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).isDisabled()).toBe(true);
    await setField(page, /Anno corrente/, "4");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();

    const saved = await inWorkbook(page, (fake) => ({
      sheets: fake.sheetNames(),
      premium: fake.value("H4A_Parametri", "B4"),
      year: fake.value("H4A_Parametri", "B16"),
      names: fake.names().map((n: { name: string }) => n.name),
    }));
    expect(saved.sheets).toEqual([SHEET, "H4A_Parametri"]);
    expect(saved.premium).toBe(6000);
    expect(saved.year).toBe(4);
    expect(saved.names).toEqual(
      expect.arrayContaining(["H4A_premiumPerFamily", "H4A_currentYear", "H4A_share3", "H4A_Owned_H4A_Parametri"]),
    );
  });

  let before: Awaited<ReturnType<typeof sheetView>>;

  test("Verifica finds the sheet, lists the mistakes by severity, and clicking one selects its cell", async () => {
    before = await sheetView(page);
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page
      .getByRole("combobox", { name: "Dati dei beneficiari" })
      .filter({ hasText: `Foglio ${SHEET}` })
      .waitFor();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    const counts = page.getByTestId("issue-counts");
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(/^5 errori · 1 avviso · 0 note$/);
    for (const mistake of MISTAKES) await page.locator(`[data-severity="error"] [data-cell="${SHEET}!${mistake.cell}"]`).waitFor();
    await page.locator(`[data-severity="warning"] [data-cell="${SHEET}!${TEXT_DATE_CELL}"]`).waitFor();
    await page.getByText("Percorso per servizio inviante").waitFor();
    await shot(page, "2-verifica.png");

    await page.locator(`[data-cell="${SHEET}!${MISTAKES[0].cell}"]`).click();
    expect(await eventually(() => inWorkbook(page, (fake) => fake.selection()), `${SHEET}!${MISTAKES[0].cell}`)).toBe(
      `${SHEET}!${MISTAKES[0].cell}`,
    );
    expect(await inWorkbook(page, (fake) => fake.activeSheet())).toBe(SHEET);
  });

  test("Evidenzia colours errors red and warnings yellow, changing no value or formula", async () => {
    await page.getByRole("button", { name: "Evidenzia", exact: true }).click();
    await page.getByText(/Colorate 6 celle/).waitFor();
    const fills = await inWorkbook(page, (fake, a: { sheet: string; cells: string[] }) => a.cells.map((cell) => fake.fill(a.sheet, cell)), {
      sheet: SHEET,
      cells: [...MISTAKES.map((m) => m.cell), "A17", TEXT_DATE_CELL],
    });
    for (const fill of fills.slice(0, 5)) expect(fill).toMatchObject({ color: HIGHLIGHT_COLOURS.error, pattern: "Solid" });
    expect(fills[5]).toMatchObject({ color: HIGHLIGHT_COLOURS.warning, pattern: "Solid" });
    const during = await sheetView(page);
    expect(during.values).toEqual(before.values);
    expect(during.formulas).toEqual(before.formulas);
    await shot(page, "3-evidenzia.png");
  });

  test("Rimuovi evidenziazione gives every cell exactly the format it had", async () => {
    await page.getByRole("button", { name: "Rimuovi evidenziazione" }).click();
    await page.getByText(/Ripristinato il colore di 6 celle/).waitFor();
    expect(await sheetView(page)).toEqual(before);
    expect(await inWorkbook(page, (fake) => fake.settings())).toEqual({});
  });

  test("Pagamenti refuses while the sheet has errors, listing them", async () => {
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    await page.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }).click();
    await page.getByText("Pagamenti non scritti").waitFor();
    const listed = page.getByTestId("refusal-errors").locator("li");
    // Five errors, two of them the same rule on the same field: four lines, one saying so.
    expect(await listed.count()).toBe(4);
    expect(await listed.filter({ hasText: "(lo stesso in un'altra cella)" }).count()).toBe(1);
    expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual([SHEET, "H4A_Parametri"]);
    await shot(page, "4-pagamenti-rifiutati.png");
    await page.getByRole("button", { name: "Apri Verifica" }).click();
    await page.getByRole("heading", { name: "Verifica del foglio dei beneficiari" }).waitFor();
  });

  test("after the officer fixes the cells, validation finds no error", async () => {
    await inWorkbook(
      page,
      (fake, a: { sheet: string; fixes: { cell: string; right: unknown }[] }) => {
        for (const fix of a.fixes) fake.type(a.sheet, fix.cell, fix.right);
      },
      { sheet: SHEET, fixes: MISTAKES.map((m) => ({ cell: m.cell, right: m.right })) },
    );
    await page.getByRole("button", { name: "Verifica di nuovo" }).click();
    expect(await eventually(() => page.getByTestId("issue-counts").textContent(), "0 errori · 1 avviso · 0 note")).toBe(
      "0 errori · 1 avviso · 0 note",
    );
  });

  test("Pagamenti writes the payment tables, whose computed values are those of §9", async () => {
    const userSheet = await sheetView(page);
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    await page.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }).click();
    await page.getByText(/Scritti il calcolo e i pagamenti \(fogli H4A_Calcolo, H4A_Pagamenti\)/).waitFor({ timeout: 60_000 });
    await page.getByText(/celle coincidono con il calcolo di H4A/).waitFor();
    await shot(page, "5-pagamenti.png");

    const tranches = await tableRecords(page, "H4A_Tranche");
    const due = tranches.filter((t) => t["Dovuto"] === "Sì");
    expect(
      due
        .map((t) => ({ cohort: t["Coorte"], cohortYear: t["Anno di coorte"], amount: t["Importo"] }))
        .sort((a, b) => Number(a.cohort) - Number(b.cohort) || Number(a.cohortYear) - Number(b.cohortYear)),
    ).toEqual(EXPECTED.payments);
    const years = await tableRecords(page, "H4A_Anni");
    expect(years.map((y) => ({ programmeYear: y["Anno di programma"], amount: y["Pagamento"], cumulative: y["Cumulato"] }))).toEqual(
      EXPECTED.years,
    );
    const saving = await tableRecords(page, "H4A_Risparmio");
    expect(saving[0]["Premio pagato"]).toBe(EXPECTED.total);

    expect(await page.getByTestId("payment-totals").textContent()).toContain("123.600 €");
    expect(await inWorkbook(page, (fake) => fake.activeSheet())).toBe("H4A_Pagamenti");
    expect(await sheetView(page)).toEqual(userSheet);
  });

  test("writing again replaces only the add-in's tables, and the tables follow a change in the data", async () => {
    const tablesBefore = await inWorkbook(page, (fake) => fake.tables());
    await page.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }).click();
    await page.getByText(/celle coincidono con il calcolo di H4A/).waitFor();
    expect(await inWorkbook(page, (fake) => fake.tables())).toEqual(tablesBefore);
    expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual([SHEET, "H4A_Parametri", "H4A_Calcolo", "H4A_Pagamenti"]);

    // Without the add-in: the support of one more family of cohort 1 continued in year 2 (H4A-11);
    // the native formulas follow, the year-2 tranche of cohort 1 becomes 0.3 × 6,000 × 11.
    await inWorkbook(page, (fake, cell: string) => fake.type("Beneficiari", cell, "Sì"), cellOf("supportContinued", "H4A-11"));
    const years = await tableRecords(page, "H4A_Anni");
    expect(years.map((y) => y["Pagamento"])).toEqual([13_200, 33_000, 52_800, 26_400]);
    expect(await tableRecords(page, "H4A_Esiti")).toHaveLength(2);
  });

  test("Informazioni still lists the H4A functions, and the page logged no error", async () => {
    await page.getByRole("tab", { name: "Informazioni" }).click();
    await page.getByText("=H4A.TIER(", { exact: false }).first().waitFor();
    await shot(page, "6-informazioni.png");
    expect(pane.errors).toEqual([]);
    // The pane itself calls no outside host: only office.js's own telemetry tried to (and was refused).
    expect(pane.strayRequests.filter((url) => !new URL(url).hostname.endsWith(".oaspapps.com"))).toEqual([]);
    const requests = await inWorkbook(page, (fake) => fake.requests);
    expect(Math.max(...requests.map((r: { bytes: number }) => r.bytes))).toBeLessThan(5_000_000);
  });
});
