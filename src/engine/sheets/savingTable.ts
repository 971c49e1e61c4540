import type { PlannedCell, TablePlan } from "./workbookPlan";
import { formula, param } from "./formulaText";
import { EURO_FORMAT, RATIO_FORMAT, TABLE_NAMES } from "./paymentLabels";
import type { PaymentLayout, SavingColumn } from "./paymentLayout";
import type { PaymentModel } from "./paymentModel";
import { framedTable, type ColumnSpec } from "./tableFrame";

/**
 * Table (d), H4A_Risparmio: the City's cost saving (MECHANISM.md §6, summed unrounded over the
 * families and rounded once), the due payments, the net saving, their ratio, and what the cap cut.
 */

const SPECS: Record<SavingColumn, ColumnSpec> = {
  saving: { header: "Risparmio", format: EURO_FORMAT },
  paid: { header: "Premio pagato", format: EURO_FORMAT },
  net: { header: "Risparmio netto", format: EURO_FORMAT },
  ratio: { header: "Risparmio / pagamenti", format: RATIO_FORMAT },
  capCut: { header: "Tagliato dal tetto", format: EURO_FORMAT },
};

export function savingTable(model: PaymentModel, layout: PaymentLayout): TablePlan {
  const { saving: frame, tranches, calc } = layout;
  const c = (key: SavingColumn): string => frame.cell(key, 0);
  const dueBeforeCap = `SUMIFS(${tranches.range("beforeCap")},${tranches.range("programmeYear")},"<="&${param("currentYear")})`;
  const row: Record<SavingColumn, PlannedCell> = {
    saving: formula(`ROUND(SUM(${calc.range("saving")}),2)`, model.saving.total),
    paid: formula(`ROUND(SUM(${tranches.range("amount")}),2)`, model.schedule.total),
    net: formula(`ROUND(${c("saving")}-${c("paid")},2)`, model.net.net),
    ratio: formula(`IF(${c("paid")}=0,"",${c("saving")}/${c("paid")})`, model.net.ratio ?? ""),
    capCut: formula(`ROUND(${dueBeforeCap}-${c("paid")},2)`, model.schedule.capCut),
  };
  return framedTable(TABLE_NAMES.saving, frame, SPECS, [row]);
}
