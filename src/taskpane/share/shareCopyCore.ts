import type { Text } from "../../engine/cells/lang";
import type { PseudonymKey } from "../../engine/sharing/pseudonyms";
import { PackageError, PackageWorkbook, shareWorkbook, ShareError, type ShareReport } from "../../xlsx";
import { detectBeneficiarySheet } from "../../xlsx/beneficiarySheet";

/**
 * The copy for Homes4All from a workbook's bytes, with the command line's code (`h4a share`:
 * src/cli/share.ts): the same beneficiary sheet found, the same shareWorkbook, the same package
 * written. Loaded by the Condividi tab with a dynamic import(), so the zip and XML code (fflate,
 * saxes) stays out of the pane's first bundle.
 */

export type ShareCopyOutcome =
  { status: "made"; sheet: string; bytes: Uint8Array; report: ShareReport } | { status: "refused"; message: Text };

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export async function makeShareCopy(bytes: Uint8Array, key: PseudonymKey): Promise<ShareCopyOutcome> {
  try {
    const workbook = PackageWorkbook.open(bytes);
    const sheet = detectBeneficiarySheet(workbook);
    if (sheet === undefined) {
      return {
        status: "refused",
        message: {
          it: "Nessun foglio dei beneficiari: serve una riga di intestazione con «ID famiglia», «Coorte» e almeno altre due colonne previste.",
          en: 'No beneficiary sheet: it needs a header row with "Family ID", "Cohort" and at least two other listed columns.',
        },
      };
    }
    const input = workbook.readSheetSync(sheet);
    const report = await shareWorkbook(workbook, { sheet, input, key, keep: [] });
    return { status: "made", sheet, bytes: workbook.toBytes(), report };
  } catch (error) {
    if (error instanceof ShareError) return { status: "refused", message: error.text };
    if (error instanceof PackageError) {
      return {
        status: "refused",
        message: {
          it: `La cartella aperta non si può leggere come file .xlsx: ${lowerFirst(error.text.it)}`,
          en: `The open workbook cannot be read as an .xlsx file: ${lowerFirst(error.text.en)}`,
        },
      };
    }
    throw error;
  }
}
