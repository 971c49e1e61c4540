import { readFileSync } from "node:fs";
import * as path from "node:path";

/** The package's version, read from package.json two folders up (from src/cli and from build/cli alike). */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}
