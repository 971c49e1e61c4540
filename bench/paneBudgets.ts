import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium, routeOffline, serveBuild } from "../test/e2e/browser";
import { spreadOf } from "./measure";
import { ROOT } from "./processes";
import type { Rows } from "./rows";

const DIST = path.join(ROOT, "dist");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const LOADS = 7;

/**
 * Set in the page, in milliseconds since the navigation started: as soon as a tab list is laid out
 * (the one taskpane.html carries pre-rendered, src/taskpane/frame/), and as soon as the pane's own
 * first render (React's, outside the pre-rendered frame) has put its tab list in its place.
 */
const WATCH_TABS = `
new MutationObserver((_, observer) => {
  const tabs = document.querySelector('[role="tablist"]');
  if (tabs === null || tabs.getBoundingClientRect().height === 0) return;
  window.__h4aTabsVisibleAt ??= performance.now();
  if (tabs.closest("[data-h4a-frame]") === null) {
    window.__h4aPaneRenderedAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true, attributes: true });`;

interface Load {
  tabsVisibleAt: number;
  paneRenderedAt: number;
  /** Scripts (responses Chromium types "script", preloads included) whose response ended before the pane's own first render: URL and gzip size. */
  scripts: { url: string; gzipBytes: number }[];
}

/** Opens taskpane.html in a fresh context (nothing cached), as Office opens the pane. */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "it-IT" });
  try {
    await routeOffline(context, OFFICE_JS_DIST);
    await context.addInitScript({ content: WATCH_TABS });
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = response.body();
      // A script that arrives after the tabs (a tab's chunk) may still be on its way when the context closes.
      body.catch(() => undefined);
      bodies.set(response.url(), body);
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as { __h4aPaneRenderedAt?: number }).__h4aPaneRenderedAt !== undefined);
    const { tabsVisibleAt, paneRenderedAt, before } = await page.evaluate(() => {
      const marks = window as { __h4aTabsVisibleAt?: number; __h4aPaneRenderedAt?: number };
      const rendered = marks.__h4aPaneRenderedAt!;
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      // Every script, whatever fetched it: a <script> tag, import()'s, or a <link rel="preload"> (initiator "link").
      return {
        tabsVisibleAt: marks.__h4aTabsVisibleAt!,
        paneRenderedAt: rendered,
        before: entries.filter((e) => e.responseEnd <= rendered).map((e) => e.name),
      };
    });
    const scripts = await Promise.all(
      before.filter((name) => bodies.has(name)).map(async (name) => ({ url: name, gzipBytes: gzipSync(await bodies.get(name)!).length })),
    );
    return { tabsVisibleAt, paneRenderedAt, scripts };
  } finally {
    await context.close();
  }
}

/** dist/, built first when it is missing. */
function productionBuild(): string {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    console.log("dist/ is missing: npm run build");
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  return DIST;
}

/**
 * The production build (dist/) in headless Chromium on localhost: the JavaScript that
 * taskpane.html loads before the pane's own first render, and the time from the navigation to the
 * tabs (pre-rendered in the page) and to that render.
 */
export async function benchPane(rows: Rows): Promise<void> {
  const server = await serveBuild(productionBuild(), 'run "npm run build" first.');
  const browser = await launchChromium();
  try {
    await load(browser, server.url);
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await load(browser, server.url));
    const own = (l: Load) => l.scripts.filter((s) => new URL(s.url).hostname === "127.0.0.1");
    const kib = (l: Load, scripts: (l: Load) => Load["scripts"]) => scripts(l).reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
    const size = spreadOf(loads.map((l) => kib(l, own)));
    const office = spreadOf(loads.map((l) => kib(l, (x) => x.scripts.filter((s) => !own(x).includes(s)))));
    const names = [...new Set(loads.flatMap((l) => own(l).map((s) => path.basename(new URL(s.url).pathname))))];
    rows.add({
      what: "JavaScript taskpane.html loads before the first render",
      unit: "KiB",
      spread: size,
      budget: "≤ 150 KiB gzip",
      within: size.median <= 150,
      detail:
        `gzip -6 of ${names.join(", ")}, before the pane's own first render (the frame pre-rendered in taskpane.html needs none); ` +
        `office.js from Microsoft's CDN, not counted: ${office.median.toFixed(0)} KiB`,
    });
    const visible = spreadOf(loads.map((l) => l.tabsVisibleAt));
    const rendered = spreadOf(loads.map((l) => l.paneRenderedAt));
    rows.add({
      what: "navigation → tabs visible (headless Chromium, localhost)",
      unit: "ms",
      spread: visible,
      budget: "≤ 0.5 s",
      within: visible.median <= 500,
      detail:
        "the frame pre-rendered in taskpane.html; a fresh browser context per load (nothing cached); office.js answered locally; " +
        `the pane's own first render replaces it at ${rendered.median.toFixed(0)} ms (min ${rendered.min.toFixed(0)}, max ${rendered.max.toFixed(0)})`,
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
