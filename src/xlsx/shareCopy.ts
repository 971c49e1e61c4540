import type { Text } from "../engine/cells/lang";
import { cellAddress, columnLetter, parseA1 } from "../engine/cells/address";
import { findCandidateHeader } from "../engine/candidates/header";
import type { CandidateFieldKey } from "../engine/candidates/fields";
import { findHeader } from "../engine/beneficiaries/headers";
import { isBlank } from "../engine/cells/cells";
import type { PersonalDataKind } from "../engine/beneficiaries/messages";
import { normalizeText } from "../engine/cells/text";
import { idKey, pseudonymsOf, type PseudonymKey } from "../engine/sharing/pseudonyms";
import type { CellValue, FieldKey, SheetInput } from "../engine/types";
import { callsCustomFunction } from "../engine/sharing/customFunctionCalls";
import { sensitiveColumns, type SensitiveColumn } from "../engine/sharing/sensitiveColumns";
import type { PackageWorkbook } from "./packageWorkbook";
import type { ScrubKind } from "./scrub";
import type { CellChange, ExistingCell } from "./sheetEditor";
import type { SheetCellEdit } from "./cellWriter";
import { textReplacer, type TextReplacement } from "./textReplacer";

/**
 * The copy of a workbook for Homes4All (MECHANISM.md §8), made by editing the package's cells: family ids replaced by
 * keyed pseudonyms — in the beneficiary sheet and in every candidates sheet (§3b) — (and followed
 * wherever a formula or a copy shows them), direct personal data
 * and free-text columns emptied, every H4A.* formula replaced by its value, notes and threaded
 * comments removed; ids in pivot caches (copies of the cells) replaced by their pseudonyms too;
 * every other part of the workbook is kept as it was.
 * Columns are emptied in place rather than deleted, so that every formula addressing the
 * beneficiary sheet by column (the payment tables) still points at the right data.
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
  /**
   * What the package scrubber (src/xlsx/scrub.ts) replaced or removed outside the cells' values:
   * removed values (ids, and the values of the emptied columns) found in headers and footers,
   * names, properties, sheet names, validations, formats, formulas, charts, relationships…
   */
  removals: { part: string; kind: ScrubKind; count: number }[];
}

/** The copy cannot be made as asked: no id header, or a --keep that names personal data or nothing. */
export class ShareError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "ShareError";
  }
}

/** The add-in's own sheets (H4A_*) hold no personal data of their own. */
const isAddinSheetName = (name: string): boolean => /^H4A_/i.test(name);

export interface ShareInput {
  /** The beneficiary sheet's name and values. */
  sheet: string;
  input: SheetInput;
  /** The HMAC key derived from the City's passphrase (src/engine/sharing/pseudonyms.ts). */
  key: PseudonymKey;
  keep: readonly string[];
}

interface Candidate extends SensitiveColumn {
  sheet: string;
  headerRow: number;
}

/** A sheet whose id column is pseudonymised below its header row. */
interface IdColumn {
  sheet: string;
  headerRow: number;
  column: number;
}

/** An id is followed into other cells by its text only when it cannot be mistaken for a token or a number. */
const isDistinctiveId = (id: string): boolean => id.trim().length >= 3 && /\p{L}/u.test(id);

/** A phone number: searched too, though it has no letter (7 digits or more, with the usual separators). */
const isPhoneLike = (value: string): boolean => /^\+?[\d\s()./-]+$/.test(value.trim()) && (value.match(/\d/g) ?? []).length >= 7;

/** The values of an emptied column below its header row (the texts searched for elsewhere). */
function columnValues(input: SheetInput, column: number, headerRow: number): string[] {
  const origin = parseA1(input.topLeft);
  const values: string[] = [];
  input.values.forEach((row, index) => {
    const value = row[column - origin.column];
    if (origin.row + index <= headerRow || (typeof value !== "string" && typeof value !== "number")) return;
    const text = String(value).trim();
    if (isDistinctiveId(text) || isPhoneLike(text)) values.push(text);
  });
  return values;
}

function firstNonBlankRow(input: SheetInput, top: number): number {
  const index = input.values.findIndex((row) => row.some((value) => !isBlank(value)));
  return index < 0 ? top : top + index;
}

/** The ids of a sheet's id column below its header row, by sheet row. */
function idsByRow(input: SheetInput, column: number, headerRow: number): Map<number, string> {
  const origin = parseA1(input.topLeft);
  const ids = new Map<number, string>();
  input.values.forEach((row, index) => {
    const sheetRow = origin.row + index;
    const value = row[column - origin.column];
    if (sheetRow > headerRow && value !== undefined && !isBlank(value)) ids.set(sheetRow, String(value).trim());
  });
  return ids;
}

