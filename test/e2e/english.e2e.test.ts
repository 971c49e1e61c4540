import type { Page } from "playwright-core";
import { HOUSING_CONDITION_EN } from "../../src/engine/candidates/dataWords";
import { PARAM_LABELS } from "../../src/engine/agreement/paramLabels";
import type { SeedSheet } from "../support/fakeExcel";
import { BENEFICIARIES, sampleSeed } from "./candidatesWorkbook";
import { paneSuite, screenshot, type OpenPane } from "./harness";

/**
 * The pane in English (the browser's language en-US stands for Office's display language), at
 * 320 px, in the PRODUCTION build, on the sample workbook (beneficiaries and applications): every
 * tab is read as an English user reads it. No Italian word of the pane's own leaks in, no
 * parameter key stands for its name, a label that names a sheet says what the sheet is, and the
 * Italian values of the candidates sheet are said in English words in the ranking's reasons.
 */

jest.setTimeout(300_000);

const suite = paneSuite();
let seed: SeedSheet[];

beforeAll(async () => {
  seed = await sampleSeed();
});

/**
 * Words of the pane's Italian that have no place in its English. The user's own data may be
 * Italian (sheet and service names, a cell's value in parentheses): those are not in the list.
 */
const ITALIAN_WORDS = [
  "Sì",
  "Salva",
  "Scrivi",
  "Registra",
  "Anno corrente",
  "anno",
  "riga",
  "righe",
  "coorte",
  "foglio",
  "fogli",
  "famiglia",
  "famiglie",
  "della",
  "dell'",
  "non è",
  "Verifica",
  "Informazioni",
  "Condividi",
  "Simulazione",
  "Pagamenti",
  "Parametri",
  "Graduatoria",
  "Evidenzia",
  "Riepilogo",
  "Esito",
  "domande",
  "ammesse",
  "mesi",
  "punti",
  "sfratto eseguito",
  "Premio",
  "Soglia",
];

/** A word as a whole word: "Parametri" inside the sheet name H4A_Parametri is the sheet's name, not a word. */
const wordPattern = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_])`, "u");

const italianIn = (text: string): string[] => ITALIAN_WORDS.filter((word) => wordPattern(word).test(text));

/** Parameter keys standing alone (not inside a named cell's name, H4A_currentYear); "cap" and "shares" are also English words. */
const keysIn = (text: string): string[] => Object.keys(PARAM_LABELS).filter((key) => /[A-Z]/.test(key) && wordPattern(key).test(text));

const panelText = (page: Page, key: string) => page.locator(`#h4a-panel-${key}`).innerText();

/** Every button's accessible name in a tab's panel. */
const buttonNames = (page: Page, key: string) =>
  page
    .locator(`#h4a-panel-${key} button`)
    .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute("aria-label") ?? b.textContent ?? "").trim()));

/** A label naming a sheet of the add-in says what it is and gives the name beside it: "Save the agreement (sheet H4A_Parametri)". */
const SHEET_LABEL = /^\p{Lu}[\p{L} ]+ \((sheet H4A_\w+|sheets H4A_\w+ and H4A_\w+)\)$/u;

