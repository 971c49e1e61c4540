import { readFileSync } from "fs";
import path from "path";
import type { ElementHandle, Locator, Page } from "playwright-core";
import { ROOT, type OpenPane, paneSuite } from "./harness";
import { sampleSeed } from "./candidatesWorkbook";
import { beneficiarySeed } from "./sampleWorkbook";

/**
 * A double click runs an action once (issue 15), for every button of the pane that starts a
 * workbook action, in the build with the test hook, where the pane counts its calls of each
 * workbook action (`__H4A_ACTION_CALLS__`, src/taskpane/testHook.ts). Each button is clicked three
 * times in one go, by the page's own click(), so that the second and third clicks arrive before
 * React re-renders the button disabled, while the fake Excel holds every Excel.run: the action is
 * called once, and the button shows it is busy (disabled, a spinner or progress bar in the pane).
 * Then it is double-clicked with the mouse, and called once more.
 */

jest.setTimeout(300_000);

const suite = paneSuite();
const PASSPHRASE = "la casa di via Roma ha sette finestre verdi";

type Globals = Record<string, any>;

const callsOf = (page: Page, action: string): Promise<number> =>
  page.evaluate((name) => ((window as unknown as Globals).__H4A_ACTION_CALLS__?.[name] as number | undefined) ?? 0, action);

/** Waits until no workbook action is running (the count the test hook keeps). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Globals).__H4A_ACTIONS_RUNNING__ === 0, null, { timeout: 120_000 });
}

/** Every Excel.run of the fake workbook, and Excel.createWorkbook, wait until `release` is called. */
async function holdExcel(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const w = window as unknown as Globals;
    const excel = w.__H4A_TEST_WORKBOOK__.Excel;
    const { run, createWorkbook } = excel;
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    excel.run = (batch: unknown) => gate.then(() => run.call(excel, batch));
    if (createWorkbook !== undefined) excel.createWorkbook = (base64: string) => gate.then(() => createWorkbook.call(excel, base64));
    w.__h4aRelease = () => {
      excel.run = run;
      if (createWorkbook !== undefined) excel.createWorkbook = createWorkbook;
      open();
    };
  });
  return () => page.evaluate(() => (window as unknown as Globals).__h4aRelease());
}

async function enabled(button: Locator): Promise<ElementHandle<HTMLElement>> {
  await button.waitFor();
  await settled(button.page());
  const element = (await button.elementHandle()) as ElementHandle<HTMLElement>;
  await element.waitForElementState("enabled", { timeout: 60_000 });
  return element;
}

/**
 * How the pane shows an action runs: its button disabled, and a spinner or a progress bar; the
 * button alone for showing a cell (a moment); nothing checked for a button that goes away (the
 * dialog's) or whose listing runs beside the tasks (the sheets' refresh).
 */
type Busy = "progress" | "disabled" | "unchecked";

/** Three clicks in one task on `button` while Excel is held: `action` is called once, and the pane shows it is busy until Excel answers. */
async function tripleClick(button: Locator, action: string, busy: Busy = "progress"): Promise<void> {
  const page = button.page();
  const element = await enabled(button);
  const before = await callsOf(page, action);
  const release = await holdExcel(page);
  try {
    await element.evaluate((el) => {
      el.click();
      el.click();
      el.click();
    });
    if (busy !== "unchecked") expect(await element.isDisabled()).toBe(true);
    if (busy === "progress") expect(await page.locator('[role="progressbar"]:visible').count()).toBeGreaterThan(0);
  } finally {
    await release();
  }
  await settled(page);
  expect((await callsOf(page, action)) - before).toBe(1);
}

/** A double click of the mouse on `button`: `action` is called once. */
async function doubleClick(button: Locator, action: string): Promise<void> {
  const page = button.page();
  await enabled(button);
  const before = await callsOf(page, action);
  await button.dblclick();
  await page.waitForFunction(
    ([name, count]) => (((window as unknown as Globals).__H4A_ACTION_CALLS__?.[name] as number | undefined) ?? 0) > count,
    [action, before] as const,
    { timeout: 60_000 },
  );
  await settled(page);
  expect((await callsOf(page, action)) - before).toBe(1);
}

/** Both: the quick triple click, then the mouse's double click. */
async function clickedOnce(button: Locator, action: string, busy: Busy = "progress"): Promise<void> {
  await tripleClick(button, action, busy);
  await doubleClick(button, action);
}

async function saveAgreement(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Parametri" }).waitFor();
  await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
  await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
  await clickedOnce(page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }), "saveAgreement");
  await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();
}

