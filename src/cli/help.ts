import { pick, type Lang } from "../engine/cells/lang";
import { OPTIONS, type CommandName, type OptionName, type OptionSpec } from "./options";
import { COMMAND_HELP, GENERAL_HELP, type OptionHelp } from "./strings/help";

/** The --help texts, built from the options table (options.ts) and their words (strings/help.ts). */

const COMMANDS = Object.keys(OPTIONS) as CommandName[];

/** The text column of the option lists. */
const INDENT = " ".repeat(24);

/** `h4a <command> <usage>`, the command padded to line up in the general help. */
const usageLine = (command: CommandName, lang: Lang, width = 0): string =>
  `h4a ${command.padEnd(width)} ${pick(COMMAND_HELP[command].usage, lang)}`;

function optionLine(name: string, spec: OptionSpec, help: OptionHelp, lang: Lang): string {
  const flag = `${spec.short === undefined ? "" : `-${spec.short}, `}--${name}${help.value === undefined ? "" : ` ${pick(help.value, lang)}`}`;
  return `  ${flag.padEnd(21)} ${pick(help.text, lang).split("\n").join(`\n${INDENT}`)}`;
}

function optionLines<C extends CommandName>(command: C, lang: Lang): string[] {
  const specs: Record<string, OptionSpec> = OPTIONS[command];
  const helps = COMMAND_HELP[command].options as Record<OptionName<C>, OptionHelp>;
  return (Object.keys(helps) as OptionName<C>[]).map((name) => optionLine(name, specs[name], helps[name], lang));
}

export function generalHelp(lang: Lang): string {
  const text = (key: keyof typeof GENERAL_HELP) => pick(GENERAL_HELP[key], lang);
  return [
    text("title"),
    "",
    text("usage"),
    ...COMMANDS.map((command) => `  ${usageLine(command, lang, 8)}`),
    text("commandHelp"),
    "  h4a --version",
    "",
    text("exitCodes"),
    text("language"),
    text("documents"),
  ].join("\n");
}

export function commandHelp(command: CommandName, lang: Lang): string {
  const help = COMMAND_HELP[command];
  return [
    usageLine(command, lang),
    "",
    pick(help.about, lang),
    "",
    ...optionLines(command, lang),
    "",
    `${pick(GENERAL_HELP.example, lang)}: ${pick(help.example, lang)}`,
  ].join("\n");
}
