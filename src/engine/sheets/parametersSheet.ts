import { parseA1, cellAddress } from "../cells/address";
import { isBlank } from "../cells/cells";
import {
  DEFAULT_PARAMS,
  PARAM_INFO,
  PARAM_ROW_KEYS,
  ParamsSchema,
  paramValueText,
  PARAMS_SHEET,
  paramName,
  parseParams,
  type ParamKey,
  type ParamRowKey,
  type Params,
  type ParamsResult,
  type RawParams,
} from "../agreement/params";
import { paramLabel } from "../agreement/paramLabels";
import type { CellValue, Issue, SheetInput } from "../types";
import type { LooseCell, NamedCell, SheetPlan } from "./workbookPlan";

/** The H4A_Parametri sheet of MECHANISM.md §5: Chiave | Valore | Descrizione from A1, one named value cell per key. */

export const PARAMS_HEADER = ["Chiave", "Valore", "Descrizione"] as const;

const EURO_FORMAT = '#,##0.00 "€"';
const PERCENT_FORMAT = "0%";

const NUMBER_FORMATS: Partial<Record<ParamKey, string>> = {
  totalPremium: EURO_FORMAT,
  premiumPerFamily: EURO_FORMAT,
  cap: EURO_FORMAT,
  iseeCeiling: EURO_FORMAT,
  dailyCost: EURO_FORMAT,
  shares: PERCENT_FORMAT,
  fullThreshold: PERCENT_FORMAT,
  partialThreshold: PERCENT_FORMAT,
  partialPayment: PERCENT_FORMAT,
  belowPartialPayment: PERCENT_FORMAT,
};

const keyOfRow = (rowKey: ParamRowKey): ParamKey => (rowKey === "share1" || rowKey === "share2" || rowKey === "share3" ? "shares" : rowKey);

function valueOf(params: Params, rowKey: ParamRowKey): CellValue {
  if (rowKey === "share1") return params.shares[0];
  if (rowKey === "share2") return params.shares[1];
  if (rowKey === "share3") return params.shares[2];
  const value = params[rowKey];
  if (Array.isArray(value)) return value.length === 1 ? value[0] : value.join("; ");
  return value === null ? "" : value;
}

function descriptionOf(rowKey: ParamRowKey): string {
  const description = PARAM_INFO[keyOfRow(rowKey)].description.it;
  const share = { share1: 1, share2: 2, share3: 3 }[rowKey as "share1" | "share2" | "share3"];
  return share ? `Quota della tranche nell'anno di coorte ${share}` : description;
}

/** The sheet holding the agreement `params`, as people read and edit it. */
export function parametersPlan(params: Params): SheetPlan {
  const cells: LooseCell[] = PARAMS_HEADER.map((value, i) => ({ row: 1, column: i + 1, value, bold: true }));
  PARAM_ROW_KEYS.forEach((rowKey, i) => {
    const row = i + 2;
    const numberFormat = NUMBER_FORMATS[keyOfRow(rowKey)];
    cells.push({ row, column: 1, value: rowKey });
    cells.push({ row, column: 2, value: valueOf(params, rowKey), ...(numberFormat ? { numberFormat } : {}) });
    cells.push({ row, column: 3, value: descriptionOf(rowKey) });
  });
  return {
    name: PARAMS_SHEET,
    cells,
    tables: [],
    names: PARAM_ROW_KEYS.map((rowKey, i) => ({ name: paramName(rowKey), row: i + 2, column: 2 })),
    columnWidths: [24, 16, 64],
  };
}

/**
 * The raw agreement read back from the sheet's values, by the Chiave column (rows may have been
 * moved); unknown keys are ignored, blank values mean "none" or the default.
 */
export function rawParamsFromSheet(input: SheetInput): RawParams {
  const known = new Set<string>(PARAM_ROW_KEYS);
  const raw: RawParams = {};
  for (const row of input.values) {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (!known.has(key)) continue;
    const value = row[1] ?? "";
    raw[key as ParamRowKey] = isBlank(value) ? "" : value;
  }
  return raw;
}

/**
 * The agreement as the workbook's formulas see it. Besides the schema's checks, a number or
 * TRUE/FALSE typed as text is refused on its cell: the payment formulas could not read it.
 */
export function paramsFromSheet(input: SheetInput): ParamsResult {
  const { params, issues } = parseParams(rawParamsFromSheet(input));
  const textIssues = textValueIssues(input).filter((t) => !issues.some((i) => i.field === t.field));
  const all = [...textIssues, ...issues];
  return { params: all.some((i) => i.severity === "error") ? null : params, issues: all };
}

/** Parameters that no formula reads, whose value is text by nature: a list, a choice. */
const TEXT_KEYS: ReadonlySet<ParamKey> = new Set(["plannedEnrolment", "trueUpPolicy"]);

