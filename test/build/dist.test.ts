import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { parseCatalog } from "../../src/taskpane/functionsCatalog";

// The same code webpack.config.js uses to write dist/manifest.xml.
const { publicUrl, rewriteManifest } = require("../../scripts/public-url") as {
  publicUrl: () => string;
  rewriteManifest: (xml: string, targetUrl: string) => string;
};

/**
 * The production build, as `npm test` runs it before jest (`npm run build` → dist/). These tests
 * read what webpack wrote; they do not build.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
/** `npm run build:e2e`: the production build with the test hook, served by test/e2e/harness.ts. */
const DIST_E2E = path.join(ROOT, "dist-e2e");
/** The global under which the end-to-end harness installs its in-memory workbook. */
const TEST_HOOK = "__H4A_TEST_WORKBOOK__";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function builtFile(dir: string, script: string, name: string): string {
  const file = path.join(dir, name);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run "npm run ${script}" first (npm test does).`);
  return readFileSync(file, "utf8");
}

const distFile = (name: string): string => builtFile(DIST, "build", name);
const e2eFile = (name: string): string => builtFile(DIST_E2E, "build:e2e", name);

/** The src of every <script> in the page, in document order (quotes optional: the HTML is minified). */
function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi), (m) => m[1] ?? m[2] ?? m[3]!);
}

describe("dist/ after the production build", () => {
  test("taskpane.html loads office.js from Microsoft's CDN, then one webpack runtime, the functions and the task pane, and frame.js after the frame", () => {
    const html = distFile("taskpane.html");
    expect(scriptSources(html)).toEqual([OFFICE_JS, "runtime.js", "functions.js", "taskpane.js", "frame.js"]);
    expect(html).toMatch(/<html[^>]*\blang=["']?it\b/);
    expect(html).toMatch(/<div[^>]*\bid=["']?root\b/);
    for (const bundle of ["runtime.js", "functions.js", "taskpane.js"]) expect(existsSync(path.join(DIST, bundle))).toBe(true);
    expect(readdirSync(DIST).filter((file) => /^office(\.debug)?\.js$/i.test(file))).toEqual([]);
  });

  test("taskpane.html carries the pane's frame, pre-rendered: Italian in #root, English in a template, shown by a small synchronous script", () => {
    const html = distFile("taskpane.html");
    expect(html).toMatch(/<div id="?root"?><div data-h4a-frame="?it"?><div[^>]*class="?fui-FluentProvider/);
    expect(html).toMatch(/<template id="?h4a-frame-en"?><div data-h4a-frame="?en"?>/);
    expect(html).toContain("data-make-styles-bucket");
    expect(html).toContain("Connessione a Excel");
    expect(html).not.toContain("<%");
    const frameScript = html.match(/<script\b[^>]*\bsrc="?frame\.js"?[^>]*>/)?.[0];
    expect(frameScript).toBeDefined();
    expect(frameScript).not.toMatch(/\b(defer|async)\b/);
    expect(Buffer.byteLength(distFile("frame.js"))).toBeLessThan(2048);
  });

  test("functions.json lists the H4A functions that src/functions/functions.ts declares", async () => {
    const built = parseCatalog(JSON.parse(distFile("functions.json")));
    const generated = await generateCustomFunctionsMetadata([path.join(ROOT, "src", "functions", "functions.ts")], true);
    expect(generated.errors).toEqual([]);
    const declared = parseCatalog(JSON.parse(generated.metadataJson));

    expect(built.length).toBeGreaterThan(0);
    expect(built.map((fn) => fn.id)).toEqual(declared.map((fn) => fn.id));
    for (const fn of built) expect(fn.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
  });

  test("functions.it.json is functions.json with every description in Italian: same ids, parameters and types", () => {
    const english = JSON.parse(distFile("functions.json"));
    const italian = JSON.parse(distFile("functions.it.json"));
    const shape = (metadata: typeof english) =>
      metadata.functions.map((fn: { id: string; name: string; parameters: object[]; result: object }) => ({
        id: fn.id,
        name: fn.name,
        parameters: fn.parameters.map(({ description: _, ...rest }: { description?: string }) => rest),
        result: fn.result,
      }));
    expect(shape(italian)).toEqual(shape(english));
    const tranche = italian.functions.find((fn: { id: string }) => fn.id === "TRANCHE");
    expect(tranche.description).toMatch(/^Quota del premio pagata in un anno di coorte/);
    expect(tranche.parameters[0].description).toBe("Anno di coorte: 1, 2 o 3.");
  });

  test("functions.js registers every function of functions.json with CustomFunctions.associate", () => {
    const bundle = distFile("functions.js");
    const ids = parseCatalog(JSON.parse(distFile("functions.json"))).map((fn) => fn.id);
    const associated = Array.from(bundle.matchAll(/CustomFunctions\.associate\(\s*"([^"]+)"/g), (m) => m[1]);
    expect([...associated].sort()).toEqual([...ids].sort());
  });

  test("the icons are copied to dist/assets unchanged", () => {
    const icons = readdirSync(path.join(ROOT, "assets")).filter((file) => file.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) {
      expect(readFileSync(path.join(DIST, "assets", icon)).equals(readFileSync(path.join(ROOT, "assets", icon)))).toBe(true);
    }
  });

  test("dist/manifest.xml is manifest.xml, on H4A_PUBLIC_URL when it is set", () => {
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(source).toContain("https://localhost:3000/taskpane.html");
    expect(distFile("manifest.xml")).toBe(rewriteManifest(source, publicUrl()));
  });

  test("no bundle holds the end-to-end test hook: without H4A_TEST_HOOK the minifier drops it", () => {
    const bundles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["runtime.js", "functions.js", "taskpane.js"]));
    // Every chunk is checked, also those fetched by import() after the first render (the tabs' panels, …).
    expect(bundles.filter((file) => /^(parameters|simulation|workbook|share)\.[0-9a-f]{8}\.js$/.test(file))).toHaveLength(4);
    for (const bundle of bundles) expect(distFile(bundle)).not.toContain(TEST_HOOK);
  });
});

describe("dist-e2e/ after the end-to-end build", () => {
  test("the task pane accepts the test workbook; the page and the functions' metadata are dist/'s", () => {
    expect(e2eFile("taskpane.js")).toContain(TEST_HOOK);
    expect(scriptSources(e2eFile("taskpane.html"))).toEqual(scriptSources(distFile("taskpane.html")));
    expect(e2eFile("functions.json")).toBe(distFile("functions.json"));
    expect(e2eFile("functions.it.json")).toBe(distFile("functions.it.json"));
  });
});
