import type { LedgerStatus } from "../ledger/status";
import type { LooseCell, SheetPlan, TablePlan } from "./workbookPlan";
import { LEDGER_TABLE_TITLE, ledgerTable } from "./ledgerTable";
import { formula, param } from "./formulaText";
import { outcomesTable } from "./outcomesTable";
import {
  CURRENT_YEAR_LABEL,
  EURO_FORMAT,
  PAYMENT_NOTE,
  PAYMENT_SHEET,
  PAYMENT_TITLE,
  PREMIUM_LABEL,
  PREMIUM_USED_NAME,
  TABLE_TITLES,
} from "./paymentLabels";
import { CURRENT_YEAR_ROW, NOTE_ROW, PREMIUM_ROW, TITLE_ROW, VALUE_COLUMN, type PaymentLayout } from "./paymentLayout";
import type { PaymentModel } from "./paymentModel";
import { savingTable } from "./savingTable";
import { trancheTable } from "./trancheTable";
import { yearsTable } from "./yearsTable";

/** The H4A_Pagamenti sheet: the premium per family used, then tables (a)–(d), each under its title. */

/** The premium per family the tables use: given, or total premium ÷ planned families, never rounded. */
export const PREMIUM_USED_FORMULA = `IF(ISNUMBER(${param("premiumPerFamily")}),${param("premiumPerFamily")},${param("totalPremium")}/${param("plannedFamilies")})`;

export function paymentSheetPlan(model: PaymentModel, layout: PaymentLayout, ledger: LedgerStatus | null = null): SheetPlan {
  const title = (row: number, value: string): LooseCell => ({ row, column: 1, value, bold: true });
  const cells: LooseCell[] = [
    title(TITLE_ROW, PAYMENT_TITLE),
    { row: PREMIUM_ROW, column: 1, value: PREMIUM_LABEL },
    {
      row: PREMIUM_ROW,
      column: VALUE_COLUMN,
      value: formula(PREMIUM_USED_FORMULA, model.premiumPerFamily),
      numberFormat: EURO_FORMAT,
      bold: true,
    },
    { row: CURRENT_YEAR_ROW, column: 1, value: CURRENT_YEAR_LABEL },
    { row: CURRENT_YEAR_ROW, column: VALUE_COLUMN, value: formula(param("currentYear"), model.params.currentYear) },
    { row: NOTE_ROW, column: 1, value: PAYMENT_NOTE },
    title(layout.tranches.titleRow, TABLE_TITLES.tranches),
    title(layout.years.titleRow, TABLE_TITLES.years),
    title(layout.outcomes.titleRow, TABLE_TITLES.outcomes),
    title(layout.saving.titleRow, TABLE_TITLES.saving),
  ];
  const recorded = ledger === null ? null : ledgerTable(ledger, layout);
  if (recorded !== null && layout.ledger !== null) cells.push(title(layout.ledger.titleRow, LEDGER_TABLE_TITLE));
  const tables: TablePlan[] = [
    trancheTable(model, layout),
    yearsTable(model, layout),
    outcomesTable(model, layout),
    savingTable(model, layout),
  ];
  return {
    name: PAYMENT_SHEET,
    cells,
    tables: recorded === null ? tables : [...tables, recorded],
    names: [{ name: PREMIUM_USED_NAME, row: PREMIUM_ROW, column: VALUE_COLUMN }],
    columnWidths: [24, 16, 18, 14, 14, 20, 14, 14, 22, 16, 12, 14, 18, 18, 18, 18],
  };
}
