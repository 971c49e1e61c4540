import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";

/**
 * What taskpane.html makes the browser fetch before the pane's first render (issue 14): its
 * <script> tags, which html-webpack-plugin writes for every chunk of the two entries (the
 * initial chunks: the webpack runtime, the functions, the pane's frame); every other chunk is
 * fetched by import() after that render. Measured gzip-compressed, as a web server sends them,
 * on dist/ of `npm run build` (npm test builds it before jest).
 */

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const BUDGET_KIB = 150;

function distFile(name: string): Buffer {
  const file = path.join(DIST, name);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(file);
}

/** The page's own scripts (not office.js from Microsoft's CDN), in document order. */
function localScripts(html: string): string[] {
  const sources = Array.from(html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi), (m) => m[1] ?? m[2] ?? m[3]!);
  return sources.filter((source) => !/^https?:/i.test(source));
}

const gzipKiB = (name: string): number => gzipSync(distFile(name)).length / 1024;

describe("the task pane's first load", () => {
  const html = distFile("taskpane.html").toString("utf8");
  const initial = localScripts(html);

  test(`the scripts taskpane.html loads before the first render weigh at most ${BUDGET_KIB} KiB gzip`, () => {
    expect(initial).toEqual(expect.arrayContaining(["runtime.js", "functions.js", "taskpane.js"]));
    const sizes = initial.map((name) => ({ name, kib: gzipKiB(name) }));
    const total = sizes.reduce((sum, { kib }) => sum + kib, 0);
    const listed = sizes.map(({ name, kib }) => `${name} ${kib.toFixed(1)} KiB`).join(", ");
    if (total > BUDGET_KIB) throw new Error(`${total.toFixed(1)} KiB gzip, over the ${BUDGET_KIB} KiB budget: ${listed}`);
    expect(total).toBeLessThanOrEqual(BUDGET_KIB);
  });

  test("the tabs' panels, the workbook's actions and the share copy are chunks of their own, none of them loaded by the page", () => {
    const chunks = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file));
    for (const name of ["parameters", "validation", "ranking", "payments", "simulation", "share-panel", "workbook", "share"]) {
      expect(chunks.filter((file) => file.startsWith(`${name}.`))).toHaveLength(1);
    }
  });
});
