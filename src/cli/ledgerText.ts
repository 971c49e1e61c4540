import type { Lang } from "../engine/cells/format";
import { evidenceFieldLabel, type Answer } from "../engine/ledger/evidence";
import type { LedgerStatus } from "../engine/ledger/status";
import type { EvidenceChange } from "../engine/ledger/trueUps";
import { pick } from "./language";
import { euro, textTable } from "./paymentText";

/** The ledger as terminal text: what each year pays (recorded or not), and the true-ups with the cells that changed. */

const answer = (value: Answer, lang: Lang): string =>
  value === true ? pick(lang, "Sì", "Yes") : value === false ? "No" : pick(lang, "vuoto", "blank");

function changeLine(change: EvidenceChange, lang: Lang): string {
  const where = change.cell ?? pick(lang, "(non più nel foglio)", "(no longer in the sheet)");
  if (change.field === "cohort") {
    return change.now
      ? pick(lang, `    ${where} ${change.family}: entrata nella coorte`, `    ${where} ${change.family}: joined the cohort`)
      : pick(lang, `    ${where} ${change.family}: non più nella coorte`, `    ${where} ${change.family}: no longer in the cohort`);
  }
  return `    ${where} ${change.family} ${evidenceFieldLabel(change.field, lang)}: ${answer(change.was, lang)} → ${answer(change.now, lang)}`;
}

export function ledgerLines(status: LedgerStatus, lang: Lang): string[] {
  if (status.entries.length === 0) return [];
  const header = [
    pick(lang, "Anno di programma", "Programme year"),
    pick(lang, "Stato", "Status"),
    pick(lang, "Conguagli", "True-ups"),
    pick(lang, "Importo", "Amount"),
  ];
  const rows = status.years.map((y) => [
    String(y.programmeYear),
    y.recorded ? pick(lang, `pagato (${y.act})`, `paid (${y.act})`) : pick(lang, "da pagare", "to pay"),
    euro(y.trueUps, lang),
    euro(y.amount, lang),
  ]);
  const lines = [
    "",
    pick(lang, "Registro dei pagamenti (H4A_Registro)", "Ledger of payments (H4A_Registro)"),
    ...textTable(header, rows, [true, false, true, true]),
  ];
  lines.push(pick(lang, `Totale con il registro: ${euro(status.total, "it")}.`, `Total with the ledger: ${euro(status.total, "en")}.`));
  for (const t of status.trueUps) {
    const applied =
      t.appliedIn === null
        ? pick(lang, "solo segnalato", "reported only")
        : pick(lang, `applicato nell'anno ${t.appliedIn}`, `applied in year ${t.appliedIn}`);
    lines.push(
      pick(
        lang,
        `Conguaglio coorte ${t.cohort}, anno di percorso ${t.cohortYear}: pagato ${euro(t.paid, "it")}, dovuto ora ${euro(t.due, "it")}, differenza ${euro(t.difference, "it")} (${applied}).`,
        `True-up cohort ${t.cohort}, cohort year ${t.cohortYear}: paid ${euro(t.paid, "en")}, due now ${euro(t.due, "en")}, difference ${euro(t.difference, "en")} (${applied}).`,
      ),
    );
    if (t.changes === null)
      lines.push(
        pick(
          lang,
          "    celle cambiate: servono --key-file (pseudonimi registrati)",
          "    cells changed: --key-file is needed (pseudonyms recorded)",
        ),
      );
    else lines.push(...t.changes.map((c) => changeLine(c, lang)));
    if (t.agreementChanged) lines.push(pick(lang, "    l'accordo è cambiato da allora", "    the agreement has changed since"));
  }
  if (status.outstanding !== 0) {
    lines.push(
      pick(
        lang,
        `Conguagli ancora da applicare al prossimo pagamento: ${euro(status.outstanding, "it")}.`,
        `True-ups still to apply to the next payment: ${euro(status.outstanding, "en")}.`,
      ),
    );
  }
  return lines;
}
