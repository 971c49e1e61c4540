import { formatIsoDate } from "../engine/cells/calendar";
import { dueYearsOf, paymentRows, recordingRefusals } from "../engine/ledger/record";
import { PARAMS_SHEET } from "../engine/agreement/params";
import { statementDocument } from "../engine/statement/document";
import { statementModel } from "../engine/statement/model";
import { statementSheetName, statementSheetPlan } from "../engine/sheets/statementSheet";
import { requireOption, type ParsedCommand } from "./args";
import { CliError } from "./cliError";
import type { Io } from "./io";
import { issueJson, issueLine } from "./issuesReport";
import { pick } from "../engine/cells/lang";
import { ledgerJson } from "./ledgerJson";
import { appendLedgerRows } from "./ledgerOutput";
import { workbookLedger } from "./ledgerRun";
import { checkOutput } from "./output";
import { optionalPseudonymKey } from "./passphrase";
import { dateOption, programmeYearOption } from "./paymentArgs";
import { checkedProgramme } from "./programmeRun";
import { say } from "./strings";
import { saveWorkbook, writeAddInSheets, writeAgreement } from "./workbookOutput";

/**
 * `h4a pay`: records the payment of a programme year (docs/rules.md §13.1) into a copy of the
 * workbook — rows appended to H4A_Registro and H4A_Evidenze, the statement H4A_Prospetto_<year>,
 * the agreement used in H4A_Parametri. A refusal exits with 1 and writes nothing.
 */
export async function payCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const t = say(io.lang);
  const output = requireOption("pay", command.output, t.outputXlsxOption, io.lang);
  const year = programmeYearOption("pay", command.year, io.lang);
  const act = requireOption("pay", command.act, t.actOption, io.lang);
  const date = dateOption("pay", command.date, io.lang);
  const target = checkOutput(output, command.keyFile === undefined ? [file] : [file, command.keyFile], command.force, io.lang);
  const key = await optionalPseudonymKey(command, io.lang);
  const checked = await checkedProgramme(file, command.sheet, command.params, io);
  const ledger = await workbookLedger(checked, file, key, io.lang);
  const request = { programmeYear: year, act, date };
  const dueYears = dueYearsOf(checked.model);
  const refusals = recordingRefusals(
    { agreementErrors: [], sheetErrors: [], ledger, dueYears, currentYear: checked.params.currentYear },
    request,
  );
  if (refusals.length > 0) {
    const [first, ...rest] = refusals;
    throw new CliError(
      1,
      `${pick(first.message, io.lang)} ${t.nothingWritten}`,
      rest.map((i) => issueLine(i, io.lang)),
      {
        recorded: false,
        refusal: issueJson(first, io.lang),
      },
    );
  }

  io.progress.step(t.recordingPayment);
  const rows = await paymentRows(checked.model, ledger, request);
  const statement = statementModel({ model: checked.model, ledger, programmeYear: year, pending: rows });
  const sheetName = statementSheetName(year);
  const plans = [
    ...(await writeAgreement(checked.workbook, checked.agreementSheet, checked.params)),
    ...appendLedgerRows(checked.workbook, ledger, rows.entries, rows.evidence),
    statementSheetPlan(statementDocument({ ...statement, status: "recorded" }, "it"), year),
  ];
  await writeAddInSheets(checked.workbook, plans, io.lang);
  await saveWorkbook(target, checked.workbook, io);

  const after = { ...ledger.status, recordedYears: [...ledger.status.recordedYears, year].sort((a, b) => a - b) };
  if (command.json) {
    io.out(
      JSON.stringify(
        {
          recorded: true,
          programmeYear: year,
          calendarYear: statement.calendarYear,
          act: act.trim(),
          date: formatIsoDate(date),
          rows: rows.entries.map((e) => ({
            row: e.row,
            cohort: e.cohort,
            cohortYear: e.cohortYear,
            kind: e.kind,
            families: e.families,
            tier: e.tier,
            amount: e.amount,
          })),
          total: statement.yearTotal,
          cumulative: statement.cumulative,
          ledger: ledgerJson(after),
          sheets: [PARAMS_SHEET, "H4A_Registro", "H4A_Evidenze", sheetName],
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const lines = [
    t.recorded(year, act.trim(), formatIsoDate(date), statement.yearTotal, rows.entries.length, statement.cumulative),
    ...rows.entries.map((e) => t.recordedRow(e)),
    t.paymentWritten(output, sheetName),
  ];
  io.out(lines.join("\n"));
  return 0;
}
