import type { Lang } from "../../engine/cells/lang";
import type { EntryKind } from "../../engine/ledger/entry";
import type { RecordStep } from "./ledgerActions";

/** The words of the Pagamenti tab's ledger, commitments and statement: Italian first, English when Office is in English. */

export interface LedgerStrings {
  heading: string;
  intro: string;
  refresh: string;
  loading: string;
  unavailable: string;
  notAsRecorded: string;
  warnings: string;
  cellTitle: (cell: string) => string;
  moreIssues: (n: number) => string;

  recordHeading: (year: string) => string;
  dueNow: (amount: string) => string;
  nothingToRecord: (currentYear: number) => string;
  cannotRecord: string;
  act: string;
  actHint: string;
  date: string;
  passphrase: string;
  passphraseHint: string;
  namingNote: { pseudonyms: string; rows: string; both: string };
  record: (year: number) => string;
  recording: string;
  steps: Record<RecordStep, string>;
  draft: string;
  confirmTitle: (year: number) => string;
  confirmIntro: (act: string, date: string) => string;
  kind: string;
  kinds: Record<EntryKind, string>;
  trancheColumn: string;
  tranche: (cohort: number, cohortYear: number) => string;
  families: string;
  amount: string;
  yearTotal: string;
  cumulative: string;
  evidenceBy: { pseudonyms: string; rows: string };
  confirm: string;
  cancel: string;
  recorded: (year: number, amount: string) => string;
  recordedDetail: (first: number, last: number, sheet: string) => string;
  refused: string;
  keyCleared: string;

  yearsHeading: string;
  year: string;
  state: string;
  programmeYear: (year: number, calendarYear: number | null) => string;
  paid: string;
  toRecord: string;
  paidBy: (act: string, date: string) => string;
  withTrueUps: (amount: string) => string;
  statement: string;
  statementOf: (year: number) => string;
  statementWritten: (sheet: string, draft: boolean) => string;
  statementRefused: string;
  totalWithLedger: string;

  trueUpsHeading: string;
  trueUpTitle: (cohort: number, cohortYear: number, programmeYear: number) => string;
  trueUpPaid: string;
  dueNowLabel: string;
  difference: string;
  appliedIn: string;
  appliedYear: (year: number, amount: string) => string;
  appliedNext: (year: number) => string;
  reportOnly: string;
  changesHeading: string;
  joined: string;
  left: string;
  noLongerInSheet: string;
  yes: string;
  no: string;
  blank: string;
  changesUnknown: string;
  noChanges: string;
  agreementChanged: string;
  outstanding: (amount: string) => string;

  commitmentsHeading: string;
  commitmentsIntro: (calendar: boolean) => string;
  due: string;
  planned: string;
  maximum: string;
  total: string;
  capLine: (cap: string, headroom: string) => string;
  overCap: (cap: string, over: string) => string;
  noCap: string;
  commitmentsWarnings: string;
  /** A column of amounts in euros, whose cells show the numbers alone. */
  inEuros: (column: string) => string;
  commitmentsTable: string;
  chartTitle: string;
  chartDescription: (years: string, total: string, maximum: string) => string;
  chartCap: (cap: string) => string;
  chartNote: string;
}

