import { pick, type Lang, type Text } from "../cells/lang";
import { roundCents } from "../cells/rounding";
import type { CellValue } from "../types";
import type { LooseCell, TablePlan } from "../sheets/workbookPlan";
import type { OddsResult } from "./odds";
import type { ProbabilitySource } from "./seed";
import { OUTCOMES, type Outcome, type OutcomeProbabilities, type Scenario } from "./scenario";
import type { WhatIfResult } from "./whatIf";

/**
 * A saved scenario as one Excel table on the sheet H4A_Scenari (one table per scenario, each below
 * the previous one), and the same table read back to compare two scenarios. The table is long:
 * one row per value — section, key, cohort, programme year, value, and what it is in Italian —
 * so it reads as a list in Excel and back as records whatever the number of cohorts and years.
 */

export const SCENARIO_SHEET = "H4A_Scenari";
/** Tables are named H4A_Scenario_1, H4A_Scenario_2, … in the order they are saved. */
export const SCENARIO_TABLE_PREFIX = "H4A_Scenario_";
export const SCENARIO_HEADER = ["Sezione", "Chiave", "Coorte", "Anno", "Valore", "Descrizione"] as const;
/** Blank rows between one scenario's block and the next. */
export const SCENARIO_GAP_ROWS = 1;
const COLUMN_WIDTHS = [10, 18, 8, 6, 16, 52];

export type ScenarioSection = "scenario" | "parametri" | "coorte" | "anno" | "totale";
export type ProbabilityOrigin = ProbabilitySource | "user";

export interface ScenarioRecord {
  section: ScenarioSection;
  key: string;
  cohort: number | null;
  year: number | null;
  value: CellValue;
}

export interface ScenarioSnapshot {
  label: string;
  /** When it was saved, as the pane shows it (e.g. "2026-05-04 10:32"). */
  savedAt: string;
  scenario: Scenario;
  probabilities: OutcomeProbabilities[];
  /** Per cohort, where each probability comes from. */
  sources: Record<Outcome, ProbabilityOrigin>[];
  result: WhatIfResult;
  baseline: WhatIfResult;
  odds: OddsResult;
}

