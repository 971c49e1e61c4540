import { formatEuroCents } from "../../engine/cells/format";
import type { Text } from "../../engine/cells/lang";
import type { Severity } from "../../engine/types";
import type { Words } from "./words";

/** The words of the reports printed on the terminal: issues, payments, the ledger, the commitments, the statement's pages. */

const euro = (amount: number): Text => ({ it: formatEuroCents(amount, "it"), en: formatEuroCents(amount, "en") });

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "20 %" / "20%", up to one decimal. */
const percent = (fraction: number): Text => {
  const text = String(Number((fraction * 100).toFixed(1)));
  return { it: `${text.replace(".", ",")} %`, en: `${text}%` };
};

const SEVERITY: Record<Severity, Text> = {
  error: { it: "errore", en: "error" },
  warning: { it: "avviso", en: "warning" },
  note: { it: "nota", en: "note" },
};

export const REPORT_WORDS = {
  percent,
  severity: (severity: Severity) => SEVERITY[severity],
  counts: (counts: Record<Severity, number>) => ({
    it: `${plural(counts.error, "errore", "errori")}, ${plural(counts.warning, "avviso", "avvisi")}, ${plural(counts.note, "nota", "note")}`,
    en: `${plural(counts.error, "error", "errors")}, ${plural(counts.warning, "warning", "warnings")}, ${plural(counts.note, "note", "notes")}`,
  }),
  families: (n: number) => ({ it: plural(n, "famiglia", "famiglie"), en: plural(n, "family", "families") }),
  cohort: { it: "coorte", en: "cohort" },
  assumed: (list: string) => ({
    it: `Valori predefiniti assunti per le verifiche al posto di quelli non validi: ${list}. Nessun pagamento sarà scritto finché non si correggono.`,
    en: `Defaults assumed for the checks in place of the invalid values: ${list}. No payment will be written until they are fixed.`,
  }),
  result: { it: "Esito", en: "Result" },
  warnings: { it: "Avvisi:", en: "Warnings:" },
  agreementLine: (premium: number, currentYear: number, shares: readonly number[]) => ({
    it: `Accordo: premio per famiglia ${euro(premium).it}; anno corrente ${currentYear}; quote ${shares.map((s) => percent(s).it).join(" · ")}.`,
    en: `Agreement: premium per family ${euro(premium).en}; current year ${currentYear}; shares ${shares.map((s) => percent(s).en).join(" · ")}.`,
  }),
  dueTranches: { it: "Tranche dovute", en: "Due tranches" },
  paymentsByYear: { it: "Pagamenti per anno di programma", en: "Payments by programme year" },
  cohortColumn: { it: "Coorte", en: "Cohort" },
  cohortYearColumn: { it: "Anno di percorso", en: "Cohort year" },
  programmeYearColumn: { it: "Anno di programma", en: "Programme year" },
  calendarYearColumn: { it: "Anno solare", en: "Calendar year" },
  familiesColumn: { it: "Famiglie", en: "Families" },
  shareColumn: { it: "Quota", en: "Share" },
  tierColumn: { it: "Livello", en: "Tier" },
  amountColumn: { it: "Importo", en: "Amount" },
  paymentColumn: { it: "Pagamento", en: "Payment" },
  cumulativeColumn: { it: "Cumulato", en: "Cumulative" },
  totalDue: (total: number, capCut: number, planned: number) => ({
    it: `Totale dovuto: ${euro(total).it} (tagliato dal tetto: ${euro(capCut).it}); ancora da maturare, al massimo: ${euro(planned).it}.`,
    en: `Total due: ${euro(total).en} (cut by the cap: ${euro(capCut).en}); still to come, at most: ${euro(planned).en}.`,
  }),
  savingLine: (saving: number, net: number, ratio: string) => ({
    it: `Risparmio del Comune: ${euro(saving).it}; risparmio netto: ${euro(net).it} (risparmio / pagamenti: ${ratio.replace(".", ",")}).`,
    en: `City's saving: ${euro(saving).en}; net saving: ${euro(net).en} (saving / payments: ${ratio}).`,
  }),
  yes: { it: "Sì", en: "Yes" },
  no: { it: "No", en: "No" },
  blank: { it: "vuoto", en: "blank" },
  noLongerInSheet: { it: "(non più nel foglio)", en: "(no longer in the sheet)" },
  joinedCohort: (where: string, family: string) => ({
    it: `    ${where} ${family}: entrata nella coorte`,
    en: `    ${where} ${family}: joined the cohort`,
  }),
  leftCohort: (where: string, family: string) => ({
    it: `    ${where} ${family}: non più nella coorte`,
    en: `    ${where} ${family}: no longer in the cohort`,
  }),
  statusColumn: { it: "Stato", en: "Status" },
  trueUpsColumn: { it: "Conguagli", en: "True-ups" },
  paidWith: (act: string | null) => ({ it: `pagato (${act})`, en: `paid (${act})` }),
  toPay: { it: "da pagare", en: "to pay" },
  ledgerTitle: { it: "Registro dei pagamenti (H4A_Registro)", en: "Ledger of payments (H4A_Registro)" },
  ledgerTotal: (total: number) => ({ it: `Totale con il registro: ${euro(total).it}.`, en: `Total with the ledger: ${euro(total).en}.` }),
  reportedOnly: { it: "solo segnalato", en: "reported only" },
  appliedIn: (year: number) => ({ it: `applicato nell'anno ${year}`, en: `applied in year ${year}` }),
  trueUp: (t: { cohort: number; cohortYear: number; paid: number; due: number; difference: number }, applied: string) => ({
    it: `Conguaglio coorte ${t.cohort}, anno di percorso ${t.cohortYear}: pagato ${euro(t.paid).it}, dovuto ora ${euro(t.due).it}, differenza ${euro(t.difference).it} (${applied}).`,
    en: `True-up cohort ${t.cohort}, cohort year ${t.cohortYear}: paid ${euro(t.paid).en}, due now ${euro(t.due).en}, difference ${euro(t.difference).en} (${applied}).`,
  }),
  changesNeedKey: {
    it: "    celle cambiate: servono --key-file (pseudonimi registrati)",
    en: "    cells changed: --key-file is needed (pseudonyms recorded)",
  },
  agreementChanged: { it: "    l'accordo è cambiato da allora", en: "    the agreement has changed since" },
  outstanding: (amount: number) => ({
    it: `Conguagli ancora da applicare al prossimo pagamento: ${euro(amount).it}.`,
    en: `True-ups still to apply to the next payment: ${euro(amount).en}.`,
  }),
  commitmentsTitle: { it: "Impegni per il bilancio della Città", en: "Commitments for the City's budget" },
  paidColumn: { it: "Pagato", en: "Paid" },
  dueColumn: { it: "Dovuto", en: "Due" },
  plannedColumn: { it: "Previsto", en: "Planned" },
  maximumColumn: { it: "Massimo", en: "Maximum" },
  totalRow: { it: "Totale", en: "Total" },
  noCap: { it: "Nessun tetto (cap) nell'accordo.", en: "No cap in the agreement." },
  headroom: (cap: number, headroom: number) => ({
    it: `Tetto ${euro(cap).it}; margine sotto il tetto: ${euro(headroom).it}.`,
    en: `Cap ${euro(cap).en}; headroom under the cap: ${euro(headroom).en}.`,
  }),
  pageOf: (page: number, pages: number) => ({ it: `Pagina ${page} di ${pages}`, en: `Page ${page} of ${pages}` }),
} satisfies Words;
