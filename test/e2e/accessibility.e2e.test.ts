import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { sampleSeed } from "./candidatesWorkbook";
import { ROOT, type OpenPane, paneSuite } from "./harness";

/**
 * The task pane at 320 px, in the PRODUCTION build, in headless Chromium, on the sample workbook:
 * axe-core finds no serious or critical violation on any of the seven tabs, neither as each tab
 * opens nor once it shows what it is for (results, expanded sections, a dialog); Simulazione's spin
 * buttons say which cohort they count, their arrows speak Italian; and the tab list stays on screen
 * and clickable at the bottom of a long tab, without hiding the field that has the focus.
 */

jest.setTimeout(300_000);

const suite = paneSuite();
const PASSPHRASE = "la casa di via Roma ha sette finestre verdi";
const SHARED_FILE = path.join(ROOT, "assets", "sample", "beneficiari-con-errori.xlsx");

/** axe's serious and critical findings, reported with the state of the pane they were found in. */
async function expectNoSeriousViolation(page: Page, state: string): Promise<void> {
  const findings = await seriousViolations(page);
  expect({ state, findings }).toEqual({ state, findings: [] });
}

/** The accessible names of the spin buttons under `scope`, as the accessibility tree gives them. */
async function spinButtonNames(page: Page, testId: string): Promise<string[]> {
  const tree = await page.getByTestId(testId).ariaSnapshot();
  return Array.from(tree.matchAll(/- spinbutton "((?:[^"\\]|\\.)*)"/g), (match) => JSON.parse(`"${match[1]}"`) as string);
}

/** Where the tab list is, and whether the point at the middle of `tab` belongs to it (nothing covers it). */
async function tabListPlace(page: Page, tab: string) {
  return page.getByRole("tab", { name: tab }).evaluate((element) => {
    const list = element.closest('[role="tablist"]')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      top: list.top,
      bottom: list.bottom,
      viewport: window.innerHeight,
      scrollY: window.scrollY,
      reachable: hit !== null && element.contains(hit),
    };
  });
}

/** office.js outside Office has no document: the fake's getFileAsync and Excel.createWorkbook are put in front of it. */
async function serveFile(page: Page, bytes: Uint8Array): Promise<void> {
  await page.evaluate((base64: string) => {
    type Fake = { Excel: { createWorkbook: unknown }; Office: Record<string, unknown> };
    const w = window as unknown as {
      __H4A_FAKE_MODULE__: {
        FakeExcel: new (sheets: unknown[], tables: unknown[], options: { file: Uint8Array; maxSliceBytes: number }) => Fake;
      };
      __H4A_TEST_WORKBOOK__: Fake;
      Office: object | undefined;
    };
    const binary = atob(base64);
    const file = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) file[i] = binary.charCodeAt(i);
    const files = new w.__H4A_FAKE_MODULE__.FakeExcel([], [], { file, maxSliceBytes: 4096 });
    w.__H4A_TEST_WORKBOOK__.Excel.createWorkbook = files.Excel.createWorkbook;
    const office = Object.create(w.Office ?? null);
    for (const [name, value] of Object.entries(files.Office)) Object.defineProperty(office, name, { value, configurable: true });
    w.Office = office;
  }, Buffer.from(bytes).toString("base64"));
}

