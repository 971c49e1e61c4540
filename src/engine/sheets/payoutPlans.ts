import type { LedgerStatus } from "../ledger/status";
import type { SheetPlan } from "./workbookPlan";
import { calcPlan } from "./calcSheet";
import { payoutLayout } from "./payoutLayout";
import { payoutModel, type PayoutInput } from "./payoutModel";
import { payoutSheetPlan } from "./payoutSheet";

/**
 * The add-in's payout sheets for a beneficiary sheet without validation errors: H4A_Calcolo
 * (per-family helper columns reading the beneficiary cells) and H4A_Pagamenti (tables (a)–(d), and
 * (e) when `ledger` holds recorded payments),
 * all native formulas on the H4A_* names of H4A_Parametri, which must hold `input.params`. Each
 * formula's `result` is the engine's value. Throws a PayoutPlanError when the sheet has errors,
 * no family, no premium per family, or amounts out of range.
 */
export function payoutPlans(input: PayoutInput, ledger: LedgerStatus | null = null): SheetPlan[] {
  const model = payoutModel(input.parsed, input.params);
  const withLedger = ledger !== null && ledger.entries.length > 0 ? ledger : null;
  const layout = payoutLayout(model, withLedger?.years.length ?? 0);
  return [calcPlan(input, model, layout.calc), payoutSheetPlan(model, layout, withLedger)];
}

export { PayoutPlanError, type PayoutInput, type PayoutRefusal } from "./payoutModel";
export { payoutSummary, type PayoutSummary } from "./payoutSummary";
export { CALC_SHEET, PAYOUT_SHEET, PREMIUM_USED_NAME, TABLE_NAMES } from "./payoutLabels";
