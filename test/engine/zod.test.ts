import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * zod runs jitless wherever H4A defines a schema: its compiled parsers need `new Function`, which
 * the task pane's Content-Security-Policy refuses (docs/SECURITY.md).
 */

const SRC = path.resolve(__dirname, "..", "..", "src");

type Zod = Pick<typeof import("zod/mini"), "z">;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(file) : /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * The code compiled with `new Function` (or `Function(…)`) while an object schema is defined and
 * used with a fresh zod from `load` — and a fresh configuration, which zod keeps on globalThis.
 */
function compiledWhileParsing(load: () => Zod): unknown[][] {
  const compiled: unknown[][] = [];
  const global = globalThis as { __zod_globalConfig?: unknown };
  const config = global.__zod_globalConfig;
  delete global.__zod_globalConfig;
  const original = globalThis.Function;
  const record = (args: unknown[]) => compiled.push(args);
  globalThis.Function = new Proxy(original, {
    construct: (target, args) => (record(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
  });
  try {
    jest.isolateModules(() => {
      const { z } = load();
      const schema = z.object({ name: z.string(), count: z.number() });
      expect(schema.parse({ name: "H4A", count: 3 })).toEqual({ name: "H4A", count: 3 });
      expect(schema.safeParse({ name: 1 }).success).toBe(false);
    });
  } finally {
    globalThis.Function = original;
    global.__zod_globalConfig = config;
  }
  return compiled;
}

test("zod imported from src/engine/zod.ts is jitless: defining and parsing an object schema compiles no code", () => {
  expect(compiledWhileParsing(() => jest.requireActual<Zod>("../../src/engine/zod"))).toEqual([]);
});

test("the same schema with zod imported directly compiles code (what the policy would refuse)", () => {
  expect(compiledWhileParsing(() => jest.requireActual<Zod>("zod")).length).toBeGreaterThan(0);
});

test("every module of the engine and the pane's bundles imports zod through src/engine/zod.ts", () => {
  const direct = sources(SRC)
    .filter((file) => !file.includes(`${path.sep}cli${path.sep}`) && !file.endsWith(`${path.sep}engine${path.sep}zod.ts`))
    .filter((file) => /from\s+["']zod(\/[^"']*)?["']/.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(SRC, file));
  expect(direct).toEqual([]);
});
