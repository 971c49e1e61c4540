import type { LedgerStatus } from "../ledger/status";
import type { PlannedCell, TablePlan } from "./workbookPlan";
import { EURO_FORMAT, TABLE_NAMES, YEAR_FORMAT } from "./paymentLabels";
import type { LedgerColumn, PaymentLayout } from "./paymentLayout";
import { framedTable, type ColumnSpec } from "./tableFrame";

/**
 * Table (e), H4A_Registrato, written when H4A_Registro holds payments (MECHANISM.md §10): what
 * each programme year pays with the ledger — as recorded, or computed plus the true-ups applied —
 * as values at the time of writing (the ledger itself never moves).
 */

const SPECS: Record<LedgerColumn, ColumnSpec> = {
  programmeYear: { header: "Anno", format: null },
  calendarYear: { header: "Anno civile", format: YEAR_FORMAT },
  status: { header: "Stato", format: null },
  act: { header: "Atto", format: null },
  computed: { header: "Calcolato ora", format: EURO_FORMAT },
  trueUps: { header: "Conguagli", format: EURO_FORMAT },
  amount: { header: "Importo", format: EURO_FORMAT },
  cumulative: { header: "Totale progressivo", format: EURO_FORMAT },
};

export const LEDGER_TABLE_TITLE =
  "Pagamenti con il registro (H4A_Registro): anni registrati come pagati, gli altri con i conguagli — valori alla scrittura";

export function ledgerTable(status: LedgerStatus, layout: PaymentLayout): TablePlan | null {
  if (layout.ledger === null) return null;
  const rows = status.years.map((year): Record<LedgerColumn, PlannedCell> => ({
    programmeYear: year.programmeYear,
    calendarYear: year.calendarYear ?? "",
    status: year.recorded ? "pagato" : "da pagare",
    act: year.act ?? "",
    computed: year.computed,
    trueUps: year.trueUps,
    amount: year.amount,
    cumulative: year.cumulative,
  }));
  return framedTable(TABLE_NAMES.ledger, layout.ledger, SPECS, rows);
}
