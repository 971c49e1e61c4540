import type { BodyColumn } from "../engine/sheets/workbookPlan";

/**
 * Fill-down runs: a column of formulas that differ row by row only in the rows of their
 * references (`=Beneficiari!$C$7`, `=Beneficiari!$C$8`, …) is written as ONE formula and
 * Excel's AutoFill, so the request's size does not grow with the number of families.
 *
 * The template is the run's first formula with each reference that moves with the row made
 * row-relative (`$C7`) and each reference that stays put made row-absolute (`$B$2`). Filled
 * down, it gives in every row a formula with exactly the references of the planned one; only the
 * `$` before moving rows differs, which changes no value. Pure: no Office.js.
 */

/** A formula split at the row numbers of its A1 references. */
export interface FormulaShape {
  /** The text with every reference row replaced by a placeholder, `$` signs kept. */
  pattern: string;
  /** The row number of each reference, in order. */
  rows: number[];
}

const ROW_MARK = "\u0000";
const WORD_CHAR = /[A-Za-z0-9_.]/;

/**
 * Splits an A1 formula at its reference rows, or returns null when the formula holds a reference
 * this scanner does not read with certainty (whole rows such as `3:5`, R1C1 text).
 */
export function formulaShape(formula: string): FormulaShape | null {
  let pattern = "";
  const rows: number[] = [];
  let i = 0;
  const n = formula.length;
  /** Takes the reference at `start` if there is one ending at `minEnd` or later: its pattern, its rows, the position after it. */
  const takeRef = (start: number, minEnd = start): boolean => {
    const ref = readCellRef(formula, start);
    if (ref === null || ref.end < minEnd) return false;
    pattern += ref.pattern;
    rows.push(...ref.rows);
    i = ref.end;
    return true;
  };
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      const end = closingQuote(formula, i, '"');
      if (end < 0) return null;
      pattern += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name, copied as it is, and the reference after its "!".
      const end = closingQuote(formula, i, "'");
      if (end < 0 || formula[end + 1] !== "!") return null;
      pattern += formula.slice(i, end + 2);
      if (!takeRef(end + 2)) return null;
      continue;
    }
    if (i > 0 && WORD_CHAR.test(formula[i - 1]) && WORD_CHAR.test(ch)) {
      pattern += ch;
      i++;
      continue;
    }
    if (WORD_CHAR.test(ch) || ch === "$") {
      // A word: a function, a name, a sheet prefix, TRUE, a number, or a cell reference.
      let end = i;
      while (end < n && (WORD_CHAR.test(formula[end]) || formula[end] === "$")) end++;
      const word = formula.slice(i, end);
      if (formula[end] === "!") {
        pattern += `${word}!`;
        if (!takeRef(end + 1)) return null;
        continue;
      }
      if (takeRef(i, end)) continue;
      if (/^\$?\d+$/.test(word) && formula[end] === ":") return null; // whole rows, e.g. 3:5
      pattern += word;
      i = end;
      continue;
    }
    pattern += ch;
    i++;
  }
  return { pattern, rows };
}