describe("the pane at 320 px, with axe-core and the keyboard", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: await sampleSeed(), viewport: { width: 320, height: 568 } });
    page = pane.page;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the tab list is a navigation landmark, so no content sits outside a landmark (axe's region rule)", async () => {
    const nav = page.getByRole("navigation", { name: "Sezioni del riquadro" });
    expect(await nav.getByRole("tab").count()).toBe(7);
    await seriousViolations(page); // injects axe-core
    const region = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }).axe;
      const result = await axe.run(document, { runOnly: { type: "rule", values: ["region"] } });
      return result.violations.flatMap((violation: { nodes: { target: string[] }[] }) =>
        violation.nodes.map((node) => node.target.join(" ")),
      );
    });
    expect(region).toEqual([]);
  });

  test("Parametri: as it opens, with the cell names shown, and saved", async () => {
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).waitFor();
    await expectNoSeriousViolation(page, "Parametri");
    const names = page.getByRole("switch", { name: "Mostra i nomi delle celle" });
    await names.click();
    await page.getByText("Cella con nome H4A_fullThreshold").waitFor();
    await expectNoSeriousViolation(page, "Parametri, cell names shown");
    await names.click();
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: /^Salva/ }).click();
    await page.getByText(/Parametri salvati|Accordo salvato/).waitFor();
    await expectNoSeriousViolation(page, "Parametri, saved");
  });

  test("Parametri: tabbing back up from the bottom, the sticky tab list never covers the focused field", async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole("button", { name: /^Salva/ }).focus();
    let checked = 0;
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press("Shift+Tab");
      const seen = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const list = document.querySelector('[role="tablist"]')!;
        if (list.contains(focused)) return null;
        const box = focused.getBoundingClientRect();
        return {
          top: box.top,
          bottom: box.bottom,
          under: list.getBoundingClientRect().bottom,
          label: focused.getAttribute("aria-label") ?? focused.id,
        };
      });
      if (seen === null) break;
      if (seen.top < seen.under - 1)
        throw new Error(`The focused ${seen.label} (${seen.top}–${seen.bottom}) is under the tab list (down to ${seen.under}).`);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  test("Verifica: as it opens, and with the check's issues and flow table shown; the flow table's scroller is focusable if it scrolls", async () => {
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page.getByRole("button", { name: "Verifica", exact: true }).waitFor();
    await expectNoSeriousViolation(page, "Verifica");
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByTestId("issue-counts").waitFor();
    await page.getByTestId("flow-table").waitFor();
    await expectNoSeriousViolation(page, "Verifica, checked");
    const scroller = await page.getByTestId("flow-scroll").evaluate((region) => ({
      scrolls: region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight,
      focusable: region.tabIndex === 0,
    }));
    expect(scroller.scrolls && !scroller.focusable).toBe(false);
  });

  test("Graduatoria: the ranking shown, its weights and a family opened, and written", async () => {
    await page.getByRole("tab", { name: "Graduatoria" }).click();
    await page.getByTestId("ranking-counts").waitFor();
    await expectNoSeriousViolation(page, "Graduatoria");
    await page.getByRole("button", { name: /Pesi e soglie/ }).click();
    await page.getByRole("textbox", { name: /vittima di violenza/ }).waitFor();
    await page.getByTestId("ranked-list").getByRole("button").first().click();
    await expectNoSeriousViolation(page, "Graduatoria, weights and a family opened");
    await page.getByRole("button", { name: /^Scrivi.*H4A_Graduatoria/ }).click();
    await page.getByTestId("ranking-written").waitFor();
    await expectNoSeriousViolation(page, "Graduatoria, written");
  });

  test("Pagamenti: as it opens, with the tables written, and with the payment's confirmation dialog open", async () => {
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    const write = page.getByRole("button", { name: /^Scrivi.*H4A_Pagamenti/ });
    await write.waitFor();
    await expectNoSeriousViolation(page, "Pagamenti");
    await write.click();
    await page.getByTestId("payment-totals").waitFor({ timeout: 60_000 });
    await expectNoSeriousViolation(page, "Pagamenti, tables written");
    await page.getByRole("textbox", { name: /Atto di liquidazione/ }).fill("DD 1234/2026");
    await page.getByLabel("Data dell'atto").fill("2026-12-15");
    await page.getByRole("button", { name: /^Registra il pagamento dell'anno/ }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expectNoSeriousViolation(page, "Pagamenti, confirmation dialog open");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  test("Simulazione: as it opens, and with two scenarios saved and compared", async () => {
    await page.getByRole("tab", { name: "Simulazione" }).click();
    await page.getByTestId("cohort-1").waitFor();
    await expectNoSeriousViolation(page, "Simulazione");
    const name = page.getByRole("textbox", { name: "Nome dello scenario" });
    await name.fill("Accordo attuale");
    await page.getByRole("button", { name: "Salva scenario" }).click();
    await page.getByText(/H4A_Scenario_1/).waitFor();
    await page.getByRole("spinbutton", { name: "Coorte 1 – stabilità abitativa" }).press("ArrowDown");
    await name.fill("Una famiglia stabile in meno");
    await page.getByRole("button", { name: "Salva scenario" }).click();
    await page.getByText(/H4A_Scenario_2/).waitFor();
    await page.getByRole("button", { name: "Leggi gli scenari salvati" }).click();
    await page.getByTestId("scenario-comparison").waitFor();
    await expectNoSeriousViolation(page, "Simulazione, scenarios compared");
  });

  test("Simulazione: every spin button's name is unique and says its cohort; the arrows are named in Italian", async () => {
    const cards = await page
      .locator('[data-testid^="cohort-"]')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute("data-testid")!).filter((id) => /^cohort-\d+$/.test(id)));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    for (const card of cards) {
      const cohort = card.slice("cohort-".length);
      expect(await spinButtonNames(page, card)).toEqual([
        `Coorte ${cohort} – famiglie della coorte`,
        `Coorte ${cohort} – esito del 1° anno`,
        `Coorte ${cohort} – esito del 2° anno`,
        `Coorte ${cohort} – stabilità abitativa`,
        `Coorte ${cohort} – benessere migliorato`,
        `Coorte ${cohort} – attesa sotto il limite`,
      ]);
    }
    const panel = "simulation-panel";
    await page.locator("#h4a-panel-simulation").evaluate((element, id) => element.setAttribute("data-testid", id), panel);
    const all = await spinButtonNames(page, panel);
    expect(all.length).toBe(cards.length * 6 + 5);
    expect(new Set(all).size).toBe(all.length);

    const stability = page.getByTestId("cohort-2").getByRole("spinbutton", { name: "Coorte 2 – stabilità abitativa" });
    const before = Number(await stability.getAttribute("aria-valuenow"));
    await page.getByRole("button", { name: "Aumenta coorte 2 – stabilità abitativa", exact: true }).click();
    expect(Number(await stability.getAttribute("aria-valuenow"))).toBe(before + 1);
    await page.getByRole("button", { name: "Diminuisci coorte 2 – stabilità abitativa", exact: true }).click();
    expect(Number(await stability.getAttribute("aria-valuenow"))).toBe(before);
    expect(await page.getByRole("button", { name: "Aumenta quota della tranche dell'anno 1", exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /Increment value|Decrement value/ }).count()).toBe(0);
  });

  test("at the bottom of Simulazione, the tab list is still on screen and a tab still takes a click", async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const place = await tabListPlace(page, "Parametri");
    expect(place.scrollY).toBeGreaterThan(2000);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.viewport / 3);
    expect(place.reachable).toBe(true);
    // The simulation's summary sticks just below it, not under it.
    const summary = (await page.getByTestId("simulation-summary").boundingBox())!;
    expect(summary.y).toBeGreaterThanOrEqual(place.bottom - 1);
    expect(summary.y).toBeLessThanOrEqual(place.bottom + 1);
    await page.getByRole("tab", { name: "Parametri" }).click();
    expect(await page.getByRole("tab", { name: "Parametri" }).getAttribute("aria-selected")).toBe("true");
  });

  test("Condividi: as it opens, with a passphrase refused, and with the copy made", async () => {
    await serveFile(page, new Uint8Array(readFileSync(SHARED_FILE)));
    await page.getByRole("tab", { name: "Condividi" }).click();
    const make = page.getByRole("button", { name: "Crea la copia per Homes4All" });
    await make.waitFor();
    await expectNoSeriousViolation(page, "Condividi");
    const field = page.getByTestId("share-passphrase");
    await field.fill("corta");
    await page.getByText(/ne servono almeno 20/).waitFor();
    await expectNoSeriousViolation(page, "Condividi, passphrase refused");
    await field.fill(PASSPHRASE);
    await make.click();
    await page.getByText("Copia per Homes4All aperta come nuova cartella").waitFor({ timeout: 60_000 });
    await expectNoSeriousViolation(page, "Condividi, copy made");
  });

  test("the check spares Fluent's focus placeholders only: a hidden button elsewhere is reported", async () => {
    await page.evaluate(() => {
      const hidden = document.createElement("div");
      hidden.id = "h4a-hidden-button";
      hidden.setAttribute("aria-hidden", "true");
      hidden.innerHTML = "<button>Nascosto</button>";
      document.querySelector("main")!.append(hidden);
    });
    try {
      const findings = await seriousViolations(page);
      expect(findings.map((f) => [f.id, f.targets])).toEqual([["aria-hidden-focus", ["#h4a-hidden-button"]]]);
    } finally {
      await page.evaluate(() => document.getElementById("h4a-hidden-button")!.remove());
    }
  });

  test("Informazioni: the functions' catalogue", async () => {
    await page.getByRole("tab", { name: "Informazioni" }).click();
    await page.getByText("=H4A.TIER(", { exact: false }).first().waitFor();
    await expectNoSeriousViolation(page, "Informazioni");
    expect(pane.errors).toEqual([]);
  });
});

describe("the pane in English at 320 px", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: await sampleSeed(), viewport: { width: 320, height: 568 }, locale: "en-US" });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("Simulation's spin buttons and their arrows are named in English, with their cohort", async () => {
    await page.getByRole("tab", { name: "Simulation" }).click();
    await page.getByTestId("cohort-1").waitFor();
    await page.getByRole("spinbutton", { name: "Cohort 1 – housing stability", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Increase cohort 1 – housing stability", exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Decrease tranche share of year 3", exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /Increment value|Decrement value|Aumenta|Diminuisci/ }).count()).toBe(0);
    await expectNoSeriousViolation(page, "Simulation, in English");
  });
});
