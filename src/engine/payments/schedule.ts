import { formatEuro } from "../cells/format";
import { isValidCohort, type CohortOutcome } from "./cohorts";
import { floorDiv, shortestFraction } from "../cells/decimal";
import type { Params } from "../agreement/params";
import { parameterIssue } from "../issues/parameterIssue";
import { fromCents, roundCents, toCents } from "../cells/rounding";
import type { Issue } from "../types";

export type CohortYear = 1 | 2 | 3;

export interface Payment {
  cohort: number;
  cohortYear: CohortYear;
  /** cohort + cohortYear − 1. */
  programmeYear: number;
  /** firstCalendarYear + programmeYear − 1, or null without firstCalendarYear. */
  calendarYear: number | null;
  /** The base: families the tranche is paid for. */
  families: number;
  share: number;
  /** The year-3 tier factor; null for cohort years 1 and 2. */
  tier: number | null;
  amountBeforeCap: number;
  amount: number;
  due: boolean;
}

export interface YearTotal {
  programmeYear: number;
  calendarYear: number | null;
  amount: number;
  cumulative: number;
}

export interface Schedule {
  /** Due tranches, ordered by programme year, then cohort; amounts after the cap. */
  payments: Payment[];
  /**
   * Tranches not yet due, in the same order, at the most that could be paid: base = every family
   * of the cohort (for year 3, the year-3 base), tier 1, not capped.
   */
  planned: Payment[];
  /** Due payments per programme year, from the first to the last year with a due payment, no gaps. */
  years: YearTotal[];
  total: number;
  /** What the cap cut from the due payments. */
  capCut: number;
  issues: Issue[];
}

/** The widest span of programme years a schedule lists. */
export const MAX_PROGRAMME_YEARS = 10_000;

/** Raised when amounts or years leave the range a schedule can hold; carries the issue to report. */
export class ScheduleRangeError extends RangeError {
  constructor(readonly issue: Issue) {
    super(issue.message.en);
    this.name = "ScheduleRangeError";
  }
}

const COHORT_YEARS: readonly CohortYear[] = [1, 2, 3];

/** ROUND(share × premium per family × base × tier, 2), multiplied in exactly this order. */
export function trancheAmount(share: number, premiumPerFamily: number, base: number, tier: number): number {
  return roundCents(share * premiumPerFamily * base * tier);
}

/**
 * The tranches of every cohort that has entered (cohort ≤ currentYear): due ones are payments,
 * capped in order (programme year, then cohort); later ones are planned.
 * Throws a ScheduleRangeError when an amount is not a finite number or the years span more than
 * MAX_PROGRAMME_YEARS.
 */
export function paymentSchedule(outcomes: CohortOutcome[], p: Params, premiumPerFamily: number): Schedule {
  const entered = outcomes.filter((o) => isValidCohort(o.cohort) && o.cohort <= p.currentYear);
  const tranches = entered.flatMap((o) => COHORT_YEARS.map((k) => tranche(o, k, p, premiumPerFamily)));
  const unfit = tranches.find((t) => !Number.isFinite(t.amountBeforeCap));
  if (unfit !== undefined) throw new ScheduleRangeError(amountRangeIssue(unfit.amountBeforeCap));
  const due = tranches.filter((t) => t.due).sort(byProgrammeYearThenCohort);
  const planned = tranches.filter((t) => !t.due).sort(byProgrammeYearThenCohort);
  const { payments, capCut } = applyCap(due, p.cap);

  const totalCents = centsOf(payments);
  const plannedCents = centsOf(planned);
  const total = fromCents(totalCents);
  const committed = fromCents(totalCents + plannedCents);
  if (!Number.isFinite(committed)) throw new ScheduleRangeError(amountRangeIssue(committed));
  const years = yearTotals(
    payments.map((pay) => ({ programmeYear: pay.programmeYear, cents: toCents(pay.amount) })),
    payments.length === 0 ? 0 : payments[0].programmeYear,
    p.firstCalendarYear,
  );
  if (years === null) throw new ScheduleRangeError(yearRangeIssue(p.currentYear));

  const issues: Issue[] = [];
  const enteredFamilies = entered.reduce((sum, o) => sum + o.families, 0);
  if (p.plannedFamilies !== null && enteredFamilies > p.plannedFamilies) {
    issues.push(familiesExceedPlannedIssue(enteredFamilies, p.plannedFamilies));
  }
  if (p.totalPremium !== null && committed > p.totalPremium) {
    issues.push(paymentsExceedTotalIssue(total, fromCents(plannedCents), p.totalPremium));
  }
  return { payments, planned, years, total, capCut: fromCents(capCut), issues };
}

