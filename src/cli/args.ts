import { parseArgs } from "node:util";
import type { Lang } from "../engine/cells/lang";
import { unusable } from "./cliError";
import { OPTIONS, type CommandName, type OptionSpec } from "./options";
import { say } from "./strings";

/** The command line of one command, parsed with node:util parseArgs; errors become one line and exit code 2. */

export { OPTIONS, type CommandName } from "./options";

export interface ParsedCommand {
  /** The input workbook; null only with --help. */
  file: string | null;
  help: boolean;
  sheet: string | undefined;
  output: string | undefined;
  params: string[];
  json: boolean;
  force: boolean;
  keyFile: string | undefined;
  /** share: the passphrase is read from standard input. */
  passphraseStdin: boolean;
  keep: string[];
  /** pay, statement: --year, --act, --date, --lang as typed. */
  year: string | undefined;
  act: string | undefined;
  date: string | undefined;
  lang: string | undefined;
}

export function parseCommand(command: CommandName, argv: string[], lang: Lang): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const options: Record<string, OptionSpec> = OPTIONS[command];
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw unusable(say(lang).seeHelp(optionProblem(error, lang), command));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const help = values.help === true;
  const positionals = parsed.positionals;
  if (!help && positionals.length !== 1) {
    throw unusable(positionals.length === 0 ? say(lang).fileMissing(command) : say(lang).oneFileAtATime(positionals));
  }
  const text = (key: string): string | undefined => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  const list = (key: string): string[] => (Array.isArray(values[key]) ? (values[key] as string[]) : []);
  return {
    file: positionals[0] ?? null,
    help,
    sheet: text("sheet"),
    output: text("output"),
    params: list("param"),
    json: values.json === true,
    force: values.force === true,
    keyFile: text("key-file"),
    passphraseStdin: values["passphrase-stdin"] === true,
    keep: list("keep"),
    year: text("year"),
    act: text("act"),
    date: text("date"),
    lang: text("lang"),
  };
}

/** node:util's parse errors in the language of the messages. */
function optionProblem(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^'\s,]*)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return say(lang).unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return say(lang).optionNeedsValue(option);
  return message;
}

/** Throws the one-line error for a missing required option. */
export function requireOption(command: CommandName, value: string | undefined, option: string, lang: Lang): string {
  if (value !== undefined && value !== "") return value;
  throw unusable(say(lang).optionMissing(command, option));
}
