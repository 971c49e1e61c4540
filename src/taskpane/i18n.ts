import type { Lang } from "../engine/cells/lang";
import { paramLabelList } from "../engine/agreement/paramLabels";

/** The task pane's words: Italian first, English when Office's display language is English (`langOf`). */

export interface Strings {
  title: string;
  subtitle: string;
  aboutHeading: string;
  aboutParagraphs: string[];
  functionsHeading: string;
  functionsHint: string;
  /** Excel's argument separator in the language's usual regional settings. */
  argumentSeparator: string;
  optionalNote: string;
  parametersLabel: string;
  loading: string;
  loadFailed: (reason: string) => string;
  noFunctions: string;
  /** Every tab's label, and the tab list's name. */
  tabs: {
    parameters: string;
    ranking: string;
    validation: string;
    payments: string;
    simulation: string;
    share: string;
    info: string;
    label: string;
  };
  busy: string;
  /** Shown in a tab's place until Office.js has connected the pane to Excel. */
  connecting: string;
  noExcel: string;
  retry: string;
  parameters: ParameterStrings;
  validation: ValidationStrings;
  payments: PaymentStrings;
}

export interface ParameterStrings {
  heading: string;
  intro: string;
  loading: string;
  missing: string;
  groups: { premium: string; shares: string; tier: string; years: string; ledger: string; saving: string; ranking: string };
  trueUpPolicies: { nextPayment: string; reportOnly: string };
  shareLabel: (year: number) => string;
  sharesSum: (sum: string) => string;
  save: string;
  saving: string;
  reload: string;
  saved: string;
  invalid: (count: number) => string;
  yes: string;
  no: string;
  nameHint: (name: string) => string;
  /** The premium-per-family label: the total premium and the planned families come after it. */
  premiumPerFamilyLabel: string;
  /** Labels of the strictness choices, for the full and the partial threshold. */
  strictLabel: { full: string; partial: string };
  /** The strict choice ("more than 80 %") and the other ("80 % or more"); null while the threshold's field is not valid. */
  strict: (threshold: string | null) => string;
  notStrict: (threshold: string | null) => string;
  showNames: string;
  next: string;
}

export interface ValidationStrings {
  heading: string;
  intro: string;
  source: string;
  sourcePrompt: string;
  tableOption: (table: string, sheet: string) => string;
  sheetOption: (sheet: string) => string;
  headerFound: string;
  noSources: string;
  refreshSources: string;
  loadingSources: string;
  validate: string;
  validating: string;
  revalidate: string;
  counts: (errors: number, warnings: number, notes: number) => string;
  clean: string;
  agreementCreated: string;
  defaulted: (keys: string) => string;
  highlight: string;
  highlighting: string;
  unhighlight: string;
  unhighlighting: string;
  highlighted: (cells: number) => string;
  unhighlighted: (restored: number, changed: number) => string;
  groups: { error: string; warning: string; note: string };
  cellTitle: (cell: string) => string;
  showMore: (n: number) => string;
  issuesLabel: string;
  fieldLabel: string;
  valueLabel: string;
  noValue: string;
  summaryHeading: string;
  families: (n: number) => string;
  withoutCohort: (n: number) => string;
  cohortHeading: (cohort: number, families: number, leavers: number) => string;
  cohortYear: (year: number) => string;
  notEntered: string;
  outcome: string;
  due: string;
  reported: string;
  yes: string;
  nothingDue: string;
  flowHeading: string;
  flowHint: string;
  service: string;
  referred: string;
  leaseSigned: string;
  housingKept: string;
  stability: string;
  noService: string;
  total: string;
}

export interface PaymentStrings {
  heading: string;
  intro: string;
  write: string;
  writing: string;
  steps: { read: string; write: string; check: string };
  refused: string;
  errorsToFix: (n: number) => string;
  moreErrors: (n: number) => string;
  openValidation: string;
  agreementMissing: string;
  agreementMissingIntro: string;
  missingField: { premium: string; currentYear: string };
  openParameters: string;
  sameInMore: (n: number) => string;
  written: (sheets: string) => string;
  checked: (cells: number) => string;
  mismatch: (n: number) => string;
  mismatchAction: string;
  rewriteNote: string;
  yearsHeading: string;
  year: string;
  payment: string;
  cumulative: string;
  programmeYear: (year: number, calendar: number | null) => string;
  total: string;
  saving: string;
  net: string;
  capCut: string;
  tables: (list: string) => string;
}

