import type { Lang } from "../../engine/cells/lang";
import type { CohortYear } from "../../engine/payments/schedule";

/**
 * Pagamenti's words for this year's tranches, the City's saving and the totals side by side:
 * Italian first, English when Office's display language is English. `year` is a programme year
 * already written with its calendar year ("Anno 3 (2026)").
 */
export interface PaymentsOverviewStrings {
  /** After the current year's row of the per-year table. */
  currentMark: string;
  thisYearHeading: (year: string) => string;
  thisYearIntro: string;
  noTranche: string;
  trancheTitle: (cohort: number, cohortYear: CohortYear) => string;
  /** What the tranche pays: its share of the premium, the families it is paid for and the amount. */
  trancheLine: (share: string, families: number, amount: string) => string;
  capped: (before: string) => string;
  savingExplained: string;
  totalsHeading: string;
  totalsIntro: string;
  dueLabel: string;
  dueMeaning: (currentYear: string) => string;
  simulatedLabel: string;
  simulatedMeaning: (projected: string, years: string) => string;
  simulatedNothingProjected: string;
  expectedLabel: string;
  expectedMeaning: string;
  notSimulated: string;
}

const COHORT_YEAR_IT: Record<CohortYear, string> = { 1: "prima tranche", 2: "seconda tranche", 3: "saldo" };
const COHORT_YEAR_EN: Record<CohortYear, string> = { 1: "first tranche", 2: "second tranche", 3: "balance" };

const IT: PaymentsOverviewStrings = {
  currentMark: "anno corrente",
  thisYearHeading: (year) => `Quest'anno: ${year}`,
  thisYearIntro: "L'anno corrente dei Parametri, l'ultimo con esiti verificati. Le tranche che vi cadono:",
  noTranche: "Nessuna tranche cade nell'anno corrente.",
  trancheTitle: (cohort, k) => `Coorte ${cohort} · anno ${k} di 3 del percorso (${COHORT_YEAR_IT[k]})`,
  trancheLine: (share, families, amount) => `Quota ${share} · ${families === 1 ? "1 famiglia" : `${families} famiglie`} · ${amount}`,
  capped: (before) => `ridotta dal tetto (sarebbe ${before})`,
  savingExplained:
    "Risparmio del Comune: quanto la Città non spende per le permanenze in strutture temporanee che le famiglie hanno evitato " +
    "(giorni evitati × costo giornaliero × componenti); il risparmio netto è questo meno il totale dovuto.",
  totalsHeading: "Totali a confronto",
  totalsIntro: "Tre totali per tre domande diverse; tutti comprendono quanto è già dovuto.",
  dueLabel: "Dovuto finora (Pagamenti)",
  dueMeaning: (year) =>
    `Le tranche dovute fino all'anno corrente, ${year}, con gli esiti verificati e dopo il tetto: quanto riporta il foglio dei pagamenti (H4A_Pagamenti).`,
  simulatedLabel: "Totale simulato (Simulazione)",
  simulatedMeaning: (projected, years) =>
    `Il dovuto più ${projected} di tranche proiettate per gli anni non ancora verificati, ${years}, con i conteggi da cui parte la scheda Simulazione.`,
  simulatedNothingProjected: "Nessun anno da proiettare: coincide con il dovuto.",
  expectedLabel: "Totale atteso (Simulazione)",
  expectedMeaning:
    "La media dei totali possibili, ciascuno pesato per la sua probabilità: le tranche non ancora verificate sono incerte, " +
    "con le probabilità predefinite della scheda Simulazione ed esiti indipendenti.",
  notSimulated: "non calcolabile: la scheda Simulazione non ha coorti dei dati da simulare",
};

const EN: PaymentsOverviewStrings = {
  currentMark: "current year",
  thisYearHeading: (year) => `This year: ${year}`,
  thisYearIntro: "The current year of the Parameters, the last with verified outcomes. The tranches that fall in it:",
  noTranche: "No tranche falls in the current year.",
  trancheTitle: (cohort, k) => `Cohort ${cohort} · year ${k} of 3 of its path (${COHORT_YEAR_EN[k]})`,
  trancheLine: (share, families, amount) => `Share ${share} · ${families === 1 ? "1 family" : `${families} families`} · ${amount}`,
  capped: (before) => `cut by the cap (would be ${before})`,
  savingExplained:
    "City's saving: what the City does not spend on the stays in temporary accommodation the families avoided " +
    "(days avoided × daily cost × members); the net saving is this minus the total due.",
  totalsHeading: "Totals side by side",
  totalsIntro: "Three totals for three different questions; each includes what is already due.",
  dueLabel: "Due so far (Payments)",
  dueMeaning: (year) =>
    `The tranches due up to the current year, ${year}, with verified outcomes and after the cap: what the payments sheet (H4A_Pagamenti) holds.`,
  simulatedLabel: "Simulated total (Simulation)",
  simulatedMeaning: (projected, years) =>
    `What is due plus ${projected} of tranches projected for the years not yet verified, ${years}, at the counts the Simulation tab starts from.`,
  simulatedNothingProjected: "No year to project: the same as what is due.",
  expectedLabel: "Expected total (Simulation)",
  expectedMeaning:
    "The average of the possible totals, each weighted by its probability: the tranches not yet verified are uncertain, " +
    "with the Simulation tab's default probabilities and independent outcomes.",
  notSimulated: "cannot be computed: the Simulation tab has no cohort of the data to simulate",
};

const DICTIONARY: Record<Lang, PaymentsOverviewStrings> = { it: IT, en: EN };

export const paymentsOverviewStringsFor = (language: Lang): PaymentsOverviewStrings => DICTIONARY[language];
