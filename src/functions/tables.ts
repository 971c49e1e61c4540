import type { SavingRow } from "../engine/payments/saving";
import {
  familiesOverCohort,
  MAX_PROGRAMME_YEARS,
  scheduleFromCohortRows,
  type CohortRow,
  type YearTotal,
} from "../engine/payments/schedule";
import { cellsOf, fraction, isBlank, requiredNumber, wholeNumber } from "./args";
import { badNumber, badValue } from "./guard";
import { pick } from "../engine/cells/lang";
import { displayLanguage } from "./language";
import { valueIn, type ArgName } from "./words";

const COHORT_COLUMNS = 5;

const optionalCount = (value: unknown, name: ArgName): number | null => (isBlank(value) ? null : wholeNumber(value, name, 0));

/** The rows of H4A.SCHEDULE's `cohorts` range: entry year, families, year-1 and year-2 bases, tier. */
export function cohortRowsOf(range: unknown[][]): CohortRow[] {
  const rows = range.filter((row) => !row.every(isBlank));
  if (rows.length === 0) throw badValue({ it: "cohorts: l'intervallo è vuoto.", en: "cohorts: the range is empty." });
  return rows.map((row, index) => {
    const where = `cohorts, riga ${index + 1}`;
    const whereEn = `cohorts, row ${index + 1}`;
    if (row.length !== COHORT_COLUMNS) {
      throw badValue({
        it: `${where}: attese 5 colonne (anno di ingresso, famiglie, esito anno 1, esito anno 2, livello), trovate ${row.length}.`,
        en: `${whereEn}: expected 5 columns (entry year, families, year-1 outcome, year-2 outcome, tier), got ${row.length}.`,
      });
    }
    const [entry, families, year1, year2, tier] = row;
    const cohort: CohortRow = {
      entryYear: wholeNumber(entry, { it: `${where}: anno di ingresso`, en: `${whereEn}: entry year` }, 1),
      families: optionalCount(families, { it: `${where}: famiglie`, en: `${whereEn}: families` }),
      year1: optionalCount(year1, { it: `${where}: famiglie con l'esito dell'anno 1`, en: `${whereEn}: year-1 families` }),
      year2: optionalCount(year2, { it: `${where}: famiglie con l'esito dell'anno 2`, en: `${whereEn}: year-2 families` }),
      tier: isBlank(tier) ? null : fraction(tier, { it: `${where}: livello`, en: `${whereEn}: tier` }),
    };
    const largest = familiesOverCohort(cohort);
    if (largest !== null) {
      throw badNumber({
        it: `${where}: le famiglie che raggiungono un esito (${largest}) superano le famiglie della coorte (${cohort.families}).`,
        en: `${whereEn}: families meeting an outcome (${largest}) exceed the cohort's families (${cohort.families}).`,
      });
    }
    return cohort;
  });
}

/**
 * H4A.SCHEDULE's programme years. What the engine would refuse as out of range — an amount beyond
 * Excel's numbers, cohorts further apart than MAX_PROGRAMME_YEARS — is #NUM! here, in both languages.
 */
export function scheduleYearsOf(rows: CohortRow[], premiumPerFamily: number, shares: [number, number, number]): YearTotal[] {
  const largest = Math.max(...rows.map((row) => Math.max(row.families ?? 0, row.year1 ?? 0, row.year2 ?? 0)));
  if (!Number.isFinite(premiumPerFamily * largest)) {
    throw badNumber({
      it: `cohorts: ${largest} famiglie × ${valueIn(premiumPerFamily, "it")} € superano i numeri di Excel.`,
      en: `cohorts: ${largest} families × €${valueIn(premiumPerFamily, "en")} exceed Excel's numbers.`,
    });
  }
  const first = Math.min(...rows.map((row) => row.entryYear));
  const last = Math.max(...rows.map(lastPaidYear));
  if (last - first + 1 > MAX_PROGRAMME_YEARS) {
    throw badNumber({
      it: `cohorts: le coorti pagano dall'anno di programma ${first} al ${last}, più di ${MAX_PROGRAMME_YEARS} anni.`,
      en: `cohorts: the cohorts pay from programme year ${first} to ${last}, more than ${MAX_PROGRAMME_YEARS} years.`,
    });
  }
  return scheduleFromCohortRows(rows, premiumPerFamily, shares);
}

/** The last programme year a cohort row pays in (its entry year when it pays nothing). */
function lastPaidYear(row: CohortRow): number {
  if (row.families !== null && row.tier !== null) return row.entryYear + 2;
  return row.year2 !== null ? row.entryYear + 1 : row.entryYear;
}

/** H4A.SCHEDULE's spilled result: a header row of text, then programme year, payment, cumulative. */
export function scheduleTable(years: YearTotal[]): (string | number)[][] {
  const header = [
    pick({ it: "Anno di programma", en: "Programme year" }, displayLanguage()),
    pick({ it: "Pagamento", en: "Payment" }, displayLanguage()),
    pick({ it: "Cumulato", en: "Cumulative" }, displayLanguage()),
  ];
  return [header, ...years.map((y) => [y.programmeYear, y.amount, y.cumulative])];
}

/** Pairs each non-blank days cell with its household size (1 when no members range is given). */
export function savingRowsOf(daysRange: unknown[][], membersRange: unknown[][] | undefined | null): SavingRow[] {
  const days = cellsOf(daysRange);
  const members = isBlank(membersRange as unknown) ? null : cellsOf(membersRange);
  if (members && members.length !== days.length) {
    throw badValue({
      it: `members ha ${members.length} celle, daysAvoided ${days.length}: servono intervalli della stessa forma.`,
      en: `members has ${members.length} cells, daysAvoided ${days.length}: the ranges must have the same shape.`,
    });
  }
  const rows: SavingRow[] = [];
  for (let index = 0; index < days.length; index++) {
    const value = days[index];
    if (isBlank(value)) continue;
    rows.push({ days: dayCountOf(value, index), members: members ? membersOf(members[index], index) : 1 });
  }
  return rows;
}

/** A days cell: a number ≥ 0; the argument's name is spelled out only for a cell that is not one. */
function dayCountOf(value: unknown, index: number): number {
  const dayCount = typeof value === "number" && Number.isFinite(value) ? value : requiredNumber(value, `daysAvoided (${index + 1})`);
  if (dayCount < 0) {
    throw badNumber({
      it: `daysAvoided (${index + 1}): ${valueIn(dayCount, "it")} è negativo.`,
      en: `daysAvoided (${index + 1}): ${valueIn(dayCount, "en")} is negative.`,
    });
  }
  return dayCount;
}

/** A members cell: a whole number ≥ 1, as wholeNumber reads it. */
const membersOf = (value: unknown, index: number): number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : wholeNumber(value, `members (${index + 1})`, 1);
