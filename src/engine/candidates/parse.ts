import { parseAddress } from "../cells/address";
import { cellAt, isBlankRow, toGrid, type Grid } from "../cells/grid";
import { presentFields, readRowCells, UNKNOWN_TOKEN, type FieldReading, type PresentField } from "../cells/rowCells";
import { HEADER_SEARCH_ROWS, type DuplicateColumn, type HeaderScan } from "../beneficiaries/headers";
import { readField } from "../beneficiaries/parseRow";
import { checkOtherColumns } from "../sharing/personalData";
import { a1, Reporter } from "../beneficiaries/report";
import type { CellValue, FieldKey, Issue, SheetInput } from "../types";
import { CANDIDATE_FIELDS, emptyCandidate, parseEviction, type Candidate, type CandidateFieldKey, type CandidateFieldSpec } from "./fields";
import { scanCandidateHeader, type CandidateHeaderScan } from "./header";
import { CandidateReporter, type CandidateSite } from "./messages";

/** The candidates sheet read and checked (MECHANISM.md §3b). */
export interface ParsedCandidates {
  sheetName: string;
  /** One per non-blank row below the header row, in sheet order. */
  candidates: Candidate[];
  /** Every issue, in sheet order. */
  issues: Issue[];
  headerRow: number | null;
  /** field → 1-based sheet column. */
  columns: Partial<Record<CandidateFieldKey, number>>;
}

interface CandidateReading {
  candidate: Candidate;
  /** The raw value of each present field's cell, for the issues that cite it. */
  raw: Partial<Record<CandidateFieldKey, CellValue>>;
}

/** A ROWS_CITED-long list of the other rows of a repeated id, as the beneficiary sheet cites them. */
const ROWS_CITED = 5;

/**
 * Reads and checks the candidates sheet: the header row below any title rows, every cell read as
 * its field's kind (the §3 fields exactly as the beneficiary sheet reads them), each problem a
 * located issue in Italian and English. Never throws; never changes a cell.
 */
export function parseCandidateSheet(input: SheetInput): ParsedCandidates {
  const grid = toGrid(input);
  const reporter = new CandidateReporter(grid.sheetName);
  const scan = scanCandidateHeader(grid);
  if (scan.headerRow === null) {
    reporter.add("missing-header-row", { row: grid.top, column: grid.left, field: null, value: "" }, { searchedRows: HEADER_SEARCH_ROWS });
    return { sheetName: grid.sheetName, candidates: [], issues: reporter.issues(), headerRow: null, columns: {} };
  }
  const headerRow = scan.headerRow;
  const dataRows: number[] = [];
  for (let r = headerRow - grid.top + 1; r < grid.rows.length; r++) if (!isBlankRow(grid.rows[r])) dataRows.push(r);
  const fields = presentFields(CANDIDATE_FIELDS, scan.columns);
  const readings = dataRows.map((r) => readCandidateRow(grid, r, fields, reporter));
  for (const reading of readings) checkComposition(reading, scan.columns, reporter);
  checkCandidateSheet(grid, { ...scan, headerRow }, readings, reporter);
  checkOtherCandidateColumns(grid, { ...scan, headerRow }, dataRows, reporter);
  return {
    sheetName: grid.sheetName,
    candidates: readings.map((r) => r.candidate),
    issues: reporter.issues(),
    headerRow,
    columns: { ...scan.columns },
  };
}

function readCandidateRow(
  grid: Grid,
  rowIndex: number,
  fields: readonly PresentField<CandidateFieldSpec>[],
  reporter: CandidateReporter,
): CandidateReading {
  const values = new Array<CandidateValue>(CANDIDATE_FIELDS.length).fill(null);
  readRowCells(
    grid,
    rowIndex,
    fields,
    {
      read: readCandidateField,
      excelError: (site, error) => reporter.add("excel-error", site, { error }),
      blank: (site, spec) => {
        if (spec.key === "id") reporter.add("empty-id", site, {});
        else if (spec.required) reporter.add("missing-value", site, { field: spec.key });
      },
      problem: (site, problem) => {
        if (problem.problem === "out-of-range") reporter.add("out-of-range", site, { field: site.field, value: problem.number });
        else reporter.add(problem.problem, site, { field: site.field, value: site.value });
      },
    },
    values,
    null,
    0,
  );
  const candidate = emptyCandidate(grid.top + rowIndex);
  const valuesByKey = candidate as Partial<Record<CandidateFieldKey, CandidateValue>>;
  const raw: Partial<Record<CandidateFieldKey, CellValue>> = {};
  for (const { spec, index, column } of fields) {
    valuesByKey[spec.key] = values[index];
    raw[spec.key] = cellAt(grid, rowIndex, column - grid.left);
  }
  return { candidate, raw };
}

type CandidateValue = Candidate[CandidateFieldKey];

