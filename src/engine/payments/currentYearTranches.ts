import type { Params } from "../agreement/params";
import type { Payment, Schedule } from "./schedule";

/** The current programme year (the last with verified outcomes) and the tranches due in it. */
export interface CurrentYearTranches {
  programmeYear: number;
  /** firstCalendarYear + programmeYear − 1, or null without firstCalendarYear. */
  calendarYear: number | null;
  /** The schedule's payments of that year, by cohort, after the cap. */
  tranches: Payment[];
}

export function currentYearTranches(schedule: Schedule | null, params: Params): CurrentYearTranches {
  const programmeYear = params.currentYear;
  return {
    programmeYear,
    calendarYear: params.firstCalendarYear === null ? null : params.firstCalendarYear + programmeYear - 1,
    tranches: (schedule?.payments ?? []).filter((pay) => pay.programmeYear === programmeYear),
  };
}
