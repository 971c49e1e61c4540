import * as ExcelJS from "exceljs";
import { columnLetter } from "../engine/address";
import type { Lang } from "../engine/format";
import { findCandidateHeader } from "../engine/candidates/header";
import type { CandidateFieldKey } from "../engine/candidates/fields";
import { findHeader } from "../engine/headers";
import { isBlank } from "../engine/cells";
import type { PersonalDataKind } from "../engine/messages";
import { normalizeText } from "../engine/text";
import type { FieldKey, SheetInput } from "../engine/types";
import { unusable } from "./cliError";
import { replaceCustomFunctionFormulas } from "./h4aFormulas";
import { pick } from "./language";
import { idKey, pseudonymOf } from "./pseudonym";
import { cellValueOf, isAddinSheetName, officeValue, sheetInput } from "./readWorkbook";
import { sensitiveColumns, type SensitiveColumn } from "./sensitiveColumns";

/**
 * The copy of a workbook for Homes4All (MECHANISM.md §8), made in memory: family ids replaced by
 * keyed pseudonyms — in the beneficiary sheet and in every candidates sheet (§3b) — (and followed
 * wherever a formula or a copy shows them), direct personal data
 * and free-text columns emptied, every H4A.* formula replaced by its value, cell notes removed.
 * Columns are emptied in place rather than deleted, so that every formula addressing the
 * beneficiary sheet by column (the payout tables) still points at the right data.
 */

export interface RemovedColumn {
  sheet: string;
  /** Column letter. */
  column: string;
  header: string;
  reason: "personal-data" | "free-text";
  kind: PersonalDataKind | null;
}

export interface ShareReport {
  sheet: string;
  /** Family ids replaced in the beneficiary sheet. */
  pseudonymised: number;
  /** Family ids replaced in the candidates sheets (§3b): applicants are families too. */
  candidatesPseudonymised: number;
  /** Other cells (formula results, copies) that showed an id and now show its pseudonym. */
  idCopiesReplaced: number;
  removedColumns: RemovedColumn[];
  /** Free-text columns kept with --keep. */
  keptColumns: RemovedColumn[];
  /** Cells whose H4A.* formula was replaced by its value. */
  formulasReplaced: string[];
  notesRemoved: number;
}

export interface ShareInput {
  sheet: ExcelJS.Worksheet;
  input: SheetInput;
  key: Buffer;
  keep: readonly string[];
  lang: Lang;
}

interface Candidate extends SensitiveColumn {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
}

/** An id is followed into other cells by its text only when it cannot be mistaken for a token or a number. */
const isDistinctiveId = (id: string): boolean => id.trim().length >= 3 && /\p{L}/u.test(id);

function eachCell(workbook: ExcelJS.Workbook, visit: (sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell) => void): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => visit(sheet, cell)));
  }
}

function firstNonBlankRow(input: SheetInput, top: number): number {
  const index = input.values.findIndex((row) => row.some((value) => !isBlank(value)));
  return index < 0 ? top : top + index;
}

