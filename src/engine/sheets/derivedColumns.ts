import type { Params } from "../agreement/params";
import { waitedLessThanLimit } from "../payments/cohorts";
import type { CellValue, Family } from "../types";
import { DERIVED_KEYS, type CalcKey, type DerivedKey } from "./calcLayout";
import { absolute, DAYS_PER_MONTH, param, rowFormula, type RowFormula } from "./formulaText";

/** The derived columns of H4A_Calcolo: formulas reading only their own row's helper cells, and the engine's value of each. */

/** The formulas of the derived columns, `c` giving the same row's helper cell of a column. */
function derivedFormulas(c: (key: CalcKey) => string): Record<DerivedKey, string> {
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

/** Each derived column's formula, given the helper row; `column` places each helper column. */
export function derivedRowFormulas(column: (key: CalcKey) => number): Record<DerivedKey, RowFormula> {
  const textOnRow = (key: DerivedKey) => (row: string) => derivedFormulas((k) => absolute(row, column(k)))[key];
  return Object.fromEntries(DERIVED_KEYS.map((key) => [key, rowFormula(textOnRow(key))])) as Record<DerivedKey, RowFormula>;
}

const bit = (test: boolean): number => (test ? 1 : 0);

/** The engine's value of one derived column for one family; `days` is its daysAvoided. */
export function derivedResult(key: DerivedKey, f: Family, p: Params, days: number | null): CellValue {
  const left = f.exitDate !== null;
  switch (key) {
    case "year1":
      return bit(f.leaseSigned === true && f.supportStarted === true);
    case "year2":
      return bit(f.housingKept === true && f.supportContinued === true);
    case "left":
      return bit(left);
    case "inDenominator":
      return bit(p.leaversInDenominator || !left);
    case "stabilityAchieved":
      return bit(!left && f.stability === true);
    case "wellbeingAchieved":
      return bit(!left && f.wellbeing === true);
    case "waitingAchieved":
      return bit(!left && waitedLessThanLimit(f, p.waitLimitMonths));
    case "days":
      return days ?? "";
    case "saving":
      return days !== null && f.members !== null ? days * p.dailyCost * f.members : 0;
  }
}
