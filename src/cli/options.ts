/**
 * The options each command accepts: the one table that the parser (args.ts) and the help
 * (help.ts, whose words must describe each of them) both read.
 */

export type CommandName = "validate" | "fill" | "share" | "indigo" | "rank" | "pay" | "commitments" | "statement";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}

const help = { type: "boolean", short: "h" } as const;
const sheet = { type: "string" } as const;
const param = { type: "string", multiple: true } as const;
const json = { type: "boolean" } as const;
const force = { type: "boolean" } as const;
const output = { type: "string", short: "o" } as const;
const keyFile = { type: "string" } as const;
const year = { type: "string" } as const;

export const OPTIONS = {
  validate: { help, sheet, json, param },
  fill: { help, sheet, output, param, json, force, "key-file": keyFile },
  share: {
    help,
    sheet,
    output,
    "key-file": keyFile,
    "passphrase-stdin": { type: "boolean" },
    keep: { type: "string", multiple: true },
    json,
    force,
  },
  indigo: { help, sheet, output, param, force },
  rank: { help, sheet, output, param, json, force },
  pay: { help, sheet, output, year, act: { type: "string" }, date: { type: "string" }, "key-file": keyFile, param, json, force },
  commitments: { help, sheet, param, json },
  statement: { help, sheet, output, year, lang: { type: "string" }, "key-file": keyFile, param, force },
} as const satisfies Record<CommandName, Record<string, OptionSpec>>;

/** The long names of the options a command accepts. */
export type OptionName<C extends CommandName> = keyof (typeof OPTIONS)[C] & string;
