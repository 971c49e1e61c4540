import type { Lang } from "../../engine/cells/lang";
import { paramLabelList } from "../../engine/agreement/paramLabels";
import type { Outcome } from "../../engine/simulation/scenario";
import type { ProbabilityOrigin } from "../../engine/simulation/scenarioTable";
import type { TierLevel } from "../../engine/payments/tier";

/** The Simulazione tab's words: Italian first, English when Office's display language is English. */

export interface SimulationStrings {
  heading: string;
  intro: string;
  loading: string;
  reload: string;
  useExample: string;
  exampleNote: string;
  dataIssues: (errors: number) => string;
  noPremium: string;
  defaulted: (keys: string) => string;
  rulesHeading: string;
  fullThreshold: string;
  partialThreshold: string;
  strict: string;
  notStrict: string;
  partialPayment: string;
  waitingLimit: string;
  waitingLimitHint: string;
  months: string;
  shares: string;
  shareLabel: (year: number) => string;
  /** A share's spoken name, unique in the tab: the visible "Anno 1" says which share only through its group. */
  shareName: (year: number) => string;
  sharesSum: (sum: string) => string;
  premium: string;
  resetRules: string;
  cohortsHeading: string;
  cohortsHint: string;
  cohortTitle: (cohort: number, calendar: number | null) => string;
  known: string;
  projected: string;
  estimated: string;
  counts: { families: string; year1: string; year2: string; stability: string; wellbeing: string; waiting: string };
  /** A count's spoken name, unique in the tab: which cohort, then the count's visible label. */
  countName: (cohort: number, label: string) => string;
  increase: (name: string) => string;
  decrease: (name: string) => string;
  rate: (percent: string) => string;
  tierNow: string;
  levels: Record<TierLevel, string>;
  toNext: string;
  margins: string;
  resetCohorts: string;
  paymentsHeading: string;
  year: string;
  scenario: string;
  baseline: string;
  difference: string;
  programmeYear: (year: number, calendar: number | null) => string;
  projectedMark: string;
  projectedNote: string;
  total: string;
  dueTotal: string;
  projectedTotal: string;
  capCut: string;
  differenceTotal: string;
  sharesWarning: (sum: string) => string;
  chartHeading: string;
  chartCohort: string;
  chartTitle: (cohort: number) => string;
  chartAxisX: (families: number) => string;
  chartNow: (families: number) => string;
  chartThreshold: (sign: string, percent: string, families: number | null) => string;
  chartStep: (from: number, to: number, amount: string, level: string) => string;
  chartLegend: string;
  oddsHeading: string;
  oddsIntro: string;
  correlation: string;
  correlationHint: string;
  exactMethod: string;
  monteCarlo: (samples: string, seed: number) => string;
  probabilitiesHeading: string;
  probability: (outcome: Outcome) => string;
  sources: Record<ProbabilityOrigin, string>;
  sourceCohorts: (cohorts: string) => string;
  resetProbabilities: string;
  tierOddsCaption: (cohort: number) => string;
  knownTier: (level: string) => string;
  knownNoOdds: string;
  summaryLabel: string;
  summaryTotal: string;
  summaryDifference: string;
  summaryTiers: string;
  summaryCohort: (cohort: number) => string;
  summaryLevels: Record<TierLevel, string>;
  expectedTier: (percent: string) => string;
  expectedHeading: string;
  expectedTotal: string;
  percentilesHeading: string;
  percentile: (p: number) => string;
  percentilesNote: string;
  range: (min: string, max: string) => string;
  oddsError: string;
  scenariosHeading: string;
  scenarioName: string;
  scenarioNameExample: string;
  untitled: string;
  save: string;
  saving: string;
  saved: (table: string, sheet: string) => string;
  compareHeading: string;
  loadScenarios: string;
  loadingScenarios: string;
  noScenarios: string;
  foreignScenarios: string;
  scenarioA: string;
  scenarioB: string;
  scenarioOption: (number: number, label: string, savedAt: string) => string;
  onlyDifferences: string;
  item: string;
  noDifferences: string;
  yes: string;
  no: string;
  invalid: string;
}