/** What each key is, in both languages: the sheet's Descrizione column and the pane's comparison. */
export const RECORD_LABELS: Record<string, Text> = {
  label: { it: "Nome dello scenario", en: "Scenario name" },
  savedAt: { it: "Salvato il", en: "Saved on" },
  method: { it: "Metodo delle probabilità", en: "Probability method" },
  premiumPerFamily: { it: "Premio per famiglia (€)", en: "Premium per family (€)" },
  share1: { it: "Quota della tranche, anno di coorte 1", en: "Tranche share, cohort year 1" },
  share2: { it: "Quota della tranche, anno di coorte 2", en: "Tranche share, cohort year 2" },
  share3: { it: "Quota della tranche, anno di coorte 3", en: "Tranche share, cohort year 3" },
  fullThreshold: { it: "Soglia per il saldo pieno", en: "Full balance threshold" },
  fullStrict: { it: "Soglia piena stretta (>)", en: "Full threshold strict (>)" },
  partialThreshold: { it: "Soglia per il saldo parziale", en: "Partial balance threshold" },
  partialStrict: { it: "Soglia parziale stretta (>)", en: "Partial threshold strict (>)" },
  partialPayment: { it: "Quota del saldo pagata al livello parziale", en: "Share of the balance paid at the partial tier" },
  belowPartialPayment: {
    it: "Quota del saldo pagata sotto la soglia parziale",
    en: "Share of the balance paid below the partial threshold",
  },
  waitLimitMonths: { it: "Limite di attesa (mesi, <)", en: "Waiting limit (months, <)" },
  cap: { it: "Tetto all'impegno complessivo (€)", en: "Cap on the total premium (€)" },
  currentYear: { it: "Anno corrente (ultimo con esiti verificati)", en: "Current year (last with verified outcomes)" },
  correlation: { it: "Correlazione tra gli esiti (0 = indipendenti)", en: "Correlation between outcomes (0 = independent)" },
  samples: { it: "Campioni Monte Carlo (0 = calcolo esatto)", en: "Monte Carlo samples (0 = exact)" },
  seed: { it: "Seme del Monte Carlo", en: "Monte Carlo seed" },
  families: { it: "Famiglie della coorte", en: "Families of the cohort" },
  excluded: { it: "Famiglie escluse dal denominatore (uscite)", en: "Families left out of the denominator (left)" },
  year1: { it: "Famiglie con l'esito del primo anno", en: "Families meeting the year-1 outcome" },
  year2: { it: "Famiglie con l'esito del secondo anno", en: "Families meeting the year-2 outcome" },
  stability: { it: "Famiglie con stabilità abitativa", en: "Families with housing stability" },
  wellbeing: { it: "Famiglie con benessere migliorato", en: "Families with improved wellbeing" },
  waiting: { it: "Famiglie con attesa inferiore al limite", en: "Families who waited less than the limit" },
  known: { it: "Esiti del terzo anno noti", en: "Year-3 outcomes known" },
  tier: { it: "Fascia del saldo (quota pagata)", en: "Balance tier (share paid)" },
  balance: { it: "Saldo del terzo anno (€)", en: "Year-3 balance (€)" },
  pStability: { it: "Probabilità di stabilità abitativa per famiglia", en: "Probability of housing stability per family" },
  sourceStability: { it: "Fonte della probabilità di stabilità", en: "Source of the stability probability" },
  pWellbeing: { it: "Probabilità di benessere migliorato per famiglia", en: "Probability of improved wellbeing per family" },
  sourceWellbeing: { it: "Fonte della probabilità di benessere", en: "Source of the wellbeing probability" },
  pWaiting: { it: "Probabilità di attesa inferiore al limite per famiglia", en: "Probability of a wait under the limit per family" },
  sourceWaiting: { it: "Fonte della probabilità di attesa", en: "Source of the waiting probability" },
  pYear1: {
    it: "Probabilità per famiglia dell'esito del primo anno, non ancora dovuto (vuota se dovuto)",
    en: "Probability per family of the year-1 outcome, not yet due (blank when due)",
  },
  pYear2: {
    it: "Probabilità per famiglia dell'esito del secondo anno, non ancora dovuto (vuota se dovuto)",
    en: "Probability per family of the year-2 outcome, not yet due (blank when due)",
  },
  pFull: { it: "Probabilità del saldo pieno (100 %)", en: "Probability of the full balance (100 %)" },
  pPartial: { it: "Probabilità del saldo parziale", en: "Probability of the partial balance" },
  pBelow: { it: "Probabilità del saldo sotto la soglia parziale", en: "Probability of the balance below the partial threshold" },
  expectedTier: { it: "Quota attesa del saldo", en: "Expected share of the balance" },
  payment: { it: "Pagamento (€)", en: "Payment (€)" },
  expectedPayment: { it: "Pagamento atteso (€)", en: "Expected payment (€)" },
  total: { it: "Totale dei pagamenti (€)", en: "Total of the payments (€)" },
  baselineTotal: { it: "Totale con l'accordo e i dati attuali (€)", en: "Total with the current agreement and data (€)" },
  difference: { it: "Differenza dal totale attuale (€)", en: "Difference from the current total (€)" },
  capCut: { it: "Tagliato dal tetto (€)", en: "Cut by the cap (€)" },
  expectedTotal: { it: "Totale atteso (€)", en: "Expected total (€)" },
  p10: { it: "10° percentile del totale (€)", en: "10th percentile of the total (€)" },
  p50: { it: "Mediana del totale (€)", en: "Median of the total (€)" },
  p90: { it: "90° percentile del totale (€)", en: "90th percentile of the total (€)" },
};

/** Texts written for the probability sources and methods (Italian in the sheet), with their English. */
export const SOURCE_WORDS: Record<ProbabilityOrigin, Text> = {
  observed: { it: "tasso osservato della coorte", en: "the cohort's observed rate" },
  year2HousingKept: { it: "alloggio mantenuto al secondo anno", en: "housing kept in year 2" },
  completedMean: { it: "media delle coorti completate", en: "mean of the completed cohorts" },
  default: { it: "valore predefinito", en: "default value" },
  user: { it: "indicata nella simulazione", en: "set in the simulation" },
};
export const METHOD_WORDS: Record<OddsResult["method"], Text> = {
  exact: { it: "esatto (conteggi binomiali)", en: "exact (binomial counts)" },
  monteCarlo: { it: "Monte Carlo", en: "Monte Carlo" },
};

const capitalised = (outcome: Outcome): string => outcome[0].toUpperCase() + outcome.slice(1);

