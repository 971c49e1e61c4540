import { toSerial } from "../../../src/engine/cells/calendar";
import { EVIDENCE_SHEET, evidenceCells } from "../../../src/engine/ledger/evidenceSheet";
import { readLedger, type LedgerReading } from "../../../src/engine/ledger/reading";
import { paymentRows, recordingRefusals, type PaymentRequest } from "../../../src/engine/ledger/record";
import { REGISTER_SHEET, registerCells } from "../../../src/engine/ledger/registerSheet";
import type { Params } from "../../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import type { PseudonymKey } from "../../../src/engine/sharing/pseudonyms";
import { paymentModel, type PaymentModel } from "../../../src/engine/sheets/paymentModel";
import type { CellValue, Issue, SheetInput } from "../../../src/engine/types";
import type { LooseCell } from "../../../src/engine/sheets/workbookPlan";

/** A workbook's ledger sheets kept as grids of values, written as the shells write them (appended, never rewritten). */
export class LedgerBook {
  register: CellValue[][] = [];
  evidence: CellValue[][] = [];

  static sheet(name: string, grid: CellValue[][]): SheetInput | null {
    if (grid.length === 0) return null;
    const width = Math.max(...grid.map((row) => row.length));
    return { sheetName: name, topLeft: "A1", values: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? "")) };
  }

  sheets() {
    return { register: LedgerBook.sheet(REGISTER_SHEET, this.register), evidence: LedgerBook.sheet(EVIDENCE_SHEET, this.evidence) };
  }

  put(grid: CellValue[][], cells: LooseCell[]): void {
    for (const cell of cells) {
      while (grid.length < cell.row) grid.push([]);
      grid[cell.row - 1][cell.column - 1] = cell.value as CellValue;
    }
  }
}

export const modelOf = (sheet: SheetInput, params: Params): PaymentModel => paymentModel(parseBeneficiarySheet(sheet, params), params);

export async function ledgerOf(
  book: LedgerBook,
  sheet: SheetInput,
  params: Params,
  key: PseudonymKey | null = null,
): Promise<LedgerReading> {
  const parsed = parseBeneficiarySheet(sheet, params);
  return readLedger(book.sheets(), {
    model: paymentModel(parsed, params),
    beneficiarySheet: sheet.sheetName,
    columns: parsed.columns,
    key,
  });
}

export const actDate = toSerial({ year: 2026, month: 12, day: 15 });

export const requestFor = (year: number, act = `DD ${year}00/2026`): PaymentRequest => ({ programmeYear: year, act, date: actDate });

/** Records a year as the command line does; returns the refusals instead when there are any. */
export async function record(
  book: LedgerBook,
  sheet: SheetInput,
  params: Params,
  year: number,
  key: PseudonymKey | null = null,
): Promise<Issue[]> {
  const model = modelOf(sheet, params);
  const ledger = await ledgerOf(book, sheet, params, key);
  const dueYears = [...new Set(model.schedule.payments.map((p) => p.programmeYear))];
  const refusals = recordingRefusals(
    { agreementErrors: [], sheetErrors: [], ledger, dueYears, currentYear: params.currentYear },
    requestFor(year),
  );
  if (refusals.length > 0) return refusals;
  const rows = await paymentRows(model, ledger, requestFor(year));
  book.put(book.register, registerCells(rows.entries, ledger.register.nextRow, book.register.length === 0));
  book.put(book.evidence, evidenceCells(rows.evidence, ledger.evidence.nextRow, book.evidence.length === 0));
  return [];
}
