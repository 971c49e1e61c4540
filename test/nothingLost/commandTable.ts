import type { CommandName } from "../../src/cli/options";

/**
 * Every `h4a` command, as the nothing-lost tests run it: its arguments and what it writes. A
 * Record over CommandName, so that a command added to src/cli/options.ts without a row here does
 * not compile.
 */

/** What a command leaves at `-o`: the workbook with the add-in's sheets, the copy for Homes4All, a PDF, JSON, or nothing. */
export type OutputKind = "workbook" | "sharedCopy" | "pdf" | "json" | "none";

export interface RunSpec {
  input: string;
  /** The output path, for the commands that write one. */
  output: string;
  /** A file holding a passphrase of the length and variety `share` accepts. */
  keyFile: string;
  /** The --param items the input needs (none when its H4A_Parametri has them all). */
  params: readonly string[];
}

export interface CommandCase {
  output: OutputKind;
  /** The file extension of the output. */
  extension: string;
  /** Whether the command needs a candidates sheet (it refuses a workbook without one). */
  needsCandidates: boolean;
  args(run: RunSpec): string[];
}

const params = (run: RunSpec): string[] => run.params.flatMap((p) => ["--param", p]);

export const COMMAND_CASES: Record<CommandName, CommandCase> = {
  validate: { output: "none", extension: "", needsCandidates: false, args: (r) => ["validate", r.input, ...params(r)] },
  commitments: { output: "none", extension: "", needsCandidates: false, args: (r) => ["commitments", r.input, ...params(r)] },
  indigo: { output: "json", extension: ".json", needsCandidates: false, args: (r) => ["indigo", r.input, "-o", r.output, ...params(r)] },
  fill: { output: "workbook", extension: ".xlsx", needsCandidates: false, args: (r) => ["fill", r.input, "-o", r.output, ...params(r)] },
  rank: { output: "workbook", extension: ".xlsx", needsCandidates: true, args: (r) => ["rank", r.input, "-o", r.output, ...params(r)] },
  pay: {
    output: "workbook",
    extension: ".xlsx",
    needsCandidates: false,
    args: (r) => ["pay", r.input, "--year", "1", "--act", "DD 100/2026", "--date", "2026-12-01", "-o", r.output, ...params(r)],
  },
  statement: {
    output: "pdf",
    extension: ".pdf",
    needsCandidates: false,
    args: (r) => ["statement", r.input, "--year", "1", "-o", r.output, ...params(r)],
  },
  share: {
    output: "sharedCopy",
    extension: ".xlsx",
    needsCandidates: false,
    args: (r) => ["share", r.input, "-o", r.output, "--key-file", r.keyFile],
  },
};

export const COMMANDS = Object.keys(COMMAND_CASES) as CommandName[];

/** The commands that write a file at `-o`. */
export const WRITING_COMMANDS = COMMANDS.filter((name) => COMMAND_CASES[name].output !== "none");

/** A passphrase `share` accepts (long, not a sequence). */
export const PASSPHRASE = "c4e1a97f03b25d68e0f9b1a7c3d54e28";