/** The scenario as records, in the table's order. */
export function scenarioRecords(s: ScenarioSnapshot): ScenarioRecord[] {
  const records: ScenarioRecord[] = [];
  const add = (section: ScenarioSection, key: string, value: CellValue, cohort: number | null = null, year: number | null = null): void => {
    records.push({ section, key, cohort, year, value });
  };
  const r = s.scenario.rules;
  add("scenario", "label", s.label);
  add("scenario", "savedAt", s.savedAt);
  add("scenario", "method", METHOD_WORDS[s.odds.method].it);
  add("parametri", "premiumPerFamily", r.premiumPerFamily);
  r.shares.forEach((share, i) => add("parametri", `share${i + 1}`, share));
  add("parametri", "fullThreshold", r.fullThreshold);
  add("parametri", "fullStrict", r.fullStrict);
  add("parametri", "partialThreshold", r.partialThreshold);
  add("parametri", "partialStrict", r.partialStrict);
  add("parametri", "partialPayment", r.partialPayment);
  add("parametri", "belowPartialPayment", r.belowPartialPayment);
  add("parametri", "waitLimitMonths", r.waitLimitMonths);
  add("parametri", "cap", r.cap ?? "");
  add("parametri", "currentYear", r.currentYear);
  add("parametri", "correlation", s.odds.correlation);
  add("parametri", "samples", s.odds.samples);
  add("parametri", "seed", s.odds.seed ?? "");
  s.scenario.cohorts.forEach((c, i) => {
    const whatIf = s.result.cohorts[i];
    const odds = s.odds.cohorts[i];
    const at = (key: string, value: CellValue): void => add("coorte", key, value, c.cohort);
    at("families", c.families);
    at("excluded", c.excluded);
    at("year1", c.year1);
    at("year2", c.year2);
    for (const outcome of OUTCOMES) at(outcome, c[outcome]);
    at("known", whatIf.known);
    at("tier", whatIf.tier.factor);
    at("balance", whatIf.balance);
    for (const outcome of OUTCOMES) {
      at(`p${capitalised(outcome)}`, s.probabilities[i][outcome]);
      at(`source${capitalised(outcome)}`, SOURCE_WORDS[s.sources[i][outcome]].it);
    }
    at("pYear1", odds.intermediate.year1 ?? "");
    at("pYear2", odds.intermediate.year2 ?? "");
    at("pFull", odds.full);
    at("pPartial", odds.partial);
    at("pBelow", odds.below);
    at("expectedTier", odds.expectedFactor);
  });
  for (const year of s.result.years) add("anno", "payment", year.amount, null, year.programmeYear);
  for (const year of s.odds.years) add("anno", "expectedPayment", roundCents(year.expected), null, year.programmeYear);
  add("totale", "total", s.result.total);
  add("totale", "baselineTotal", s.baseline.total);
  add("totale", "difference", roundCents(s.result.total - s.baseline.total));
  add("totale", "capCut", s.result.capCut);
  add("totale", "expectedTotal", roundCents(s.odds.expectedTotal));
  for (const { p, total } of s.odds.percentiles) add("totale", `p${Math.round(p * 100)}`, total);
  return records;
}

/** Where a block goes: its first sheet row and the number of its table. */
export interface ScenarioSlot {
  firstRow: number;
  number: number;
}

/** The block written for a scenario: a bold title row, then the table. */
export function scenarioBlock(
  s: ScenarioSnapshot,
  slot: ScenarioSlot,
): { cells: LooseCell[]; tables: TablePlan[]; columnWidths: number[] } {
  const rows = scenarioRecords(s).map((record): CellValue[] => [
    record.section,
    record.key,
    record.cohort ?? "",
    record.year ?? "",
    record.value,
    RECORD_LABELS[record.key]?.it ?? record.key,
  ]);
  return {
    cells: [{ row: slot.firstRow, column: 1, value: `Scenario ${slot.number}: ${s.label} (${s.savedAt})`, bold: true }],
    tables: [
      {
        name: `${SCENARIO_TABLE_PREFIX}${slot.number}`,
        row: slot.firstRow + 1,
        column: 1,
        header: [...SCENARIO_HEADER],
        rows,
        numberFormats: SCENARIO_HEADER.map(() => null),
      },
    ],
    columnWidths: COLUMN_WIDTHS,
  };
}

