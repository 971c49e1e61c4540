import type { Spread } from "./measure";

/** One printed row: a budget of issue 14, or an extra figure (no budget). */
export interface Row {
  what: string;
  unit: string;
  spread: Spread;
  /** The budget in words, e.g. "≤ 200 ms"; absent for an extra row. */
  budget?: string;
  /** Whether the median keeps the budget; absent for an extra row. */
  within?: boolean;
  /** What else the run measured (sizes, counts, peak memory). */
  detail?: string;
}

const figure = (value: number, unit: string): string => {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
};

/** `what | median | min | max | budget | within?`, and the detail on the line below. */
export function formatRow(row: Row): string {
  const { median, min, max, runs } = row.spread;
  const cells = [
    row.what,
    figure(median, row.unit),
    figure(min, row.unit),
    figure(max, row.unit),
    row.budget ?? "—",
    row.within === undefined ? "—" : row.within ? "yes" : "NO",
  ];
  const line = `${cells.join(" | ")} (${runs} run${runs === 1 ? "" : "s"})`;
  return row.detail === undefined ? line : `${line}\n    ${row.detail}`;
}

/** Prints a row as soon as it is measured and keeps it for results.json. */
export class Rows {
  readonly list: Row[] = [];

  add(row: Row): Row {
    this.list.push(row);
    console.log(formatRow(row));
    return row;
  }
}
