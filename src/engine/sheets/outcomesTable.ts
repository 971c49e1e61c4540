import type { CohortOutcome } from "../payments/cohorts";
import type { Params } from "../agreement/params";
import { RATE_KEYS, type RateKey } from "../keys";
import { familiesToGo } from "../cells/ratio";
import type { CellValue } from "../types";
import type { PlannedCell, TablePlan } from "./workbookPlan";
import { allPass, fewestPassing, formula, param, text } from "./formulaText";
import { RATE_FORMAT, SHARE_FORMAT, TABLE_NAMES, TIER_TEXT, UNREACHABLE_TEXT } from "./paymentLabels";
import type { OutcomeColumn, PaymentLayout } from "./paymentLayout";
import type { PaymentModel } from "./paymentModel";
import { framedTable, type ColumnSpec } from "./tableFrame";

/**
 * Table (c), H4A_Esiti: the year-3 outcomes of each cohort — the denominator, the three counts
 * and rates, the tier, and how many more families each outcome needs for the next tier.
 */

const SPECS: Record<OutcomeColumn, ColumnSpec> = {
  cohort: { header: "Coorte", format: null },
  families: { header: "Famiglie (denominatore)", format: null },
  leavers: { header: "Uscite", format: null },
  stability: { header: "Stabilità", format: null },
  stabilityRate: { header: "Tasso stabilità", format: RATE_FORMAT },
  wellbeing: { header: "Benessere", format: null },
  wellbeingRate: { header: "Tasso benessere", format: RATE_FORMAT },
  waiting: { header: "Attesa sotto il limite", format: null },
  waitingRate: { header: "Tasso attesa", format: RATE_FORMAT },
  level: { header: "Fascia", format: null },
  tier: { header: "Livello", format: SHARE_FORMAT },
  nextThreshold: { header: "Soglia della fascia successiva", format: SHARE_FORMAT },
  needed: { header: "Famiglie necessarie", format: null },
  toGoStability: { header: "Mancano: stabilità", format: null },
  toGoWellbeing: { header: "Mancano: benessere", format: null },
  toGoWaiting: { header: "Mancano: attesa", format: null },
};

const ACHIEVED = { stability: "stabilityAchieved", wellbeing: "wellbeingAchieved", waiting: "waitingAchieved" } as const satisfies Record<
  RateKey,
  string
>;
type Outcome = RateKey;
const OUTCOMES: readonly Outcome[] = RATE_KEYS;
const RATE_COLUMN = { stability: "stabilityRate", wellbeing: "wellbeingRate", waiting: "waitingRate" } as const;
const TO_GO_COLUMN = { stability: "toGoStability", wellbeing: "toGoWellbeing", waiting: "toGoWaiting" } as const;

/** The next tier's threshold and strictness, or null at the full tier. */
function nextTier(o: CohortOutcome, p: Params): { threshold: number; strict: boolean } | null {
  if (o.tier.level === "full") return null;
  return o.tier.level === "partial"
    ? { threshold: p.fullThreshold, strict: p.fullStrict }
    : { threshold: p.partialThreshold, strict: p.partialStrict };
}

/** Families still needed for one outcome, as the table shows it: "" at the full tier, text when out of reach. */
function toGo(o: CohortOutcome, p: Params, achieved: number): CellValue {
  const next = nextTier(o, p);
  if (next === null) return "";
  const n = o.year3Base === 0 ? null : familiesToGo(achieved, o.year3Base, next.threshold, next.strict);
  return n === null ? UNREACHABLE_TEXT : n;
}

export function outcomesTable(model: PaymentModel, layout: PaymentLayout): TablePlan {
  const { outcomes: frame, calc } = layout;
  const p = model.params;
  const rows = model.outcomes.map((o, i): Record<OutcomeColumn, PlannedCell> => {
    const c = (key: OutcomeColumn): string => frame.cell(key, i);
    const count = (helper: "inDenominator" | "left" | "stabilityAchieved" | "wellbeingAchieved" | "waitingAchieved"): string =>
      `COUNTIFS(${calc.range("cohort")},${c("cohort")},${calc.range(helper)},1)`;
    const fam = c("families");
    const counts = OUTCOMES.map((outcome) => c(outcome));
    const tierIs = (level: keyof typeof TIER_TEXT): string => `${c("level")}=${text(TIER_TEXT[level])}`;
    const full = allPass(counts, fam, param("fullThreshold"), param("fullStrict"));
    const partial = allPass(counts, fam, param("partialThreshold"), param("partialStrict"));
    const nextStrict = `IF(${tierIs("partial")},${param("fullStrict")},${param("partialStrict")})`;
    const n = fewestPassing(fam, c("nextThreshold"), nextStrict);
    const next = nextTier(o, p);
    const row = {
      cohort: o.cohort,
      families: formula(count("inDenominator"), o.year3Base),
      leavers: formula(count("left"), o.leavers),
      level: formula(
        `IF(AND(${fam}>0,${full}),${text(TIER_TEXT.full)},IF(AND(${fam}>0,${partial}),${text(TIER_TEXT.partial)},${text(TIER_TEXT.below)}))`,
        TIER_TEXT[o.tier.level],
      ),
      tier: formula(
        `IF(${tierIs("full")},1,IF(${tierIs("partial")},${param("partialPayment")},${param("belowPartialPayment")}))`,
        o.tier.factor,
      ),
      nextThreshold: formula(
        `IF(${tierIs("full")},"",IF(${tierIs("partial")},${param("fullThreshold")},${param("partialThreshold")}))`,
        next === null ? "" : next.threshold,
      ),
      needed: formula(
        `IF(${tierIs("full")},"",IF(${fam}=0,${text(UNREACHABLE_TEXT)},IF(${n}>${fam},${text(UNREACHABLE_TEXT)},${n})))`,
        toGo(o, p, 0),
      ),
    } as Record<OutcomeColumn, PlannedCell>;
    for (const outcome of OUTCOMES) {
      const achieved = o[outcome];
      row[outcome] = formula(count(ACHIEVED[outcome]), achieved);
      row[RATE_COLUMN[outcome]] = formula(`IF(${fam}=0,"",${c(outcome)}/${fam})`, o.rates[outcome] ?? "");
      row[TO_GO_COLUMN[outcome]] = formula(
        `IF(ISNUMBER(${c("needed")}),MAX(0,${c("needed")}-${c(outcome)}),${c("needed")})`,
        toGo(o, p, achieved),
      );
    }
    return row;
  });
  return framedTable(TABLE_NAMES.outcomes, frame, SPECS, rows);
}
