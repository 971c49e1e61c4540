import { formatEuroCents } from "../engine/cells/format";
import { type Lang, pick } from "../engine/cells/lang";
import type { PaymentModel } from "../engine/sheets/paymentModel";

/** The payment tables as terminal text: the due tranches, the year-by-year payments, the totals. */

/** Euros with two decimals: "14.400,00 €" / "€14,400.00". */
export const euro = formatEuroCents;

/** "20 %" / "20%", up to one decimal. */
export function percent(fraction: number, lang: Lang): string {
  const text = String(Number((fraction * 100).toFixed(1)));
  return pick({ it: `${text.replace(".", ",")} %`, en: `${text}%` }, lang);
}

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
  const lines: string[] = [];
  lines.push(
    pick(
      {
        it: `Accordo: premio per famiglia ${euro(model.premiumPerFamily, "it")}; anno corrente ${params.currentYear}; quote ${params.shares.map((s) => percent(s, "it")).join(" · ")}.`,
        en: `Agreement: premium per family ${euro(model.premiumPerFamily, "en")}; current year ${params.currentYear}; shares ${params.shares.map((s) => percent(s, "en")).join(" · ")}.`,
      },
      lang,
    ),
    "",
    pick({ it: "Tranche dovute", en: "Due tranches" }, lang),
  );
  const trancheHeader = [
    pick({ it: "Coorte", en: "Cohort" }, lang),
    pick({ it: "Anno di percorso", en: "Cohort year" }, lang),
    pick({ it: "Anno di programma", en: "Programme year" }, lang),
    ...(withCalendar ? [pick({ it: "Anno solare", en: "Calendar year" }, lang)] : []),
    pick({ it: "Famiglie", en: "Families" }, lang),
    pick({ it: "Quota", en: "Share" }, lang),
    pick({ it: "Livello", en: "Tier" }, lang),
    pick({ it: "Importo", en: "Amount" }, lang),
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
  lines.push("", pick({ it: "Pagamenti per anno di programma", en: "Payments by programme year" }, lang));
  const yearHeader = [
    pick({ it: "Anno di programma", en: "Programme year" }, lang),
    ...(withCalendar ? [pick({ it: "Anno solare", en: "Calendar year" }, lang)] : []),
    pick({ it: "Pagamento", en: "Payment" }, lang),
    pick({ it: "Cumulato", en: "Cumulative" }, lang),
  ];
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
  lines.push(
    "",
    pick(
      {
        it: `Totale dovuto: ${euro(schedule.total, "it")} (tagliato dal tetto: ${euro(schedule.capCut, "it")}); ancora da maturare, al massimo: ${euro(planned, "it")}.`,
        en: `Total due: ${euro(schedule.total, "en")} (cut by the cap: ${euro(schedule.capCut, "en")}); still to come, at most: ${euro(planned, "en")}.`,
      },
      lang,
    ),
    pick(
      {
        it: `Risparmio del Comune: ${euro(model.saving.total, "it")}; risparmio netto: ${euro(model.net.net, "it")} (risparmio / pagamenti: ${ratio.replace(".", ",")}).`,
        en: `City's saving: ${euro(model.saving.total, "en")}; net saving: ${euro(model.net.net, "en")} (saving / payments: ${ratio}).`,
      },
      lang,
    ),
  );
  return lines;
}