function closingQuote(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const COLUMN_ONLY = /^(\$?)([A-Za-z]{1,3})(?=:)/;

interface RefScan {
  pattern: string;
  rows: number[];
  end: number;
}

/** A cell, a cell range or a whole-column range at `start`, if the text there is one. */
function readCellRef(text: string, start: number): RefScan | null {
  const first = readCell(text, start);
  if (first === null) {
    const column = COLUMN_ONLY.exec(text.slice(start, start + 5));
    if (column === null) return null;
    const afterColon = start + column[0].length + 1;
    const second = /^(\$?)([A-Za-z]{1,3})/.exec(text.slice(afterColon, afterColon + 4));
    if (second === null || isWordAt(text, afterColon + second[0].length)) return null;
    return { pattern: text.slice(start, afterColon + second[0].length), rows: [], end: afterColon + second[0].length };
  }
  if (text[first.end] === ":") {
    const second = readCell(text, first.end + 1);
    if (second === null) return null;
    return { pattern: `${first.pattern}:${second.pattern}`, rows: [first.row, second.row], end: second.end };
  }
  return { pattern: first.pattern, rows: [first.row], end: first.end };
}

function readCell(text: string, start: number): { pattern: string; row: number; end: number } | null {
  const match = CELL.exec(text.slice(start, start + 14));
  if (match === null) return null;
  const end = start + match[0].length;
  if (isWordAt(text, end) || text[end] === "(" || text[end] === "!") return null;
  const [, columnDollar, letters, rowDollar, digits] = match;
  return { pattern: `${columnDollar}${letters.toUpperCase()}${rowDollar}${ROW_MARK}`, row: Number(digits), end };
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && (WORD_CHAR.test(text[index]) || text[index] === "$");
}

/** How each reference of a run behaves from row to row. */
type Motion = "fixed" | "moving";

/** A run of rows [start, end] (indexes into the column) written as one filled formula. */
export interface FillRun {
  start: number;
  end: number;
  /** The formula for row `start`, references made relative or absolute as the run needs. */
  template: string;
}

/** One column's cells as formulas (text with "=") or anything else (null). */
export type ColumnFormulas = readonly (string | null)[];

/**
 * The fill-down runs of one column: maximal runs of at least `minLength` consecutive formulas
 * whose references either stay on the same row or move exactly with the row. Rows outside every
 * run are written as they are.
 */
export function fillRuns(column: ColumnFormulas, minLength = 3): FillRun[] {
  const shapes = column.map((formula) => (formula === null ? null : formulaShape(formula)));
  const runs: FillRun[] = [];
  let start = 0;
  while (start < column.length) {
    const first = shapes[start];
    if (first === null) {
      start++;
      continue;
    }
    let motions: Motion[] | null = null;
    let end = start;
    while (end + 1 < column.length) {
      const next = shapes[end + 1];
      if (next === null || next.pattern !== first.pattern) break;
      const offset = end + 1 - start;
      const found = motionsBetween(first.rows, next.rows, offset, motions);
      if (found === null) break;
      motions = found;
      end++;
    }
    if (end - start + 1 >= minLength && motions !== null) {
      runs.push({ start, end, template: templateOf(first, motions) });
      start = end + 1;
    } else {
      start++;
    }
  }
  return runs;
}

function motionsBetween(first: readonly number[], next: readonly number[], offset: number, known: Motion[] | null): Motion[] | null {
  const motions: Motion[] = [];
  for (let j = 0; j < first.length; j++) {
    const motion: Motion | null = next[j] === first[j] ? "fixed" : next[j] - first[j] === offset ? "moving" : null;
    if (motion === null) return null;
    if (known !== null && known[j] !== motion) return null;
    motions.push(motion);
  }
  return motions;
}

/** Rebuilds the first formula with `$` on fixed rows and none on moving rows. */
function templateOf(shape: FormulaShape, motions: readonly Motion[]): string {
  const pieces = shape.pattern.split(ROW_MARK);
  return pieces
    .map((piece, j) =>
      j === pieces.length - 1 ? piece : `${piece.replace(/\$$/, "")}${motions[j] === "fixed" ? "$" : ""}${shape.rows[j]}`,
    )
    .join("");
}

/**
 * The fill-down runs of a columnar body's column (see ColumnarRows): maximal runs of at least
 * `minLength` rows whose formula reads consecutive rows. Its formula is the same on every row but
 * for the row, so each run's template is found from its first three formulas, with no formula of
 * the rest made.
 */
export function bodyColumnRuns(column: BodyColumn, minLength = 3): FillRun[] {
  const { formula, formulaRows } = column;
  if (formula === null) return [];
  const runs: FillRun[] = [];
  let start = 0;
  while (start < formulaRows.length) {
    let end = start;
    if (formulaRows[start] !== 0) {
      while (end + 1 < formulaRows.length && formulaRows[end + 1] === formulaRows[end] + 1) end++;
    }
    if (end - start + 1 >= Math.max(minLength, 3)) {
      const first = formulaRows[start];
      const [probe] = fillRuns([0, 1, 2].map((k) => formula(String(first + k))));
      if (probe?.end === 2) runs.push({ start, end, template: probe.template });
    }
    start = end + 1;
  }
  return runs;
}
