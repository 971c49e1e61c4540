import type { Lang } from "../../engine/cells/lang";
import { paramLabelList } from "../../engine/agreement/paramLabels";

/** The words of the Graduatoria tab and of the flow of §3b in Verifica: Italian first, English when Office is in English. */

export interface RankingStrings {
  heading: string;
  intro: string;
  source: string;
  found: string;
  noCandidates: string;
  read: string;
  reading: string;
  reread: string;
  defaultsUsed: string;
  agreementInvalid: (keys: string) => string;
  counts: (applied: number, eligible: number, excluded: number) => string;
  issuesHeading: (errors: number, others: number) => string;
  errorsBlockRanking: string;
  weightsHeading: string;
  weightsHint: string;
  weightsChanged: (n: number) => string;
  resetWeights: string;
  weightInvalid: (expected: string) => string;
  eligibleHeading: string;
  eligibleLabel: string;
  noneEligible: string;
  rankLabel: (rank: number) => string;
  points: (score: string) => string;
  why: string;
  emergencies: string;
  contributions: string;
  total: string;
  noPoints: string;
  requestDate: string;
  noRequestDate: string;
  goToRow: string;
  excludedHeading: string;
  noneExcluded: string;
  write: string;
  writing: string;
  written: (sheet: string, eligible: number, excluded: number) => string;
  untouched: (sheet: string) => string;
  weightsNote: string;
  refused: string;
  errorsToFix: (n: number) => string;
  /** The rank a family had with the agreement's weights, when the weights changed it. */
  was: (rank: number) => string;
  showMore: (n: number) => string;
  noId: string;
  flow: FlowStrings;
}

/** The flow's words beyond those Verifica already has (strings.validation: flowHeading, service, referred, …). */
export interface FlowStrings {
  hintWithCandidates: string;
  applied: string;
  eligible: string;
  chartLabel: string;
  /** Each stage's column header when all six stages share a narrow pane (the full name is its tooltip). */
  short: { applied: string; eligible: string; referred: string; leaseSigned: string; housingKept: string; stability: string };
  /** One letter per stage for the chart, and the words the legend gives each letter. */
  letters: { applied: string; eligible: string; referred: string; leaseSigned: string; housingKept: string; stability: string };
  legend: { applied: string; eligible: string; referred: string; leaseSigned: string; housingKept: string; stability: string };
  join: (fromCandidates: number, referred: number, eligibleNotReferred: number) => string;
  write: string;
  writing: string;
  written: (sheet: string, services: number) => string;
}