export interface CohortRow {
  entryYear: number;
  families: number | null;
  year1: number | null;
  year2: number | null;
  tier: number | null;
}

/** The families of a cohort row meeting a year-1 or year-2 outcome, when more than the cohort's families (a base never exceeds its cohort); else null. */
export function familiesOverCohort(row: CohortRow): number | null {
  const largest = Math.max(row.year1 ?? 0, row.year2 ?? 0);
  return row.families !== null && largest > row.families ? largest : null;
}

/**
 * Programme-year totals of a table of cohorts (H4A.SCHEDULE): every known tranche counted, no
 * cap, no current year. Year 1 = share1 × ppf × year1, year 2 = share2 × ppf × year2, year 3 =
 * share3 × ppf × families × tier; a null count or tier leaves that tranche out. Years run from the
 * first entry year to the last year with a known tranche, with 0 where nothing is paid.
 * Throws a RangeError on an entry year that is not a whole number ≥ 1, a count that is not a
 * whole number ≥ 0, a tier, premium or share that is not a finite number ≥ 0, or a span of
 * years over MAX_PROGRAMME_YEARS.
 */
export function scheduleFromCohortRows(rows: CohortRow[], premiumPerFamily: number, shares: [number, number, number]): YearTotal[] {
  requireAmount("premium per family", premiumPerFamily);
  shares.forEach((share, i) => requireAmount(`share ${i + 1}`, share));
  const entries: { programmeYear: number; cents: bigint }[] = [];
  rows.forEach((row, i) => {
    const where = `row ${i + 1}`;
    if (!isValidCohort(row.entryYear)) {
      throw new RangeError(`${where}: the entry year must be a whole number ≥ 1, got ${row.entryYear}.`);
    }
    for (const [name, count] of [
      ["families", row.families],
      ["year 1", row.year1],
      ["year 2", row.year2],
    ] as const) {
      if (count !== null && !(Number.isInteger(count) && count >= 0)) {
        throw new RangeError(`${where}: ${name} must be a whole number ≥ 0, got ${count}.`);
      }
    }
    if (row.tier !== null) requireAmount(`${where}: tier`, row.tier);
    const add = (cohortYear: CohortYear, amount: number): void => {
      if (!Number.isFinite(amount)) throw new RangeError(`${where}: the amount of cohort year ${cohortYear} is out of range.`);
      entries.push({ programmeYear: row.entryYear + cohortYear - 1, cents: toCents(amount) });
    };
    if (row.year1 !== null) add(1, trancheAmount(shares[0], premiumPerFamily, row.year1, 1));
    if (row.year2 !== null) add(2, trancheAmount(shares[1], premiumPerFamily, row.year2, 1));
    if (row.families !== null && row.tier !== null) add(3, trancheAmount(shares[2], premiumPerFamily, row.families, row.tier));
  });
  if (entries.length === 0) return [];
  const first = rows.reduce((min, row) => Math.min(min, row.entryYear), Infinity);
  const years = yearTotals(entries, first, null);
  if (years === null) throw new RangeError(`The cohorts span more than ${MAX_PROGRAMME_YEARS} programme years.`);
  return years;
}

function tranche(o: CohortOutcome, cohortYear: CohortYear, p: Params, premiumPerFamily: number): Payment {
  const programmeYear = o.cohort + cohortYear - 1;
  const due = programmeYear <= p.currentYear;
  const share = p.shares[cohortYear - 1];
  const dueBase = [o.year1Base, o.year2Base, o.year3Base][cohortYear - 1];
  const families = due ? dueBase : cohortYear === 3 ? o.year3Base : o.families;
  const tier = cohortYear === 3 ? (due ? o.tier.factor : 1) : null;
  const amount = trancheAmount(share, premiumPerFamily, families, tier ?? 1);
  return {
    cohort: o.cohort,
    cohortYear,
    programmeYear,
    calendarYear: calendarYearOf(programmeYear, p.firstCalendarYear),
    families,
    share,
    tier,
    amountBeforeCap: amount,
    amount,
    due,
  };
}

