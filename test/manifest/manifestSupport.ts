import { readFileSync } from "fs";
import path from "path";
import type { XMLValidationResult } from "xmllint-wasm";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST_PATH = path.join(REPO_ROOT, "manifest.xml");

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
} as const;

export function readManifest(): string {
  return readFileSync(MANIFEST_PATH, "utf8");
}

/** Validates a manifest against the offline schemas, as `npm run validate` does when offline. */
export function validateManifest(xml: string): Promise<XMLValidationResult> {
  return (require("../../scripts/validate-manifest") as { validateOffline: (xml: string) => Promise<XMLValidationResult> }).validateOffline(
    xml,
  );
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
