import type { LedgerStatus } from "../ledger/status";
import type { SheetPlan } from "./workbookPlan";
import { calcPlan } from "./calcSheet";
import { paymentLayout } from "./paymentLayout";
import { paymentModel, type PaymentInput } from "./paymentModel";
import { paymentSheetPlan } from "./paymentSheet";

/**
 * The add-in's payment sheets for a beneficiary sheet without validation errors: H4A_Calcolo
 * (per-family helper columns reading the beneficiary cells) and H4A_Pagamenti (tables (a)–(d), and
 * (e) when `ledger` holds recorded payments),
 * all native formulas on the H4A_* names of H4A_Parametri, which must hold `input.params`. Each
 * formula's `result` is the engine's value. Throws a PaymentPlanError when the sheet has errors,
 * no family, no premium per family, or amounts out of range.
 */
export function paymentPlans(input: PaymentInput, ledger: LedgerStatus | null = null): SheetPlan[] {
  const model = paymentModel(input.parsed, input.params);
  const withLedger = ledger !== null && ledger.entries.length > 0 ? ledger : null;
  const layout = paymentLayout(model, withLedger?.years.length ?? 0);
  return [calcPlan(input, model, layout.calc), paymentSheetPlan(model, layout, withLedger)];
}

export { PaymentPlanError, type PaymentInput, type PaymentRefusal } from "./paymentModel";
export { paymentSummary, type PaymentSummary } from "./paymentSummary";
export { CALC_SHEET, PAYMENT_SHEET, PREMIUM_USED_NAME, TABLE_NAMES } from "./paymentLabels";
