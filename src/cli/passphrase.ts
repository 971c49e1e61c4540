import { readFileSync } from "node:fs";
import { type Lang, pick } from "../engine/cells/lang";
import { passphraseProblem, pseudonymKey, type PseudonymKey } from "../engine/sharing/pseudonyms";
import type { ParsedCommand } from "./args";
import { unusable } from "./cliError";
import { say } from "./strings";

/** The City's passphrase read for the pseudonyms (docs/rules.md §11): used only in memory, never printed or written. */

/** The passphrase from its file, or a one-line CliError (exit code 2). */
function passphraseFromFile(keyFile: string, lang: Lang): string {
  try {
    return readFileSync(keyFile, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw unusable(code === "ENOENT" ? say(lang).keyFileNotFound(keyFile) : say(lang).keyFileUnreadable(keyFile));
  }
}

async function passphraseFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The HMAC key of the City's passphrase (src/engine/sharing/pseudonyms.ts), read from --key-file or
 * standard input; a weak passphrase, or none, is a one-line CliError (exit code 2) saying why.
 */
export async function readPseudonymKey(command: ParsedCommand, lang: Lang): Promise<PseudonymKey> {
  if (command.keyFile === undefined && !command.passphraseStdin) {
    throw unusable(say(lang).passphraseMissing);
  }
  const passphrase = command.keyFile !== undefined ? passphraseFromFile(command.keyFile, lang) : await passphraseFromStdin();
  const problem = passphraseProblem(passphrase);
  if (problem !== null) throw unusable(`${command.keyFile ?? "--passphrase-stdin"}: ${pick(problem, lang)}`);
  return pseudonymKey(passphrase);
}

/** The key when --key-file is given (pay, fill, statement name families by pseudonym), else null: families are named by their row. */
export async function optionalPseudonymKey(command: ParsedCommand, lang: Lang): Promise<PseudonymKey | null> {
  return command.keyFile === undefined ? null : readPseudonymKey(command, lang);
}