const it: RankingStrings = {
  heading: "Graduatoria dei candidati",
  intro:
    "Ammissibilità e punteggio di ogni domanda con gli indicatori di emergenza abitativa (sfratto, mesi in struttura, minori, anziani, " +
    "disabili, violenza, ISEE) e i pesi dell'accordo. Il foglio dei candidati viene solo letto.",
  source: "Foglio dei candidati",
  found: "intestazioni dei candidati riconosciute",
  noCandidates:
    "Nessun foglio visibile contiene domande: serve una riga di intestazione con «ID famiglia», un indicatore (ad esempio «Sfratto») e altre due colonne.",
  read: "Leggi le domande",
  reading: "Lettura delle domande…",
  reread: "Rileggi dal foglio",
  defaultsUsed: "L'accordo (foglio H4A_Parametri) non è ancora nella cartella: pesi e soglie predefiniti.",
  agreementInvalid: (keys) =>
    `Valori non validi nell'accordo (foglio H4A_Parametri), sostituiti dai predefiniti: ${paramLabelList(keys, "it")}.`,
  counts: (applied, eligible, excluded) =>
    `${applied} ${applied === 1 ? "domanda" : "domande"} · ${eligible} ${eligible === 1 ? "ammessa" : "ammesse"} · ${excluded} non ${excluded === 1 ? "ammessa" : "ammesse"}`,
  issuesHeading: (errors, others) =>
    `Segnalazioni sul foglio dei candidati: ${errors} ${errors === 1 ? "errore" : "errori"}, ${others} ${others === 1 ? "altra" : "altre"}`,
  errorsBlockRanking: "Le righe con errori non entrano in graduatoria e la graduatoria non si può scrivere finché non sono corrette.",
  weightsHeading: "Pesi e soglie",
  weightsHint: "Valori dell'accordo (foglio H4A_Parametri). Cambiandoli qui la graduatoria si aggiorna subito; l'accordo non cambia.",
  weightsChanged: (n) => (n === 1 ? "1 valore diverso dall'accordo" : `${n} valori diversi dall'accordo`),
  resetWeights: "Ripristina i valori dell'accordo",
  weightInvalid: (expected) => `Atteso ${expected}: si usa l'ultimo valore valido.`,
  eligibleHeading: "Famiglie ammesse, in ordine",
  eligibleLabel: "Graduatoria: aprire una famiglia per vedere perché è in quella posizione",
  noneEligible: "Nessuna famiglia ammessa.",
  rankLabel: (rank) => `${rank}ª`,
  points: (score) => `${score} punti`,
  why: "Perché è qui",
  emergencies: "Ammessa per",
  contributions: "Punti",
  total: "Totale",
  noPoints: "Nessun indicatore dà punti.",
  requestDate: "Domanda del",
  noRequestDate: "Domanda senza data",
  goToRow: "Vai alla riga",
  excludedHeading: "Famiglie non ammesse, con tutti i motivi",
  noneExcluded: "Tutte le famiglie sono ammesse.",
  write: "Scrivi la graduatoria (foglio H4A_Graduatoria)",
  writing: "Scrittura della graduatoria…",
  written: (sheet, eligible, excluded) =>
    `Scritta la graduatoria (foglio ${sheet}): ${eligible} ${eligible === 1 ? "famiglia ammessa" : "famiglie ammesse"}, ${excluded} non ${excluded === 1 ? "ammessa" : "ammesse"}.`,
  untouched: (sheet) => `Il foglio dei candidati (${sheet}) non è stato modificato.`,
  weightsNote: "I pesi usati, diversi da quelli dell'accordo, sono riportati in fondo alla graduatoria (foglio H4A_Graduatoria).",
  refused: "Graduatoria non scritta: il foglio dei candidati ha errori",
  errorsToFix: (n) => (n === 1 ? "1 errore da correggere:" : `${n} errori da correggere:`),
  was: (rank) => `con i pesi dell'accordo: ${rank}ª`,
  showMore: (n) => `Mostra altre ${n}`,
  noId: "(senza ID)",
  flow: {
    hintWithCandidates:
      "Domande → ammesse (foglio dei candidati) → inviate → contratto firmato → alloggio mantenuto → stabilità abitativa; famiglie unite per ID.",
    applied: "Domande",
    eligible: "Ammesse",
    chartLabel: "Grafico delle fasi per servizio",
    short: { applied: "Dom.", eligible: "Amm.", referred: "Inv.", leaseSigned: "Contr.", housingKept: "Allog.", stability: "Stab." },
    letters: { applied: "D", eligible: "A", referred: "I", leaseSigned: "C", housingKept: "M", stability: "S" },
    legend: {
      applied: "domande",
      eligible: "ammesse",
      referred: "inviate",
      leaseSigned: "contratto firmato",
      housingKept: "alloggio mantenuto",
      stability: "stabilità abitativa",
    },
    join: (fromCandidates, referred, eligibleNotReferred) =>
      `Famiglie inviate presenti tra le domande: ${fromCandidates} di ${referred}; ammesse non (ancora) inviate: ${eligibleNotReferred}.`,
    write: "Scrivi il percorso (foglio H4A_Flusso)",
    writing: "Scrittura del percorso…",
    written: (sheet, services) => `Scritto il percorso (foglio ${sheet}): ${services} ${services === 1 ? "servizio" : "servizi"}.`,
  },
};

