import type { Lang } from "../../engine/cells/lang";
import { EVIDENCE_COLUMN_WIDTHS, EVIDENCE_SHEET, evidenceCells } from "../../engine/ledger/evidenceSheet";
import type { PaymentRows } from "../../engine/ledger/record";
import { REGISTER_COLUMN_WIDTHS, REGISTER_SHEET, registerCells } from "../../engine/ledger/registerSheet";
import { statementSheetPlan } from "../../engine/sheets/statementSheet";
import type { StatementModel } from "../../engine/statement/types";
import { statementDocument } from "../../engine/statement/document";
import type { LooseCell } from "../../engine/sheets/workbookPlan";
import type { ExcelGateway } from "../../contract/contract";

/**
 * The Pagamenti tab's writes: a payment's rows appended below H4A_Evidenze and H4A_Registro (the
 * rows already there are never touched; each sheet is created, with its owner mark, on first
 * use), and the statement H4A_Prospetto_<year> written and shown.
 */

/** Where a block of rows went: its first and last sheet rows. */
export interface RowSpan {
  first: number;
  last: number;
}

/** A block's rows below what the sheet holds: the header first when the block starts the sheet (row 1). */
async function appendRows(
  gateway: ExcelGateway,
  sheet: string,
  count: number,
  cells: (firstRow: number, withHeader: boolean) => LooseCell[],
  columnWidths: number[],
): Promise<RowSpan> {
  const slot = await gateway.appendToOwnSheet({
    sheet,
    tablePrefix: sheet,
    gapRows: 0,
    build: ({ firstRow }) => {
      const withHeader = firstRow === 1;
      // Widths only on a new sheet: those the user set on the register stay as they are.
      return { cells: cells(withHeader ? 2 : firstRow, withHeader), tables: [], columnWidths: withHeader ? columnWidths : [] };
    },
  });
  const first = slot.firstRow === 1 ? 2 : slot.firstRow;
  return { first, last: first + count - 1 };
}

/**
 * Appends the payment's evidence, then its register rows: a failure between the two leaves
 * evidence without a payment, which the ledger's check reports, never a payment without evidence.
 */
export async function appendPayment(gateway: ExcelGateway, rows: PaymentRows): Promise<{ register: RowSpan; evidence: RowSpan | null }> {
  const evidence =
    rows.evidence.length === 0
      ? null
      : await appendRows(
          gateway,
          EVIDENCE_SHEET,
          rows.evidence.length,
          (first, header) => evidenceCells(rows.evidence, first, header),
          EVIDENCE_COLUMN_WIDTHS,
        );
  const register = await appendRows(
    gateway,
    REGISTER_SHEET,
    rows.entries.length,
    (first, header) => registerCells(rows.entries, first, header),
    REGISTER_COLUMN_WIDTHS,
  );
  return { register, evidence };
}

/** Writes H4A_Prospetto_<year> (replacing an earlier one of H4A's) with its print settings, and shows it. */
export async function writeStatementSheet(gateway: ExcelGateway, model: StatementModel, lang: Lang): Promise<string> {
  const plan = statementSheetPlan(statementDocument(model, lang), model.programmeYear);
  await gateway.writeSheets([plan], { activate: plan.name });
  return plan.name;
}
