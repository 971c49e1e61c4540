import { formatEuroCents } from "../engine/cells/format";
import type { Lang } from "../engine/cells/lang";
import type { PaymentModel } from "../engine/sheets/paymentModel";
import { say } from "./strings";

/** The payment tables as terminal text: the due tranches, the year-by-year payments, the totals. */

/** Euros with two decimals: "14.400,00 €" / "€14,400.00". */
export const euro = formatEuroCents;

/** "20 %" / "20%", up to one decimal. */
export const percent = (fraction: number, lang: Lang): string => say(lang).percent(fraction);

/** Columns padded to their widest cell; `right` marks the right-aligned ones. */
export function textTable(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function paymentLines(model: PaymentModel, lang: Lang): string[] {
  const { schedule, params } = model;
  const withCalendar = params.firstCalendarYear !== null;
  const t = say(lang);
  const lines: string[] = [];
  lines.push(t.agreementLine(model.premiumPerFamily, params.currentYear, params.shares), "", t.dueTranches);
  const trancheHeader = [
    t.cohortColumn,
    t.cohortYearColumn,
    t.programmeYearColumn,
    ...(withCalendar ? [t.calendarYearColumn] : []),
    t.familiesColumn,
    t.shareColumn,
    t.tierColumn,
    t.amountColumn,
  ];
  const trancheRows = schedule.payments.map((p) => [
    String(p.cohort),
    String(p.cohortYear),
    String(p.programmeYear),
    ...(withCalendar ? [String(p.calendarYear)] : []),
    String(p.families),
    percent(p.share, lang),
    p.tier === null ? "—" : percent(p.tier, lang),
    euro(p.amount, lang),
  ]);
  lines.push(
    ...textTable(
      trancheHeader,
      trancheRows,
      trancheHeader.map((_, c) => c > 0),
    ),
  );
  lines.push("", t.paymentsByYear);
  const yearHeader = [t.programmeYearColumn, ...(withCalendar ? [t.calendarYearColumn] : []), t.paymentColumn, t.cumulativeColumn];
  const yearRows = schedule.years.map((y) => [
    String(y.programmeYear),
    ...(withCalendar ? [String(y.calendarYear)] : []),
    euro(y.amount, lang),
    euro(y.cumulative, lang),
  ]);
  lines.push(
    ...textTable(
      yearHeader,
      yearRows,
      yearHeader.map(() => true),
    ),
  );
  const planned = schedule.planned.reduce((sum, p) => sum + Math.round(p.amount * 100), 0) / 100;
  const ratio = model.net.ratio === null ? "—" : model.net.ratio.toFixed(2);
  lines.push("", t.totalDue(schedule.total, schedule.capCut, planned), t.savingLine(model.saving.total, model.net.net, ratio));
  return lines;
}
