import * as path from "node:path";
import type { ParsedCommand } from "./args";
import { indigoDocument } from "../engine/payments/indigoProject";
import type { Io } from "./io";
import { checkOutput, writeAtomically } from "./output";
import { checkedProgramme } from "./programmeRun";
import { say } from "./strings";
import { cliVersion } from "./version";

/**
 * `h4a indigo`: the outcome metrics, prices and payments (planned and actual, per cohort and
 * programme year) in the shape of the INDIGO data standard, on stdout or into -o out.json.
 */
export async function indigoCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const target = command.output === undefined ? null : checkOutput(command.output, [file], command.force, io.lang);
  const checked = await checkedProgramme(file, command.sheet, command.params, io);
  const document = indigoDocument({ model: checked.model, sourceName: path.basename(file), generator: `h4a ${cliVersion()}` });
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (target === null) {
    io.out(json.trimEnd());
    return 0;
  }
  await writeAtomically(target, json, io.lang);
  io.out(say(io.lang).indigoWritten(command.output as string));
  return 0;
}
