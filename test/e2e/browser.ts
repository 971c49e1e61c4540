import { existsSync, readFileSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/**
 * A build served and opened in Debian's Chromium, without jest: the end-to-end harness
 * (harness.ts) and the benchmark (bench/paneBudgets.ts) both use it.
 */

export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Serves a build's folder (its taskpane.html) on 127.0.0.1 at a free port. */
export async function serveBuild(dist: string, missing: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error(`${path.join(dist, "taskpane.html")} is missing: ${missing}`);
  }
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.normalize(path.join(dist, pathname));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Launches Debian's Chromium; fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * Keeps a browser context on 127.0.0.1: office.js is answered from `officeJsDist`
 * (node_modules/@microsoft/office-js/dist; the page keeps its CDN <script> tag), every other
 * request that leaves 127.0.0.1 is refused and listed in the array returned.
 */
export async function routeOffline(context: BrowserContext, officeJsDist: string): Promise<string[]> {
  const strayRequests: string[] = [];
  // Playwright tries routes last-registered first: the catch-all goes first.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, async (route) => {
    strayRequests.push(route.request().url());
    await route.abort();
  });
  // office.js, outside Office, loads its own telemetry frame after a while (a plain GET of a static
  // page, nothing of the pane's in it): refused, and not the pane's request.
  await context.route("https://telemetryservice.firstpartyapps.oaspapps.com/**", (route) => route.abort());
  await context.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", async (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.normalize(path.join(officeJsDist, name));
    if (!file.startsWith(officeJsDist) || !existsSync(file) || !statSync(file).isFile()) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file, "utf8") });
  });
  return strayRequests;
}
