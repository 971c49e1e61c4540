import { pick, type Lang } from "../cells/lang";
import { formatEuro } from "../cells/format";
import { paramLabel } from "../agreement/paramLabels";
import { paramInSheet, PARAMS_SHEET, type Params } from "../agreement/params";
import { parameterIssue } from "../issues/parameterIssue";
import { MAX_PROGRAMME_YEARS } from "../payments/schedule";
import type { CellValue, Issue } from "../types";

/** The warnings of the commitments (MECHANISM.md §11). */
export const COMMITMENT_WARNINGS = ["enrolment-exceeds-plan", "maximum-exceeds-cap"] as const;
export type CommitmentWarning = (typeof COMMITMENT_WARNINGS)[number];

/** plannedEnrolment as its H4A_Parametri cell holds it: empty, one number, or "11; 11". */
function plannedEnrolmentCell(p: Params): CellValue {
  const plan = p.plannedEnrolment;
  if (plan === null) return "";
  return plan.length === 1 ? plan[0] : plan.join("; ");
}

const yearLabel = (entry: number, p: Params, lang: Lang): string => {
  const word = pick({ it: "anno di programma", en: "programme year" }, lang);
  return p.firstCalendarYear === null ? `${word} ${entry}` : `${word} ${entry} (${p.firstCalendarYear + entry - 1})`;
};

/** Actual enrolment above the plan in one entry year; `planLength` years are in the plan. */
export function enrolmentExceedsPlanIssue(
  year: { entry: number; families: number; planned: number },
  planLength: number,
  p: Params,
): Issue {
  const beyond = year.entry > planLength;
  const it = beyond
    ? `le ${paramInSheet("plannedEnrolment", "it")} non prevedono ingressi in quell'anno`
    : `più delle ${year.planned} previste (${paramLabel("plannedEnrolment", "it")}, foglio ${PARAMS_SHEET})`;
  const en = beyond
    ? `the ${paramInSheet("plannedEnrolment", "en")} expect no entries that year`
    : `more than the ${year.planned} planned (${paramLabel("plannedEnrolment", "en")}, sheet ${PARAMS_SHEET})`;
  return parameterIssue("enrolment-exceeds-plan", "warning", "plannedEnrolment", plannedEnrolmentCell(p), {
    it: `Ingressi nell'${yearLabel(year.entry, p, "it")}: ${year.families} famiglie, ${it}; gli impegni massimi superano quelli previsti.`,
    en: `Entries in ${yearLabel(year.entry, p, "en")}: ${year.families} families, ${en}; the maximum commitments exceed the planned ones.`,
  });
}

/** The maximum commitment (every family entered or planned at the full tier) above the cap. */
export function maximumExceedsCapIssue(maximum: number, cap: number): Issue {
  return parameterIssue("maximum-exceeds-cap", "warning", "cap", cap, {
    it: `L'impegno massimo (${formatEuro(maximum, "it")}: ogni famiglia entrata o prevista al livello pieno) supera il tetto (${formatEuro(cap, "it")}).`,
    en: `The maximum commitment (${formatEuro(maximum, "en")}: every family entered or planned at the full tier) exceeds the cap (${formatEuro(cap, "en")}).`,
  });
}

/** An amount that cannot be computed (an overflow of premium × families). */
export function amountRangeIssue(amount: number): Issue {
  return parameterIssue("amount-out-of-range", "error", "premiumPerFamily", String(amount), {
    it: "Gli impegni superano l'intervallo calcolabile: controllare il premio per famiglia e le famiglie previste.",
    en: "The commitments exceed the range that can be computed: check the premium per family and the planned families.",
  });
}

/** Programme years beyond MAX_PROGRAMME_YEARS. */
export function yearRangeIssue(currentYear: number): Issue {
  return parameterIssue("years-out-of-range", "error", "currentYear", currentYear, {
    it: `Gli impegni si estendono su più di ${MAX_PROGRAMME_YEARS} anni di programma: controllare l'anno corrente, le coorti e il registro dei pagamenti.`,
    en: `The commitments span more than ${MAX_PROGRAMME_YEARS} programme years: check the current year, the cohorts and the ledger of payments.`,
  });
}
