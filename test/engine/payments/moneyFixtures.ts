import { toSerial } from "../../../src/engine/cells/calendar";
import { parseParams, type Params, type RawParams } from "../../../src/engine/agreement/params";
import { emptyFamily } from "../../../src/engine/beneficiaries/parseRow";
import type { Family } from "../../../src/engine/types";

/** A family with every field null except the row and what is given. */
export function family(row: number, fields: Partial<Omit<Family, "row">> = {}): Family {
  return { ...emptyFamily(row), id: `F${row}`, ...fields };
}

export interface CohortSpec {
  cohort: number;
  families: number;
  /** Families meeting the year-1 outcome (lease signed and support started); the others: no. */
  year1: number;
  year2: number;
  stability: number;
  wellbeing: number;
  /** Families who waited 4 months; the others waited 10. */
  waiting: number;
  firstRow?: number;
}

/** A cohort whose first n families achieve each outcome, the others not. */
export function cohortFamilies(spec: CohortSpec): Family[] {
  const firstRow = spec.firstRow ?? spec.cohort * 100;
  return Array.from({ length: spec.families }, (_, i) =>
    family(firstRow + i, {
      cohort: spec.cohort,
      members: 3,
      leaseSigned: i < spec.year1,
      supportStarted: i < spec.year1,
      housingKept: i < spec.year2,
      supportContinued: i < spec.year2,
      stability: i < spec.stability,
      wellbeing: i < spec.wellbeing,
      waitMonths: i < spec.waiting ? 4 : 10,
    }),
  );
}

/** The agreement from raw values, as the workbook would give them; throws when invalid. */
export function agreement(raw: RawParams = {}): Params {
  const { params, issues } = parseParams(raw);
  if (params === null) throw new Error(`Invalid test agreement: ${issues.map((i) => i.message.en).join(" ")}`);
  return params;
}

export const date = (year: number, month: number, day: number): number => toSerial({ year, month, day });

/** The deck's two cohorts of §9. */
export const COHORT_1: CohortSpec = { cohort: 1, families: 11, year1: 11, year2: 10, stability: 9, wellbeing: 10, waiting: 11 };
export const COHORT_2: CohortSpec = { cohort: 2, families: 11, year1: 11, year2: 11, stability: 7, wellbeing: 9, waiting: 10 };
