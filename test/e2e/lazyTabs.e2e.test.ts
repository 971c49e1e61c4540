import type { Page, Route } from "playwright-core";
import { type OpenPane, paneSuite } from "./harness";
import { beneficiarySeed } from "./sampleWorkbook";

/**
 * Each tab's code is a chunk of its own, fetched the first time the tab opens (issue 14): while
 * it is on its way the tab shows a labelled spinner, never a blank panel; when the fetch fails it
 * says so, and its retry fetches the chunk again. The chunk's request is held, or refused, by
 * the headless browser.
 */

jest.setTimeout(120_000);

const suite = paneSuite();

/** The requests for the chunk webpack names `name` (`<name>.<content hash>.js`), held until released. */
async function holdChunk(pane: OpenPane, name: string) {
  const pattern = new RegExp(`/${name}\\.[0-9a-f]{8}\\.js$`);
  const held: Route[] = [];
  const hold = (route: Route) => {
    held.push(route);
  };
  await pane.context.route(pattern, hold);
  return {
    count: () => held.length,
    release: async () => {
      await pane.context.unroute(pattern, hold);
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

/** Refuses the requests for the chunk `name` as a lost network would, until restored. */
async function refuseChunk(pane: OpenPane, name: string) {
  const pattern = new RegExp(`/${name}\\.[0-9a-f]{8}\\.js$`);
  let refused = 0;
  const refuse = async (route: Route) => {
    refused++;
    await route.abort("internetdisconnected");
  };
  await pane.context.route(pattern, refuse);
  return { count: () => refused, restore: () => pane.context.unroute(pattern, refuse) };
}

const panel = (page: Page, key: string) => page.locator(`#h4a-panel-${key}`);

/** Waits until `read` is true or 10 s pass. */
async function until(read: () => number | boolean): Promise<void> {
  const end = Date.now() + 10_000;
  while (!read() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("a tab whose code is on its way", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed()] });
    page = pane.page;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("shows a spinner that says the tab is loading, then the tab", async () => {
    const chunk = await holdChunk(pane, "simulation");
    await page.getByRole("tab", { name: "Simulazione" }).click();
    const spinner = panel(page, "simulation").getByTestId("tab-loading");
    await spinner.waitFor();
    await until(chunk.count);
    expect(chunk.count()).toBeGreaterThan(0);
    expect(await spinner.isVisible()).toBe(true);
    expect((await panel(page, "simulation").innerText()).trim()).toBe("Caricamento della scheda…");

    await chunk.release();
    await panel(page, "simulation").getByRole("button", { name: "Salva scenario" }).waitFor({ timeout: 60_000 });
    expect(await spinner.count()).toBe(0);
  });

  test("says so when the tab's code does not arrive, and Riprova fetches it again", async () => {
    const chunk = await refuseChunk(pane, "share-panel");
    await page.getByRole("tab", { name: "Condividi" }).click();
    const alert = panel(page, "share").getByRole("alert");
    await alert.waitFor();
    expect(chunk.count()).toBeGreaterThan(0);
    expect(await alert.innerText()).toContain("Impossibile caricare questa parte del riquadro");
    expect(await panel(page, "share").getByRole("button", { name: "Crea la copia per Homes4All" }).count()).toBe(0);

    await chunk.restore();
    await alert.getByRole("button", { name: "Riprova" }).click();
    await panel(page, "share").getByRole("button", { name: "Crea la copia per Homes4All" }).waitFor({ timeout: 60_000 });
    expect(await alert.count()).toBe(0);
  });

  test("the tabs opened before still show their panels", async () => {
    await page.getByRole("tab", { name: "Simulazione" }).click();
    expect(await panel(page, "simulation").getByRole("button", { name: "Salva scenario" }).isVisible()).toBe(true);
  });
});

describe("in English", () => {
  let pane: OpenPane;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed()], locale: "en-US" });
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("the spinner says the tab is loading in English", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Parameters" }).waitFor();
    const chunk = await holdChunk(pane, "ranking");
    await page.getByRole("tab", { name: "Ranking" }).click();
    await panel(page, "ranking").getByTestId("tab-loading").waitFor();
    expect((await panel(page, "ranking").innerText()).trim()).toBe("Loading the tab…");
    await chunk.release();
    await panel(page, "ranking").getByRole("heading", { name: "Ranking of the applicants" }).waitFor({ timeout: 60_000 });
  });
});