/** "Stabilità abitativa" → "stabilità abitativa", to follow other words in a sentence. */
const lowerFirst = (words: string): string => words.charAt(0).toLocaleLowerCase() + words.slice(1);

const it: SimulationStrings = {
  heading: "Simulazione delle soglie",
  intro:
    "Che cosa succede con altre soglie, altre quote, una famiglia in più o in meno? I valori partono dai dati e dall'accordo " +
    "della cartella; i risultati si aggiornano mentre li si cambia. La simulazione non modifica nessun foglio finché non si salva uno scenario.",
  loading: "Lettura dei dati e dell'accordo…",
  reload: "Rileggi i dati",
  useExample: "Simula una coorte di esempio",
  exampleNote: "Nessuna famiglia nei dati scelti: la simulazione parte da una coorte di esempio di 11 famiglie (l'esempio della Città).",
  dataIssues: (errors) =>
    `${errors === 1 ? "C'è 1 errore" : `Ci sono ${errors} errori`} nei dati o nei parametri: i conteggi di partenza possono non essere esatti. Correggerli nella scheda Verifica.`,
  noPremium: "L'accordo non indica il premio per famiglia: gli importi sono 0 € finché non lo si indica qui o nella scheda Parametri.",
  defaulted: (keys) => `Parametri non validi sostituiti dai valori predefiniti: ${paramLabelList(keys, "it")}.`,
  rulesHeading: "Regole dell'accordo",
  fullThreshold: "Soglia per il saldo pieno (100 %)",
  partialThreshold: "Soglia per il saldo parziale",
  strict: "stretta (>)",
  notStrict: "non stretta (≥)",
  partialPayment: "Quota del saldo pagata al livello parziale",
  waitingLimit: "Limite di attesa",
  waitingLimitHint: "Cambiandolo si ricontano, dai dati, le famiglie con attesa inferiore al limite.",
  months: "mesi",
  shares: "Quote delle tranche",
  shareLabel: (year) => `Anno ${year}`,
  shareName: (year) => `Quota della tranche dell'anno ${year}`,
  sharesSum: (sum) => `Somma: ${sum}`,
  premium: "Premio per famiglia (€)",
  resetRules: "Ripristina l'accordo",
  cohortsHeading: "Coorti: famiglie per esito",
  cohortsHint: "Frecce su e giù, o Pagina su e giù, per una famiglia in più o in meno.",
  cohortTitle: (cohort, calendar) => `Coorte ${cohort}${calendar === null ? "" : ` (${calendar})`}`,
  known: "esiti del terzo anno noti",
  projected: "terzo anno ancora da verificare",
  estimated: "stima",
  counts: {
    families: "Famiglie della coorte",
    year1: "Esito del 1° anno",
    year2: "Esito del 2° anno",
    stability: "Stabilità abitativa",
    wellbeing: "Benessere migliorato",
    waiting: "Attesa sotto il limite",
  },
  countName: (cohort, label) => `Coorte ${cohort} – ${lowerFirst(label)}`,
  increase: (name) => `Aumenta ${lowerFirst(name)}`,
  decrease: (name) => `Diminuisci ${lowerFirst(name)}`,
  rate: (percent) => `tasso ${percent}`,
  tierNow: "Saldo",
  levels: { full: "pieno", partial: "parziale", below: "sotto la soglia parziale" },
  toNext: "Per salire",
  margins: "Margini",
  resetCohorts: "Ripristina i conteggi",
  paymentsHeading: "Pagamenti per anno",
  year: "Anno",
  scenario: "Scenario",
  baseline: "Accordo attuale",
  difference: "Differenza",
  programmeYear: (year, calendar) => (calendar === null ? `Anno ${year}` : `Anno ${year} (${calendar})`),
  projectedMark: "previsto",
  projectedNote: "Gli anni «previsto» non sono ancora verificati: contano i conteggi della simulazione.",
  total: "Totale",
  dueTotal: "di cui dovuto",
  projectedTotal: "di cui previsto",
  capCut: "Tagliato dal tetto",
  differenceTotal: "Differenza dall'accordo attuale",
  sharesWarning: (sum) => `Le quote sommano a ${sum}: l'accordo richiede il 100 %.`,
  chartHeading: "Saldo del terzo anno e famiglie con stabilità",
  chartCohort: "Coorte del grafico",
  chartTitle: (cohort) => `Saldo del terzo anno della coorte ${cohort} secondo le famiglie con stabilità abitativa`,
  chartAxisX: (families) => `Famiglie con stabilità abitativa (su ${families})`,
  chartNow: (families) => `ora: ${families}`,
  chartThreshold: (sign, percent, families) =>
    families === null ? `${sign} ${percent}: irraggiungibile` : `${sign} ${percent}: ${families}`,
  chartStep: (from, to, amount, level) =>
    from === to ? `con ${from} famiglie: ${amount} (${level})` : `da ${from} a ${to} famiglie: ${amount} (${level})`,
  chartLegend:
    "■ saldo pieno · ▲ saldo parziale · ○ sotto la soglia parziale; linee tratteggiate: le soglie; linea continua: la simulazione.",
  oddsHeading: "Probabilità",
  oddsIntro:
    "Ogni famiglia raggiunge ogni esito con la probabilità indicata. Sono fissi solo i pagamenti dovuti; ogni tranche non ancora dovuta " +
    "è incerta: il saldo delle coorti il cui terzo anno non è verificato, e anche la prima o la seconda tranche non ancora raggiunta.",
  correlation: "Correlazione tra gli esiti",
  correlationHint: "0 = esiti indipendenti (calcolo esatto); più alta, più le famiglie di una coorte vanno bene o male insieme.",
  exactMethod: "Calcolo esatto sui conteggi binomiali, senza campionamento.",
  monteCarlo: (samples, seed) =>
    `Monte Carlo con ${samples} campioni (seme ${seed}) del fattore comune di ogni coorte (copula gaussiana); il totale segue per convoluzione esatta.`,
  probabilitiesHeading: "Probabilità per famiglia",
  probability: (outcome) => (outcome === "stability" ? "Stabilità" : outcome === "wellbeing" ? "Benessere" : "Attesa"),
  sources: {
    observed: "tasso osservato della coorte",
    year2HousingKept: "alloggio mantenuto al 2° anno",
    completedMean: "media delle coorti completate",
    default: "valore predefinito",
    user: "indicata qui",
  },
  sourceCohorts: (cohorts) => `coorti ${cohorts}`,
  resetProbabilities: "Ripristina le probabilità",
  tierOddsCaption: (cohort) => `Probabilità delle fasce del saldo, coorte ${cohort}`,
  knownTier: (level) => `esito noto: ${level}`,
  knownNoOdds: "Gli esiti del terzo anno sono noti: il saldo è fissato, non ci sono probabilità da stimare.",
  summaryLabel: "Riepilogo della simulazione",
  summaryTotal: "Totale",
  summaryDifference: "sulla cartella",
  summaryTiers: "Fascia del saldo di ogni coorte",
  summaryCohort: (cohort) => `C${cohort}`,
  summaryLevels: { full: "pieno", partial: "parziale", below: "sotto soglia" },
  expectedTier: (percent) => `quota attesa del saldo ${percent}`,
  expectedHeading: "Pagamento atteso per anno",
  expectedTotal: "Totale atteso",
  percentilesHeading: "Totale del premio: percentili",
  percentile: (p) => (p === 0.5 ? "mediana" : `${Math.round(p * 100)}° percentile`),
  percentilesNote: "Il p-esimo percentile è il più piccolo totale t con probabilità almeno p che il totale sia ≤ t.",
  range: (min, max) => `da ${min} a ${max}`,
  oddsError: "Probabilità non calcolabili per questi valori",
  scenariosHeading: "Scenari",
  scenarioName: "Nome dello scenario",
  scenarioNameExample: "es. Soglia piena al 75 %",
  untitled: "Senza nome",
  save: "Salva scenario",
  saving: "Salvataggio…",
  saved: (table, sheet) => `Scritta la tabella ${table} nel foglio ${sheet}.`,
  compareHeading: "Confronta due scenari salvati",
  loadScenarios: "Leggi gli scenari salvati",
  loadingScenarios: "Lettura degli scenari (foglio H4A_Scenari)…",
  noScenarios: "Nessuno scenario salvato: salvarne almeno due per confrontarli.",
  foreignScenarios: "Il foglio H4A_Scenari non è stato creato da H4A: non viene letto né scritto.",
  scenarioA: "Scenario A",
  scenarioB: "Scenario B",
  scenarioOption: (number, label, savedAt) => `${number} · ${label} (${savedAt})`,
  onlyDifferences: "Solo le voci diverse",
  item: "Voce",
  noDifferences: "I due scenari coincidono.",
  yes: "Sì",
  no: "No",
  invalid: "Valori non validi",
};

