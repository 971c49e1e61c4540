import { commitmentsOf } from "../engine/commitments/fromLedger";
import type { ParsedCommand } from "./args";
import type { Io } from "./io";
import { issueJson, issueLine } from "./issuesReport";
import { pick } from "../engine/cells/lang";
import { workbookLedger } from "./ledgerRun";
import { euro, textTable } from "./paymentText";
import { checkedProgramme } from "./programmeRun";

/**
 * `h4a commitments`: the City's commitments by calendar year (MECHANISM.md §11) — paid (ledger),
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
  const calendar = checked.params.firstCalendarYear !== null;
  const header = [
    calendar ? pick({ it: "Anno solare", en: "Calendar year" }, io.lang) : pick({ it: "Anno di programma", en: "Programme year" }, io.lang),
    pick({ it: "Pagato", en: "Paid" }, io.lang),
    pick({ it: "Dovuto", en: "Due" }, io.lang),
    pick({ it: "Previsto", en: "Planned" }, io.lang),
    pick({ it: "Massimo", en: "Maximum" }, io.lang),
  ];
  const money = (n: number) => euro(n, io.lang);
  const rows = result.years.map((y) => [String(y.year), money(y.paid), money(y.due), money(y.planned), money(y.maximum)]);
  rows.push([
    pick({ it: "Totale", en: "Total" }, io.lang),
    money(result.totals.paid),
    money(result.totals.due),
    money(result.totals.planned),
    money(result.totals.maximum),
  ]);
  const lines = [
    pick({ it: "Impegni per il bilancio della Città", en: "Commitments for the City's budget" }, io.lang),
    "",
    ...textTable(
      header,
      rows,
      header.map((_, i) => i > 0),
    ),
  ];
  lines.push(
    "",
    result.cap === null || result.headroom === null
      ? pick({ it: "Nessun tetto (cap) nell'accordo.", en: "No cap in the agreement." }, io.lang)
      : pick(
          {
            it: `Tetto ${euro(result.cap, "it")}; margine sotto il tetto: ${euro(result.headroom, "it")}.`,
            en: `Cap ${euro(result.cap, "en")}; headroom under the cap: ${euro(result.headroom, "en")}.`,
          },
          io.lang,
        ),
  );
  if (result.warnings.length > 0)
    lines.push("", pick({ it: "Avvisi:", en: "Warnings:" }, io.lang), ...result.warnings.map((w) => issueLine(w, io.lang)));
  io.out(lines.join("\n"));
  return 0;
}