/** A candidate's cell: an eviction stage, or a §3 kind read as the beneficiary sheet reads it. */
function readCandidateField(spec: CandidateFieldSpec, value: CellValue): FieldReading<CandidateValue> {
  if (spec.kind !== "eviction") return readField({ kind: spec.kind, min: spec.min }, value);
  const stage = parseEviction(value);
  return stage === "invalid" ? UNKNOWN_TOKEN : stage;
}

/** The household's composition: minors, elders and members with a disability against the members. */
function checkComposition(reading: CandidateReading, columns: CandidateHeaderScan["columns"], reporter: CandidateReporter): void {
  const { candidate: c } = reading;
  const at = (field: CandidateFieldKey): CandidateSite => ({
    row: c.row,
    column: columns[field] ?? 0,
    field,
    value: reading.raw[field] ?? null,
  });
  const ref = (field: CandidateFieldKey): string => a1(c.row, columns[field] ?? 0);
  if (c.members === null) return;
  const minorsOk = c.minors === null || c.minors < c.members;
  const eldersOk = c.elders === null || c.elders <= c.members;
  if (!minorsOk && c.minors !== null) {
    reporter.add("minors-not-less-than-members", at("minors"), { minors: c.minors, members: c.members, membersCell: ref("members") });
  }
  if (!eldersOk && c.elders !== null) {
    reporter.add("elders-above-members", at("elders"), { elders: c.elders, members: c.members, membersCell: ref("members") });
  }
  if (c.disabled !== null && c.disabled > c.members) {
    reporter.add("disabled-above-members", at("disabled"), { disabled: c.disabled, members: c.members, membersCell: ref("members") });
  }
  if (minorsOk && eldersOk && c.minors !== null && c.elders !== null && c.minors + c.elders > c.members) {
    reporter.add("minors-and-elders-above-members", at("elders"), {
      minors: c.minors,
      elders: c.elders,
      members: c.members,
      membersCell: ref("members"),
      minorsCell: ref("minors"),
    });
  }
}

/** Missing required columns (one error on the header row's first cell), repeated columns, repeated ids. */
function checkCandidateSheet(
  grid: Grid,
  scan: CandidateHeaderScan & { headerRow: number },
  readings: readonly CandidateReading[],
  reporter: CandidateReporter,
): void {
  const { headerRow, columns } = scan;
  for (const { key } of CANDIDATE_FIELDS.filter((f) => f.required && columns[f.key] === undefined)) {
    reporter.add("missing-column", { row: headerRow, column: grid.left, field: key, value: "" }, { field: key, headerRow });
  }
  for (const { field, column, firstColumn } of scan.duplicates) {
    const value = cellAt(grid, headerRow - grid.top, column - grid.left);
    reporter.add("duplicate-column", { row: headerRow, column, field, value }, { field, firstCell: a1(headerRow, firstColumn) });
  }
  const idColumn = columns.id;
  if (idColumn === undefined) return;
  // Ids are compared trimmed and ignoring case, as in the beneficiary sheet.
  const byId = new Map<string, CandidateReading[]>();
  for (const reading of readings) {
    const { id } = reading.candidate;
    if (id === null) continue;
    const key = id.toLowerCase();
    const group = byId.get(key);
    if (group) group.push(reading);
    else byId.set(key, [reading]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    const rows = group.map((reading) => reading.candidate.row);
    group.forEach((reading, index) => {
      const otherRows = rows
        .slice(0, ROWS_CITED + 1)
        .filter((_, i) => i !== index)
        .slice(0, ROWS_CITED);
      const args = { id: reading.candidate.id ?? "", otherRows, moreRows: rows.length - 1 - otherRows.length };
      reporter.add("duplicate-id", { row: reading.candidate.row, column: idColumn, field: "id", value: reading.raw.id ?? null }, args);
    });
  }
}

/**
 * Columns that are not fields, checked as the beneficiary sheet's are (personal data, free text,
 * unknown columns; fiscal codes or e-mails in the id or referral column): the same detectors, the
 * same messages.
 */
function checkOtherCandidateColumns(
  grid: Grid,
  scan: CandidateHeaderScan & { headerRow: number },
  dataRows: readonly number[],
  reporter: CandidateReporter,
): void {
  const shared = new Reporter(grid.sheetName);
  // The detectors only need which columns are taken, and where the id and referral columns are.
  const asScan: HeaderScan & { headerRow: number } = {
    headerRow: scan.headerRow,
    columns: scan.columns as Partial<Record<FieldKey, number>>,
    unknown: scan.unknown,
    duplicates: scan.duplicates as unknown as DuplicateColumn[],
  };
  checkOtherColumns(grid, asScan, dataRows, shared);
  for (const issue of shared.issues()) {
    const { row, column } = parseAddress(issue.cell);
    reporter.addLocated(row, column, issue);
  }
}