const it: LedgerStrings = {
  heading: "Registro dei pagamenti",
  intro:
    "Un pagamento fatto si registra nel registro (foglio H4A_Registro), con le evidenze (foglio H4A_Evidenze): una riga registrata non viene mai riscritta. " +
    "Se i dati vengono corretti dopo, la differenza è un conguaglio.",
  refresh: "Aggiorna il registro",
  loading: "Lettura del registro…",
  unavailable: "Registro non disponibile",
  notAsRecorded: "Il registro non è come registrato",
  warnings: "Avvisi sul registro",
  cellTitle: (cell) => `Mostra la cella ${cell}`,
  moreIssues: (n) => `…e altri ${n}.`,

  recordHeading: (year) => `Registra il pagamento dell'anno ${year}`,
  dueNow: (amount) => `Da pagare: ${amount}`,
  nothingToRecord: (currentYear) =>
    `Tutti gli anni con tranche dovute fino all'anno corrente (${currentYear}) sono registrati: il prossimo si registra quando i suoi esiti sono verificati.`,
  cannotRecord: "Non si può registrare ora",
  act: "Atto di liquidazione",
  actHint: "Testo libero, ad esempio «DD 1234/2026».",
  date: "Data dell'atto",
  passphrase: "Frase segreta della Città (facoltativa)",
  passphraseHint:
    "Con la frase segreta (la stessa di Condividi) le famiglie nelle evidenze (foglio H4A_Evidenze) sono indicate con i loro pseudonimi; " +
    "senza, con il numero di riga del foglio dei beneficiari. Non viene salvata.",
  namingNote: {
    pseudonyms: "Le evidenze già registrate usano gli pseudonimi: usare la stessa frase segreta.",
    rows: "Le evidenze già registrate usano i numeri di riga.",
    both: "Le evidenze già registrate usano in parte gli pseudonimi e in parte i numeri di riga.",
  },
  record: (year) => `Registra il pagamento dell'anno ${year}`,
  recording: "Registrazione in corso…",
  steps: {
    key: "Calcolo della chiave dalla frase segreta…",
    read: "Lettura del foglio e del registro…",
    write: "Aggiunta delle righe alle evidenze e al registro (fogli H4A_Evidenze e H4A_Registro)…",
    statement: "Scrittura del prospetto…",
    check: "Rilettura del registro…",
  },
  draft: "Prospetto (bozza)",
  confirmTitle: (year) => `Registrare il pagamento dell'anno ${year}?`,
  confirmIntro: (act, date) =>
    `Atto ${act} del ${date}. Queste righe saranno aggiunte al registro (foglio H4A_Registro) e non saranno più riscritte:`,
  kind: "Voce",
  kinds: { tranche: "Tranche", trueUp: "Conguaglio" },
  trancheColumn: "Coorte / anno",
  tranche: (cohort, cohortYear) => `${cohort} / ${cohortYear}`,
  families: "Famiglie",
  amount: "Importo",
  yearTotal: "Totale dell'anno",
  cumulative: "Cumulato",
  evidenceBy: {
    pseudonyms: "Famiglie nelle evidenze (foglio H4A_Evidenze): pseudonimi della frase segreta.",
    rows: "Famiglie nelle evidenze (foglio H4A_Evidenze): numeri di riga (nessuna frase segreta).",
  },
  confirm: "Registra",
  cancel: "Annulla",
  recorded: (year, amount) => `Registrato il pagamento dell'anno ${year}: ${amount}`,
  recordedDetail: (first, last, sheet) =>
    `${first === last ? `Riga ${first}` : `Righe ${first}–${last}`} del registro (foglio H4A_Registro); prospetto scritto nel foglio ${sheet}.`,
  refused: "Pagamento non registrato",
  keyCleared: "La frase segreta è stata cancellata dal campo.",

  yearsHeading: "Anni di programma",
  year: "Anno",
  state: "Stato",
  programmeYear: (year, calendarYear) => (calendarYear === null ? `Anno ${year}` : `Anno ${year} (${calendarYear})`),
  paid: "Pagato",
  toRecord: "Da registrare",
  paidBy: (act, date) => `${act} del ${date}`,
  withTrueUps: (amount) => `di cui conguagli ${amount}`,
  statement: "Prospetto",
  statementOf: (year) => `Prospetto dell'anno ${year}`,
  statementWritten: (sheet, draft) => `Scritto il prospetto (foglio ${sheet})${draft ? " (bozza: pagamento non ancora registrato)" : ""}.`,
  statementRefused: "Prospetto non scritto",
  totalWithLedger: "Totale con il registro",

  trueUpsHeading: "Conguagli",
  trueUpTitle: (cohort, cohortYear, programmeYear) => `Coorte ${cohort}, anno di percorso ${cohortYear} (anno ${programmeYear})`,
  trueUpPaid: "Pagato",
  dueNowLabel: "Dovuto ora",
  difference: "Differenza",
  appliedIn: "Applicato",
  appliedYear: (year, amount) => `anno ${year}: ${amount}`,
  appliedNext: (year) => `al prossimo pagamento (anno ${year})`,
  reportOnly: "solo segnalato: l'accordo non applica i conguagli (Conguagli: reportOnly)",
  changesHeading: "Cosa è cambiato",
  joined: "entrata nella coorte",
  left: "non più nella coorte",
  noLongerInSheet: "non più nel foglio",
  yes: "Sì",
  no: "No",
  blank: "vuoto",
  changesUnknown:
    "Le celle cambiate non si possono indicare: le evidenze usano gli pseudonimi. Inserire la frase segreta e aggiornare il registro.",
  noChanges: "Nessuna risposta è cambiata: la differenza viene dall'accordo.",
  agreementChanged: "L'accordo è cambiato da quando la tranche è stata registrata.",
  outstanding: (amount) => `Conguagli ancora da applicare al prossimo pagamento: ${amount}.`,

  commitmentsHeading: "Impegni per il bilancio",
  commitmentsIntro: (calendar) =>
    `Per anno ${calendar ? "solare" : "di programma"}: pagato (dal registro), dovuto (calcolato, non ancora registrato), previsto (coorti non complete, alle famiglie previste e al livello pieno: l'impegno da assumere) ` +
    `e massimo (ogni famiglia nota o prevista al livello pieno: il caso peggiore per il bilancio).`,
  due: "Dovuto",
  planned: "Previsto",
  maximum: "Massimo",
  total: "Totale",
  capLine: (cap, headroom) => `Tetto ${cap}; margine sotto il tetto: ${headroom}.`,
  overCap: (cap, over) => `Tetto ${cap}: pagato, dovuto e previsto lo superano di ${over}.`,
  noCap: "Nessun tetto all'impegno nell'accordo.",
  commitmentsWarnings: "Avvisi sugli impegni",
  inEuros: (column) => `${column} (€)`,
  commitmentsTable: "Impegni per anno",
  chartTitle: "Impegni cumulati per anno",
  chartDescription: (years, total, maximum) =>
    `Cumulato per anno (pagato + dovuto + previsto): ${years}. Totale ${total}; massimo ${maximum}.`,
  chartCap: (cap) => `Tetto ${cap}`,
  chartNote: "Il grafico somma gli anni (cumulato), per confrontarli con il tetto dell'accordo; la tabella dà gli importi di ciascun anno.",
};

