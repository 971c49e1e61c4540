import { fromCents, toCents } from "../cells/rounding";
import type { PlannedCell, TablePlan } from "./workbookPlan";
import { formula } from "./formulaText";
import { EURO_FORMAT, TABLE_NAMES, YEAR_FORMAT } from "./paymentLabels";
import type { PaymentLayout, YearColumn } from "./paymentLayout";
import type { PaymentModel } from "./paymentModel";
import { framedTable, type ColumnSpec } from "./tableFrame";
import { calendarYearFormula } from "./trancheTable";

/** Table (b), H4A_Anni: due payments per programme year, 1 … last cohort + 2, and their running total. */

const SPECS: Record<YearColumn, ColumnSpec> = {
  programmeYear: { header: "Anno di programma", format: null },
  calendarYear: { header: "Anno solare", format: YEAR_FORMAT },
  amount: { header: "Pagamento", format: EURO_FORMAT },
  cumulative: { header: "Cumulato", format: EURO_FORMAT },
};

export function yearsTable(model: PaymentModel, layout: PaymentLayout): TablePlan {
  const { years: frame, tranches } = layout;
  const centsByYear = new Map<number, bigint>();
  for (const pay of model.schedule.payments) {
    centsByYear.set(pay.programmeYear, (centsByYear.get(pay.programmeYear) ?? 0n) + toCents(pay.amount));
  }
  let running = 0n;
  const rows = Array.from({ length: model.lastProgrammeYear }, (_, i): Record<YearColumn, PlannedCell> => {
    const programmeYear = i + 1;
    const cents = centsByYear.get(programmeYear) ?? 0n;
    running += cents;
    const { firstCalendarYear } = model.params;
    return {
      programmeYear,
      calendarYear: formula(calendarYearFormula(frame.cell("programmeYear", i)), firstCalendarYear === null ? "" : firstCalendarYear + i),
      amount: formula(
        `ROUND(SUMIFS(${tranches.range("amount")},${tranches.range("programmeYear")},${frame.cell("programmeYear", i)}),2)`,
        fromCents(cents),
      ),
      cumulative: formula(`ROUND(SUM(${frame.cell("amount", 0)}:${frame.cell("amount", i)}),2)`, fromCents(running)),
    };
  });
  return framedTable(TABLE_NAMES.years, frame, SPECS, rows);
}
