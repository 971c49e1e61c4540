import * as path from "node:path";
import { PARAMS_SHEET } from "../engine/agreement/params";
import { paymentPlans, paymentSummary } from "../engine/sheets/paymentPlans";
import { requireOption, type ParsedCommand } from "./args";
import type { Io } from "./io";
import { countsText, familiesText, issueLine } from "./issuesReport";
import { checkOutput } from "./output";
import { paymentLines } from "./paymentText";
import { checkedProgramme } from "./programmeRun";
import { ledgerJson, ledgerYearsJson } from "./ledgerJson";
import { ledgerLines } from "./ledgerText";
import { workbookLedger } from "./ledgerRun";
import { optionalPseudonymKey } from "./passphrase";
import { say } from "./strings";
import { saveWorkbook, writeAddInSheets, writeAgreement } from "./workbookOutput";

/**
 * `h4a fill`: the input workbook with the add-in's sheets written into a new file — the agreement
 * actually used in H4A_Parametri (overrides included, docs/rules.md §7), then the payment sheets of
 * the task pane, whose native formulas give the numbers printed (or the JSON).
 */
export async function fillCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const t = say(io.lang);
  const output = requireOption("fill", command.output, t.outputXlsxOption, io.lang);
  const target = checkOutput(output, command.keyFile === undefined ? [file] : [file, command.keyFile], command.force, io.lang);
  const key = await optionalPseudonymKey(command, io.lang);
  const checked = await checkedProgramme(file, command.sheet, command.params, io);
  const { workbook, input, parsed, params, model } = checked;
  const ledger = await workbookLedger(checked, file, key, io.lang);

  io.progress.step(t.writingSheets);
  const payments = paymentPlans({ sheet: input, parsed, params }, ledger.status);
  await writeAddInSheets(workbook, [...(await writeAgreement(workbook, checked.agreementSheet, params)), ...payments], io.lang);
  const written = [PARAMS_SHEET, ...payments.map((plan) => plan.name)];
  await saveWorkbook(target, workbook, io);

  if (command.json) {
    const summary = paymentSummary(parsed, params);
    io.out(
      JSON.stringify(
        { ...summary, years: ledgerYearsJson(ledger.status), total: ledger.status.total, ledger: ledgerJson(ledger.status) },
        null,
        2,
      ),
    );
    return 0;
  }
  const lines = [
    `${checked.sheet} (${path.basename(file)}): ${familiesText(parsed.families, io.lang)}; ${countsText(parsed.issues, io.lang)}.`,
    ...paymentLines(model, io.lang),
    ...ledgerLines(ledger.status, io.lang),
  ];
  const notices = checked.notices.filter((issue) => issue.severity !== "note");
  if (notices.length > 0) lines.push("", t.warnings, ...notices.map((issue) => issueLine(issue, io.lang)));
  const overridden = checked.overridden.length > 0 ? t.withParams(checked.overridden) : "";
  lines.push("", t.filled(output, written, PARAMS_SHEET, overridden));
  io.out(lines.join("\n"));
  return 0;
}
