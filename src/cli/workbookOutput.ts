import { absolute } from "../engine/sheets/formulaText";
import * as path from "node:path";
import { type Lang, pick } from "../engine/cells/lang";
import { PARAMS_SHEET, type Params } from "../engine/agreement/params";
import { parametersPlan, parametersUpdate } from "../engine/sheets/parametersSheet";
import type { SheetInput } from "../engine/types";
import type { SheetPlan } from "../engine/sheets/workbookPlan";
import { ForeignSheetError, type PackageWorkbook } from "../xlsx";
import { unusable } from "./cliError";
import type { Io } from "./io";
import { writeAtomically, type OutputTarget } from "./output";
import { say } from "./strings";

/**
 * Writing the add-in's sheets into the input's package and saving it as the output: only the
 * add-in's own parts and the package's indexes change (src/xlsx); the input file is never touched.
 */

/** Writes the plans; a sheet of a plan's name that H4A did not create stops with exit code 2, nothing written. */
export async function writeAddInSheets(workbook: PackageWorkbook, plans: SheetPlan[], lang: Lang): Promise<void> {
  try {
    await workbook.writeSheets(plans);
  } catch (error) {
    if (error instanceof ForeignSheetError) throw unusable(pick(error.text, lang));
    throw error;
  }
}

/**
 * The agreement used, into H4A_Parametri: a new sheet when the workbook has none; in the add-in's
 * own sheet, only the values that differ and the keys it lacks (parametersUpdate), so that what
 * the user typed there stays. Returns the plan still to write with the other sheets, if any (a
 * sheet of that name the add-in did not make is then refused with the others).
 */
export async function writeAgreement(workbook: PackageWorkbook, sheet: SheetInput | null, params: Params): Promise<SheetPlan[]> {
  if (sheet === null || !(await workbook.isOwnSheet(PARAMS_SHEET))) return [parametersPlan(params)];
  const update = parametersUpdate(sheet, params);
  if (update.cells.length === 0) return [];
  const at = new Map(update.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const styleOf = (numberFormat: string | undefined) => (numberFormat === undefined ? undefined : { numberFormat });
  workbook.editCells(
    [
      {
        sheet: sheet.sheetName,
        edit: {
          change: (cell) => {
            const wanted = at.get(`${cell.row}:${cell.column}`);
            return wanted === undefined ? undefined : { kind: "set", value: wanted.value, style: styleOf(wanted.numberFormat) };
          },
          put: update.cells.map((cell) => ({ row: cell.row, column: cell.column, value: cell.value, style: styleOf(cell.numberFormat) })),
        },
      },
    ],
    update.names.map((name) => ({ name: name.name, formula: absolute(name.row, name.column, sheet.sheetName), hidden: false })),
  );
  return [];
}

/** Saves the workbook's package to the output, atomically. */
export async function saveWorkbook(target: OutputTarget, workbook: PackageWorkbook, io: Io): Promise<void> {
  const bytes = workbook.toBytes();
  const name = path.basename(target.file);
  io.progress.step(say(io.lang).saving(name, (bytes.length / 1024 / 1024).toFixed(1)));
  await writeAtomically(target, bytes, io.lang);
}
