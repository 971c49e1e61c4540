import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { Page, Request } from "playwright-core";
import { findHeader } from "../../src/engine/beneficiaries/headers";
import { PackageWorkbook } from "../../src/xlsx";
import { recalculateWithLibreOffice } from "../cli/support/libreoffice";
import { readParts, withLargePart } from "../support/packageParts";
import { ARTIFACTS, ROOT, type OpenPane, paneSuite } from "./harness";
import { beneficiarySeed } from "./sampleWorkbook";

/**
 * Condividi in the PRODUCTION build, in headless Chromium: the sharing code fetched as a chunk of
 * its own on first use, the open workbook's file read through Office.context.document.getFileAsync
 * (served by the in-memory fake from a real .xlsx), the key derived by the browser's Web Crypto,
 * and the copy handed to Excel.createWorkbook.
 */

jest.setTimeout(180_000);

const SAMPLE = path.join(ROOT, "assets", "sample", "beneficiari-con-errori.xlsx");
const PASSPHRASE = "la casa di via Roma ha sette finestre verdi";

const suite = paneSuite();

/** The id column of the beneficiary sheet below its header row. */
function idsOf(bytes: Uint8Array): string[] {
  const input = PackageWorkbook.open(bytes).readSheetSync("Beneficiari");
  const header = findHeader(input);
  if (header.headerRow === null) throw new Error("no header row");
  const column = (header.columns.id as number) - 1;
  return input.values
    .slice(header.headerRow)
    .map((row) => row[column])
    .filter((v) => v !== null && v !== "")
    .map(String);
}

/**
 * office.js outside Office has no document: the fake's getFileAsync (serving the sample in
 * 4 KB slices) and Excel.createWorkbook are put in front of it, on the page's fake workbook.
 */
async function serveFile(page: Page, bytes: Uint8Array, platform: "PC" | "OfficeOnline" = "PC"): Promise<void> {
  await page.evaluate(
    ({ base64, platform }) => {
      const w = window as unknown as Record<string, any>;
      const binary = atob(base64);
      const file = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) file[i] = binary.charCodeAt(i);
      const files = new w.__H4A_FAKE_MODULE__.FakeExcel([], [], { file, maxSliceBytes: 4096, platform });
      w.__H4A_FILES__ = files;
      const excel = w.__H4A_TEST_WORKBOOK__.Excel;
      excel.createWorkbook = files.Excel.createWorkbook;
      const real = w.Office;
      const office = Object.create(real ?? null);
      // Own properties in front of office.js's getters (Object.assign would call their missing setters).
      for (const [name, value] of Object.entries(files.Office)) Object.defineProperty(office, name, { value, configurable: true });
      w.Office = office;
    },
    { base64: Buffer.from(bytes).toString("base64"), platform },
  );
}

