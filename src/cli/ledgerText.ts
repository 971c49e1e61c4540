import type { Lang } from "../engine/cells/lang";
import { evidenceFieldLabel, type Answer } from "../engine/ledger/evidence";
import type { LedgerStatus } from "../engine/ledger/status";
import type { EvidenceChange } from "../engine/ledger/trueUps";
import { euro, textTable } from "./paymentText";
import { say } from "./strings";

/** The ledger as terminal text: what each year pays (recorded or not), and the true-ups with the cells that changed. */

const answer = (value: Answer, lang: Lang): string => (value === true ? say(lang).yes : value === false ? say(lang).no : say(lang).blank);

function changeLine(change: EvidenceChange, lang: Lang): string {
  const t = say(lang);
  const where = change.cell ?? t.noLongerInSheet;
  if (change.field === "cohort") return change.now ? t.joinedCohort(where, change.family) : t.leftCohort(where, change.family);
  return `    ${where} ${change.family} ${evidenceFieldLabel(change.field, lang)}: ${answer(change.was, lang)} → ${answer(change.now, lang)}`;
}

export function ledgerLines(status: LedgerStatus, lang: Lang): string[] {
  if (status.entries.length === 0) return [];
  const t = say(lang);
  const header = [t.programmeYearColumn, t.statusColumn, t.trueUpsColumn, t.amountColumn];
  const rows = status.years.map((y) => [
    String(y.programmeYear),
    y.recorded ? t.paidWith(y.act) : t.toPay,
    euro(y.trueUps, lang),
    euro(y.amount, lang),
  ]);
  const lines = ["", t.ledgerTitle, ...textTable(header, rows, [true, false, true, true])];
  lines.push(t.ledgerTotal(status.total));
  for (const trueUp of status.trueUps) {
    lines.push(t.trueUp(trueUp, trueUp.appliedIn === null ? t.reportedOnly : t.appliedIn(trueUp.appliedIn)));
    if (trueUp.changes === null) lines.push(t.changesNeedKey);
    else lines.push(...trueUp.changes.map((c) => changeLine(c, lang)));
    if (trueUp.agreementChanged) lines.push(t.agreementChanged);
  }
  if (status.outstanding !== 0) lines.push(t.outstanding(status.outstanding));
  return lines;
}
