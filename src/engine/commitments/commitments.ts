import type { CohortOutcome } from "../payments/cohorts";
import { plannedEnrolmentOf, type Params } from "../agreement/params";
import { fromCents, toCents } from "../cells/rounding";
import { capCents, MAX_PROGRAMME_YEARS, ScheduleRangeError } from "../payments/schedule";
import type { Issue } from "../types";
import { entryYears, laterTranches, type LaterTranche } from "./entryYears";
import { amountRangeIssue, enrolmentExceedsPlanIssue, maximumExceedsCapIssue, yearRangeIssue } from "./issues";

export interface CommitmentInput {
  /** Every cohort that entered (cohort ≤ currentYear), one outcome per cohort; later cohorts are ignored. */
  outcomes: CohortOutcome[];
  params: Params;
  premiumPerFamily: number;
  /** Paid per programme year, from the ledger (recorded years). */
  paidByYear: ReadonlyMap<number, number>;
  /** Due per programme year not recorded (≤ currentYear): the computed amount plus the true-ups applied. */
  dueByYear: ReadonlyMap<number, number>;
}

export interface CommitmentYear {
  /** The calendar year when firstCalendarYear is known, else the programme year. */
  year: number;
  programmeYear: number;
  /** firstCalendarYear + programmeYear − 1, or null without firstCalendarYear. */
  calendarYear: number | null;
  paid: number;
  due: number;
  planned: number;
  maximum: number;
}

export interface CommitmentTotals {
  paid: number;
  due: number;
  planned: number;
  maximum: number;
}

export interface Commitments {
  years: CommitmentYear[];
  totals: CommitmentTotals;
  /** The cap as applied (taken down to the cent), or null without a cap. */
  cap: number | null;
  /** cap − (total paid + total due + total planned); negative when over; null without a cap. */
  headroom: number | null;
  warnings: Issue[];
}

interface YearCents {
  paid: bigint;
  due: bigint;
  planned: bigint;
  maximum: bigint;
}

/**
 * The commitments for the City's budget (MECHANISM.md §11), per programme year, every amount
 * summed in whole cents:
 *
 * - **Years** run from programme year 1 to the last year a cohort that entered or an entry year of
 *   the plan pays in (entry year + 2), and on to the last year in `paidByYear` or `dueByYear`, so
 *   no amount is left out; no gaps. `year` is firstCalendarYear + programmeYear − 1 when
 *   firstCalendarYear is known, else the programme year.
 * - **Entry years** are every year from 1 to the last cohort that entered or the last year of the
 *   plan (`plannedEnrolmentOf(params)`): actual families (0 where none entered) and planned
 *   families (0 beyond the plan). An entry year of the plan up to the current year in which no
 *   family has entered yet is still planned.
 * - **paid** = `paidByYear`, **due** = `dueByYear` (0 where absent; each taken to the cent).
 * - **planned** (programme years after `currentYear` only): every tranche of every entry year
 *   falling after the current year, on the entry year's planned families at the full tier:
 *   ROUND(share_k × premium × planned, 2).
 * - **maximum** = paid + due, plus, for programme years after `currentYear`, the same tranches on
 *   max(actual base, planned families) at the full tier: the actual base is every family of the
 *   cohort in cohort years 1 and 2 and its year-3 base in year 3 (leavers left out when
 *   leaversInDenominator is false), as the schedule's planned tranches. So in every year
 *   maximum ≥ paid + due + planned.
 * - **cap** is taken down to the cent (as the schedule applies it); **headroom** = cap − (total
 *   paid + total due + total planned), negative when over; both null without a cap.
 * - **Warnings**: `enrolment-exceeds-plan` for each entry year whose actual families exceed its
 *   planned families, only when a plan exists (an entry year beyond it counts as planned 0);
 *   `maximum-exceeds-cap` when the total maximum exceeds the cap.
 *
 * Throws a RangeError when the premium is not a finite number ≥ 0, a map holds a programme year
 * that is not a whole number ≥ 1 or an amount that is not finite, or a cohort is listed twice;
 * a ScheduleRangeError when an amount or the span of years leaves the range that can be computed.
 */
