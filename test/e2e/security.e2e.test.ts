import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { inWorkbook, isTelemetryFrameRefusal, type OpenPane, paneSuite } from "./harness";
import { BENEFICIARIES, SAMPLE_FILE, sampleSeed } from "./candidatesWorkbook";

/**
 * "Nobody let in" (docs/SECURITY.md), in the PRODUCTION build under its own
 * Content-Security-Policy, in headless Chromium: the City's officer goes through every tab and its
 * main actions on the sample workbook — the agreement saved, the ranking and the path written, the
 * sheet checked and highlighted, the payments written and year 1 recorded with its statement, a
 * scenario saved and read back, the copy for Homes4All made, the functions listed — and
 * - the policy refuses nothing the pane does: no `securitypolicyviolation` event and no console
 *   error (which is where Chromium reports a refusal), save the one refusal the policy is there to
 *   make, office.js's own telemetry frame (docs/SECURITY.md);
 * - every request goes to the add-in's own origin or to office.js's CDN;
 * - the City's passphrase is left nowhere: not in localStorage, sessionStorage, the workbook's
 *   settings or cells, nor in the page.
 */

jest.setTimeout(300_000);

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const PASSPHRASE = "la torre della Mole guarda il Po da nord";

const suite = paneSuite();

/**
 * office.js outside Office has neither requirement sets nor a document: the fake's answers (ExcelApi
 * 1.9, getFileAsync serving the sample, Excel.createWorkbook) are put in front of it, as Excel would give them.
 */
async function officeAnswers(page: Page, bytes: Uint8Array): Promise<void> {
  await page.evaluate((base64: string) => {
    const w = window as unknown as Record<string, any>;
    const binary = atob(base64);
    const file = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) file[i] = binary.charCodeAt(i);
    const files = new w.__H4A_FAKE_MODULE__.FakeExcel([], [], { file, maxSliceBytes: 65_536 });
    w.__H4A_FILES__ = files;
    const workbook = w.__H4A_TEST_WORKBOOK__;
    workbook.Excel.createWorkbook = files.Excel.createWorkbook;
    const office = Object.create(w.Office ?? null);
    const answers = { ...workbook.Office, context: { ...workbook.Office.context, document: files.Office.context.document } };
    for (const [name, value] of Object.entries(answers)) Object.defineProperty(office, name, { value, configurable: true });
    w.Office = office;
  }, Buffer.from(bytes).toString("base64"));
}

