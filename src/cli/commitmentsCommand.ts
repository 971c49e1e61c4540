import { commitmentsOf } from "../engine/commitments/fromLedger";
import type { ParsedCommand } from "./args";
import type { Io } from "./io";
import { issueJson, issueLine } from "./issuesReport";
import { workbookLedger } from "./ledgerRun";
import { euro, textTable } from "./paymentText";
import { checkedProgramme } from "./programmeRun";
import { say } from "./strings";

/**
 * `h4a commitments`: the City's commitments by calendar year (docs/rules.md §13.2) — paid (ledger),
 * due, planned, maximum — and the headroom under the cap. Reads only; writes nothing.
 */
export async function commitmentsCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const checked = await checkedProgramme(file, command.sheet, command.params, io);
  const ledger = await workbookLedger(checked, file, null, io.lang);
  const result = commitmentsOf(checked.model, ledger.status);
  if (command.json) {
    io.out(
      JSON.stringify(
        {
          years: result.years.map((y) => ({ year: y.year, paid: y.paid, due: y.due, planned: y.planned, maximum: y.maximum })),
          totals: result.totals,
          cap: result.cap,
          headroom: result.headroom,
          warnings: result.warnings.map((w) => issueJson(w, io.lang)),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const t = say(io.lang);
  const calendar = checked.params.firstCalendarYear !== null;
  const header = [calendar ? t.calendarYearColumn : t.programmeYearColumn, t.paidColumn, t.dueColumn, t.plannedColumn, t.maximumColumn];
  const money = (n: number) => euro(n, io.lang);
  const rows = result.years.map((y) => [String(y.year), money(y.paid), money(y.due), money(y.planned), money(y.maximum)]);
  rows.push([t.totalRow, money(result.totals.paid), money(result.totals.due), money(result.totals.planned), money(result.totals.maximum)]);
  const lines = [
    t.commitmentsTitle,
    "",
    ...textTable(
      header,
      rows,
      header.map((_, i) => i > 0),
    ),
  ];
  lines.push("", result.cap === null || result.headroom === null ? t.noCap : t.headroom(result.cap, result.headroom));
  if (result.warnings.length > 0) lines.push("", t.warnings, ...result.warnings.map((w) => issueLine(w, io.lang)));
  io.out(lines.join("\n"));
  return 0;
}
