import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";

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

/** The project's offline copy of Microsoft's manifest schemas (origin and changes in its README). */
export function schemaDir(): string {
  const dir = path.join(__dirname, "schemas");
  if (!existsSync(path.join(dir, "OfficeAppManifestV1_1.xsd"))) throw new Error(`No OfficeAppManifestV1_1.xsd in ${dir}.`);
  return dir;
}

/** Validates a manifest against OfficeAppManifestV1_1.xsd, with every XSD it imports preloaded. */
export function validateManifest(xml: string): Promise<XMLValidationResult> {
  const dir = schemaDir();
  const entry = "OfficeAppManifestV1_1.xsd";
  const others = readdirSync(dir).filter((file) => file.endsWith(".xsd") && file !== entry);
  return validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: { fileName: entry, contents: readFileSync(path.join(dir, entry), "utf8") },
    preload: others.map((file) => ({ fileName: file, contents: readFileSync(path.join(dir, file), "utf8") })),
  });
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
