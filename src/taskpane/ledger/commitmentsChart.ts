import type { Commitments } from "../../engine/commitments/commitments";
import { wholeCents } from "../../engine/cells/rounding";

/**
 * The layout of the commitments chart (MECHANISM.md §11), as plain numbers: one bar per year,
 * cumulative — what is paid, due and planned up to that year, stacked — inside the outline of
 * the cumulative maximum, against the agreement's cap as a horizontal line. Drawn in a
 * 320-unit-wide view box (the narrowest task pane), so that at 320 px every label is at its
 * design size and nothing is cut; wider panes scale it up.
 */

export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 220;
export const FONT_SIZE = 9;
/** An upper bound of a 9-unit character's width, so that labels are given room enough. */
const CHAR_WIDTH = 5.4;
const TOP = 26;
const BOTTOM = 22;
const RIGHT = 8;
const MIN_LEFT = 30;
const TICKS = 4;

export type Series = "paid" | "due" | "planned";
export const SERIES: readonly Series[] = ["paid", "due", "planned"];

export interface ChartSegment {
  series: Series;
  y: number;
  height: number;
}

export interface ChartBar {
  /** The year as its axis shows it. */
  label: string;
  /** Whether the axis prints the label (every one, or every k-th when they would overlap). */
  labelled: boolean;
  /** The centre of the bar. */
  x: number;
  width: number;
  segments: ChartSegment[];
  /** The outline of the cumulative maximum. */
  maximum: { x: number; width: number; y: number; height: number };
  /** Cumulative amounts up to this year. */
  cumulative: { paid: number; due: number; planned: number; maximum: number };
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; y: number; label: string }[];
  bars: ChartBar[];
  /** The cap's line, or null without a cap. */
  cap: { y: number; value: number } | null;
}

/** 1, 2, 2.5 or 5 × 10^k: the smallest such step at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough * (1 - 1e-9)) as number;
  return step * power;
}

export function chartLayout(commitments: Commitments, money: (amount: number) => string): ChartLayout {
  const sums = { paid: 0, due: 0, planned: 0, maximum: 0 };
  const running = commitments.years.map((year) => {
    sums.paid += wholeCents(year.paid);
    sums.due += wholeCents(year.due);
    sums.planned += wholeCents(year.planned);
    sums.maximum += wholeCents(year.maximum);
    return { year: year.year, paid: sums.paid / 100, due: sums.due / 100, planned: sums.planned / 100, maximum: sums.maximum / 100 };
  });
  const highest = Math.max(0, commitments.cap ?? 0, ...running.map((r) => Math.max(r.maximum, r.paid + r.due + r.planned)));
  const step = niceStep(highest / TICKS);
  const top = Math.max(step, Math.ceil(highest / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const tickLabels = ticks.map(money);

  const left = Math.max(MIN_LEFT, Math.ceil(Math.max(...tickLabels.map((t) => t.length)) * CHAR_WIDTH) + 6);
  const plot = { left, top: TOP, right: CHART_WIDTH - RIGHT, bottom: CHART_HEIGHT - BOTTOM };
  const y = (amount: number): number => plot.bottom - (amount / top) * (plot.bottom - plot.top);

  const band = (plot.right - plot.left) / Math.max(1, running.length);
  const barWidth = Math.min(band * 0.56, 34);
  const outlineWidth = Math.min(band * 0.84, barWidth + 8);
  // Year labels that would overlap are thinned to every k-th; the last year is always labelled.
  const widest = Math.max(0, ...running.map((r) => String(r.year).length)) * CHAR_WIDTH + 4;
  const every = Math.max(1, Math.ceil(widest / band));
  const labelled = running.map((_, i) => i % every === 0);
  const last = running.length - 1;
  if (last > 0 && !labelled[last]) {
    labelled[last] = true;
    const previous = last - (last % every);
    if ((last - previous) * band < widest) labelled[previous] = false;
  }

  const bars = running.map((r, i): ChartBar => {
    const x = plot.left + band * (i + 0.5);
    const segments: ChartSegment[] = [];
    let base = 0;
    for (const series of SERIES) {
      const amount = r[series];
      if (amount > 0) segments.push({ series, y: y(base + amount), height: y(base) - y(base + amount) });
      base += amount;
    }
    return {
      label: String(r.year),
      labelled: labelled[i],
      x,
      width: barWidth,
      segments,
      maximum: { x: x - outlineWidth / 2, width: outlineWidth, y: y(r.maximum), height: plot.bottom - y(r.maximum) },
      cumulative: { paid: r.paid, due: r.due, planned: r.planned, maximum: r.maximum },
    };
  });

  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot,
    ticks: ticks.map((value, i) => ({ value, y: y(value), label: tickLabels[i] })),
    bars,
    cap: commitments.cap === null ? null : { y: y(commitments.cap), value: commitments.cap },
  };
}