/** A number or TRUE/FALSE typed as text in the value column: an error on its cell (readAgreement prefers it to "invalid value"). */
export function textValueIssues(input: SheetInput): Issue[] {
  const known = new Set<string>(PARAM_ROW_KEYS);
  const origin = parseA1(input.topLeft);
  const issues: Issue[] = [];
  input.values.forEach((row, index) => {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    const value = row[1];
    if (!known.has(key) || typeof value !== "string" || isBlank(value)) return;
    const field = keyOfRow(key as ParamRowKey);
    if (TEXT_KEYS.has(field)) return;
    const info = PARAM_INFO[field];
    issues.push({
      rule: "parameter-as-text",
      severity: "error",
      cell: cellAddress(input.sheetName, origin.row + index, origin.column + 1),
      field,
      value,
      message: {
        it: `Parametro ${key}: «${value}» è scritto come testo e le formule della cartella non lo leggono; digitare ${info.expected.it}.`,
        en: `Parameter ${key}: "${value}" is typed as text and the workbook's formulas cannot read it; enter ${info.expected.en}.`,
      },
    });
  });
  return issues;
}

/** Whether a blank value means "none" for the parameter rather than "take the default". */
const blankMeansNone = (key: ParamKey): boolean => ParamsSchema.shape[key].safeParse("").data === null;

/**
 * A row whose value cell is blank where the parameter has no "none" (§5): the default stands in,
 * as for a key the sheet lacks, and a warning on the cell says which value was used. The three
 * share rows count as one, when all three are blank.
 */
export function blankValueIssues(input: SheetInput): Issue[] {
  const origin = parseA1(input.topLeft);
  const known = new Set<string>(PARAM_ROW_KEYS);
  const blankCells = new Map<ParamKey, string[]>();
  input.values.forEach((row, index) => {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (!known.has(key) || !isBlank(row[1] ?? null)) return;
    const field = keyOfRow(key as ParamRowKey);
    blankCells.set(field, [...(blankCells.get(field) ?? []), cellAddress(input.sheetName, origin.row + index, origin.column + 1)]);
  });
  const issues: Issue[] = [];
  for (const [field, cells] of blankCells) {
    if (blankMeansNone(field) || (field === "shares" && cells.length < 3)) continue;
    const info = PARAM_INFO[field];
    const value = DEFAULT_PARAMS[field];
    issues.push({
      rule: "blank-parameter",
      severity: "warning",
      cell: cells[0],
      field,
      value: "",
      message: {
        it: `Parametro «${paramLabel(field, "it")}» (${field}) vuoto: vale il predefinito «${paramValueText(value, "it")}»; per un altro valore digitare ${info.expected.it}.`,
        en: `Parameter "${paramLabel(field, "en")}" (${field}) is blank: the default "${paramValueText(value, "en")}" applies; for another value enter ${info.expected.en}.`,
      },
    });
  }
  return issues;
}

/** What changes in an existing H4A_Parametri so that it holds the agreement used. */
export interface ParametersUpdate {
  /** Value cells whose value differs from the agreement used, then the rows of keys the sheet lacks. */
  cells: LooseCell[];
  /** The names of the value cells added. */
  names: NamedCell[];
}

const sameValue = (seen: CellValue, wanted: CellValue): boolean =>
  typeof seen === "number" && typeof wanted === "number"
    ? Math.abs(seen - wanted) <= 1e-12 * Math.max(1, Math.abs(wanted))
    : (isBlank(seen) && isBlank(wanted)) || seen === wanted;

/**
 * The least change that makes an existing H4A_Parametri hold `params` (MECHANISM.md §5): a value
 * cell is rewritten only when what it shows differs (a formula the user typed that gives the
 * value used stays); a key the sheet lacks gets a row at the end, with its name. Everything else
 * the user put in the sheet — formulas, notes, formats, other rows — is left alone.
 */
export function parametersUpdate(sheet: SheetInput, params: Params): ParametersUpdate {
  const origin = parseA1(sheet.topLeft);
  const rowOf = new Map<string, number>();
  sheet.values.forEach((row, index) => {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (!rowOf.has(key)) rowOf.set(key, origin.row + index);
  });
  const cells: LooseCell[] = [];
  const names: NamedCell[] = [];
  let next = origin.row + sheet.values.length;
  for (const rowKey of PARAM_ROW_KEYS) {
    const wanted = valueOf(params, rowKey);
    const numberFormat = NUMBER_FORMATS[keyOfRow(rowKey)];
    const format = numberFormat ? { numberFormat } : {};
    const row = rowOf.get(rowKey);
    if (row !== undefined) {
      const seen = sheet.values[row - origin.row][1] ?? "";
      if (!sameValue(seen, wanted)) cells.push({ row, column: origin.column + 1, value: wanted, ...format });
      continue;
    }
    cells.push(
      { row: next, column: origin.column, value: rowKey },
      { row: next, column: origin.column + 1, value: wanted, ...format },
      { row: next, column: origin.column + 2, value: descriptionOf(rowKey) },
    );
    names.push({ name: paramName(rowKey), row: next, column: origin.column + 1 });
    next++;
  }
  return { cells, names };
}
