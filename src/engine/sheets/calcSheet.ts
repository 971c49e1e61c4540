import { waitedLessThanLimit } from "../payments/cohorts";
import { FIELD_BY_KEY } from "../beneficiaries/fields";
import { toGrid } from "../cells/grid";
import type { Params } from "../agreement/params";
import { OUTCOME_KEYS } from "../keys";
import { daysAvoided } from "../payments/saving";
import type { CellValue, Family } from "../types";
import type { PlannedCell, SheetPlan } from "./workbookPlan";
import { CALC_HEADER_ROW, CALC_KEYS, CALC_NOTE_ROW, CALC_TITLE_ROW, type CalcKey, type CalcLayout, type DerivedKey } from "./calcLayout";
import { DAYS_PER_MONTH, formula, param } from "./formulaText";
import { idCell, INPUT_FIELDS, inputCell, type InputField } from "./helperInputs";
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

const bit = (test: boolean): number => (test ? 1 : 0);

/** The engine's value of each derived column for one family. */
function derivedResults(f: Family, p: Params): Record<DerivedKey, CellValue> {
  const left = f.exitDate !== null;
  const days = daysAvoided(f, p);
  return {
    year1: bit(f.leaseSigned === true && f.supportStarted === true),
    year2: bit(f.housingKept === true && f.supportContinued === true),
    left: bit(left),
    inDenominator: bit(p.leaversInDenominator || !left),
    stabilityAchieved: bit(!left && f.stability === true),
    wellbeingAchieved: bit(!left && f.wellbeing === true),
    waitingAchieved: bit(!left && waitedLessThanLimit(f, p.waitLimitMonths)),
    days: days ?? "",
    saving: days !== null && f.members !== null ? days * p.dailyCost * f.members : 0,
  };
}

/** The formulas of the derived columns for the family on helper row `i`: they read only that row's helper cells. */
function derivedFormulas(layout: CalcLayout, i: number): Record<DerivedKey, string> {
  const c = (key: CalcKey): string => layout.cell(key, i);
  const [req, con, wait, left] = [c("requestDate"), c("contractDate"), c("waitMonths"), c("left")];
  const cf = param("counterfactualMonths");
  const bothDates = `AND(ISNUMBER(${req}),ISNUMBER(${con}))`;
  return {
    year1: `${c("leaseSigned")}*${c("supportStarted")}`,
    year2: `${c("housingKept")}*${c("supportContinued")}`,
    left: `IF(ISNUMBER(${c("exitDate")}),1,0)`,
    inDenominator: `IF(OR(${param("leaversInDenominator")},${left}=0),1,0)`,
    stabilityAchieved: `IF(${left}=0,${c("stability")},0)`,
    wellbeingAchieved: `IF(${left}=0,${c("wellbeing")},0)`,
    waitingAchieved:
      `IF(${left}=1,0,IF(${bothDates},IF(${con}<EDATE(${req},INT(${param("waitLimitMonths")})),1,0),` +
      `IF(ISNUMBER(${wait}),IF(${wait}<${param("waitLimitMonths")},1,0),0)))`,
    days:
      `IF(ISNUMBER(${c("daysAvoided")}),MAX(0,${c("daysAvoided")}),` +
      `IF(ISNUMBER(${wait}),MAX(0,${cf}-${wait})*${DAYS_PER_MONTH},` +
      `IF(${bothDates},IF(${con}>=${req},MAX(0,${cf}-(${con}-${req})/${DAYS_PER_MONTH})*${DAYS_PER_MONTH},""),"")))`,
    saving: `IF(ISNUMBER(${c("days")}),${c("days")}*${param("dailyCost")}*${c("members")},0)`,
  };
}

const INPUT_KEYS: ReadonlySet<CalcKey> = new Set(INPUT_FIELDS);

export function calcPlan(input: PaymentInput, model: PaymentModel, layout: CalcLayout): SheetPlan {
  const grid = toGrid(input.sheet);
  const { columns } = input.parsed;
  const rows = model.families.map((family, i): PlannedCell[] => {
    const results = derivedResults(family, model.params);
    const formulas = derivedFormulas(layout, i);
    return CALC_KEYS.map((key): PlannedCell => {
      if (key === "id") return idCell(grid, columns, family);
      if (key === "row") return family.row;
      if (INPUT_KEYS.has(key)) return inputCell(grid, columns, family, key as InputField);
      return formula(formulas[key as DerivedKey], results[key as DerivedKey]);
    });
  });
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
