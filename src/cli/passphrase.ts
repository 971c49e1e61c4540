import { readFileSync } from "node:fs";
import { type Lang, pick } from "../engine/cells/lang";
import { passphraseProblem, pseudonymKey, type PseudonymKey } from "../engine/sharing/pseudonyms";
import type { ParsedCommand } from "./args";
import { unusable } from "./cliError";

/** The City's passphrase read for the pseudonyms (§8): used only in memory, never printed or written. */

/** The passphrase from its file, or a one-line CliError (exit code 2). */
function passphraseFromFile(keyFile: string, lang: Lang): string {
  try {
    return readFileSync(keyFile, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw unusable(
      code === "ENOENT"
        ? pick({ it: `${keyFile}: file della frase segreta non trovato.`, en: `${keyFile}: passphrase file not found.` }, lang)
        : pick(
            { it: `${keyFile}: impossibile leggere il file della frase segreta.`, en: `${keyFile}: cannot read the passphrase file.` },
            lang,
          ),
    );
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
    throw unusable(
      pick(
        {
          it: "manca --key-file <file> o --passphrase-stdin (vedere h4a share --help).",
          en: "--key-file <file> or --passphrase-stdin is missing (see h4a share --help).",
        },
        lang,
      ),
    );
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