const en: SimulationStrings = {
  heading: "Threshold simulation",
  intro:
    "What if the thresholds or shares were different, or one family more or less reached an outcome? The values start from the " +
    "workbook's data and agreement; the results update as you change them. The simulation changes no sheet until you save a scenario.",
  loading: "Reading the data and the agreement…",
  reload: "Read the data again",
  useExample: "Simulate an example cohort",
  exampleNote: "No family in the chosen data: the simulation starts from an example cohort of 11 families (the City's example).",
  dataIssues: (errors) =>
    `${errors === 1 ? "There is 1 error" : `There are ${errors} errors`} in the data or the parameters: the starting counts may be wrong. Fix them in the Validate tab.`,
  noPremium: "The agreement gives no premium per family: amounts are 0 € until you give one here or in the Parameters tab.",
  defaulted: (keys) => `Invalid parameters replaced by their defaults: ${paramLabelList(keys, "en")}.`,
  rulesHeading: "Agreement rules",
  fullThreshold: "Threshold for the full balance (100 %)",
  partialThreshold: "Threshold for the partial balance",
  strict: "strict (>)",
  notStrict: "not strict (≥)",
  partialPayment: "Share of the balance paid at the partial tier",
  waitingLimit: "Waiting limit",
  waitingLimitHint: "Changing it recounts, from the data, the families who waited less than the limit.",
  months: "months",
  shares: "Tranche shares",
  shareLabel: (year) => `Year ${year}`,
  shareName: (year) => `Tranche share of year ${year}`,
  sharesSum: (sum) => `Sum: ${sum}`,
  premium: "Premium per family (€)",
  resetRules: "Back to the agreement",
  cohortsHeading: "Cohorts: families per outcome",
  cohortsHint: "Arrow up and down, or Page up and down, for one family more or less.",
  cohortTitle: (cohort, calendar) => `Cohort ${cohort}${calendar === null ? "" : ` (${calendar})`}`,
  known: "year-3 outcomes known",
  projected: "year 3 still to be verified",
  estimated: "estimate",
  counts: {
    families: "Families of the cohort",
    year1: "Year-1 outcome",
    year2: "Year-2 outcome",
    stability: "Housing stability",
    wellbeing: "Improved wellbeing",
    waiting: "Waiting under the limit",
  },
  countName: (cohort, label) => `Cohort ${cohort} – ${lowerFirst(label)}`,
  increase: (name) => `Increase ${lowerFirst(name)}`,
  decrease: (name) => `Decrease ${lowerFirst(name)}`,
  rate: (percent) => `rate ${percent}`,
  tierNow: "Balance",
  levels: { full: "full", partial: "partial", below: "below the partial threshold" },
  toNext: "To go up",
  margins: "Margins",
  resetCohorts: "Back to the data's counts",
  paymentsHeading: "Payments by year",
  year: "Year",
  scenario: "Scenario",
  baseline: "Current agreement",
  difference: "Difference",
  programmeYear: (year, calendar) => (calendar === null ? `Year ${year}` : `Year ${year} (${calendar})`),
  projectedMark: "projected",
  projectedNote: "Years marked “projected” are not verified yet: the simulation's counts are used.",
  total: "Total",
  dueTotal: "of which due",
  projectedTotal: "of which projected",
  capCut: "Cut by the cap",
  differenceTotal: "Difference from the current agreement",
  sharesWarning: (sum) => `The shares sum to ${sum}: the agreement requires 100 %.`,
  chartHeading: "Year-3 balance and families with stability",
  chartCohort: "Cohort shown",
  chartTitle: (cohort) => `Year-3 balance of cohort ${cohort} against the families with housing stability`,
  chartAxisX: (families) => `Families with housing stability (of ${families})`,
  chartNow: (families) => `now: ${families}`,
  chartThreshold: (sign, percent, families) => (families === null ? `${sign} ${percent}: unreachable` : `${sign} ${percent}: ${families}`),
  chartStep: (from, to, amount, level) =>
    from === to ? `with ${from} families: ${amount} (${level})` : `from ${from} to ${to} families: ${amount} (${level})`,
  chartLegend:
    "■ full balance · ▲ partial balance · ○ below the partial threshold; dashed lines: the thresholds; solid line: the simulation.",
  oddsHeading: "Odds",
  oddsIntro:
    "Each family reaches each outcome with the probability given. Only due payments are fixed; every tranche not yet due is " +
    "uncertain: the balance of cohorts whose year 3 is not verified, and also a year-1 or year-2 tranche not reached yet.",
  correlation: "Correlation between outcomes",
  correlationHint: "0 = independent outcomes (exact); higher, the more a cohort's families fare well or badly together.",
  exactMethod: "Exact, from binomial counts, without sampling.",
  monteCarlo: (samples, seed) =>
    `Monte Carlo with ${samples} samples (seed ${seed}) of each cohort's shared factor (Gaussian copula); the total follows by exact convolution.`,
  probabilitiesHeading: "Probabilities per family",
  probability: (outcome) => (outcome === "stability" ? "Stability" : outcome === "wellbeing" ? "Wellbeing" : "Waiting"),
  sources: {
    observed: "the cohort's observed rate",
    year2HousingKept: "housing kept in year 2",
    completedMean: "mean of the completed cohorts",
    default: "default value",
    user: "set here",
  },
  sourceCohorts: (cohorts) => `cohorts ${cohorts}`,
  resetProbabilities: "Back to the default probabilities",
  tierOddsCaption: (cohort) => `Odds of the balance tiers, cohort ${cohort}`,
  knownTier: (level) => `outcome known: ${level}`,
  knownNoOdds: "The year-3 outcomes are known: the balance is fixed, there are no probabilities to estimate.",
  summaryLabel: "Simulation summary",
  summaryTotal: "Total",
  summaryDifference: "vs the workbook",
  summaryTiers: "Each cohort's balance tier",
  summaryCohort: (cohort) => `C${cohort}`,
  summaryLevels: { full: "full", partial: "partial", below: "below threshold" },
  expectedTier: (percent) => `expected share of the balance ${percent}`,
  expectedHeading: "Expected payment by year",
  expectedTotal: "Expected total",
  percentilesHeading: "Total premium: percentiles",
  percentile: (p) => (p === 0.5 ? "median" : `${Math.round(p * 100)}th percentile`),
  percentilesNote: "The p-th percentile is the smallest total t with a probability of at least p that the total is ≤ t.",
  range: (min, max) => `from ${min} to ${max}`,
  oddsError: "The odds cannot be computed for these values",
  scenariosHeading: "Scenarios",
  scenarioName: "Scenario name",
  scenarioNameExample: "e.g. Full threshold at 75 %",
  untitled: "Untitled",
  save: "Save scenario",
  saving: "Saving…",
  saved: (table, sheet) => `Wrote the table ${table} on the sheet ${sheet}.`,
  compareHeading: "Compare two saved scenarios",
  loadScenarios: "Read the saved scenarios",
  loadingScenarios: "Reading the scenarios (sheet H4A_Scenari)…",
  noScenarios: "No scenario saved: save at least two to compare them.",
  foreignScenarios: "The sheet H4A_Scenari was not created by H4A: it is neither read nor written.",
  scenarioA: "Scenario A",
  scenarioB: "Scenario B",
  scenarioOption: (number, label, savedAt) => `${number} · ${label} (${savedAt})`,
  onlyDifferences: "Only the items that differ",
  item: "Item",
  noDifferences: "The two scenarios are the same.",
  yes: "Yes",
  no: "No",
  invalid: "Invalid values",
};

const DICTIONARY: Record<Lang, SimulationStrings> = { it, en };

export function simulationStringsFor(language: Lang): SimulationStrings {
  return DICTIONARY[language];
}
