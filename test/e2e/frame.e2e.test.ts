import path from "path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { launchChromium, paneRendered, ROOT, serveDist } from "./harness";
import { routeOffline } from "./browser";

/**
 * taskpane.html carries the pane's first render (the header, the tabs, "connecting"), rendered at
 * build time (src/taskpane/frame/): the browser draws it before any of the pane's scripts has run,
 * in the pane's first language and the system's colour scheme, and the pane's own first render
 * replaces it without moving a pixel of the header and the tabs.
 */

jest.setTimeout(120_000);

const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const PANE_SCRIPTS = /\/(runtime|functions|taskpane)\.js$/;
const ITALIAN_TABS = ["Parametri", "Graduatoria", "Verifica", "Pagamenti", "Simulazione", "Condividi", "Informazioni"];
const ENGLISH_TABS = ["Parameters", "Ranking", "Validate", "Payments", "Simulation", "Share", "About"];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Load {
  context: BrowserContext;
  page: Page;
}

/** Opens taskpane.html with the pane's own scripts held (never answered): only the page and frame.js run. */
async function openFrame(options: { locale?: string; colorScheme?: "light" | "dark"; search?: string } = {}): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 420, height: 700 },
    locale: options.locale ?? "it-IT",
    colorScheme: options.colorScheme ?? "light",
  });
  await routeOffline(context, OFFICE_JS_DIST);
  await context.route(PANE_SCRIPTS, () => undefined);
  const page = await context.newPage();
  await page.goto(`${server.url}${options.search ?? ""}`, { waitUntil: "commit" });
  await page.getByRole("tablist").waitFor();
  return { context, page };
}

/** Opens taskpane.html with taskpane.js held until `release`: the frame stays until the pane's own first render. */
async function openWithPaneHeld(locale: string, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ viewport: { width: 420, height: 700 }, locale, colorScheme });
  await routeOffline(context, OFFICE_JS_DIST);
  const held: Route[] = [];
  const hold = (route: Route) => {
    held.push(route);
  };
  await context.route(/\/taskpane\.js$/, hold);
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: "commit" });
  await page.getByRole("tablist").waitFor();
  const release = async () => {
    await context.unroute(/\/taskpane\.js$/, hold);
    await Promise.all(held.map((route) => route.continue()));
    await paneRendered(page);
  };
  return { context, page, release };
}

/** The tabs' accessible names, in order. */
async function tabNames(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const tab of await page.getByRole("tab").all()) names.push((await tab.getAttribute("aria-label")) ?? (await tab.innerText()));
  return names;
}

describe("the frame pre-rendered in taskpane.html", () => {
  it("shows the header, the seven tabs and 'connecting' in Italian before any of the pane's scripts has run", async () => {
    const { context, page } = await openFrame();
    try {
      // webpack's runtime (runtime.js) names its chunk list on window when it runs: it has not.
      expect(await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith("webpackChunk")))).toEqual([]);
      expect(await page.locator("[data-h4a-frame]").getAttribute("data-h4a-frame")).toBe("it");
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("H4A · Homes4All");
      expect(await tabNames(page)).toEqual(ITALIAN_TABS);
      expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("Parametri");
      expect(await page.locator("#h4a-panel-parameters").textContent()).toContain("Connessione a Excel");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("it");
    } finally {
      await context.close();
    }
  });

  it("is in English when the browser's language is English, and the Italian one is gone", async () => {
    const { context, page } = await openFrame({ locale: "en-US" });
    try {
      expect(await tabNames(page)).toEqual(ENGLISH_TABS);
      expect(await page.getByRole("tablist").count()).toBe(1);
      expect(await page.locator("template").count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    } finally {
      await context.close();
    }
  });

  it("follows Office's locale in the page's address over the browser's language", async () => {
    const { context, page } = await openFrame({ locale: "it-IT", search: "?_host_Info=Excel$Win32$16.01$en-GB$$$$0" });
    try {
      expect(await tabNames(page)).toEqual(ENGLISH_TABS);
    } finally {
      await context.close();
    }
  });

  it("is dark in a system set to dark, from the first frame", async () => {
    const { context, page } = await openFrame({ colorScheme: "dark" });
    try {
      const colours = await page.evaluate(() => {
        const frame = document.querySelector("[data-h4a-frame] > .fui-FluentProvider > div") as HTMLElement;
        return { pane: getComputedStyle(frame).backgroundColor, page: getComputedStyle(document.body).backgroundColor };
      });
      // webDarkTheme's colorNeutralBackground1, #292929.
      expect(colours).toEqual({ pane: "rgb(41, 41, 41)", page: "rgb(41, 41, 41)" });
    } finally {
      await context.close();
    }
  });

  it.each([
    ["it-IT", "light"],
    ["en-US", "dark"],
  ] as const)(
    "is replaced by the pane's own first render with the same pixels for the header and the tabs (%s, %s)",
    async (locale, colorScheme) => {
      const { context, page, release } = await openWithPaneHeld(locale, colorScheme);
      try {
        const frame = { header: await page.locator("header").screenshot(), tabs: await page.locator("nav").screenshot() };
        expect(await page.locator("[data-h4a-frame]").count()).toBe(1);

        await release();
        expect(await page.locator("[data-h4a-frame]").count()).toBe(0);
        expect(await page.locator("header").screenshot()).toEqual(frame.header);
        expect(await page.locator("nav").screenshot()).toEqual(frame.tabs);
      } finally {
        await context.close();
      }
    },
  );

  it("keeps a tab clicked before the pane's own first render, and opens it then", async () => {
    const { context, page, release } = await openWithPaneHeld("it-IT");
    try {
      await page.getByRole("tab", { name: "Informazioni" }).click();
      expect(await page.locator("[data-h4a-frame]").count()).toBe(1);

      await release();
      await page.getByText("Che cosa fa H4A").waitFor();
      expect(await page.getByRole("tab", { selected: true }).getAttribute("id")).toBe("h4a-tab-info");
    } finally {
      await context.close();
    }
  });
});
