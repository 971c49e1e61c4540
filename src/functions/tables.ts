import type { SavingRow } from "../engine/payments/saving";
import { familiesOverCohort, type CohortRow, type YearTotal } from "../engine/payments/schedule";
import { fraction, isBlank, requiredNumber, wholeNumber } from "./args";
import { badNumber, badValue } from "./guard";
import { pick } from "../engine/cells/lang";
import { displayLanguage } from "./language";

const COHORT_COLUMNS = 5;

const optionalCount = (value: unknown, name: string): number | null => (isBlank(value) ? null : wholeNumber(value, name, 0));

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
      entryYear: wholeNumber(entry, `${whereEn}: entry year`, 1),
      families: optionalCount(families, `${whereEn}: families`),
      year1: optionalCount(year1, `${whereEn}: year-1 families`),
      year2: optionalCount(year2, `${whereEn}: year-2 families`),
      tier: isBlank(tier) ? null : fraction(tier, `${whereEn}: tier`),
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
  const days = daysRange.flat();
  const members = isBlank(membersRange as unknown) ? null : (membersRange as unknown[][]).flat();
  if (members && members.length !== days.length) {
    throw badValue({
      it: `members ha ${members.length} celle, daysAvoided ${days.length}: servono intervalli della stessa forma.`,
      en: `members has ${members.length} cells, daysAvoided ${days.length}: the ranges must have the same shape.`,
    });
  }
  const rows: SavingRow[] = [];
  days.forEach((value, index) => {
    if (isBlank(value)) return;
    const dayCount = requiredNumber(value, `daysAvoided (${index + 1})`);
    if (dayCount < 0) {
      throw badNumber({
        it: `daysAvoided (${index + 1}): ${dayCount} è negativo.`,
        en: `daysAvoided (${index + 1}): ${dayCount} is negative.`,
      });
    }
    rows.push({ days: dayCount, members: members ? wholeNumber(members[index], `members (${index + 1})`, 1) : 1 });
  });
  return rows;
}
