import type { Commitments } from "../../src/engine/commitments/commitments";
import { formatEuro } from "../../src/engine/cells/format";
import { chartLayout, CHART_WIDTH, niceStep } from "../../src/taskpane/ledger/commitmentsChart";

/** The commitments chart's layout: cumulative bars under the cap, labels that fit a 320 px pane. */

const euro = (n: number) => formatEuro(n, "it");

function commitmentsOf(
  years: { paid: number; due: number; planned: number; maximum: number }[],
  cap: number | null,
  first = 2024,
): Commitments {
  const rows = years.map((y, i) => ({ year: first + i, programmeYear: i + 1, calendarYear: first + i, ...y }));
  const sum = (key: "paid" | "due" | "planned" | "maximum") => rows.reduce((s, r) => s + r[key], 0);
  return {
    years: rows,
    totals: { paid: sum("paid"), due: sum("due"), planned: sum("planned"), maximum: sum("maximum") },
    cap,
    headroom: null,
    warnings: [],
  };
}

test("steps are 1, 2, 2.5 or 5 times a power of ten", () => {
  expect([0.7, 1, 1.2, 2.2, 3, 7, 26_400, 37_500].map(niceStep)).toEqual([1, 1, 2, 2.5, 5, 10, 50_000, 50_000]);
});

test("the bars are cumulative, stacked paid, due, planned inside the maximum, under the cap's line", () => {
  const layout = chartLayout(
    commitmentsOf(
      [
        { paid: 13_200, due: 0, planned: 0, maximum: 13_200 },
        { paid: 0, due: 31_200, planned: 0, maximum: 31_200 },
        { paid: 0, due: 0, planned: 52_800, maximum: 66_000 },
      ],
      150_000,
    ),
    euro,
  );
  expect(layout.bars.map((b) => b.cumulative)).toEqual([
    { paid: 13_200, due: 0, planned: 0, maximum: 13_200 },
    { paid: 13_200, due: 31_200, planned: 0, maximum: 44_400 },
    { paid: 13_200, due: 31_200, planned: 52_800, maximum: 110_400 },
  ]);
  expect(layout.bars[2].segments.map((s) => s.series)).toEqual(["paid", "due", "planned"]);
  const [paid, due, planned] = layout.bars[2].segments;
  expect(due.y + due.height).toBeCloseTo(paid.y);
  expect(planned.y + planned.height).toBeCloseTo(due.y);
  expect(layout.bars[2].maximum.y).toBeLessThan(planned.y);
  expect(layout.ticks.map((t) => t.label)).toEqual(["0 €", "50.000 €", "100.000 €", "150.000 €"]);
  expect(layout.cap).toEqual({ y: layout.plot.top, value: 150_000 });
});

test("at 320 units: the longest amount fits left of the axis, and year labels are thinned so that none overlap, the last always shown", () => {
  const years = Array.from({ length: 14 }, () => ({ paid: 0, due: 0, planned: 110_000, maximum: 130_000 }));
  const layout = chartLayout(commitmentsOf(years, 1_500_000), euro);
  expect(layout.width).toBe(CHART_WIDTH);
  const longest = Math.max(...layout.ticks.map((t) => t.label.length));
  expect(longest).toBe("2.000.000 €".length);
  expect(layout.plot.left).toBeGreaterThanOrEqual(longest * 5.4);
  const labelled = layout.bars.filter((b) => b.labelled);
  expect(labelled.at(-1)?.label).toBe("2037");
  expect(labelled.length).toBeLessThan(14);
  labelled.slice(1).forEach((bar, i) => expect(bar.x - labelled[i].x).toBeGreaterThanOrEqual(4 * 5.4 + 4));
  for (const bar of layout.bars) {
    expect(bar.maximum.x).toBeGreaterThanOrEqual(layout.plot.left);
    expect(bar.maximum.x + bar.maximum.width).toBeLessThanOrEqual(layout.plot.right);
  }
});

test("without a cap there is no line, and the scale follows the maximum", () => {
  const layout = chartLayout(commitmentsOf([{ paid: 0, due: 26_400, planned: 0, maximum: 26_400 }], null), euro);
  expect(layout.cap).toBeNull();
  expect(layout.ticks.at(-1)?.value).toBe(30_000);
});
