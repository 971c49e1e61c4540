import { FIELD_BY_KEY } from "../beneficiaries/fields";
import { toGrid, type Grid } from "../cells/grid";
import type { Params } from "../agreement/params";
import { OUTCOME_KEYS } from "../keys";
import { daysAvoided } from "../payments/saving";
import type { CellValue, ColumnMap, Family } from "../types";
import type { BodyColumn, ColumnarRows, SheetPlan } from "./workbookPlan";
import { CALC_HEADER_ROW, CALC_KEYS, CALC_NOTE_ROW, CALC_TITLE_ROW, type CalcKey, type CalcLayout, type DerivedKey } from "./calcLayout";
import { derivedResult, derivedRowFormulas } from "./derivedColumns";
import type { RowFormula } from "./formulaText";
import {
  idCell,
  idColumn,
  INPUT_FIELDS,
  inputCell,
  inputColumn,
  type HelperCell,
  type IdColumn,
  type InputColumn,
  type InputField,
} from "./helperInputs";
import { CALC_NOTE, CALC_SHEET, CALC_TITLE, DATE_FORMAT, DECIMAL_FORMAT, EURO_FORMAT, TABLE_NAMES } from "./paymentLabels";
import type { PaymentInput, PaymentModel } from "./paymentModel";

/** The H4A_Calcolo sheet: the table H4A_Famiglie, one row per family, the per-family 0/1 columns the aggregates count. */

const DERIVED_HEADERS: Record<DerivedKey, string> = {
  year1: "Base anno 1",
  year2: "Base anno 2",
  left: "Uscita",
  inDenominator: "Nel denominatore",
  stabilityAchieved: "Stabilità raggiunta",
  wellbeingAchieved: "Benessere raggiunto",
  waitingAchieved: "Attesa sotto il limite",
  days: "Giorni evitati",
  saving: "Risparmio",
};

const FLAG_KEYS: ReadonlySet<CalcKey> = new Set(OUTCOME_KEYS);

function headerOf(key: CalcKey): string {
  if (key === "id") return FIELD_BY_KEY.id.header.it;
  if (key === "row") return "Riga";
  if (key === "daysAvoided") return "Giorni evitati indicati";
  if (FLAG_KEYS.has(key)) return `${FIELD_BY_KEY[key as InputField].header.it} (1 = sì)`;
  if (key in DERIVED_HEADERS) return DERIVED_HEADERS[key as DerivedKey];
  return FIELD_BY_KEY[key as InputField].header.it;
}

const FORMATS: Partial<Record<CalcKey, string>> = {
  requestDate: DATE_FORMAT,
  contractDate: DATE_FORMAT,
  exitDate: DATE_FORMAT,
  waitMonths: DECIMAL_FORMAT,
  daysAvoided: DECIMAL_FORMAT,
  days: DECIMAL_FORMAT,
  saving: EURO_FORMAT,
};

/** What each helper column holds, worked out once per sheet so that a family's row is one pass over them. */
type CalcColumn =
  | { kind: "id"; ids: IdColumn | null }
  | { kind: "row" }
  | { kind: "input"; input: InputColumn }
  | { kind: "derived"; key: DerivedKey; formula: RowFormula };

const INPUT_KEYS: ReadonlySet<CalcKey> = new Set(INPUT_FIELDS);

function calcColumns(grid: Grid, columns: ColumnMap, layout: CalcLayout): CalcColumn[] {
  const derived = derivedRowFormulas(layout.column);
  return CALC_KEYS.map((key): CalcColumn => {
    if (key === "id") return { kind: "id", ids: idColumn(grid, columns) };
    if (key === "row") return { kind: "row" };
    if (INPUT_KEYS.has(key)) return { kind: "input", input: inputColumn(grid, columns, key as InputField) };
    return { kind: "derived", key: key as DerivedKey, formula: derived[key as DerivedKey] };
  });
}

function formulaOf(column: CalcColumn): RowFormula | null {
  switch (column.kind) {
    case "id":
      return column.ids?.formula ?? null;
    case "row":
      return null;
    case "input":
      return column.input.formula;
    case "derived":
      return column.formula;
  }
}

/**
 * H4A_Famiglie's body, one row per family from sheet row `firstRow`, kept by column: the input
 * and id columns read the family's beneficiary row, the derived columns their own row.
 */
function calcRows(grid: Grid, columns: readonly CalcColumn[], families: readonly Family[], params: Params, firstRow: number): ColumnarRows {
  const count = families.length;
  const body: BodyColumn[] = columns.map((column) => ({
    formula: formulaOf(column),
    formulaRows: new Int32Array(count),
    results: new Array<CellValue>(count),
  }));
  const put = (j: number, i: number, formulaRow: number, cell: HelperCell): void => {
    body[j].formulaRows[i] = cell.byFormula ? formulaRow : 0;
    body[j].results[i] = cell.value;
  };
  for (let i = 0; i < count; i++) {
    const family = families[i];
    const days = daysAvoided(family, params);
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j];
      switch (column.kind) {
        case "id":
          put(j, i, family.row, idCell(grid, column.ids, family));
          break;
        case "row":
          body[j].results[i] = family.row;
          break;
        case "input":
          put(j, i, family.row, inputCell(grid, column.input, family));
          break;
        case "derived":
          body[j].formulaRows[i] = firstRow + i;
          body[j].results[i] = derivedResult(column.key, family, params, days);
          break;
      }
    }
  }
  return { length: count, columns: body };
}

export function calcPlan(input: PaymentInput, model: PaymentModel, layout: CalcLayout): SheetPlan {
  const grid = toGrid(input.sheet);
  const columns = calcColumns(grid, input.parsed.columns, layout);
  const rows = calcRows(grid, columns, model.families, model.params, layout.firstRow);
  return {
    name: CALC_SHEET,
    cells: [
      { row: CALC_TITLE_ROW, column: 1, value: CALC_TITLE, bold: true },
      { row: CALC_NOTE_ROW, column: 1, value: CALC_NOTE },
    ],
    tables: [
      {
        name: TABLE_NAMES.families,
        row: CALC_HEADER_ROW,
        column: 1,
        header: CALC_KEYS.map(headerOf),
        rows,
        numberFormats: CALC_KEYS.map((key) => FORMATS[key] ?? null),
      },
    ],
    names: [],
    columnWidths: CALC_KEYS.map((key) => Math.max(10, Math.min(28, headerOf(key).length + 2))),
  };
}