const byProgrammeYearThenCohort = (a: Payment, b: Payment): number => a.programmeYear - b.programmeYear || a.cohort - b.cohort;

const calendarYearOf = (programmeYear: number, firstCalendarYear: number | null): number | null =>
  firstCalendarYear === null ? null : firstCalendarYear + programmeYear - 1;

const centsOf = (payments: Payment[]): bigint => payments.reduce((sum, pay) => sum + toCents(pay.amount), 0n);

/** The cap in whole cents, taken down to the cent so nothing above it is ever paid. */
export const capCents = (cap: number): bigint => {
  const { num, den } = shortestFraction(cap);
  return floorDiv(num * 100n, den);
};

function applyCap(due: Payment[], cap: number | null): { payments: Payment[]; capCut: bigint } {
  if (cap === null) return { payments: due, capCut: 0n };
  let left = capCents(cap);
  let cut = 0n;
  const payments = due.map((pay) => {
    const before = toCents(pay.amountBeforeCap);
    const paid = before < left ? before : left;
    left -= paid;
    cut += before - paid;
    return { ...pay, amount: fromCents(paid) };
  });
  return { payments, capCut: cut };
}

/** Dense totals from `first` to the last entry's year; null when that spans too many years. */
function yearTotals(
  entries: { programmeYear: number; cents: bigint }[],
  first: number,
  firstCalendarYear: number | null,
): YearTotal[] | null {
  if (entries.length === 0) return [];
  const last = entries.reduce((max, e) => Math.max(max, e.programmeYear), first);
  if (last - first + 1 > MAX_PROGRAMME_YEARS) return null;
  const byYear = new Map<number, bigint>();
  for (const e of entries) byYear.set(e.programmeYear, (byYear.get(e.programmeYear) ?? 0n) + e.cents);
  const years: YearTotal[] = [];
  let running = 0n;
  for (let programmeYear = first; programmeYear <= last; programmeYear++) {
    const cents = byYear.get(programmeYear) ?? 0n;
    running += cents;
    years.push({
      programmeYear,
      calendarYear: calendarYearOf(programmeYear, firstCalendarYear),
      amount: fromCents(cents),
      cumulative: fromCents(running),
    });
  }
  return years;
}

function requireAmount(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`The ${name} must be a number ≥ 0, got ${value}.`);
}

function familiesExceedPlannedIssue(entered: number, planned: number): Issue {
  return parameterIssue("families-exceed-planned", "warning", "plannedFamilies", planned, {
    it: `Sono entrate ${entered} famiglie, più delle ${planned} previste: i pagamenti superano il totale previsto.`,
    en: `${entered} families have entered, more than the ${planned} planned: the payments exceed the planned total.`,
  });
}

function paymentsExceedTotalIssue(due: number, planned: number, totalPremium: number): Issue {
  return parameterIssue("payments-exceed-total-premium", "warning", "totalPremium", totalPremium, {
    it: `I pagamenti dovuti (${formatEuro(due, "it")}) più quelli ancora da maturare (${formatEuro(planned, "it")}) superano il premio complessivo dell'accordo (${formatEuro(totalPremium, "it")}).`,
    en: `The payments due (${formatEuro(due, "en")}) plus those still to come (${formatEuro(planned, "en")}) exceed the agreement's total premium (${formatEuro(totalPremium, "en")}).`,
  });
}

function amountRangeIssue(amount: number): Issue {
  return parameterIssue("amount-out-of-range", "error", "premiumPerFamily", String(amount), {
    it: "Gli importi superano l'intervallo calcolabile: controllare il premio per famiglia e il numero di famiglie.",
    en: "The amounts exceed the range that can be computed: check the premium per family and the number of families.",
  });
}

function yearRangeIssue(currentYear: number): Issue {
  return parameterIssue("years-out-of-range", "error", "currentYear", currentYear, {
    it: `I pagamenti si estendono su più di ${MAX_PROGRAMME_YEARS} anni di programma: controllare l'anno corrente e le coorti.`,
    en: `The payments span more than ${MAX_PROGRAMME_YEARS} programme years: check the current year and the cohorts.`,
  });
}
