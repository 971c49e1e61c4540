import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The package layer runs in Node and in the task pane alike: it imports only its own files, the
 * engine, fflate and saxes — no Node built-in, no Office.js, no React, no exceljs.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const FOLDER = path.join(ROOT, "src", "xlsx");
const IMPORT = /^\s*(?:import|export)\b[^"']*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/gm;

function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

test("the check sees every kind of import", () => {
  expect(importsOf(`import { a } from "./a";\nexport { b } from "../engine/b";\nimport "node:fs";\nconst c = require("exceljs");`)).toEqual(
    ["./a", "../engine/b", "node:fs", "exceljs"],
  );
});

test("src/xlsx imports only itself, the engine, fflate and saxes", () => {
  const files = readdirSync(FOLDER).filter((file) => file.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(10);
  const outside = files.flatMap((file) =>
    importsOf(readFileSync(path.join(FOLDER, file), "utf8"))
      .filter((target) => !(target.startsWith("./") || target.startsWith("../engine/") || target === "fflate" || target === "saxes"))
      .map((target) => `${file} → ${target}`),
  );
  expect(outside).toEqual([]);
});