describe("the production pane under its Content-Security-Policy, through every tab", () => {
  let pane: OpenPane;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    pane = await suite.open({ sheets: await sampleSeed() });
    page = pane.page;
    origin = new URL(page.url()).origin;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await officeAnswers(page, new Uint8Array(readFileSync(SAMPLE_FILE)));
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the page carries the policy: office.js's CDN and its own origin for scripts, no eval, nothing else", async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const directives = new Map((policy ?? "").split(";").map((d): [string, string] => d.trim().split(/\s+(.*)/s, 2) as [string, string]));
    expect(directives.get("default-src")).toBe("'none'");
    expect(directives.get("script-src")).toBe(`'self' ${OFFICE_CDN}`);
    expect(policy).not.toContain("unsafe-eval");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
  });

  test("Parametri, Graduatoria, Verifica: the agreement saved, the ranking and the path written, the sheet checked", async () => {
    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();

    await page.getByRole("tab", { name: "Graduatoria" }).click();
    await page.getByTestId("ranking-counts").waitFor();
    await page.getByRole("button", { name: /Pesi e soglie/ }).click();
    await page.getByRole("button", { name: "Scrivi la graduatoria (foglio H4A_Graduatoria)" }).click();
    await page.getByTestId("ranking-written").waitFor();

    await page.getByRole("tab", { name: "Verifica" }).click();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByTestId("issue-counts").waitFor();
    await page.getByRole("button", { name: "Scrivi il percorso (foglio H4A_Flusso)" }).click();
    await page.getByTestId("flow-written").waitFor();
    expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual(
      expect.arrayContaining(["H4A_Parametri", "H4A_Graduatoria", "H4A_Flusso"]),
    );
  });

  test("Pagamenti: the payments written, year 1 recorded in the ledger, its statement written", async () => {
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    await page.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }).click();
    await page.getByText(/celle coincidono con il calcolo di H4A/).waitFor({ timeout: 60_000 });
    await page.getByRole("heading", { name: "Registra il pagamento dell'anno 1" }).waitFor();
    await page.getByRole("textbox", { name: /Atto di liquidazione/ }).fill("DD 1234/2026");
    await page.getByLabel("Data dell'atto").fill("2026-12-15");
    await page.getByRole("button", { name: "Registra il pagamento dell'anno 1" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Registra", exact: true }).click();
    await page.getByText(/Registrato il pagamento dell'anno 1/).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Prospetto dell'anno 1" }).click();
    await page.getByText("Scritto il prospetto (foglio H4A_Prospetto_1).").waitFor();
  });

  test("Simulazione: a scenario saved and read back", async () => {
    await page.getByRole("tab", { name: "Simulazione" }).click();
    await page.getByRole("textbox", { name: "Nome dello scenario" }).fill("Accordo attuale");
    await page.getByRole("button", { name: "Salva scenario" }).click();
    await page.getByText("Scritta la tabella H4A_Scenario_1 nel foglio H4A_Scenari.").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Leggi gli scenari salvati" }).click();
    await page.getByText("Solo le voci diverse").waitFor({ timeout: 60_000 });
  });

  test("Condividi: a passphrase of blanks refused under the field; the copy made with the City's, which the pane then keeps nowhere", async () => {
    await page.getByRole("tab", { name: "Condividi" }).click();
    const field = page.getByTestId("share-passphrase");
    const make = page.getByRole("button", { name: "Crea la copia per Homes4All" });
    await field.fill("   ");
    await page.getByText("la frase segreta ha 0 caratteri: ne servono almeno 20", { exact: false }).waitFor();
    expect(await make.isDisabled()).toBe(true);
    await field.fill(PASSPHRASE);
    await make.click();
    await page.getByText("Copia per Homes4All aperta come nuova cartella").waitFor({ timeout: 120_000 });
    expect(await field.inputValue()).toBe("");

    const kept = await page.evaluate((passphrase: string) => {
      const storages = [localStorage, sessionStorage].flatMap((storage) =>
        Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) as string)}`),
      );
      return {
        storages,
        inPage: document.documentElement.outerHTML.includes(passphrase),
        inInputs: Array.from(document.querySelectorAll("input, textarea")).some((input) =>
          (input as HTMLInputElement).value.includes(passphrase),
        ),
      };
    }, PASSPHRASE);
    expect(kept).toEqual({ storages: [], inPage: false, inInputs: false });
    const workbook = await inWorkbook(
      page,
      (fake, sheets: string[]) => JSON.stringify({ settings: fake.settings(), values: sheets.map((sheet) => fake.view(sheet).values) }),
      await inWorkbook(page, (fake) => fake.sheetNames() as string[]),
    );
    expect(workbook).toContain(BENEFICIARIES);
    expect(workbook).not.toContain(PASSPHRASE);
    const copy = await page.evaluate(() => (window as unknown as Record<string, any>).__H4A_FILES__.createdWorkbooks as string[]);
    expect(copy).toHaveLength(1);
  });

  test("Verifica highlights a mistake and takes the highlight off; Informazioni lists the functions", async () => {
    await inWorkbook(page, (fake, sheet: string) => fake.type(sheet, "C6", "tre"), BENEFICIARIES);
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page
      .getByRole("button", { name: /^Verifica/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Evidenzia", exact: true }).click();
    await page.getByText(/Colorate \d+ cell/).waitFor();
    await page.getByRole("button", { name: "Rimuovi evidenziazione" }).click();
    await page.getByRole("button", { name: "Evidenzia", exact: true }).waitFor();

    await page.getByRole("tab", { name: "Informazioni" }).click();
    await page.getByText("=H4A.TIER(", { exact: false }).first().waitFor();
  });

  test("the policy refused nothing the pane did, and Chromium logged no error", () => {
    expect(pane.violations.filter((violation) => !isTelemetryFrameRefusal(violation))).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  test("every request went to the add-in's own origin or to office.js's CDN", () => {
    const hosts = new Set(pane.requests.map((url) => new URL(url).origin));
    expect(pane.requests.length).toBeGreaterThan(5);
    expect([...hosts].filter((host) => host !== origin && host !== OFFICE_CDN)).toEqual([]);
    expect(hosts).toEqual(new Set([origin, OFFICE_CDN]));
  });
});
