/**
 * How a command ends early. Exit code 2: the input or the command line is unusable (a missing
 * or corrupt file, no beneficiary sheet, an invalid --param, an output that cannot be written);
 * exit code 1: the data has errors (validation). The message is one line, already translated.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    /** Lines printed after the message (e.g. the validation errors); none for exit code 2. */
    readonly details: string[] = [],
    /** What --json prints on stdout for this outcome, if anything. */
    readonly json?: unknown,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** An unusable input or command line: exit code 2, one line. */
export const unusable = (message: string): CliError => new CliError(2, message);