export function shareWorkbook(workbook: ExcelJS.Workbook, share: ShareInput): ShareReport {
  const { sheet, input, lang } = share;
  const scan = findHeader(input);
  if (scan.headerRow === null || scan.columns.id === undefined) {
    throw unusable(
      pick(
        lang,
        `${sheet.name}: riga di intestazione con «ID famiglia» non trovata; nulla da pseudonimizzare.`,
        `${sheet.name}: no header row with "Family ID" found; nothing to pseudonymise.`,
      ),
    );
  }
  const headerRow = scan.headerRow;
  const idColumn = scan.columns.id;
  const fields = new Map<number, FieldKey>(Object.entries(scan.columns).map(([field, column]) => [column as number, field as FieldKey]));

  const candidates: Candidate[] = sensitiveColumns(input, { headerRow, fields }).map((c) => ({ ...c, sheet, headerRow }));
  const applications: { sheet: ExcelJS.Worksheet; headerRow: number; idColumn: number }[] = [];
  for (const other of workbook.worksheets) {
    if (other === sheet || isAddinSheetName(other.name)) continue;
    const otherInput = sheetInput(other);
    // A candidates sheet (§3b) is read by its own header row and fields, like the beneficiary sheet.
    const scan = findCandidateHeader(otherInput);
    if (scan.headerRow !== null && scan.columns.id !== undefined) {
      const otherFields = new Map<number, CandidateFieldKey>(Object.entries(scan.columns).map(([field, column]) => [column as number, field as CandidateFieldKey]));
      for (const c of sensitiveColumns(otherInput, { headerRow: scan.headerRow, fields: otherFields })) candidates.push({ ...c, sheet: other, headerRow: scan.headerRow });
      applications.push({ sheet: other, headerRow: scan.headerRow, idColumn: scan.columns.id });
      continue;
    }
    const top = otherInput.values.length === 0 ? 1 : Number(/\d+/.exec(otherInput.topLeft)?.[0] ?? 1);
    const otherHeader = firstNonBlankRow(otherInput, top);
    for (const c of sensitiveColumns(otherInput, { headerRow: null, fields: new Map() })) candidates.push({ ...c, sheet: other, headerRow: otherHeader });
  }
  const kept = resolveKeep(candidates, share.keep, workbook, sheet, lang);

  const formulasReplaced = replaceCustomFunctionFormulas(workbook);

  const byRow = new Map<number, string>();
  const byText = new Map<string, string>();
  /** Replaces the ids of one sheet's id column below its header row; returns how many, by row. */
  const pseudonymiseColumn = (target: ExcelJS.Worksheet, column: number, header: number): Map<number, string> => {
    const replaced = new Map<number, string>();
    target.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber <= header) return;
      const cell = row.findCell(column);
      if (cell === undefined) return;
      const value = cellValueOf(cell);
      if (isBlank(value)) return;
      const id = String(value).trim();
      const pseudonym = pseudonymOf(share.key, id);
      cell.value = pseudonym;
      replaced.set(rowNumber, pseudonym);
      if (isDistinctiveId(id)) byText.set(idKey(id), pseudonym);
    });
    return replaced;
  };
  for (const [row, pseudonym] of pseudonymiseColumn(sheet, idColumn, headerRow)) byRow.set(row, pseudonym);
  // The same key gives an applicant who became a beneficiary the same pseudonym in both sheets.
  const candidatesPseudonymised = applications.reduce((sum, a) => sum + pseudonymiseColumn(a.sheet, a.idColumn, a.headerRow).size, 0);
  const idCopiesReplaced = replaceIdCopies(workbook, sheet, idColumn, headerRow, byRow, byText);

  const removedColumns: RemovedColumn[] = [];
  const keptColumns: RemovedColumn[] = [];
  for (const candidate of candidates) {
    const entry: RemovedColumn = {
      sheet: candidate.sheet.name,
      column: columnLetter(candidate.column),
      header: candidate.header,
      reason: candidate.reason,
      kind: candidate.kind,
    };
    if (kept.has(candidate)) {
      keptColumns.push(entry);
      continue;
    }
    emptyColumn(candidate.sheet, candidate.column, candidate.headerRow);
    removedColumns.push(entry);
  }
  const notesRemoved = removeNotes(workbook);
  // Excel recomputes every native formula when the copy is opened, over the emptied columns too.
  workbook.calcProperties.fullCalcOnLoad = true;
  return { sheet: sheet.name, pseudonymised: byRow.size, candidatesPseudonymised, idCopiesReplaced, removedColumns, keptColumns, formulasReplaced, notesRemoved };
}

