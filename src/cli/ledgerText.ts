import { type Lang, pick } from "../engine/cells/lang";
import { evidenceFieldLabel, type Answer } from "../engine/ledger/evidence";
import type { LedgerStatus } from "../engine/ledger/status";
import type { EvidenceChange } from "../engine/ledger/trueUps";
import { euro, textTable } from "./paymentText";

/** The ledger as terminal text: what each year pays (recorded or not), and the true-ups with the cells that changed. */

const answer = (value: Answer, lang: Lang): string =>
  value === true ? pick({ it: "Sì", en: "Yes" }, lang) : value === false ? "No" : pick({ it: "vuoto", en: "blank" }, lang);

function changeLine(change: EvidenceChange, lang: Lang): string {
  const where = change.cell ?? pick({ it: "(non più nel foglio)", en: "(no longer in the sheet)" }, lang);
  if (change.field === "cohort") {
    return change.now
      ? pick({ it: `    ${where} ${change.family}: entrata nella coorte`, en: `    ${where} ${change.family}: joined the cohort` }, lang)
      : pick(
          { it: `    ${where} ${change.family}: non più nella coorte`, en: `    ${where} ${change.family}: no longer in the cohort` },
          lang,
        );
  }
  return `    ${where} ${change.family} ${evidenceFieldLabel(change.field, lang)}: ${answer(change.was, lang)} → ${answer(change.now, lang)}`;
}

export function ledgerLines(status: LedgerStatus, lang: Lang): string[] {
  if (status.entries.length === 0) return [];
  const header = [
    pick({ it: "Anno di programma", en: "Programme year" }, lang),
    pick({ it: "Stato", en: "Status" }, lang),
    pick({ it: "Conguagli", en: "True-ups" }, lang),
    pick({ it: "Importo", en: "Amount" }, lang),
  ];
  const rows = status.years.map((y) => [
    String(y.programmeYear),
    y.recorded ? pick({ it: `pagato (${y.act})`, en: `paid (${y.act})` }, lang) : pick({ it: "da pagare", en: "to pay" }, lang),
    euro(y.trueUps, lang),
    euro(y.amount, lang),
  ]);
  const lines = [
    "",
    pick({ it: "Registro dei pagamenti (H4A_Registro)", en: "Ledger of payments (H4A_Registro)" }, lang),
    ...textTable(header, rows, [true, false, true, true]),
  ];
  lines.push(
    pick({ it: `Totale con il registro: ${euro(status.total, "it")}.`, en: `Total with the ledger: ${euro(status.total, "en")}.` }, lang),
  );
  for (const t of status.trueUps) {
    const applied =
      t.appliedIn === null
        ? pick({ it: "solo segnalato", en: "reported only" }, lang)
        : pick({ it: `applicato nell'anno ${t.appliedIn}`, en: `applied in year ${t.appliedIn}` }, lang);
    lines.push(
      pick(
        {
          it: `Conguaglio coorte ${t.cohort}, anno di percorso ${t.cohortYear}: pagato ${euro(t.paid, "it")}, dovuto ora ${euro(t.due, "it")}, differenza ${euro(t.difference, "it")} (${applied}).`,
          en: `True-up cohort ${t.cohort}, cohort year ${t.cohortYear}: paid ${euro(t.paid, "en")}, due now ${euro(t.due, "en")}, difference ${euro(t.difference, "en")} (${applied}).`,
        },
        lang,
      ),
    );
    if (t.changes === null)
      lines.push(
        pick(
          {
            it: "    celle cambiate: servono --key-file (pseudonimi registrati)",
            en: "    cells changed: --key-file is needed (pseudonyms recorded)",
          },
          lang,
        ),
      );
    else lines.push(...t.changes.map((c) => changeLine(c, lang)));
    if (t.agreementChanged) lines.push(pick({ it: "    l'accordo è cambiato da allora", en: "    the agreement has changed since" }, lang));
  }
  if (status.outstanding !== 0) {
    lines.push(
      pick(
        {
          it: `Conguagli ancora da applicare al prossimo pagamento: ${euro(status.outstanding, "it")}.`,
          en: `True-ups still to apply to the next payment: ${euro(status.outstanding, "en")}.`,
        },
        lang,
      ),
    );
  }
  return lines;
}