/** The number of a scenario table (H4A_Scenario_7 → 7), or null for another name. */
export function scenarioNumber(tableName: string): number | null {
  const match = new RegExp(`^${SCENARIO_TABLE_PREFIX}(\\d+)$`, "i").exec(tableName);
  return match === null ? null : Number(match[1]);
}

export interface SavedScenario {
  table: string;
  number: number;
  label: string;
  savedAt: string;
  records: ScenarioRecord[];
}

const SECTIONS: readonly ScenarioSection[] = ["scenario", "parametri", "coorte", "anno", "totale"];
const wholeOrNull = (value: CellValue): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null);

/**
 * A scenario table read back (values as Office.js gives them, header row first); null when the
 * table is not one the add-in wrote (another name or header). Rows whose section is unknown are
 * skipped, so a row someone added by hand does not stop the comparison.
 */
export function readScenario(table: string, values: readonly CellValue[][]): SavedScenario | null {
  const number = scenarioNumber(table);
  const [header, ...rows] = values;
  if (number === null || header === undefined || SCENARIO_HEADER.some((h, i) => header[i] !== h)) return null;
  const records: ScenarioRecord[] = [];
  for (const row of rows) {
    const section = String(row[0] ?? "") as ScenarioSection;
    const key = String(row[1] ?? "");
    if (!SECTIONS.includes(section) || key === "") continue;
    records.push({ section, key, cohort: wholeOrNull(row[2] ?? ""), year: wholeOrNull(row[3] ?? ""), value: row[4] ?? "" });
  }
  const text = (key: string): string => String(records.find((r) => r.section === "scenario" && r.key === key)?.value ?? "");
  return { table, number, label: text("label"), savedAt: text("savedAt"), records };
}

export interface ComparedRecord {
  section: ScenarioSection;
  key: string;
  cohort: number | null;
  year: number | null;
  /** undefined where the scenario has no such record (e.g. a cohort only the other one has). */
  a: CellValue | undefined;
  b: CellValue | undefined;
  /** b − a when both are numbers. */
  difference: number | null;
  differs: boolean;
}

const recordKey = (r: Pick<ScenarioRecord, "section" | "key" | "cohort" | "year">): string =>
  `${r.section}|${r.key}|${r.cohort ?? ""}|${r.year ?? ""}`;

/** Two saved scenarios side by side, record by record: a's order, then what only b has. */
export function compareScenarios(a: SavedScenario, b: SavedScenario): ComparedRecord[] {
  const inB = new Map(b.records.map((r) => [recordKey(r), r]));
  const seen = new Set<string>();
  const rows: ComparedRecord[] = [];
  const push = (base: ScenarioRecord, av: CellValue | undefined, bv: CellValue | undefined): void => {
    const numbers = typeof av === "number" && typeof bv === "number";
    // Probabilities computed in a different order may differ in their last binary digit only.
    const differs = numbers ? Math.abs(bv - av) > 1e-12 * Math.max(1, Math.abs(av), Math.abs(bv)) : av !== bv;
    const difference = numbers ? (differs ? Number((bv - av).toPrecision(15)) : 0) : null;
    rows.push({ section: base.section, key: base.key, cohort: base.cohort, year: base.year, a: av, b: bv, difference, differs });
  };
  for (const record of a.records) {
    const key = recordKey(record);
    seen.add(key);
    push(record, record.value, inB.get(key)?.value);
  }
  for (const record of b.records) if (!seen.has(recordKey(record))) push(record, undefined, record.value);
  return rows;
}

/** What a record is, for the pane: "Coorte 2 · Famiglie con stabilità abitativa", "Anno 3 · Pagamento (€)". */
export function recordLabel(record: Pick<ScenarioRecord, "key" | "cohort" | "year">, lang: Lang): string {
  const words = RECORD_LABELS[record.key]?.[lang] ?? record.key;
  if (record.cohort !== null) return `${pick({ it: "Coorte", en: "Cohort" }, lang)} ${record.cohort} · ${words}`;
  if (record.year !== null) return `${pick({ it: "Anno", en: "Year" }, lang)} ${record.year} · ${words}`;
  return words;
}

/** A text value the add-in wrote in Italian (a source, a method), in the pane's language. */
export function localiseText(value: string, lang: Lang): string {
  const words = [...Object.values(SOURCE_WORDS), ...Object.values(METHOD_WORDS)].find((w) => w.it === value);
  return words === undefined ? value : pick(words, lang);
}