export function commitments(input: CommitmentInput): Commitments {
  const { params: p, premiumPerFamily } = input;
  if (!(Number.isFinite(premiumPerFamily) && premiumPerFamily >= 0)) {
    throw new RangeError(`The premium per family must be a number ≥ 0, got ${premiumPerFamily}.`);
  }
  const paid = centsByYear("paidByYear", input.paidByYear);
  const due = centsByYear("dueByYear", input.dueByYear);
  const entries = entryYears(input.outcomes, p);
  const last = lastYear(entries.length === 0 ? 0 : entries.length + 2, [...paid.keys(), ...due.keys()], p);
  const later = entries.flatMap((e) => laterTranches(e, p, premiumPerFamily));

  const cents: YearCents[] = Array.from({ length: last }, (_, i) => {
    const paidCents = paid.get(i + 1) ?? 0n;
    const dueCents = due.get(i + 1) ?? 0n;
    return { paid: paidCents, due: dueCents, planned: 0n, maximum: paidCents + dueCents };
  });
  for (const t of later) addTranche(cents[t.programmeYear - 1], t);

  const years = cents.map((c, i) => yearOf(i + 1, c, p.firstCalendarYear));
  const sum = (pick: (c: YearCents) => bigint): bigint => cents.reduce((s, c) => s + pick(c), 0n);
  const total: YearCents = {
    paid: sum((c) => c.paid),
    due: sum((c) => c.due),
    planned: sum((c) => c.planned),
    maximum: sum((c) => c.maximum),
  };

  const warnings: Issue[] = [];
  const planLength = plannedEnrolmentOf(p).length;
  if (planLength > 0) {
    for (const e of entries) if (e.families > e.planned) warnings.push(enrolmentExceedsPlanIssue(e, planLength, p));
  }
  const cap = p.cap === null ? null : capCents(p.cap);
  if (cap !== null && total.maximum > cap) warnings.push(maximumExceedsCapIssue(fromCents(total.maximum), fromCents(cap)));

  return {
    years,
    totals: {
      paid: fromCents(total.paid),
      due: fromCents(total.due),
      planned: fromCents(total.planned),
      maximum: fromCents(total.maximum),
    },
    cap: cap === null ? null : fromCents(cap),
    headroom: cap === null ? null : fromCents(cap - total.paid - total.due - total.planned),
    warnings,
  };
}

function addTranche(year: YearCents, t: LaterTranche): void {
  if (!Number.isFinite(t.maximumAmount) || !Number.isFinite(t.plannedAmount)) {
    throw new ScheduleRangeError(amountRangeIssue(t.maximumAmount));
  }
  year.planned += toCents(t.plannedAmount);
  year.maximum += toCents(t.maximumAmount);
}

function yearOf(programmeYear: number, c: YearCents, firstCalendarYear: number | null): CommitmentYear {
  const calendarYear = firstCalendarYear === null ? null : firstCalendarYear + programmeYear - 1;
  return {
    year: calendarYear ?? programmeYear,
    programmeYear,
    calendarYear,
    paid: fromCents(c.paid),
    due: fromCents(c.due),
    planned: fromCents(c.planned),
    maximum: fromCents(c.maximum),
  };
}

/** The amounts of a map in whole cents; throws a RangeError on a bad year or amount. */
function centsByYear(name: string, byYear: ReadonlyMap<number, number>): Map<number, bigint> {
  const cents = new Map<number, bigint>();
  for (const [year, amount] of byYear) {
    if (!(Number.isInteger(year) && year >= 1))
      throw new RangeError(`${name}: the programme year must be a whole number ≥ 1, got ${year}.`);
    if (!Number.isFinite(amount))
      throw new RangeError(`${name}: the amount of programme year ${year} must be a finite number, got ${amount}.`);
    cents.set(year, toCents(amount));
  }
  return cents;
}

/** The last programme year listed: the entry years' last tranche or the last year with an amount. */
function lastYear(lastTrancheYear: number, amountYears: number[], p: Params): number {
  const last = amountYears.reduce((max, year) => Math.max(max, year), lastTrancheYear);
  if (last > MAX_PROGRAMME_YEARS) throw new ScheduleRangeError(yearRangeIssue(p.currentYear));
  return last;
}
