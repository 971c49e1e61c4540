import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A clone has nothing beside it: no tracked file may reach the folder `shared` next to the
 * repository (the rules, the manifest schemas and the docs are the project's own copies).
 */

const ROOT = path.resolve(__dirname, "..", "..");
/** The folder's name, spelled so that this file does not match its own check. */
const SHARED = ["..", ["sha", "red"].join("")];
/** The folder beside the repository with either separator, and `path.join` spellings of it. */
const REACHES_OUTSIDE = new RegExp(`\\.\\.[\\\\/]${SHARED[1]}\\b|["'\`]\\.\\.["'\`]\\s*,\\s*["'\`]${SHARED[1]}["'\`]`);

const trackedFiles = (): string[] =>
  execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "" && !file.endsWith("package-lock.json"));

const isText = (bytes: Buffer): boolean => !bytes.subarray(0, 8000).includes(0);

describe("the project stands alone", () => {
  test("the check recognises every spelling of a path into the folder beside the repository", () => {
    for (const line of [`see ${SHARED.join("/")}/spec`, `path.resolve(ROOT, "..", "${SHARED[1]}")`, `${SHARED.join("\\")}\\x`]) {
      expect(REACHES_OUTSIDE.test(line)).toBe(true);
    }
    expect(REACHES_OUTSIDE.test("docs/rules.md and ./shared-strings.ts")).toBe(false);
  });

  test("no tracked file refers to the folder beside the repository", () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => {
      const bytes = readFileSync(path.join(ROOT, file));
      return isText(bytes) && REACHES_OUTSIDE.test(bytes.toString("utf8"));
    });
    expect(offenders).toEqual([]);
  });
});
