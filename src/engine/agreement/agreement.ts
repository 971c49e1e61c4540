import { parseA1, cellAddress } from "../cells/address";
import { DEFAULT_PARAMS, PARAM_KEYS, paramCell, parseParams, type ParamKey, type ParamRowKey, type Params, type RawParams } from "./params";
import { blankValueIssues, rawParamsFromSheet, textValueIssues } from "../sheets/parametersSheet";
import type { Issue, SheetInput } from "../types";

/**
 * The one reading of the agreement (MECHANISM.md §5) that every shell uses: the task pane, the
 * command line and, through them, every write of payments. The workbook's H4A_Parametri values,
 * with the command line's overrides applied; an invalid value is an error located on its cell,
 * never a silent default, and a blank one a warning naming the default used. Checks that need some agreement (validation, simulation) go on with
 * the default in place of each invalid value and show which ones they assumed.
 */

export interface AgreementReading {
  /** The raw values read (sheet, then overrides). */
  raw: RawParams;
  /** The values to check and simulate with: as given where valid, the default where not. */
  params: Params;
  /** One error per invalid parameter: its name, its cell and the expected value. */
  issues: Issue[];
  /** Parameters whose default stands in for an invalid value. */
  assumed: ParamKey[];
  /** Parameters given as overrides (the command line's --param). */
  overridden: ParamKey[];
}

const SHARE_ROWS = ["share1", "share2", "share3"] as const;

export const keyOfRow = (rowKey: ParamRowKey | ParamKey): ParamKey =>
  (SHARE_ROWS as readonly string[]).includes(rowKey) ? "shares" : (rowKey as ParamKey);

/** Payments may be written only from an agreement without errors. */
export const agreementBlocksPayments = (reading: AgreementReading): boolean => reading.issues.some((issue) => issue.severity === "error");

/** The sheet values with the overrides on top; `shares` given as an override replaces the three share rows. */
function merged(sheet: RawParams, overrides: RawParams): RawParams {
  const all: RawParams = { ...sheet, ...overrides };
  if ("shares" in overrides) for (const row of SHARE_ROWS) delete all[row];
  return all;
}

function withoutKey(raw: RawParams, key: ParamKey): RawParams {
  const rest: RawParams = { ...raw };
  delete rest[key];
  if (key === "shares") for (const row of SHARE_ROWS) delete rest[row];
  return rest;
}

/** The cell of each parameter row where the sheet actually holds it (rows may have been moved). */
function cellsOfRows(sheet: SheetInput | null): Map<ParamKey, string> {
  const cells = new Map<ParamKey, string>();
  if (sheet === null) return cells;
  const origin = parseA1(sheet.topLeft);
  sheet.values.forEach((row, index) => {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    const field =
      PARAM_KEYS.includes(key as ParamKey) || (SHARE_ROWS as readonly string[]).includes(key) ? keyOfRow(key as ParamRowKey) : null;
    if (field !== null && !cells.has(field)) cells.set(field, cellAddress(sheet.sheetName, origin.row + index, origin.column + 1));
  });
  return cells;
}

/**
 * Drops each invalid parameter (its default stands in) until the rest parses; a value valid alone
 * but at odds with a default that now stands in (a below-partial payment above the default
 * partial payment) is dropped and reported too.
 */
function usable(raw: RawParams): { params: Params; invalid: Issue[] } {
  let rest = raw;
  const invalid: Issue[] = [];
  for (let pass = 0; pass <= PARAM_KEYS.length; pass++) {
    const result = parseParams(rest);
    if (result.params !== null) return { params: result.params, invalid };
    for (const issue of result.issues) {
      invalid.push(issue);
      rest = withoutKey(rest, issue.field as ParamKey);
    }
  }
  return { params: DEFAULT_PARAMS, invalid };
}

/** Reads the agreement from H4A_Parametri (null when the workbook has none) and the overrides. */
export function readAgreement(sheet: SheetInput | null, overrides: RawParams = {}): AgreementReading {
  const fromSheet = sheet === null ? {} : rawParamsFromSheet(sheet);
  const overridden = [...new Set(Object.keys(overrides).map((key) => keyOfRow(key as ParamRowKey)))];
  const raw = merged(fromSheet, overrides);
  const { params, invalid } = usable(raw);
  const cells = cellsOfRows(sheet);
  const asText = sheet === null ? [] : textValueIssues(sheet);
  const located = invalid.map((issue) => {
    const field = issue.field as ParamKey;
    if (overridden.includes(field)) return issue;
    const typedAsText = asText.find((text) => text.field === field && /\d/.test(String(text.value)));
    return typedAsText ?? { ...issue, cell: cells.get(field) ?? paramCell(field === "shares" ? "share1" : field) };
  });
  const textOnly = asText.filter(
    (issue) => !overridden.includes(issue.field as ParamKey) && !located.some((seen) => seen.field === issue.field),
  );
  const blank = sheet === null ? [] : blankValueIssues(sheet).filter((issue) => !overridden.includes(issue.field as ParamKey));
  const issues = [...located, ...textOnly, ...blank].sort(
    (a, b) => PARAM_KEYS.indexOf(a.field as ParamKey) - PARAM_KEYS.indexOf(b.field as ParamKey),
  );
  return { raw, params, issues, assumed: located.map((issue) => issue.field as ParamKey), overridden };
}

/** The values standing in for invalid parameters, as the checks used them. */
export function assumedValues(reading: AgreementReading): { parameter: ParamKey; value: Params[ParamKey] }[] {
  return reading.assumed.map((parameter) => ({ parameter, value: reading.params[parameter] }));
}