describe("the pane in English, at 320 px", () => {
  let pane: OpenPane;
  let page: Page;
  const seen: Record<string, string> = {};
  const buttons: string[] = [];

  beforeAll(async () => {
    pane = await suite.open({ sheets: seed, viewport: { width: 320, height: 900 }, locale: "en-US" });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("Parameters: the agreement is saved with a button that says what it saves and where", async () => {
    await page.getByRole("tab", { name: "Parameters" }).waitFor();
    await page.getByText("The agreement (sheet H4A_Parametri) is not in the workbook yet").waitFor();
    await page.getByRole("textbox", { name: /Premium per family/ }).fill("6000");
    await page.getByRole("textbox", { name: /Current year/ }).fill("4");
    await page.getByRole("button", { name: "Save the agreement (sheet H4A_Parametri)" }).click();
    await page.getByText("Agreement saved (sheet H4A_Parametri).").waitFor();
    seen.parameters = await panelText(page, "parameters");
    buttons.push(...(await buttonNames(page, "parameters")));
  });

  test("Validate: the summary and the findings in English", async () => {
    await page.getByRole("tab", { name: "Validate" }).click();
    await page
      .getByRole("combobox", { name: "Beneficiary data" })
      .filter({ hasText: `Sheet ${BENEFICIARIES}` })
      .waitFor();
    await page.getByRole("button", { name: "Validate", exact: true }).click();
    await page.getByTestId("issue-counts").waitFor();
    await page.getByRole("button", { name: "Write the path (sheet H4A_Flusso)" }).waitFor();
    seen.validation = await panelText(page, "validation");
    buttons.push(...(await buttonNames(page, "validation")));
  });

  test("Ranking: a reason says the sheet's Italian values in English words, and rows are gone to with “Go to row N”", async () => {
    await page.getByRole("tab", { name: "Ranking" }).click();
    await page.getByTestId("ranking-counts").waitFor();

    await page.locator('[data-testid="ranked-list"] [data-family="TO-2023-001"] button').first().click();
    const breakdown = page.locator('[data-family="TO-2023-001"] [data-testid="breakdown"]');
    await breakdown.waitFor();
    const why = await breakdown.innerText();
    expect(why).toContain("Eligible for: eviction carried out; 14 months in temporary accommodation (at least 3).");
    expect(why).toContain("Eviction carried out: 30");
    expect(why).not.toMatch(/eseguito|executed/);
    await screenshot(page, "english-ranking-320.png");

    const goTo = await page
      .locator('[data-testid="ranked-list"] button, [data-testid="excluded-list"] button')
      .evaluateAll((items) => items.map((item) => (item.textContent ?? "").trim()).filter((text) => text.startsWith("Go to")));
    expect(goTo.length).toBeGreaterThan(0);
    for (const text of goTo) expect(text).toMatch(/^Go to row \d+$/);

    // A family without an emergency: each condition in English, the cell's own value in parentheses beside it.
    const reasons = await page.locator('[data-testid="excluded-list"] [data-reason="no-emergency"]').allInnerTexts();
    expect(reasons.length).toBeGreaterThan(0);
    const conditions = Object.entries(HOUSING_CONDITION_EN).map(([token, english]) => `housing condition: ${english} (${token})`);
    for (const reason of reasons) {
      expect(reason).toMatch(/^no emergency condition: (no eviction|eviction notice served), /);
      expect(conditions.some((said) => reason.includes(said)) || reason.includes("housing condition not given")).toBe(true);
      expect(reason).not.toMatch(/"[a-zà-ù ]+"|condition "/);
    }

    seen.ranking = await panelText(page, "ranking");
    buttons.push(...(await buttonNames(page, "ranking")));
  });

  test("Payments: the tables are written with a button that says what it writes", async () => {
    await page.getByRole("tab", { name: "Payments" }).click();
    await page.getByRole("button", { name: "Write the payments (sheets H4A_Calcolo and H4A_Pagamenti)" }).click();
    await page.getByText("Wrote the computation and the payments (sheets H4A_Calcolo, H4A_Pagamenti).").waitFor({ timeout: 60_000 });
    seen.payments = await panelText(page, "payments");
    buttons.push(...(await buttonNames(page, "payments")));
  });

  test("Simulation and Share", async () => {
    await page.getByRole("tab", { name: "Simulation" }).click();
    await page.getByRole("button", { name: "Save scenario" }).waitFor({ timeout: 60_000 });
    seen.simulation = await panelText(page, "simulation");
    await page.getByRole("tab", { name: "Share" }).click();
    await page.getByRole("button", { name: "Make the copy for Homes4All" }).waitFor();
    seen.share = await panelText(page, "share");
    buttons.push(...(await buttonNames(page, "simulation")), ...(await buttonNames(page, "share")));
  });

  test("About: a yes/no argument says Yes/No, not Sì/No", async () => {
    await page.getByRole("tab", { name: "About" }).click();
    await page.getByText("=H4A.STABILITYRATE", { exact: false }).waitFor();
    seen.info = await panelText(page, "info");
    expect(seen.info).toContain("one yes/no cell per family (Yes/No, X, 1/0, TRUE/FALSE)");
    expect(seen.info).not.toMatch(/Sì|Vero|Falso/);
  });

  test("no tab shows an Italian word of the pane's own", () => {
    expect(Object.keys(seen).sort()).toEqual(["info", "parameters", "payments", "ranking", "share", "simulation", "validation"]);
    const found = Object.fromEntries(Object.entries(seen).map(([tab, text]) => [tab, italianIn(text)]));
    expect(found).toEqual({ info: [], parameters: [], payments: [], ranking: [], share: [], simulation: [], validation: [] });
  });

  test("no tab names a parameter by its key (the functions' argument names in About are Excel's own)", () => {
    const found = Object.fromEntries(
      Object.entries(seen)
        .filter(([tab]) => tab !== "info")
        .map(([tab, text]) => [tab, keysIn(text)]),
    );
    expect(found).toEqual({ parameters: [], payments: [], ranking: [], share: [], simulation: [], validation: [] });
  });

  test("every button that names a sheet of the add-in says what the sheet holds, with the name beside it", () => {
    const naming = [...new Set(buttons.filter((name) => name.includes("H4A_")))];
    expect(naming).toEqual(
      expect.arrayContaining([
        "Save the agreement (sheet H4A_Parametri)",
        "Write the path (sheet H4A_Flusso)",
        "Write the ranking (sheet H4A_Graduatoria)",
        "Write the payments (sheets H4A_Calcolo and H4A_Pagamenti)",
      ]),
    );
    for (const name of naming) expect(name).toMatch(SHEET_LABEL);
    expect(pane.errors).toEqual([]);
  });
});
