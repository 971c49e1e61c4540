import { parseArgs } from "node:util";
import { type Lang, pick } from "../engine/cells/lang";
import { unusable } from "./cliError";

/** The command line of one command, parsed with node:util parseArgs; errors become one line and exit code 2. */

export type CommandName = "validate" | "fill" | "share" | "indigo" | "rank" | "pay" | "commitments" | "statement";

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}

const COMMON: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h" },
  sheet: { type: "string" },
};

export const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  validate: { ...COMMON, json: { type: "boolean" }, param: { type: "string", multiple: true } },
  fill: {
    ...COMMON,
    output: { type: "string", short: "o" },
    param: { type: "string", multiple: true },
    json: { type: "boolean" },
    force: { type: "boolean" },
    "key-file": { type: "string" },
  },
  share: {
    ...COMMON,
    output: { type: "string", short: "o" },
    "key-file": { type: "string" },
    "passphrase-stdin": { type: "boolean" },
    keep: { type: "string", multiple: true },
    json: { type: "boolean" },
    force: { type: "boolean" },
  },
  indigo: {
    ...COMMON,
    output: { type: "string", short: "o" },
    param: { type: "string", multiple: true },
    force: { type: "boolean" },
  },
  rank: {
    ...COMMON,
    output: { type: "string", short: "o" },
    param: { type: "string", multiple: true },
    json: { type: "boolean" },
    force: { type: "boolean" },
  },
  pay: {
    ...COMMON,
    output: { type: "string", short: "o" },
    year: { type: "string" },
    act: { type: "string" },
    date: { type: "string" },
    "key-file": { type: "string" },
    param: { type: "string", multiple: true },
    json: { type: "boolean" },
    force: { type: "boolean" },
  },
  commitments: { ...COMMON, param: { type: "string", multiple: true }, json: { type: "boolean" } },
  statement: {
    ...COMMON,
    output: { type: "string", short: "o" },
    year: { type: "string" },
    lang: { type: "string" },
    "key-file": { type: "string" },
    param: { type: "string", multiple: true },
    force: { type: "boolean" },
  },
};

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
    parsed = parseArgs({ args: argv, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    throw unusable(`${optionProblem(error, lang)} (${pick({ it: "vedere", en: "see" }, lang)} h4a ${command} --help).`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const help = values.help === true;
  const positionals = parsed.positionals;
  if (!help && positionals.length !== 1) {
    throw unusable(
      positionals.length === 0
        ? pick(
            { it: `manca il file .xlsx (vedere h4a ${command} --help).`, en: `the .xlsx file is missing (see h4a ${command} --help).` },
            lang,
          )
        : pick(
            {
              it: `un solo file alla volta, ricevuti ${positionals.length}: ${positionals.join(", ")}.`,
              en: `one file at a time, got ${positionals.length}: ${positionals.join(", ")}.`,
            },
            lang,
          ),
    );
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
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return pick({ it: `opzione sconosciuta ${option}`, en: `unknown option ${option}` }, lang);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return pick({ it: `l'opzione ${option} richiede un valore`, en: `option ${option} needs a value` }, lang);
  }
  return message;
}

/** Throws the one-line error for a missing required option. */
export function requireOption(command: CommandName, value: string | undefined, option: string, lang: Lang): string {
  if (value !== undefined && value !== "") return value;
  throw unusable(
    pick({ it: `manca ${option} (vedere h4a ${command} --help).`, en: `${option} is missing (see h4a ${command} --help).` }, lang),
  );
}