const en: RankingStrings = {
  heading: "Ranking of the applicants",
  intro:
    "Eligibility and score of each application from the indicators of housing emergency (eviction, months in temporary accommodation, " +
    "minors, elderly, disability, violence, ISEE) and the agreement's weights. The candidates sheet is only read.",
  source: "Candidates sheet",
  found: "candidate headers recognised",
  noCandidates:
    'No visible sheet holds applications: it needs a header row with "Family ID", an indicator (such as "Eviction") and two more columns.',
  read: "Read the applications",
  reading: "Reading the applications…",
  reread: "Read the sheet again",
  defaultsUsed: "The agreement (sheet H4A_Parametri) is not in the workbook yet: default weights and thresholds.",
  agreementInvalid: (keys) =>
    `Invalid values in the agreement (sheet H4A_Parametri), replaced by the defaults: ${paramLabelList(keys, "en")}.`,
  counts: (applied, eligible, excluded) =>
    `${applied} ${applied === 1 ? "application" : "applications"} · ${eligible} eligible · ${excluded} not eligible`,
  issuesHeading: (errors, others) => `Findings on the candidates sheet: ${errors} ${errors === 1 ? "error" : "errors"}, ${others} other`,
  errorsBlockRanking: "Rows with errors are not ranked, and the ranking cannot be written until they are fixed.",
  weightsHeading: "Weights and thresholds",
  weightsHint: "The agreement's values (sheet H4A_Parametri). Changing them here re-ranks at once; the agreement does not change.",
  weightsChanged: (n) => (n === 1 ? "1 value differs from the agreement" : `${n} values differ from the agreement`),
  resetWeights: "Restore the agreement's values",
  weightInvalid: (expected) => `Expected ${expected}: the last valid value is used.`,
  eligibleHeading: "Eligible families, in order",
  eligibleLabel: "Ranking: open a family to see why it is in its place",
  noneEligible: "No eligible family.",
  rankLabel: (rank) => `#${rank}`,
  points: (score) => `${score} points`,
  why: "Why it is here",
  emergencies: "Eligible for",
  contributions: "Points",
  total: "Total",
  noPoints: "No indicator gives points.",
  requestDate: "Applied on",
  noRequestDate: "Application without a date",
  goToRow: "Go to row",
  excludedHeading: "Families not eligible, with every reason",
  noneExcluded: "Every family is eligible.",
  write: "Write the ranking (sheet H4A_Graduatoria)",
  writing: "Writing the ranking…",
  written: (sheet, eligible, excluded) =>
    `Wrote the ranking (sheet ${sheet}): ${eligible} eligible ${eligible === 1 ? "family" : "families"}, ${excluded} not eligible.`,
  untouched: (sheet) => `The candidates sheet (${sheet}) was not changed.`,
  weightsNote: "The weights used, which differ from the agreement's, are listed at the bottom of the ranking (sheet H4A_Graduatoria).",
  refused: "Ranking not written: the candidates sheet has errors",
  errorsToFix: (n) => (n === 1 ? "1 error to fix:" : `${n} errors to fix:`),
  was: (rank) => `with the agreement's weights: #${rank}`,
  showMore: (n) => `Show ${n} more`,
  noId: "(no ID)",
  flow: {
    hintWithCandidates:
      "Applied → eligible (candidates sheet) → referred → lease signed → housing kept → housing stability; families joined by ID.",
    applied: "Applied",
    eligible: "Eligible",
    chartLabel: "Chart of the stages by service",
    short: { applied: "Appl.", eligible: "Elig.", referred: "Ref.", leaseSigned: "Lease", housingKept: "Hous.", stability: "Stab." },
    letters: { applied: "A", eligible: "E", referred: "R", leaseSigned: "L", housingKept: "H", stability: "S" },
    legend: {
      applied: "applied",
      eligible: "eligible",
      referred: "referred",
      leaseSigned: "lease signed",
      housingKept: "housing kept",
      stability: "housing stability",
    },
    join: (fromCandidates, referred, eligibleNotReferred) =>
      `Referred families found among the applications: ${fromCandidates} of ${referred}; eligible but not (yet) referred: ${eligibleNotReferred}.`,
    write: "Write the path (sheet H4A_Flusso)",
    writing: "Writing the path…",
    written: (sheet, services) => `Wrote the path (sheet ${sheet}): ${services} ${services === 1 ? "service" : "services"}.`,
  },
};

const DICTIONARY: Record<Lang, RankingStrings> = { it, en };

export function rankingStringsFor(language: Lang): RankingStrings {
  return DICTIONARY[language];
}