const it: Strings = {
  title: "H4A · Homes4All",
  subtitle: "Premio di risultato – Città di Torino",
  aboutHeading: "Che cosa fa H4A",
  aboutParagraphs: [
    "H4A calcola il premio di risultato che la Città di Torino riconosce a Homes4All nell'accordo pay by results: " +
      "il premio per famiglia, le tre tranche di ogni coorte (20 % al primo anno, 30 % al secondo, 50 % al terzo)" +
      " e la fascia del saldo del terzo anno, che dipende dai tassi di stabilità abitativa, di benessere " +
      "migliorato e di attesa inferiore a 8 mesi: 100 % se tutti e tre superano l'80 %, 80 % se tutti raggiungono " +
      "almeno il 60 %, altrimenti 0 %. Quote e soglie sono parametri dell'accordo: quelli indicati sono i valori " +
      "predefiniti.",
    "Calcola anche il risparmio della Città sulle permanenze evitate in strutture temporanee. Le funzioni qui sotto " +
      "si usano in qualsiasi cella del foglio, come le funzioni di Excel.",
  ],
  functionsHeading: "Funzioni H4A",
  functionsHint: "Scrivi =H4A. in una cella per vederle nel completamento automatico di Excel.",
  argumentSeparator: ";",
  optionalNote: "Gli argomenti tra parentesi quadre sono facoltativi.",
  parametersLabel: "Argomenti",
  loading: "Caricamento dell'elenco delle funzioni…",
  loadFailed: (reason) => `Impossibile leggere l'elenco delle funzioni (functions.json): ${reason}`,
  noFunctions: "Nessuna funzione H4A è registrata.",
  tabs: {
    parameters: "Parametri",
    ranking: "Graduatoria",
    validation: "Verifica",
    payments: "Pagamenti",
    simulation: "Simulazione",
    share: "Condividi",
    info: "Informazioni",
    label: "Sezioni del riquadro",
  },
  busy: "Operazione in corso…",
  connecting: "Connessione a Excel…",
  noExcel: "Questa scheda lavora sulla cartella di Excel: aprire il riquadro da Excel (Home → Homes4All).",
  retry: "Riprova",
  parameters: {
    heading: "Parametri dell'accordo",
    intro:
      "L'accordo sta in questa cartella, nel foglio H4A_Parametri, una cella con nome per parametro: chi riceve la cartella, " +
      "anche senza H4A, legge e usa gli stessi valori. Quote e soglie si scrivono qui in percentuale (80 = 80 %); il foglio le tiene come frazioni (0,8).",
    loading: "Lettura dell'accordo (foglio H4A_Parametri)…",
    missing:
      "L'accordo (foglio H4A_Parametri) non è ancora nella cartella: sarà creato con questi valori al salvataggio o alla prima verifica.",
    groups: {
      premium: "Premio",
      shares: "Quote delle tranche",
      tier: "Saldo del terzo anno",
      years: "Anni",
      ledger: "Impegni e conguagli",
      saving: "Risparmio del Comune e ammissibilità",
      ranking: "Pesi della graduatoria dei candidati (§3b)",
    },
    trueUpPolicies: {
      nextPayment: "Sul primo pagamento non registrato (nextPayment)",
      reportOnly: "Solo segnalati, mai applicati (reportOnly)",
    },
    shareLabel: (year) => `Anno di coorte ${year}`,
    sharesSum: (sum) => `Somma delle quote: ${sum}`,
    save: "Salva l'accordo (foglio H4A_Parametri)",
    saving: "Salvataggio…",
    reload: "Rileggi dal foglio",
    saved: "Accordo salvato (foglio H4A_Parametri).",
    invalid: (count) =>
      `${count === 1 ? "Un valore non è valido" : `${count} valori non sono validi`}: correggere i campi segnalati prima di salvare.`,
    yes: "Sì",
    no: "No",
    nameHint: (name) => `Cella con nome ${name}`,
    premiumPerFamilyLabel: "Premio per famiglia (€): se indicato, prevale su premio complessivo ÷ famiglie previste",
    strictLabel: { full: "Saldo pieno quando il tasso è", partial: "Saldo parziale quando il tasso è" },
    strict: (threshold) => `${threshold === null ? "Più della soglia" : `Più di ${threshold}`} (strettamente maggiore)`,
    notStrict: (threshold) => `${threshold === null ? "La soglia" : threshold} o più (maggiore o uguale)`,
    showNames: "Mostra i nomi delle celle",
    next: "Avanti: Verifica",
  },
  validation: {
    heading: "Verifica del foglio dei beneficiari",
    intro: "Controlla ogni famiglia secondo le regole dell'accordo. La verifica non modifica nessun valore né formula.",
    source: "Dati dei beneficiari",
    sourcePrompt: "Scegliere un foglio o una tabella",
    tableOption: (table, sheet) => `Tabella ${table} (foglio ${sheet})`,
    sheetOption: (sheet) => `Foglio ${sheet}`,
    headerFound: "intestazioni riconosciute",
    noSources: "Nessun foglio visibile contiene dati: aggiungere il foglio dei beneficiari.",
    refreshSources: "Aggiorna elenco",
    loadingSources: "Ricerca del foglio dei beneficiari…",
    validate: "Verifica",
    validating: "Verifica in corso…",
    revalidate: "Verifica di nuovo",
    counts: (errors, warnings, notes) =>
      `${errors} ${errors === 1 ? "errore" : "errori"} · ${warnings} ${warnings === 1 ? "avviso" : "avvisi"} · ${notes} ${notes === 1 ? "nota" : "note"}`,
    clean: "Nessun errore né avviso: il foglio è pronto per i pagamenti.",
    agreementCreated: "Creato l'accordo con i valori predefiniti (foglio H4A_Parametri): controllarli nella scheda Parametri.",
    defaulted: (keys) => `Parametri non validi sostituiti dai valori predefiniti per questa verifica: ${paramLabelList(keys, "it")}.`,
    highlight: "Evidenzia",
    highlighting: "Evidenziazione…",
    unhighlight: "Rimuovi evidenziazione",
    unhighlighting: "Ripristino dei colori…",
    highlighted: (cells) => `${cells === 1 ? "Colorata 1 cella" : `Colorate ${cells} celle`}: rosso per gli errori, giallo per gli avvisi.`,
    unhighlighted: (restored, changed) =>
      `Ripristinato il colore di ${restored === 1 ? "1 cella" : `${restored} celle`}.` +
      (changed > 0 ? ` ${changed === 1 ? "1 cella ricolorata" : `${changed} celle ricolorate`} nel frattempo è rimasta com'era.` : ""),
    groups: { error: "Errori", warning: "Avvisi", note: "Note" },
    cellTitle: (cell) => `Vai alla cella ${cell}`,
    showMore: (n) => `Mostra altri ${n}`,
    issuesLabel: "Segnalazioni: fare clic per andare alla cella",
    fieldLabel: "Campo",
    valueLabel: "Valore",
    noValue: "(vuota)",
    summaryHeading: "Riepilogo",
    families: (n) => (n === 1 ? "1 famiglia nel foglio" : `${n} famiglie nel foglio`),
    withoutCohort: (n) => (n === 1 ? "1 senza coorte valida" : `${n} senza coorte valida`),
    cohortHeading: (cohort, families, leavers) =>
      `Coorte ${cohort}: ${families === 1 ? "1 famiglia" : `${families} famiglie`}` +
      (leavers > 0 ? `, ${leavers === 1 ? "1 uscita" : `${leavers} uscite`}` : ""),
    cohortYear: (year) => `anno di coorte ${year}`,
    notEntered: "non ancora entrata",
    outcome: "Esito",
    due: "Dovuti",
    reported: "Riportati",
    yes: "Sì",
    nothingDue: "Nessun esito ancora dovuto.",
    flowHeading: "Percorso per servizio inviante",
    flowHint: "Famiglie inviate → contratto firmato → alloggio mantenuto → stabilità abitativa.",
    service: "Servizio",
    referred: "Inviate",
    leaseSigned: "Contratto",
    housingKept: "Alloggio",
    stability: "Stabilità",
    noService: "(non indicato)",
    total: "Totale",
  },
  payments: {
    heading: "Pagamenti",
    intro:
      "Scrive il calcolo e i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti) con formule native di Excel sui dati dei beneficiari e sui parametri: " +
      "restano corretti anche senza H4A e si aggiornano quando i dati cambiano. Una nuova scrittura sostituisce solo le tabelle di H4A.",
    write: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)",
    writing: "Scrittura in corso…",
    steps: {
      read: "Lettura e verifica dei dati…",
      write: "Scrittura delle tabelle…",
      check: "Controllo delle formule calcolate da Excel…",
    },
    refused: "Pagamenti non scritti",
    errorsToFix: (n) => (n === 1 ? "1 errore da correggere:" : `${n} errori da correggere:`),
    moreErrors: (n) => `…e altri ${n} nella scheda Verifica.`,
    openValidation: "Apri Verifica",
    agreementMissing: "Prima dei pagamenti servono i parametri dell'accordo",
    agreementMissingIntro: "Nella scheda Parametri indicare e salvare:",
    missingField: {
      premium: "Premio per famiglia (oppure Premio complessivo e Famiglie previste)",
      currentYear: "Anno corrente: l'ultimo anno di programma con esiti verificati",
    },
    openParameters: "Apri Parametri",
    sameInMore: (n) => (n === 1 ? "(lo stesso in un'altra cella)" : `(lo stesso in altre ${n} celle)`),
    written: (sheets) => `Scritti il calcolo e i pagamenti (fogli ${sheets}).`,
    checked: (cells) => `Excel ha calcolato le formule: ${cells} celle coincidono con il calcolo di H4A.`,
    mismatch: (n) => `${n === 1 ? "1 cella calcolata" : `${n} celle calcolate`} da Excel non coincide con il calcolo di H4A.`,
    mismatchAction: "Se il calcolo di Excel è manuale, premere F9 e scrivere di nuovo; altrimenti segnalarlo.",
    rewriteNote: "I valori dipendono dai dati: dopo una modifica le formule si aggiornano da sole.",
    yearsHeading: "Pagamenti dovuti per anno",
    year: "Anno",
    payment: "Pagamento",
    cumulative: "Cumulato",
    programmeYear: (year, calendar) => (calendar === null ? `Anno ${year}` : `Anno ${year} (${calendar})`),
    total: "Totale dovuto",
    saving: "Risparmio del Comune",
    net: "Risparmio netto",
    capCut: "Tagliato dal tetto",
    tables: (list) => `Tabelle: ${list}.`,
  },
};

