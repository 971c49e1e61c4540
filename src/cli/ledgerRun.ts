import type { Lang } from "../engine/cells/lang";
import { EVIDENCE_SHEET } from "../engine/ledger/evidenceSheet";
import { readLedger, type LedgerReading } from "../engine/ledger/reading";
import { REGISTER_SHEET } from "../engine/ledger/registerSheet";
import type { PseudonymKey } from "../engine/sharing/pseudonyms";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import { CliError, unusable } from "./cliError";
import { issueLine } from "./issuesReport";
import type { CheckedProgramme } from "./programmeRun";
import { say } from "./strings";
import { sheetValues } from "./workbookInput";

/** The workbook's ledger (H4A_Registro, H4A_Evidenze) read and checked for pay, fill, commitments and statement. */

async function ownSheet(workbook: PackageWorkbook, name: string, file: string, lang: Lang): Promise<SheetInput | null> {
  if (!workbook.worksheetNames().includes(name)) return null;
  if (!(await workbook.isOwnSheet(name))) {
    throw unusable(say(lang).foreignSheet(name));
  }
  return sheetValues(workbook, name, file, lang);
}

/** The ledger seen with the programme as computed now; a ledger not as recorded stops with exit code 1, naming the rows. */
export async function workbookLedger(
  checked: CheckedProgramme,
  file: string,
  key: PseudonymKey | null,
  lang: Lang,
): Promise<LedgerReading> {
  const sheets = {
    register: await ownSheet(checked.workbook, REGISTER_SHEET, file, lang),
    evidence: await ownSheet(checked.workbook, EVIDENCE_SHEET, file, lang),
  };
  const ledger = await readLedger(sheets, { model: checked.model, beneficiarySheet: checked.sheet, columns: checked.parsed.columns, key });
  if (ledger.errors.length > 0) {
    throw new CliError(
      1,
      say(lang).ledgerAltered(ledger.errors.length),
      ledger.errors.map((issue) => issueLine(issue, lang)),
    );
  }
  return ledger;
}