export async function shareWorkbook(workbook: PackageWorkbook, share: ShareInput): Promise<ShareReport> {
  const { sheet, input } = share;
  const scan = findHeader(input);
  if (scan.headerRow === null || scan.columns.id === undefined) {
    throw new ShareError({
      it: `${sheet}: riga di intestazione con «ID famiglia» non trovata; nulla da pseudonimizzare.`,
      en: `${sheet}: no header row with "Family ID" found; nothing to pseudonymise.`,
    });
  }
  const headerRow = scan.headerRow;
  const idColumn = scan.columns.id;
  const fields = new Map<number, FieldKey>(Object.entries(scan.columns).map(([field, column]) => [column as number, field as FieldKey]));

  const inputs = new Map<string, SheetInput>([[sheet, input]]);
  const candidates: Candidate[] = sensitiveColumns(input, { headerRow, fields }).map((c) => ({ ...c, sheet, headerRow }));
  const idColumns: IdColumn[] = [{ sheet, headerRow, column: idColumn }];
  for (const other of workbook.worksheetNames()) {
    if (other === sheet || isAddinSheetName(other)) continue;
    const otherInput = workbook.readSheetSync(other);
    inputs.set(other, otherInput);
    // A candidates sheet (§3b) is read by its own header row and fields, like the beneficiary sheet.
    const candidateScan = findCandidateHeader(otherInput);
    if (candidateScan.headerRow !== null && candidateScan.columns.id !== undefined) {
      const otherFields = new Map<number, CandidateFieldKey>(
        Object.entries(candidateScan.columns).map(([field, column]) => [column as number, field as CandidateFieldKey]),
      );
      for (const c of sensitiveColumns(otherInput, { headerRow: candidateScan.headerRow, fields: otherFields }))
        candidates.push({ ...c, sheet: other, headerRow: candidateScan.headerRow });
      idColumns.push({ sheet: other, headerRow: candidateScan.headerRow, column: candidateScan.columns.id });
      continue;
    }
    const top = otherInput.values.length === 0 ? 1 : parseA1(otherInput.topLeft).row;
    const otherHeader = firstNonBlankRow(otherInput, top);
    for (const c of sensitiveColumns(otherInput, { headerRow: null, fields: new Map() }))
      candidates.push({ ...c, sheet: other, headerRow: otherHeader });
  }
  const kept = resolveKeep(candidates, share.keep, inputs, sheet);
  const removed = candidates.filter((c) => !kept.has(c));

  // The same key gives an applicant who became a beneficiary the same pseudonym in both sheets.
  const idRows = idColumns.map((id) => idsByRow(inputs.get(id.sheet) as SheetInput, id.column, id.headerRow));
  const pseudonymOfId = await pseudonymsOf(
    share.key,
    idRows.flatMap((rows) => [...rows.values()]),
  );
  const pseudonyms = new Map<string, Map<number, string>>();
  const byText = new Map<string, string>();
  for (const [i, id] of idColumns.entries()) {
    const byRow = new Map<number, string>();
    for (const [row, value] of idRows[i]) {
      const pseudonym = pseudonymOfId.get(idKey(value)) as string;
      byRow.set(row, pseudonym);
      if (isDistinctiveId(value)) byText.set(idKey(value), pseudonym);
    }
    pseudonyms.set(id.sheet, byRow);
  }
  const beneficiaryPseudonyms = pseudonyms.get(sheet) as Map<number, string>;
  const pseudonymOfText = (value: CellValue): string | undefined => (typeof value === "string" ? byText.get(idKey(value)) : undefined);
  // Ids inside longer texts ("Famiglia TO-2023-001") become their pseudonyms; the values of the
  // emptied columns are removed wherever the package scrubber finds them (outside the cells).
  const idReplacements: TextReplacement[] = [...byText].map(([value, by]) => ({ value, by }));
  const idsInText = textReplacer(idReplacements);
  const removedValues = removed.flatMap((c) => columnValues(inputs.get(c.sheet) as SheetInput, c.column, c.headerRow));
  const replaceText = textReplacer([...idReplacements, ...removedValues.map((value) => ({ value, by: "" }))]);
  const textWithPseudonyms = (value: CellValue): string | undefined =>
    pseudonymOfText(value) ?? (typeof value === "string" ? idsInText(value) : undefined);

  const formulasReplaced: string[] = [];
  let idCopiesReplaced = 0;
  const edits: SheetCellEdit[] = workbook.worksheetNames().map((name) => {
    const emptied = removed.filter((c) => c.sheet === name);
    const id = idColumns.find((c) => c.sheet === name);
    const byRow = pseudonyms.get(name);
    return {
      sheet: name,
      edit: {
        change: (cell: ExistingCell): CellChange | undefined => {
          if (emptied.some((c) => c.column === cell.column && cell.row >= c.headerRow)) return { kind: "empty" };
          if (id !== undefined && cell.column === id.column && cell.row > id.headerRow) {
            const pseudonym = byRow?.get(cell.row);
            return pseudonym === undefined ? undefined : { kind: "set", value: pseudonym };
          }
          if (cell.formula !== null && callsCustomFunction(cell.formula)) {
            formulasReplaced.push(cellAddress(name, cell.row, cell.column));
            const copy = textWithPseudonyms(cell.value);
            if (copy !== undefined) idCopiesReplaced++;
            return { kind: "set", value: copy ?? cell.value };
          }
          if (cell.formula !== null) {
            const row = referencedIdRow(cell.formula, sheet, idColumn);
            const pseudonym = (row !== null ? beneficiaryPseudonyms.get(row) : undefined) ?? pseudonymOfText(cell.value);
            if (pseudonym === undefined) return undefined;
            idCopiesReplaced++;
            return { kind: "result", value: pseudonym };
          }
          const pseudonym = textWithPseudonyms(cell.value);
          if (pseudonym === undefined) return undefined;
          idCopiesReplaced++;
          return { kind: "set", value: pseudonym };
        },
      },
    };
  });
  workbook.editCells(edits);
  // A pivot table's cache is a copy of its source cells: an id there becomes its pseudonym too.
  workbook.replacePivotCacheTexts((text) => pseudonymOfText(text));
  const notesRemoved = workbook.removeComments();
  // Every other text part: headers and footers, names, properties, sheet names, validations,
  // formats, formula literals and text results, charts, relationships (src/xlsx/scrub.ts).
  const removals = workbook
    .scrub(replaceText)
    .sort((a, b) => (a.part < b.part ? -1 : a.part > b.part ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  workbook.clearUnusedSharedStrings();

  const entry = (c: Candidate): RemovedColumn => ({
    sheet: c.sheet,
    column: columnLetter(c.column),
    header: c.header,
    reason: c.reason,
    kind: c.kind,
  });
  const candidatesPseudonymised = idColumns.slice(1).reduce((sum, c) => sum + (pseudonyms.get(c.sheet)?.size ?? 0), 0);
  return {
    sheet,
    pseudonymised: beneficiaryPseudonyms.size,
    candidatesPseudonymised,
    idCopiesReplaced,
    removedColumns: removed.map(entry),
    keptColumns: candidates.filter((c) => kept.has(c)).map(entry),
    formulasReplaced,
    notesRemoved,
    removals,
  };
}

/** The free-text columns named by --keep; a name that matches personal data, or nothing, is refused. */
function resolveKeep(
  candidates: Candidate[],
  keep: readonly string[],
  inputs: ReadonlyMap<string, SheetInput>,
  beneficiaries: string,
): Set<Candidate> {
  const kept = new Set<Candidate>();
  for (const name of keep) {
    const wanted = normalizeText(name);
    const matches = candidates.filter(
      (c) =>
        (wanted !== "" && normalizeText(c.header) === wanted) ||
        (c.sheet === beneficiaries && columnLetter(c.column) === name.trim().toUpperCase()),
    );
    const personal = matches.find((c) => c.reason === "personal-data");
    if (personal !== undefined) {
      throw new ShareError({
        it: `--keep ${name}: la colonna ${columnLetter(personal.column)} di «${personal.sheet}» contiene dati personali diretti e viene sempre rimossa.`,
        en: `--keep ${name}: column ${columnLetter(personal.column)} of "${personal.sheet}" holds direct personal data and is always removed.`,
      });
    }
    if (matches.length === 0 && !hasHeader(inputs, wanted)) {
      throw new ShareError({
        it: `--keep ${name}: nessuna colonna con questa intestazione.`,
        en: `--keep ${name}: no column has this header.`,
      });
    }
    for (const match of matches) kept.add(match);
  }
  return kept;
}

function hasHeader(inputs: ReadonlyMap<string, SheetInput>, wanted: string): boolean {
  for (const input of inputs.values()) {
    for (const row of input.values) if (row.some((value) => typeof value === "string" && normalizeText(value) === wanted)) return true;
  }
  return false;
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
