import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import ts from "typescript";
import type { SeedSheet, SeedTable } from "../support/fakeExcel";
import { launchChromium, routeOffline, serveBuild } from "./browser";

/**
 * The end-to-end harness: the production build with the test hook (dist-e2e/, written by
 * `npm run build:e2e`: dist/'s code plus the pane's acceptance of a missing Office host) served on
 * 127.0.0.1, Debian's Chromium driven by playwright-core, office.js answered from
 * node_modules/@microsoft/office-js (the page keeps its CDN <script> tag), and an in-memory Excel
 * (test/support/fakeExcel.ts, with HyperFormula computing the formulas) installed in the page
 * before any of its scripts runs.
 */

export const ROOT = path.resolve(__dirname, "..", "..");
/** dist-e2e/ unless H4A_DIST names another build's folder (two builds side by side). */
const DIST = path.resolve(process.env.H4A_DIST ?? path.join(ROOT, "dist-e2e"));
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export { CHROMIUM, launchChromium } from "./browser";

/** Serves the build (dist-e2e/) on 127.0.0.1 at a free port. */
export const serveDist = () => serveBuild(DIST, 'run "npm run build:e2e" first (npm test does).');

/** The fake workbook as a script for the page: transpiled from its TypeScript, exposed on window. */
function fakeExcelScript(): string {
  const source = readFileSync(path.join(ROOT, "test", "support", "fakeExcel.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  return `(function () { var exports = {}; var module = { exports: exports };\n${outputText}\nwindow.__H4A_FAKE_MODULE__ = exports; })();`;
}

/**
 * office.js opens its own telemetry frame 3 s after it loads, wherever it runs; the pane's
 * Content-Security-Policy refuses it (`frame-src 'none'`, docs/SECURITY.md), and Chromium reports
 * that refusal as a console error and a `securitypolicyviolation`. It is the policy doing its job,
 * not an error of the pane: `errors` leaves it out, and `isTelemetryFrameRefusal` names it.
 */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";
export const isTelemetryFrameRefusal = (violation: string): boolean =>
  violation === `frame-src ${OFFICE_TELEMETRY}` || violation.startsWith(`frame-src ${OFFICE_TELEMETRY}/`);
const isTelemetryFrameConsoleRefusal = (text: string): boolean =>
  text.startsWith(`Framing '${OFFICE_TELEMETRY}/`) && text.includes(`directive: "frame-src 'none'"`);

export interface PaneOptions {
  sheets: SeedSheet[];
  tables?: SeedTable[];
  viewport?: { width: number; height: number };
  /** The browser's language, which the pane takes for Office's display language outside Office ("it-IT" unless told). */
  locale?: string;
  /** The system's colour scheme and high-contrast mode, as media queries see them. */
  colorScheme?: "light" | "dark";
  forcedColors?: "active" | "none";
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen in the page (but the refusal of office.js's telemetry frame). */
  errors: string[];
  /** Requests that left 127.0.0.1 and were not office.js (nor its telemetry frame). */
  strayRequests: string[];
  /** Every request of the page and its frames, as URLs, in order. */
  requests: string[];
  /** The page's `securitypolicyviolation` events: the directive, then the blocked URI or "inline"/"eval". */
  violations: string[];
}

/** Opens the task pane in a new browser context on a fake workbook seeded with `options.sheets`. */
export async function openPane(browser: Browser, url: string, options: PaneOptions): Promise<OpenPane> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 420, height: 900 },
    locale: options.locale ?? "it-IT",
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ?? "none",
  });
  const strayRequests = await routeOffline(context, OFFICE_JS_DIST);
  await context.addInitScript({ path: path.join(ROOT, "node_modules", "hyperformula", "dist", "hyperformula.full.min.js") });
  await context.addInitScript({ content: fakeExcelScript() });
  await context.addInitScript(
    ({ sheets, tables }) => {
      const w = window as unknown as Record<string, unknown> & {
        __H4A_FAKE_MODULE__: { FakeExcel: new (...args: unknown[]) => { Excel: unknown } };
      };
      const fake = new w.__H4A_FAKE_MODULE__.FakeExcel(sheets, tables, { HyperFormula: w.HyperFormula });
      // The pane of the e2e build gives the OfficeWorkbook this fake's Excel (src/taskpane/index.tsx).
      w.__H4A_TEST_WORKBOOK__ = fake;
    },
    { sheets: options.sheets, tables: options.tables ?? [] },
  );
  const violations: string[] = [];
  await context.exposeBinding("__h4aPolicyViolation", (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __h4aPolicyViolation: (violation: string) => void }).__h4aPolicyViolation;
      report(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !isTelemetryFrameConsoleRefusal(message.text())) errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await paneRendered(page);
  return { context, page, errors, strayRequests, requests, violations };
}

/**
 * Waits for the pane's own first render: until then the tabs are the frame pre-rendered in
 * taskpane.html (src/taskpane/frame/), which looks the same but answers no click.
 */
export async function paneRendered(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const tabs = document.querySelector('[role="tablist"]');
    return tabs !== null && tabs.closest("[data-h4a-frame]") === null;
  });
}

/**
 * Runs `fn` on the page's fake workbook and returns its (JSON) result. The call is one expression
 * that Playwright evaluates through the browser's debugger, which the page's
 * Content-Security-Policy does not govern: `new Function` in the page would be refused (no 'unsafe-eval').
 */
export function inWorkbook<T, A = undefined>(page: Page, fn: (fake: any, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__H4A_TEST_WORKBOOK__, ${JSON.stringify(arg) ?? "undefined"})`) as Promise<T>;
}

/**
 * The production build served and Chromium launched once for a test file, both closed after it
 * (jest's beforeAll/afterAll, registered where this is called); `open` opens a pane on them.
 */
export function paneSuite(): { open: (options: PaneOptions) => Promise<OpenPane> } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: (options) => {
      if (browser === undefined || server === undefined) throw new Error("paneSuite: open a pane inside a test or a beforeAll.");
      return openPane(browser, server.url, options);
    },
  };
}

/** A screenshot of the pane into test-artifacts/ (the whole page with `fullPage`). */
export const screenshot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(ARTIFACTS, name), animations: "disabled", fullPage });
