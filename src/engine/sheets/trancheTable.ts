import type { TablePlan, PlannedCell } from "./workbookPlan";
import { formula, param, text } from "./formulaText";
import { EURO_FORMAT, NO_TEXT, PREMIUM_USED_NAME, SHARE_FORMAT, TABLE_NAMES, YEAR_FORMAT, YES_TEXT } from "./paymentLabels";
import type { PaymentLayout, TrancheColumn } from "./paymentLayout";
import type { PaymentModel } from "./paymentModel";
import { framedTable, type ColumnSpec } from "./tableFrame";

/**
 * Table (a), H4A_Tranche: one row per cohort × cohort year, by programme year, then cohort — the
 * order in which the cap is applied, so each row's cap formula sums the rows above it.
 * Amount = IF(due, ROUND(share × premium per family × base × tier, 2), 0), then capped.
 */

const SPECS: Record<TrancheColumn, ColumnSpec> = {
  cohort: { header: "Coorte", format: null },
  cohortYear: { header: "Anno di coorte", format: null },
  programmeYear: { header: "Anno di programma", format: null },
  calendarYear: { header: "Anno solare", format: YEAR_FORMAT },
  due: { header: "Dovuto", format: null },
  families: { header: "Famiglie conteggiate", format: null },
  share: { header: "Quota", format: SHARE_FORMAT },
  tier: { header: "Livello", format: SHARE_FORMAT },
  beforeCap: { header: "Importo prima del tetto", format: EURO_FORMAT },
  amount: { header: "Importo", format: EURO_FORMAT },
};

/** The calendar year of a programme year cell, or "" without firstCalendarYear. */
export const calendarYearFormula = (programmeYear: string): string =>
  `IF(ISNUMBER(${param("firstCalendarYear")}),${param("firstCalendarYear")}+${programmeYear}-1,"")`;

export function trancheTable(model: PaymentModel, layout: PaymentLayout): TablePlan {
  const { tranches: frame, calc, outcomes } = layout;
  const cohortIndex = new Map(model.outcomes.map((o, i) => [o.cohort, i]));
  const rows = model.tranches.map((t, i): Record<TrancheColumn, PlannedCell> => {
    const c = (key: TrancheColumn): string => frame.cell(key, i);
    const due = `${c("programmeYear")}<=${param("currentYear")}`;
    const inCohort = `${calc.range("cohort")},${c("cohort")}`;
    const families =
      t.cohortYear === 3
        ? `COUNTIFS(${inCohort},${calc.range("inDenominator")},1)`
        : `IF(${due},COUNTIFS(${inCohort},${calc.range(t.cohortYear === 1 ? "year1" : "year2")},1),COUNTIFS(${inCohort}))`;
    const tierFactor = t.cohortYear === 3 ? `*${c("tier")}` : "";
    const before = c("beforeCap");
    const spent = i === 0 ? "" : `-SUM(${frame.cell("amount", 0)}:${frame.cell("amount", i - 1)})`;
    const capped = `IF(ISNUMBER(${param("cap")}),MIN(${before},ROUND(MAX(0,ROUNDDOWN(${param("cap")},2)${spent}),2)),${before})`;
    return {
      cohort: t.cohort,
      cohortYear: t.cohortYear,
      programmeYear: t.programmeYear,
      calendarYear: formula(calendarYearFormula(c("programmeYear")), t.calendarYear ?? ""),
      due: formula(`IF(${due},${text(YES_TEXT)},${text(NO_TEXT)})`, t.due ? YES_TEXT : NO_TEXT),
      families: formula(families, t.families),
      share: formula(param(`share${t.cohortYear}`), t.share),
      tier: t.cohortYear === 3 ? formula(`IF(${due},${outcomes.cell("tier", cohortIndex.get(t.cohort) ?? 0)},1)`, t.tier) : null,
      beforeCap: formula(`ROUND(${c("share")}*${PREMIUM_USED_NAME}*${c("families")}${tierFactor},2)`, t.amountBeforeCap),
      amount: formula(`IF(${due},${capped},0)`, t.due ? t.amount : 0),
    };
  });
  return framedTable(TABLE_NAMES.tranches, frame, SPECS, rows);
}
