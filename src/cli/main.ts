#!/usr/bin/env node
import { parseCommand, type CommandName } from "./args";
import { CliError } from "./cliError";
import { fillCommand } from "./fill";
import { commitmentsCommand } from "./commitmentsCommand";
import { commandHelp, generalHelp } from "./help";
import { indigoCommand } from "./indigo";
import { Progress, type Io } from "./io";
import { langOf } from "../engine/cells/lang";
import { installInterruptHandlers } from "./output";
import { payCommand } from "./pay";
import { rankCommand } from "./rank";
import { shareCommand } from "./share";
import { statementCommand } from "./statementCommand";
import { say } from "./strings";
import { validateCommand } from "./validate";
import { cliVersion } from "./version";

/**
 * The `h4a` command line: validate, fill, share, indigo, rank, pay, commitments, statement. Exit codes: 0 success, 1 the data has
 * errors, 2 the input or the command line is unusable (one line on stderr).
 */

const COMMANDS: Record<CommandName, (command: ReturnType<typeof parseCommand>, io: Io) => Promise<number>> = {
  validate: validateCommand,
  fill: fillCommand,
  share: shareCommand,
  indigo: indigoCommand,
  rank: rankCommand,
  pay: payCommand,
  commitments: commitmentsCommand,
  statement: statementCommand,
};

const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(COMMANDS, name);

export async function run(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(generalHelp(io.lang));
    return 2;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    io.out(topic !== undefined && isCommand(topic) ? commandHelp(topic, io.lang) : generalHelp(io.lang));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.out(cliVersion());
    return 0;
  }
  if (!isCommand(first)) {
    io.err(say(io.lang).unknownCommand(first, Object.keys(COMMANDS)));
    return 2;
  }
  let json = false;
  try {
    const command = parseCommand(first, rest, io.lang);
    json = command.json;
    if (command.help) {
      io.out(commandHelp(first, io.lang));
      return 0;
    }
    return await COMMANDS[first](command, io);
  } catch (error) {
    if (error instanceof CliError) {
      if (json && error.json !== undefined) io.out(JSON.stringify(error.json, null, 2));
      io.err(`h4a ${first}: ${error.message}`);
      for (const line of error.details) io.err(line);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (env.H4A_DEBUG === "1" ? (error.stack ?? error.message) : error.message) : String(error);
    io.err(say(io.lang).unexpectedError(first, detail).split("\n").join(" "));
    return 2;
  }
}

function processIo(env: NodeJS.ProcessEnv): Io {
  const lang = langOf(env.LANG);
  const err = (text: string): void => {
    process.stderr.write(`${text}\n`);
  };
  return { lang, out: (text) => process.stdout.write(`${text}\n`), err, progress: new Progress(err, lang, env.H4A_PROGRESS) };
}

if (require.main === module) {
  installInterruptHandlers();
  run(process.argv.slice(2), process.env, processIo(process.env)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`h4a: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
