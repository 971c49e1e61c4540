import { draftRefusals, dueYearsOf, paymentRows } from "../engine/ledger/record";
import { statementDocument } from "../engine/statement/document";
import { statementModel } from "../engine/statement/model";
import { requireOption, type ParsedCommand } from "./args";
import { CliError } from "./cliError";
import type { Io } from "./io";
import { issueLine } from "./issuesReport";
import { pick } from "../engine/cells/lang";
import { workbookLedger } from "./ledgerRun";
import { checkOutput, writeAtomically } from "./output";
import { optionalPseudonymKey } from "./passphrase";
import { languageOption, programmeYearOption } from "./paymentArgs";
import { checkedProgramme } from "./programmeRun";
import { statementPdf } from "./statementPdf";
import { say } from "./strings";

/**
 * `h4a statement`: the payment statement of a programme year as an A4 PDF (docs/rules.md §13.3) —
 * from the ledger for a recorded year, as a draft for a due year not yet recorded. Reads the
 * workbook only.
 */
export async function statementCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const t = say(io.lang);
  const output = requireOption("statement", command.output, t.outputPdfOption, io.lang);
  const year = programmeYearOption("statement", command.year, io.lang);
  const lang = languageOption(command.lang, io.lang, io.lang);
  const target = checkOutput(output, command.keyFile === undefined ? [file] : [file, command.keyFile], command.force, io.lang);
  const key = await optionalPseudonymKey(command, io.lang);
  const checked = await checkedProgramme(file, command.sheet, command.params, io);
  const ledger = await workbookLedger(checked, file, key, io.lang);
  const recorded = ledger.status.recordedYears.includes(year);
  let pending = null;
  if (!recorded) {
    const dueYears = dueYearsOf(checked.model);
    const refusals = draftRefusals(
      { agreementErrors: [], sheetErrors: [], ledger, dueYears, currentYear: checked.params.currentYear },
      year,
    );
    if (refusals.length > 0) {
      const [first, ...rest] = refusals;
      throw new CliError(
        1,
        `${pick(first.message, io.lang)} ${t.noStatementWritten}`,
        rest.map((i) => issueLine(i, io.lang)),
      );
    }
    pending = await paymentRows(checked.model, ledger, { programmeYear: year, act: "", date: 0 });
  }
  const model = statementModel({ model: checked.model, ledger, programmeYear: year, pending });
  io.progress.step(t.writingStatement);
  await writeAtomically(target, await statementPdf(statementDocument(model, lang)), io.lang);
  io.out(t.statementWritten(output, year, recorded, model.yearTotal));
  return 0;
}