/** Office's requirement sets and file functions from the fake, in front of office.js's (which, outside Office, supports none). */
async function fakeOffice(page: Page, file?: Uint8Array): Promise<void> {
  await page.evaluate(
    (base64: string | null) => {
      const w = window as unknown as Globals;
      let source = w.__H4A_TEST_WORKBOOK__;
      if (base64 !== null) {
        const binary = atob(base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        source = new w.__H4A_FAKE_MODULE__.FakeExcel([], [], { file: bytes, maxSliceBytes: 65536 });
        w.__H4A_TEST_WORKBOOK__.Excel.createWorkbook = source.Excel.createWorkbook;
      }
      const office = Object.create(w.Office ?? null);
      for (const [name, value] of Object.entries(source.Office)) Object.defineProperty(office, name, { value, configurable: true });
      w.Office = office;
    },
    file === undefined ? null : Buffer.from(file).toString("base64"),
  );
}

describe("a double click runs an action once", () => {
  let pane: OpenPane | undefined;

  afterEach(async () => {
    expect(pane?.errors ?? []).toEqual([]);
    await pane?.context.close();
    pane = undefined;
  });

  test("Parametri, Verifica, Simulazione and Condividi", async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: true })] });
    const { page } = pane;
    await saveAgreement(page);
    await clickedOnce(page.getByRole("button", { name: "Rileggi dal foglio" }), "loadAgreement");

    await page.getByRole("tab", { name: "Verifica" }).click();
    await clickedOnce(page.getByRole("button", { name: "Aggiorna elenco" }).first(), "listSources", "unchecked");
    await clickedOnce(page.getByRole("button", { name: /^Verifica( di nuovo)?$/ }), "validate");
    await clickedOnce(page.locator("button[data-cell]").first(), "selectCell", "disabled");
    const highlight = page.getByRole("button", { name: "Evidenzia", exact: true });
    const unhighlight = page.getByRole("button", { name: "Rimuovi evidenziazione" });
    await tripleClick(highlight, "highlight");
    await tripleClick(unhighlight, "removeHighlight");
    await doubleClick(highlight, "highlight");
    await doubleClick(unhighlight, "removeHighlight");
    await clickedOnce(page.getByRole("button", { name: "Scrivi il percorso (foglio H4A_Flusso)" }), "writeFlow");

    await page.getByRole("tab", { name: "Simulazione" }).click();
    await clickedOnce(page.getByRole("button", { name: "Rileggi i dati" }), "loadSimulation");
    await clickedOnce(page.getByRole("button", { name: "Simula una coorte di esempio" }), "loadSimulation");
    await clickedOnce(page.getByRole("button", { name: "Salva scenario" }), "saveScenario");
    await clickedOnce(page.getByRole("button", { name: "Leggi gli scenari salvati" }), "loadScenarios");

    await fakeOffice(page, readFileSync(path.join(ROOT, "assets", "sample", "beneficiari-con-errori.xlsx")));
    await page.getByRole("tab", { name: "Condividi" }).click();
    const make = page.getByRole("button", { name: "Crea la copia per Homes4All" });
    await page.getByTestId("share-passphrase").fill(PASSPHRASE);
    await tripleClick(make, "shareCopy");
    await page.getByTestId("share-report").waitFor();
    await page.getByTestId("share-passphrase").fill(PASSPHRASE);
    await doubleClick(make, "shareCopy");
  });

  test("Pagamenti: the payment tables, the ledger's refresh, recording a payment, the statements", async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })] });
    const { page } = pane;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await fakeOffice(page);
    await saveAgreement(page);

    await page.getByRole("tab", { name: "Pagamenti" }).click();
    await clickedOnce(page.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }), "writePayments");
    await clickedOnce(page.getByRole("button", { name: "Aggiorna il registro" }), "loadLedger");
    await page.getByRole("textbox", { name: /Atto di liquidazione/ }).fill("DD 1234/2026");
    await page.getByLabel("Data dell'atto").fill("2026-12-15");
    await clickedOnce(page.getByRole("button", { name: "Prospetto (bozza)" }), "writeStatement");

    // Recording happens once per year: the dialog's button gets the quick triple click alone.
    await page.getByRole("button", { name: "Registra il pagamento dell'anno 1" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Registrare il pagamento dell'anno 1?" });
    await tripleClick(dialog.getByRole("button", { name: "Registra", exact: true }), "recordPayment", "unchecked");
    await page.getByText("Registrato il pagamento dell'anno 1: 13.200 €").waitFor({ timeout: 60_000 });
    await clickedOnce(page.getByRole("button", { name: "Prospetto dell'anno 1" }), "writeStatement");
  });

  test("Graduatoria: reading the applications, writing the ranking", async () => {
    pane = await suite.open({ sheets: await sampleSeed() });
    const { page } = pane;
    await saveAgreement(page);
    await page.getByRole("tab", { name: "Graduatoria" }).click();
    await page.getByTestId("ranking-counts").waitFor();
    await clickedOnce(page.getByRole("button", { name: "Rileggi dal foglio" }), "readCandidates");
    await clickedOnce(page.getByRole("button", { name: "Scrivi la graduatoria (foglio H4A_Graduatoria)" }), "writeRanking");
  });
});
