import * as path from "node:path";
import { type Lang, pick } from "../engine/cells/lang";
import { requireOption, type ParsedCommand } from "./args";
import { unusable } from "./cliError";
import type { Io } from "./io";
import { openBeneficiaries } from "./openInput";
import { checkOutput } from "./output";
import { readPseudonymKey } from "./passphrase";
import { saveWorkbook } from "./workbookOutput";
import { REMOVAL, removedColumnText } from "../xlsx/shareLabels";
import { PackageError, shareWorkbook, ShareError, type ShareReport } from "../xlsx";
import { say } from "./strings";
import { packageFailure } from "./workbookInput";

/**
 * `h4a share`: the copy of the workbook for Homes4All (docs/rules.md §11). The key is read from
 * its file and used only in memory: it is never printed, logged or written into any file.
 */

export function shareLines(report: ShareReport, output: string, lang: Lang): string[] {
  const t = say(lang);
  const lines = [t.shareWritten(output), t.pseudonymised(report.pseudonymised, report.idCopiesReplaced)];
  if (report.candidatesPseudonymised > 0) lines.push(t.candidatesPseudonymised(report.candidatesPseudonymised));
  if (report.removedColumns.length === 0) lines.push(t.noColumnsRemoved);
  else {
    lines.push(t.columnsRemoved(report.removedColumns.length));
    for (const c of report.removedColumns) lines.push(`    ${removedColumnText(c, lang)}`);
  }
  for (const c of report.keptColumns) lines.push(t.keptColumn(removedColumnText(c, lang)));
  lines.push(t.formulasReplaced(report.formulasReplaced), t.notesRemoved(report.notesRemoved));
  if (report.removals.length > 0) {
    lines.push(t.removedOutsideCells(report.removals.reduce((sum, r) => sum + r.count, 0)));
    for (const r of report.removals) lines.push(`    ${r.part}: ${REMOVAL[lang][r.kind]} (${r.count})`);
  }
  lines.push(t.agreementKept);
  return lines;
}

export async function shareCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const output = requireOption("share", command.output, "-o <out.xlsx>", io.lang);
  const target = checkOutput(output, command.keyFile === undefined ? [file] : [file, command.keyFile], command.force, io.lang);
  const key = await readPseudonymKey(command, io.lang);
  const { workbook, sheet, input } = await openBeneficiaries(file, command.sheet, io);
  io.progress.step(say(io.lang).pseudonymising);
  let report: ShareReport;
  try {
    report = await shareWorkbook(workbook, { sheet, input, key, keep: command.keep });
  } catch (error) {
    if (error instanceof ShareError) throw unusable(pick(error.text, io.lang));
    if (error instanceof PackageError) throw packageFailure(file, error, io.lang);
    throw error;
  }
  await saveWorkbook(target, workbook, io);
  if (command.json) io.out(JSON.stringify({ output: path.resolve(output), ...report }, null, 2));
  else io.out(shareLines(report, output, io.lang).join("\n"));
  return 0;
}
