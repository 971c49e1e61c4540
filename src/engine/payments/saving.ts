import { DAYS_PER_MONTH, monthsBetween } from "../cells/calendar";
import type { Params } from "../agreement/params";
import { roundCents } from "../cells/rounding";
import type { Family } from "../types";

export interface FamilySaving {
  row: number;
  id: string | null;
  days: number;
  /** days × dailyCost × members, unrounded. */
  saving: number;
}

export interface CostSaving {
  /** The sum of the families' savings, rounded to the cent once. */
  total: number;
  /** Rows of the families left out: members not a whole number ≥ 1, or days avoided unknown. */
  excluded: number[];
}

/** One family's days avoided and household size, as H4A.COSTSAVING receives them. */
export interface SavingRow {
  days: number;
  members: number;
}

export interface NetSaving {
  /** saving − payments, to the cent. */
  net: number;
  /** saving / payments; null when nothing was paid. */
  ratio: number | null;
}

const isAmount = (x: number | null): x is number => x !== null && Number.isFinite(x) && x >= 0;

/**
 * The months a family waited: its waiting months if given, else the months between request and
 * contract; null when unknown (a contract dated before the request counts as unknown).
 */
export function waitingMonths(f: Family): number | null {
  if (isAmount(f.waitMonths)) return f.waitMonths;
  if (f.requestDate === null || f.contractDate === null) return null;
  const months = monthsBetween(f.requestDate, f.contractDate);
  return isAmount(months) ? months : null;
}

/**
 * Days in temporary accommodation avoided (§6): the family's own figure if given, else
 * max(0, counterfactualMonths − waiting months) × 365.25 / 12; null when the wait is unknown.
 */
export function daysAvoided(f: Family, p: Params): number | null {
  // Math.max also turns a −0 into 0.
  if (isAmount(f.daysAvoided)) return Math.max(0, f.daysAvoided);
  const waited = waitingMonths(f);
  if (waited === null) return null;
  return Math.max(0, p.counterfactualMonths - waited) * DAYS_PER_MONTH;
}

/** The household size when it is a whole number ≥ 1, else null (the family is left out). */
const wholeMembers = (members: number | null): number | null =>
  members !== null && Number.isInteger(members) && members >= 1 ? members : null;

/**
 * The City's saving (§6): days × dailyCost × members, summed unrounded in row order, rounded once.
 * The families come in sheet order as a rule (rows rising): then the sum is made in the one pass,
 * with no list of savings (familySavings gives it).
 */
export function costSaving(families: Family[], p: Params): CostSaving {
  const excluded: number[] = [];
  let total = 0;
  let rowsRising = true;
  let lastRow = -Infinity;
  for (const f of families) {
    const members = wholeMembers(f.members);
    const days = members === null ? null : daysAvoided(f, p);
    if (members === null || days === null) {
      excluded.push(f.row);
      continue;
    }
    if (!(f.row > lastRow)) rowsRising = false;
    lastRow = f.row;
    total += days * p.dailyCost * members;
  }
  excluded.sort((a, b) => a - b);
  if (!rowsRising) {
    // Rows repeat or come out of order: summed in the sorted order, so the total never depends on the input's.
    total = 0;
    for (const { saving } of familySavings(families, p)) total += saving;
  }
  return { total: roundCents(total), excluded };
}

/** The saving of every family counted (§6), by row: what costSaving sums. */
export function familySavings(families: Family[], p: Params): FamilySaving[] {
  const counted: FamilySaving[] = [];
  for (const f of families) {
    const members = wholeMembers(f.members);
    const days = members === null ? null : daysAvoided(f, p);
    if (members === null || days === null) continue;
    // As costSavingOf multiplies them, so that the sheet's formulas give the same sum.
    counted.push({ row: f.row, id: f.id, days, saving: days * p.dailyCost * members });
  }
  return counted.sort(byRowThenContent);
}

/** Σ days × dailyCost × members over the rows in their order, unrounded, then rounded to the cent once. */
export function costSavingOf(rows: readonly SavingRow[], dailyCost: number): number {
  return roundCents(rows.reduce((sum, row) => sum + row.days * dailyCost * row.members, 0));
}

/** The City's net saving: saving − payments to the cent, and saving / payments. */
export function netSaving(saving: number, payments: number): NetSaving {
  return { net: roundCents(saving - payments), ratio: payments === 0 ? null : saving / payments };
}

/** Row first; the rest only orders rows that repeat, so the order never depends on the input's. */
function byRowThenContent(a: FamilySaving, b: FamilySaving): number {
  return (
    compare(a.row, b.row) ||
    compare(a.id === null ? 0 : 1, b.id === null ? 0 : 1) ||
    compare(a.id ?? "", b.id ?? "") ||
    compare(a.days, b.days) ||
    compare(a.saving, b.saving)
  );
}

function compare<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