/** The free-text columns named by --keep; a name that matches personal data, or nothing, is refused. */
function resolveKeep(candidates: Candidate[], keep: readonly string[], workbook: ExcelJS.Workbook, beneficiaries: ExcelJS.Worksheet, lang: Lang): Set<Candidate> {
  const kept = new Set<Candidate>();
  for (const name of keep) {
    const wanted = normalizeText(name);
    const matches = candidates.filter(
      (c) => (wanted !== "" && normalizeText(c.header) === wanted) || (c.sheet === beneficiaries && columnLetter(c.column) === name.trim().toUpperCase()),
    );
    const personal = matches.find((c) => c.reason === "personal-data");
    if (personal !== undefined) {
      throw unusable(
        pick(
          lang,
          `--keep ${name}: la colonna ${columnLetter(personal.column)} di «${personal.sheet.name}» contiene dati personali diretti e viene sempre rimossa.`,
          `--keep ${name}: column ${columnLetter(personal.column)} of "${personal.sheet.name}" holds direct personal data and is always removed.`,
        ),
      );
    }
    if (matches.length === 0 && !hasHeader(workbook, wanted)) {
      throw unusable(pick(lang, `--keep ${name}: nessuna colonna con questa intestazione.`, `--keep ${name}: no column has this header.`));
    }
    for (const match of matches) kept.add(match);
  }
  return kept;
}

function hasHeader(workbook: ExcelJS.Workbook, wanted: string): boolean {
  let found = false;
  eachCell(workbook, (_sheet, cell) => {
    if (!found && typeof cell.value === "string" && normalizeText(cell.value) === wanted) found = true;
  });
  return found;
}

const SINGLE_REFERENCE = /^=?\s*(?:'((?:[^']|'')+)'|([^'!\s(),]+))!\$?([A-Za-z]{1,3})\$?(\d+)\s*$/;

/** The row a formula like =Beneficiari!$A$5 reads in the id column, or null. */
function referencedIdRow(formula: string, sheetName: string, idColumn: number): number | null {
  const match = SINGLE_REFERENCE.exec(formula);
  if (match === null) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  if (sheet.toLowerCase() !== sheetName.toLowerCase() || match[3].toUpperCase() !== columnLetter(idColumn)) return null;
  return Number(match[4]);
}

/**
 * Every other cell that shows a family id: a formula reading an id cell (its cached result
 * becomes the pseudonym; the formula stays), or a text equal to a distinctive id.
 */
function replaceIdCopies(
  workbook: ExcelJS.Workbook,
  beneficiaries: ExcelJS.Worksheet,
  idColumn: number,
  headerRow: number,
  byRow: ReadonlyMap<number, string>,
  byText: ReadonlyMap<string, string>,
): number {
  let replaced = 0;
  const updates: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  eachCell(workbook, (sheet, cell) => {
    if (sheet === beneficiaries && Number(cell.col) === idColumn && Number(cell.row) > headerRow) return;
    if (cell.type === ExcelJS.ValueType.Formula) {
      const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      const row = referencedIdRow(cell.formula ?? "", beneficiaries.name, idColumn);
      const shown = officeValue(value.result);
      const pseudonym = (row !== null ? byRow.get(row) : undefined) ?? (typeof shown === "string" ? byText.get(idKey(shown)) : undefined);
      if (pseudonym !== undefined) updates.push({ cell, value: { ...value, result: pseudonym } as ExcelJS.CellValue });
      return;
    }
    const shown = cellValueOf(cell);
    const pseudonym = typeof shown === "string" ? byText.get(idKey(shown)) : undefined;
    if (pseudonym !== undefined) updates.push({ cell, value: pseudonym });
  });
  for (const { cell, value } of updates) {
    cell.value = value;
    replaced++;
  }
  return replaced;
}

/** Empties a column from its header row down: values and formulas removed, formatting kept. */
function emptyColumn(sheet: ExcelJS.Worksheet, column: number, headerRow: number): void {
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < headerRow) return;
    const cell = row.findCell(column);
    if (cell !== undefined && cell.type !== ExcelJS.ValueType.Merge) cell.value = null;
  });
}

/** Removes every cell note (comment): free text that may hold anything. */
function removeNotes(workbook: ExcelJS.Workbook): number {
  let removed = 0;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // exceljs keeps a cell's note in _comment and offers no way to delete it.
        const holder = cell as unknown as { _comment?: unknown };
        if (holder._comment !== undefined) {
          holder._comment = undefined;
          removed++;
        }
      }),
    );
  }
  return removed;
}
