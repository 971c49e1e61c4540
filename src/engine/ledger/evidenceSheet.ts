import { cellAddress, parseA1 } from "../cells/address";
import { isBlank } from "../cells/cells";
import type { CohortYear } from "../payments/schedule";
import type { CellValue, Issue, SheetInput } from "../types";
import type { LooseCell } from "../sheets/workbookPlan";
import { ALL_EVIDENCE_FIELDS, evidenceFieldLabel, type Answer, type EvidenceEntry, type EvidenceField } from "./evidence";

/**
 * H4A_Evidenze (MECHANISM.md §10): for each recorded tranche, one row per family of the cohort —
 * its pseudonym (or row), whether it was counted, and the answers that decided the tranche.
 * Appended with the register and never rewritten.
 */

export const EVIDENCE_SHEET = "H4A_Evidenze";

export const EVIDENCE_HEADER = [
  "Anno di programma",
  "Coorte",
  "Anno di percorso",
  "Famiglia",
  "Riga",
  "Conteggiata",
  ...ALL_EVIDENCE_FIELDS.map((field) => evidenceFieldLabel(field, "it")),
];

export const EVIDENCE_COLUMN_WIDTHS = [10, 8, 10, 22, 8, 12, ...ALL_EVIDENCE_FIELDS.map(() => 14)];

const yesNo = (answer: Answer | undefined): CellValue => (answer === true ? "Sì" : answer === false ? "No" : "");

export function evidenceCells(entries: readonly EvidenceEntry[], firstRow: number, withHeader: boolean): LooseCell[] {
  const cells: LooseCell[] = withHeader ? EVIDENCE_HEADER.map((value, i) => ({ row: 1, column: i + 1, value, bold: true })) : [];
  entries.forEach((entry, index) => {
    const values: CellValue[] = [
      entry.programmeYear,
      entry.cohort,
      entry.cohortYear,
      entry.family,
      entry.row,
      yesNo(entry.counted),
      ...ALL_EVIDENCE_FIELDS.map((field) => yesNo(entry.answers[field])),
    ];
    values.forEach((value, i) => cells.push({ row: firstRow + index, column: i + 1, value }));
  });
  return cells;
}

export interface EvidenceReading {
  entries: EvidenceEntry[];
  issues: Issue[];
  nextRow: number;
}

function answerOf(value: CellValue): Answer | undefined {
  if (isBlank(value)) return null;
  if (value === "Sì") return true;
  if (value === "No") return false;
  return undefined;
}

/** The rows of H4A_Evidenze as read (null: none yet); the header row is skipped. */
export function readEvidence(sheet: SheetInput | null): EvidenceReading {
  if (sheet === null) return { entries: [], issues: [], nextRow: 2 };
  const origin = parseA1(sheet.topLeft);
  const entries: EvidenceEntry[] = [];
  const issues: Issue[] = [];
  let nextRow = 2;
  sheet.values.forEach((raw, index) => {
    const row = origin.row + index;
    if (row === 1 || raw.every(isBlank)) return;
    nextRow = row + 1;
    const values = [...Array<CellValue>(origin.column - 1).fill(""), ...raw];
    const at = (i: number): CellValue => values[i] ?? "";
    const whole = (i: number, min: number): boolean => typeof at(i) === "number" && Number.isInteger(at(i)) && (at(i) as number) >= min;
    const answers: Partial<Record<EvidenceField, Answer>> = {};
    let broken = -1;
    ALL_EVIDENCE_FIELDS.forEach((field, i) => {
      const answer = answerOf(at(6 + i));
      if (answer === undefined) broken = broken < 0 ? 6 + i : broken;
      else if (answer !== null) answers[field] = answer;
    });
    const counted = answerOf(at(5));
    if (!whole(0, 1)) broken = 0;
    else if (!whole(1, 1)) broken = 1;
    else if (!(at(2) === 1 || at(2) === 2 || at(2) === 3)) broken = 2;
    else if (typeof at(3) !== "string" || isBlank(at(3))) broken = 3;
    else if (!whole(4, 1)) broken = 4;
    else if (typeof counted !== "boolean") broken = 5;
    if (broken >= 0) {
      issues.push({
        rule: "evidence-row-invalid",
        severity: "error",
        cell: cellAddress(sheet.sheetName, row, broken + 1),
        field: null,
        value: at(broken),
        message: {
          it: `${EVIDENCE_SHEET}, riga ${row}: il valore «${String(at(broken))}» non è quello registrato; le evidenze non vanno modificate (ripristinare la copia registrata).`,
          en: `${EVIDENCE_SHEET}, row ${row}: the value "${String(at(broken))}" is not the one recorded; the evidence must not be changed (restore the recorded copy).`,
        },
      });
      return;
    }
    entries.push({
      programmeYear: at(0) as number,
      cohort: at(1) as number,
      cohortYear: at(2) as CohortYear,
      family: at(3) as string,
      row: at(4) as number,
      counted: counted as boolean,
      answers,
    });
  });
  return { entries, issues, nextRow };
}
