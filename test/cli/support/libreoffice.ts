import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

/**
 * LibreOffice Calc as a second spreadsheet engine: it opens .xlsx files written by the add-in,
 * recalculates every formula (a fresh profile whose settings force recalculation of OOXML files
 * on load) and saves them again as .xlsx, with its own cached results.
 */

const run = promisify(execFile);

/** Recalculate always on load (0 = always, 1 = never, 2 = ask), for OOXML and ODF files. */
export const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** soffice's arguments: with the profile `profile`, convert `files` to .xlsx in `outDir`, headless. */
export const convertArgs = (profile: string, outDir: string, files: readonly string[]): string[] => [
  `-env:UserInstallation=file://${profile}`,
  "--headless",
  "--norestore",
  "--nolockcheck",
  "--nodefault",
  "--convert-to",
  "xlsx:Calc MS Excel 2007 XML",
  "--outdir",
  outDir,
  ...files,
];

/** The soffice executable, or an error saying how to install it (the tests fail without it, they never skip). */
export async function findSoffice(): Promise<string> {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "soffice");
    try {
      await fs.access(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui (.ci/run installs it).");
}

/**
 * Opens each file in LibreOffice, recalculates it and saves it as .xlsx into `outDir` (same
 * base name, extension .xlsx: a macro.xlsm comes back as macro.xlsx), all in one soffice run.
 * Returns the paths written. Two inputs must not share a base name.
 */
export async function recalculateWithLibreOffice(files: readonly string[], outDir: string): Promise<string[]> {
  const written = files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.xlsx`));
  if (new Set(written).size !== written.length)
    throw new Error(`recalculateWithLibreOffice: two inputs share a base name (${files.join(", ")})`);
  const soffice = await findSoffice();
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "h4a-lo-profile-"));
  try {
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
    await fs.mkdir(outDir, { recursive: true });
    await run(soffice, convertArgs(profile, outDir, files), { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  for (const file of written) await fs.access(file);
  return written;
}
