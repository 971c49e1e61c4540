import type { LedgerEntry } from "../engine/ledger/entry";
import type { EvidenceEntry } from "../engine/ledger/evidence";
import { EVIDENCE_COLUMN_WIDTHS, EVIDENCE_SHEET, evidenceCells } from "../engine/ledger/evidenceSheet";
import type { LedgerReading } from "../engine/ledger/reading";
import { REGISTER_COLUMN_WIDTHS, REGISTER_SHEET, registerCells } from "../engine/ledger/registerSheet";
import type { LooseCell, SheetPlan } from "../engine/sheets/workbookPlan";
import type { PackageWorkbook } from "../xlsx";

/**
 * The payment's rows appended to H4A_Registro and H4A_Evidenze: put below the rows already there
 * (which are left exactly as they are), or, on first use, as new sheets among the plans to write.
 */

function append(workbook: PackageWorkbook, sheet: string, cells: LooseCell[]): void {
  workbook.editCells([
    {
      sheet,
      edit: {
        put: cells.map((cell) => ({
          row: cell.row,
          column: cell.column,
          value: cell.value,
          style: cell.numberFormat === undefined ? undefined : { numberFormat: cell.numberFormat },
        })),
      },
    },
  ]);
}

const newSheet = (name: string, cells: LooseCell[], columnWidths: number[]): SheetPlan => ({
  name,
  cells,
  tables: [],
  names: [],
  columnWidths,
});

/** Appends to the sheets that exist; returns the plans of those still to create (written with the other sheets). */
export function appendLedgerRows(
  workbook: PackageWorkbook,
  ledger: LedgerReading,
  entries: LedgerEntry[],
  evidence: EvidenceEntry[],
): SheetPlan[] {
  const plans: SheetPlan[] = [];
  const names = workbook.worksheetNames();
  if (names.includes(REGISTER_SHEET)) append(workbook, REGISTER_SHEET, registerCells(entries, ledger.register.nextRow, false));
  else plans.push(newSheet(REGISTER_SHEET, registerCells(entries, 2, true), REGISTER_COLUMN_WIDTHS));
  if (evidence.length > 0 && names.includes(EVIDENCE_SHEET))
    append(workbook, EVIDENCE_SHEET, evidenceCells(evidence, ledger.evidence.nextRow, false));
  else if (!names.includes(EVIDENCE_SHEET)) plans.push(newSheet(EVIDENCE_SHEET, evidenceCells(evidence, 2, true), EVIDENCE_COLUMN_WIDTHS));
  return plans;
}