describe("Condividi, as the City's officer uses it", () => {
  let pane: OpenPane;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: true })] });
    page = pane.page;
    page.on("request", (request: Request) => requests.push(new URL(request.url()).pathname));
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await serveFile(page, new Uint8Array(readFileSync(SAMPLE)));
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the sharing code is not loaded until a copy is made", async () => {
    await page.getByRole("tab", { name: "Condividi" }).click();
    await page.getByRole("button", { name: "Crea la copia per Homes4All" }).waitFor();
    expect(requests.filter((p) => /\/share(\.[0-9a-f]{8})?\.js$/.test(p))).toEqual([]);
  });

  test("a weak passphrase is refused under the field", async () => {
    const field = page.getByLabel("Frase segreta della Città");
    expect(await field.getAttribute("type")).toBe("password");
    await field.fill("corta");
    await page.getByText(/ne servono almeno 20/).waitFor();
    expect(await page.getByRole("button", { name: "Crea la copia per Homes4All" }).isDisabled()).toBe(true);
  });

  test("makes the copy, opens it as a new workbook, reports it, and clears the passphrase", async () => {
    const field = page.getByLabel("Frase segreta della Città");
    await field.fill(PASSPHRASE);
    await page.getByRole("button", { name: "Crea la copia per Homes4All" }).click();
    expect(await field.inputValue()).toBe("");
    await page.getByText("Copia per Homes4All aperta come nuova cartella").waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, "share-report.png"), animations: "disabled", fullPage: true });
    expect(requests.filter((p) => /\/share(\.[0-9a-f]{8})?\.js$/.test(p))).toHaveLength(1);

    const created = (await page.evaluate(() => (window as unknown as Record<string, any>).__H4A_FILES__.createdWorkbooks)) as string[];
    expect(created).toHaveLength(1);
    const copy = new Uint8Array(Buffer.from(created[0], "base64"));
    const original = idsOf(new Uint8Array(readFileSync(SAMPLE)));
    const shared = idsOf(copy);
    expect(shared).toHaveLength(original.length);
    for (const id of shared) expect(id).toMatch(/^P-[0-9A-F]{16}$/);
    const text = [...readParts(copy)].map(([name, data]) => `${name}\n${Buffer.from(data).toString("utf8")}`).join("\n");
    for (const id of original) expect(text).not.toContain(id);

    // LibreOffice opens the copy; what it reads back holds the pseudonyms and none of the ids or codici fiscali.
    const dir = mkdtempSync(path.join(tmpdir(), "h4a-share-e2e-"));
    const file = path.join(dir, "per-homes4all.xlsx");
    writeFileSync(file, copy);
    const [reopened] = await recalculateWithLibreOffice([file], path.join(dir, "libreoffice"));
    const reread = new Uint8Array(readFileSync(reopened));
    expect(idsOf(reread)).toEqual(shared);
    const fiscalCodes = PackageWorkbook.open(new Uint8Array(readFileSync(SAMPLE)))
      .readSheetSync("Beneficiari")
      .values.flat()
      .filter((v): v is string => typeof v === "string" && /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v));
    expect(fiscalCodes.length).toBeGreaterThan(10);
    const rereadText = [...readParts(reread)].map(([, data]) => Buffer.from(data).toString("utf8")).join("\n");
    for (const value of [...original, ...fiscalCodes]) expect(rereadText).not.toContain(value);

    const columns = await page.getByTestId("share-removed-columns").textContent();
    expect(columns).toContain("Beneficiari!B «Codice fiscale»: codici fiscali");
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(pane.errors).toEqual([]);
    expect(pane.strayRequests).toEqual([]);
  });
});

describe("Condividi in Excel on the web, with a copy over its 5 MB request limit", () => {
  let pane: OpenPane;
  // The sample with a 4 MB photo: its copy is over 5 MB of base64.
  const large = withLargePart(SAMPLE, 4_000_000);

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: true })] });
    await pane.page.getByRole("tab", { name: "Parametri" }).waitFor();
    await serveFile(pane.page, large, "OfficeOnline");
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("is not sent to Excel but offered as a download: the file the officer saves is the whole copy", async () => {
    const page = pane.page;
    await page.getByRole("tab", { name: "Condividi" }).click();
    await page.getByLabel("Frase segreta della Città").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Crea la copia per Homes4All" }).click();
    await page.getByText("Copia per Homes4All pronta da scaricare").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("share-report").textContent()).toMatch(
      /La copia occupa \d+(,\d)? MB, che Excel per il web riceverebbe come 5,\d MB di testo: oltre il suo limite di 5 MB per richiesta/,
    );
    expect(await page.evaluate(() => (window as unknown as Record<string, any>).__H4A_FILES__.createdWorkbooks.length)).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "share-download.png"), animations: "disabled", fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Scarica la copia" }).click()]);
    expect(download.suggestedFilename()).toBe("Copia per Homes4All.xlsx");
    const saved = new Uint8Array(readFileSync(await download.path()));
    expect(saved.length).toBeGreaterThan(3_750_000);
    const original = idsOf(large);
    const shared = idsOf(saved);
    expect(shared).toHaveLength(original.length);
    for (const id of shared) expect(id).toMatch(/^P-[0-9A-F]{16}$/);
    expect(readParts(saved).get("xl/media/image1.png")).toEqual(readParts(large).get("xl/media/image1.png"));
    expect(pane.errors).toEqual([]);
    expect(pane.strayRequests).toEqual([]);
  });
});
