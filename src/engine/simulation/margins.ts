import { pick, type Lang } from "../cells/lang";
import { familiesOfMargin, familiesToGo } from "../cells/ratio";
import type { Tier, TierLevel, TierRules } from "../payments/tier";
import { balancePhrase, both, familiesWord, moreFamilies, outcomeWords, type Sentence } from "./phrases";
import { OUTCOMES, type Outcome } from "./scenario";
import { levelFactor } from "./tierOdds";

/**
 * How far a cohort is from its next tier and from losing its current one, in families
 * (MECHANISM.md §7: rates move in steps of 1/n, so the simulation talks in families).
 */

export interface OutcomeDistance {
  outcome: Outcome;
  achieved: number;
  /**
   * More families reaching this outcome that the next tier needs: 0 when it already passes the
   * next threshold; null at the full tier, or when the next threshold cannot be passed even by
   * every family.
   */
  toGo: number | null;
  /**
   * Families reaching this outcome that can be lost while the current tier holds (0: losing one
   * more loses it); null at the bottom tier, where nothing can be lost.
   */
  margin: number | null;
}

export interface CohortDistances {
  level: TierLevel;
  /** The tier above the current one, or null at the full tier. */
  next: TierLevel | null;
  /** Whether every outcome can still reach the next tier. */
  reachable: boolean;
  outcomes: OutcomeDistance[];
  /** "2 altre famiglie con stabilità abitativa → saldo al 100 %", or why there is no next step. */
  toNext: Sentence;
  /** One sentence per outcome on the margin, empty at the bottom tier. */
  margins: Sentence[];
}

interface Threshold {
  threshold: number;
  strict: boolean;
}

const thresholdOf = (level: TierLevel, rules: TierRules): Threshold | null =>
  level === "full"
    ? { threshold: rules.fullThreshold, strict: rules.fullStrict }
    : level === "partial"
      ? { threshold: rules.partialThreshold, strict: rules.partialStrict }
      : null;

const nextLevel = (level: TierLevel): TierLevel | null => (level === "below" ? "partial" : level === "partial" ? "full" : null);

/**
 * The distances of a cohort whose year-3 counts are `counts` out of `n` families, at tier `tier`.
 * With n = 0 nothing can be reached: toGo and margin are null.
 */
export function cohortDistances(
  counts: Record<Outcome, number>,
  n: number,
  tier: Tier,
  rules: TierRules,
  waitLimitMonths: number,
): CohortDistances {
  const next = nextLevel(tier.level);
  const nextThreshold = next === null ? null : thresholdOf(next, rules);
  const currentThreshold = thresholdOf(tier.level, rules);
  const outcomes = OUTCOMES.map((outcome): OutcomeDistance => {
    const achieved = counts[outcome];
    const toGo = nextThreshold === null || n === 0 ? null : familiesToGo(achieved, n, nextThreshold.threshold, nextThreshold.strict);
    const margin =
      currentThreshold === null || n === 0 ? null : familiesOfMargin(achieved, n, currentThreshold.threshold, currentThreshold.strict);
    return { outcome, achieved, toGo, margin };
  });
  const reachable = next !== null && n > 0 && outcomes.every((o) => o.toGo !== null);
  return {
    level: tier.level,
    next,
    reachable,
    outcomes,
    toNext: toNextSentence(outcomes, next, reachable, rules, waitLimitMonths),
    margins: currentThreshold === null ? [] : marginSentences(outcomes, tier, waitLimitMonths),
  };
}

function toNextSentence(
  outcomes: OutcomeDistance[],
  next: TierLevel | null,
  reachable: boolean,
  rules: TierRules,
  limit: number,
): Sentence {
  if (next === null)
    return both((lang) =>
      pick({ it: "Saldo già al 100 %: nessuna fascia superiore.", en: "Balance already at 100 %: no higher tier." }, lang),
    );
  const target = (lang: Lang) => balancePhrase(levelFactor(next, rules), lang);
  if (!reachable) {
    return both((lang) =>
      pick(
        {
          it: `Il ${target("it")} non è raggiungibile nemmeno se tutte le famiglie raggiungono gli esiti.`,
          en: `The ${target("en")} cannot be reached even if every family reaches the outcomes.`,
        },
        lang,
      ),
    );
  }
  const short = outcomes.filter((o) => (o.toGo ?? 0) > 0);
  return both((lang) => {
    const parts = short.map((o, i) =>
      i === 0
        ? `${moreFamilies(o.toGo ?? 0, lang)} ${pick({ it: "con", en: "with" }, lang)} ${outcomeWords(o.outcome, limit, lang)}`
        : `${o.toGo} ${pick({ it: "con", en: "with" }, lang)} ${outcomeWords(o.outcome, limit, lang)}`,
    );
    const joined =
      parts.length <= 1
        ? parts.join("")
        : `${parts.slice(0, -1).join(", ")} ${pick({ it: "e", en: "and" }, lang)} ${parts[parts.length - 1]}`;
    return `${joined} → ${target(lang)}`;
  });
}

function marginSentences(outcomes: OutcomeDistance[], tier: Tier, limit: number): Sentence[] {
  return outcomes.map((o) =>
    both((lang) => {
      const what = outcomeWords(o.outcome, limit, lang);
      const current = balancePhrase(tier.factor, lang);
      const margin = o.margin ?? 0;
      if (margin === 0) {
        return pick(
          {
            it: `${what}: nessun margine, una famiglia in meno fa perdere il ${current}`,
            en: `${what}: no margin, one family fewer loses the ${current}`,
          },
          lang,
        );
      }
      const families = familiesWord(margin, lang);
      return pick(
        {
          it: `${what}: margine di ${families} prima di perdere il ${current}`,
          en: `${what}: a margin of ${families} before losing the ${current}`,
        },
        lang,
      );
    }),
  );
}