const en: LedgerStrings = {
  heading: "Ledger of payments",
  intro:
    "A payment made is recorded in the ledger (sheet H4A_Registro), with its evidence (sheet H4A_Evidenze): a recorded row is never rewritten. " +
    "If the data are corrected later, the difference is a true-up.",
  refresh: "Refresh the ledger",
  loading: "Reading the ledger…",
  unavailable: "Ledger not available",
  notAsRecorded: "The ledger is not as recorded",
  warnings: "Ledger warnings",
  cellTitle: (cell) => `Show cell ${cell}`,
  moreIssues: (n) => `…and ${n} more.`,

  recordHeading: (year) => `Record the payment of year ${year}`,
  dueNow: (amount) => `To pay: ${amount}`,
  nothingToRecord: (currentYear) =>
    `Every year with tranches due up to the current year (${currentYear}) is recorded: the next one is recorded once its outcomes are verified.`,
  cannotRecord: "Cannot be recorded now",
  act: "Payment act",
  actHint: 'Free text, for example "DD 1234/2026".',
  date: "Date of the act",
  passphrase: "The City's passphrase (optional)",
  passphraseHint:
    "With the passphrase (the same as in Share) families in the evidence (sheet H4A_Evidenze) are named by their pseudonyms; " +
    "without it, by their row in the beneficiary sheet. It is never stored.",
  namingNote: {
    pseudonyms: "The evidence already recorded uses pseudonyms: use the same passphrase.",
    rows: "The evidence already recorded uses row numbers.",
    both: "The evidence already recorded uses pseudonyms in part and row numbers in part.",
  },
  record: (year) => `Record the payment of year ${year}`,
  recording: "Recording…",
  steps: {
    key: "Deriving the key from the passphrase…",
    read: "Reading the sheet and the ledger…",
    write: "Adding the rows to the evidence and the ledger (sheets H4A_Evidenze and H4A_Registro)…",
    statement: "Writing the statement…",
    check: "Reading the ledger again…",
  },
  draft: "Statement (draft)",
  confirmTitle: (year) => `Record the payment of year ${year}?`,
  confirmIntro: (act, date) => `Act ${act} of ${date}. These rows will be added to the ledger (sheet H4A_Registro) and never rewritten:`,
  kind: "Entry",
  kinds: { tranche: "Tranche", trueUp: "True-up" },
  trancheColumn: "Cohort / year",
  tranche: (cohort, cohortYear) => `${cohort} / ${cohortYear}`,
  families: "Families",
  amount: "Amount",
  yearTotal: "Total of the year",
  cumulative: "Cumulative",
  evidenceBy: {
    pseudonyms: "Families in the evidence (sheet H4A_Evidenze): pseudonyms of the passphrase.",
    rows: "Families in the evidence (sheet H4A_Evidenze): row numbers (no passphrase).",
  },
  confirm: "Record",
  cancel: "Cancel",
  recorded: (year, amount) => `Recorded the payment of year ${year}: ${amount}`,
  recordedDetail: (first, last, sheet) =>
    `Row${first === last ? ` ${first}` : `s ${first}–${last}`} of the ledger (sheet H4A_Registro); statement written to the sheet ${sheet}.`,
  refused: "Payment not recorded",
  keyCleared: "The passphrase was cleared from the field.",

  yearsHeading: "Programme years",
  year: "Year",
  state: "Status",
  programmeYear: (year, calendarYear) => (calendarYear === null ? `Year ${year}` : `Year ${year} (${calendarYear})`),
  paid: "Paid",
  toRecord: "To record",
  paidBy: (act, date) => `${act} of ${date}`,
  withTrueUps: (amount) => `including true-ups ${amount}`,
  statement: "Statement",
  statementOf: (year) => `Statement of year ${year}`,
  statementWritten: (sheet, draft) => `Wrote the statement (sheet ${sheet})${draft ? " (draft: payment not yet recorded)" : ""}.`,
  statementRefused: "Statement not written",
  totalWithLedger: "Total with the ledger",

  trueUpsHeading: "True-ups",
  trueUpTitle: (cohort, cohortYear, programmeYear) => `Cohort ${cohort}, cohort year ${cohortYear} (year ${programmeYear})`,
  trueUpPaid: "Paid",
  dueNowLabel: "Due now",
  difference: "Difference",
  appliedIn: "Applied",
  appliedYear: (year, amount) => `year ${year}: ${amount}`,
  appliedNext: (year) => `to the next payment (year ${year})`,
  reportOnly: "reported only: the agreement does not apply true-ups (True-ups: reportOnly)",
  changesHeading: "What changed",
  joined: "joined the cohort",
  left: "no longer in the cohort",
  noLongerInSheet: "no longer in the sheet",
  yes: "Yes",
  no: "No",
  blank: "blank",
  changesUnknown: "The cells that changed cannot be named: the evidence uses pseudonyms. Type the passphrase and refresh the ledger.",
  noChanges: "No answer changed: the difference comes from the agreement.",
  agreementChanged: "The agreement has changed since the tranche was recorded.",
  outstanding: (amount) => `True-ups still to apply to the next payment: ${amount}.`,

  commitmentsHeading: "Commitments for the budget",
  commitmentsIntro: (calendar) =>
    `By ${calendar ? "calendar" : "programme"} year: paid (from the ledger), due (computed, not yet recorded), planned (cohorts not yet complete, at the planned families and the full tier: the commitment to make) ` +
    `and maximum (every known or planned family at the full tier: the budget's worst case).`,
  due: "Due",
  planned: "Planned",
  maximum: "Maximum",
  total: "Total",
  capLine: (cap, headroom) => `Cap ${cap}; headroom under the cap: ${headroom}.`,
  overCap: (cap, over) => `Cap ${cap}: paid, due and planned exceed it by ${over}.`,
  noCap: "No cap in the agreement.",
  commitmentsWarnings: "Commitment warnings",
  inEuros: (column) => `${column} (€)`,
  commitmentsTable: "Commitments by year",
  chartTitle: "Cumulative commitments by year",
  chartDescription: (years, total, maximum) => `Cumulative by year (paid + due + planned): ${years}. Total ${total}; maximum ${maximum}.`,
  chartCap: (cap) => `Cap ${cap}`,
  chartNote: "The chart adds the years up (cumulative), to compare them with the agreement's cap; the table gives each year's amounts.",
};

const DICTIONARY: Record<Lang, LedgerStrings> = { it, en };

export const ledgerStringsFor = (language: Lang): LedgerStrings => DICTIONARY[language];