const en: Strings = {
  title: "H4A · Homes4All",
  subtitle: "Result premium – City of Turin",
  aboutHeading: "What H4A does",
  aboutParagraphs: [
    "H4A computes the result premium that the City of Turin pays Homes4All under the pay-by-results agreement: " +
      "the premium per family, the three tranches of each cohort (20 % in year 1, 30 % in year 2, 50 % in year 3)" +
      " and the tier of the year-3 balance, which depends on the rates of housing stability, improved wellbeing " +
      "and waits shorter than 8 months: 100 % when all three exceed 80 %, 80 % when all reach at least 60 %, " +
      "otherwise 0 %. Shares and thresholds are parameters of the agreement: the figures above are the " +
      "defaults.",
    "It also computes the City's saving on avoided stays in temporary accommodation. The functions below work in any " +
      "cell of the sheet, like Excel's own functions.",
  ],
  functionsHeading: "H4A functions",
  functionsHint: "Type =H4A. in a cell to see them in Excel's autocomplete.",
  argumentSeparator: ",",
  optionalNote: "Arguments in square brackets are optional.",
  parametersLabel: "Arguments",
  loading: "Loading the list of functions…",
  loadFailed: (reason) => `Could not read the list of functions (functions.json): ${reason}`,
  noFunctions: "No H4A function is registered.",
  tabs: {
    parameters: "Parameters",
    ranking: "Ranking",
    validation: "Validate",
    payments: "Payments",
    simulation: "Simulation",
    share: "Share",
    info: "About",
    label: "Pane sections",
  },
  busy: "Working…",
  connecting: "Connecting to Excel…",
  noExcel: "This tab works on the Excel workbook: open the pane from Excel (Home → Homes4All).",
  retry: "Try again",
  parameters: {
    heading: "Agreement parameters",
    intro:
      "The agreement lives in this workbook, in the sheet H4A_Parametri, one named cell per parameter: whoever receives the " +
      "workbook, even without H4A, reads and uses the same values. Shares and thresholds are typed here as percentages (80 = 80 %); the sheet holds them as fractions (0.8).",
    loading: "Reading the agreement (sheet H4A_Parametri)…",
    missing:
      "The agreement (sheet H4A_Parametri) is not in the workbook yet: it will be created with these values when you save or first validate.",
    groups: {
      premium: "Premium",
      shares: "Tranche shares",
      tier: "Year-3 balance",
      years: "Years",
      ledger: "Commitments and true-ups",
      saving: "City's saving and eligibility",
      ranking: "Candidate ranking weights (§3b)",
    },
    trueUpPolicies: {
      nextPayment: "On the first payment not recorded (nextPayment)",
      reportOnly: "Shown, never applied (reportOnly)",
    },
    shareLabel: (year) => `Cohort year ${year}`,
    sharesSum: (sum) => `Sum of the shares: ${sum}`,
    save: "Save the agreement (sheet H4A_Parametri)",
    saving: "Saving…",
    reload: "Read the sheet again",
    saved: "Agreement saved (sheet H4A_Parametri).",
    invalid: (count) => `${count === 1 ? "One value is" : `${count} values are`} not valid: fix the flagged fields before saving.`,
    yes: "Yes",
    no: "No",
    nameHint: (name) => `Named cell ${name}`,
    premiumPerFamilyLabel: "Premium per family (€): if given, wins over total premium ÷ planned families",
    strictLabel: { full: "Full balance when the rate is", partial: "Partial balance when the rate is" },
    strict: (threshold) => `More than ${threshold ?? "the threshold"} (strictly greater)`,
    notStrict: (threshold) => `${threshold ?? "The threshold"} or more (greater or equal)`,
    showNames: "Show the cell names",
    next: "Next: Validate",
  },
  validation: {
    heading: "Validate the beneficiary sheet",
    intro: "Checks every family against the agreement's rules. Validation never changes a value or formula.",
    source: "Beneficiary data",
    sourcePrompt: "Choose a sheet or a table",
    tableOption: (table, sheet) => `Table ${table} (sheet ${sheet})`,
    sheetOption: (sheet) => `Sheet ${sheet}`,
    headerFound: "headers recognised",
    noSources: "No visible sheet holds data: add the beneficiary sheet.",
    refreshSources: "Refresh list",
    loadingSources: "Looking for the beneficiary sheet…",
    validate: "Validate",
    validating: "Validating…",
    revalidate: "Validate again",
    counts: (errors, warnings, notes) =>
      `${errors} ${errors === 1 ? "error" : "errors"} · ${warnings} ${warnings === 1 ? "warning" : "warnings"} · ${notes} ${notes === 1 ? "note" : "notes"}`,
    clean: "No error or warning: the sheet is ready for the payments.",
    agreementCreated: "Created the agreement with the default values (sheet H4A_Parametri): check them in the Parameters tab.",
    defaulted: (keys) => `Invalid parameters replaced by their defaults for this validation: ${paramLabelList(keys, "en")}.`,
    highlight: "Highlight",
    highlighting: "Highlighting…",
    unhighlight: "Remove highlight",
    unhighlighting: "Restoring the colours…",
    highlighted: (cells) => `${cells === 1 ? "Coloured 1 cell" : `Coloured ${cells} cells`}: red for errors, yellow for warnings.`,
    unhighlighted: (restored, changed) =>
      `Restored the colour of ${restored === 1 ? "1 cell" : `${restored} cells`}.` +
      (changed > 0 ? ` ${changed === 1 ? "1 cell recoloured" : `${changed} cells recoloured`} in the meantime was left as it is.` : ""),
    groups: { error: "Errors", warning: "Warnings", note: "Notes" },
    cellTitle: (cell) => `Go to cell ${cell}`,
    showMore: (n) => `Show ${n} more`,
    issuesLabel: "Findings: click to go to the cell",
    fieldLabel: "Field",
    valueLabel: "Value",
    noValue: "(empty)",
    summaryHeading: "Summary",
    families: (n) => (n === 1 ? "1 family in the sheet" : `${n} families in the sheet`),
    withoutCohort: (n) => (n === 1 ? "1 without a valid cohort" : `${n} without a valid cohort`),
    cohortHeading: (cohort, families, leavers) =>
      `Cohort ${cohort}: ${families === 1 ? "1 family" : `${families} families`}` + (leavers > 0 ? `, ${leavers} left` : ""),
    cohortYear: (year) => `cohort year ${year}`,
    notEntered: "not entered yet",
    outcome: "Outcome",
    due: "Due",
    reported: "Reported",
    yes: "Yes",
    nothingDue: "No outcome due yet.",
    flowHeading: "Path by referring service",
    flowHint: "Families referred → lease signed → housing kept → housing stability.",
    service: "Service",
    referred: "Referred",
    leaseSigned: "Lease",
    housingKept: "Housing",
    stability: "Stability",
    noService: "(not given)",
    total: "Total",
  },
  payments: {
    heading: "Payments",
    intro:
      "Writes the computation and the payments (sheets H4A_Calcolo and H4A_Pagamenti) with native Excel formulas on the beneficiary data and the " +
      "parameters: they stay correct without H4A and update when the data change. Writing again replaces only H4A's tables.",
    write: "Write the payments (sheets H4A_Calcolo and H4A_Pagamenti)",
    writing: "Writing…",
    steps: { read: "Reading and validating the data…", write: "Writing the tables…", check: "Checking the formulas Excel computed…" },
    refused: "Payments not written",
    errorsToFix: (n) => (n === 1 ? "1 error to fix:" : `${n} errors to fix:`),
    moreErrors: (n) => `…and ${n} more in the Validate tab.`,
    openValidation: "Open Validate",
    agreementMissing: "The payments need the agreement's parameters first",
    agreementMissingIntro: "In the Parameters tab, enter and save:",
    missingField: {
      premium: "Premium per family (or Total premium and Planned families)",
      currentYear: "Current year: the last programme year with verified outcomes",
    },
    openParameters: "Open Parameters",
    sameInMore: (n) => (n === 1 ? "(the same in one more cell)" : `(the same in ${n} more cells)`),
    written: (sheets) => `Wrote the computation and the payments (sheets ${sheets}).`,
    checked: (cells) => `Excel computed the formulas: ${cells} cells agree with H4A's computation.`,
    mismatch: (n) => `${n === 1 ? "1 cell" : `${n} cells`} computed by Excel ${n === 1 ? "differs" : "differ"} from H4A's computation.`,
    mismatchAction: "If Excel's calculation is manual, press F9 and write again; otherwise report it.",
    rewriteNote: "The values follow the data: after a change the formulas update by themselves.",
    yearsHeading: "Payments due by year",
    year: "Year",
    payment: "Payment",
    cumulative: "Cumulative",
    programmeYear: (year, calendar) => (calendar === null ? `Year ${year}` : `Year ${year} (${calendar})`),
    total: "Total due",
    saving: "City's saving",
    net: "Net saving",
    capCut: "Cut by the cap",
    tables: (list) => `Tables: ${list}.`,
  },
};

const DICTIONARY: Record<Lang, Strings> = { it, en };

export function stringsFor(language: Lang): Strings {
  return DICTIONARY[language];
}
