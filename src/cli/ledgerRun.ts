import { type Lang, pick } from "../engine/cells/lang";
import { EVIDENCE_SHEET } from "../engine/ledger/evidenceSheet";
import { readLedger, type LedgerReading } from "../engine/ledger/reading";
import { REGISTER_SHEET } from "../engine/ledger/registerSheet";
import type { PseudonymKey } from "../engine/sharing/pseudonyms";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import { CliError, unusable } from "./cliError";
import { issueLine } from "./issuesReport";
import type { CheckedProgramme } from "./programmeRun";
import { sheetValues } from "./workbookInput";

/** The workbook's ledger (H4A_Registro, H4A_Evidenze) read and checked for pay, fill, commitments and statement. */

async function ownSheet(workbook: PackageWorkbook, name: string, file: string, lang: Lang): Promise<SheetInput | null> {
  if (!workbook.worksheetNames().includes(name)) return null;
  if (!(await workbook.isOwnSheet(name))) {
    throw unusable(
      pick(
        {
          it: `il foglio ${name} esiste ma non l'ha creato H4A: rinominarlo, perché H4A non legge né scrive un foglio che non è suo.`,
          en: `the sheet ${name} exists but H4A did not create it: rename it, since H4A neither reads nor writes a sheet that is not its own.`,
        },
        lang,
      ),
    );
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
      pick(
        {
          it: `il registro dei pagamenti non è come registrato (${ledger.errors.length} ${ledger.errors.length === 1 ? "riga" : "righe"}): nulla è stato scritto.`,
          en: `the ledger of payments is not as recorded (${ledger.errors.length} ${ledger.errors.length === 1 ? "row" : "rows"}): nothing was written.`,
        },
        lang,
      ),
      ledger.errors.map((issue) => issueLine(issue, lang)),
    );
  }
  return ledger;
}
