import { pick, type Lang } from "../cells/lang";
import { formatEuro, formatNumber } from "../cells/format";
import type { Candidate } from "./fields";
import { CONTRIBUTION_LABELS, roundPoints, type RankingParams } from "./weights";
import { CONTRIBUTION_KEYS, type ContributionKey } from "../keys";

/**
 * The priority score of §3b: the sum of weight × indicator. Eviction executed, validated or
 * intimated (one of the three); wPerMonthInShelter points per month in temporary accommodation,
 * at most maxShelterPoints; wPerMinor per minor; wPerElder per member aged 70+; wPerDisabled per
 * member with a disability; wViolence; wLowIsee when ISEE is below half the ceiling. A blank
 * indicator counts as none (0 months, no eviction, no violence).
 */

export type Contributions = Record<ContributionKey, number>;

export interface Score {
  score: number;
  /** Every weight's points for this family, 0 included. */
  contributions: Contributions;
}

export function scoreOf(c: Candidate, params: RankingParams): Score {
  const months = c.shelterMonths ?? 0;
  const contributions: Contributions = {
    wEvictionExecuted: c.eviction === "eseguito" ? params.wEvictionExecuted : 0,
    wEvictionValidated: c.eviction === "convalidato" ? params.wEvictionValidated : 0,
    wEvictionIntimated: c.eviction === "intimato" ? params.wEvictionIntimated : 0,
    wPerMonthInShelter: Math.min(params.wPerMonthInShelter * months, params.maxShelterPoints),
    wPerMinor: params.wPerMinor * (c.minors ?? 0),
    wPerElder: params.wPerElder * (c.elders ?? 0),
    wPerDisabled: params.wPerDisabled * (c.disabled ?? 0),
    wViolence: c.violence === true ? params.wViolence : 0,
    wLowIsee: isLowIsee(c, params) ? params.wLowIsee : 0,
  };
  for (const key of CONTRIBUTION_KEYS) contributions[key] = roundPoints(contributions[key]);
  const score = roundPoints(CONTRIBUTION_KEYS.reduce((sum, key) => sum + contributions[key], 0));
  return { score, contributions };
}

/** ISEE strictly below half the ceiling. */
export const isLowIsee = (c: Candidate, params: RankingParams): boolean => c.isee !== null && c.isee < params.iseeCeiling / 2;

/** One line of a family's breakdown: a weight's points, and how they were reached. */
export interface ContributionLine {
  key: ContributionKey;
  points: number;
  text: string;
}

const pts = (n: number, lang: Lang): string => formatNumber(n, lang);

/** The non-zero contributions, in the order of §3b, each with its arithmetic ("Minori: 2 × 10 = 20"). */
export function contributionLines(c: Candidate, score: Score, params: RankingParams, lang: Lang): ContributionLine[] {
  const lines: ContributionLine[] = [];
  for (const key of CONTRIBUTION_KEYS) {
    const points = score.contributions[key];
    if (points === 0) continue;
    const label = CONTRIBUTION_LABELS[key][lang];
    lines.push({ key, points, text: `${label}: ${arithmetic(key, c, params, points, lang)}` });
  }
  return lines;
}

function arithmetic(key: ContributionKey, c: Candidate, params: RankingParams, points: number, lang: Lang): string {
  const times = (count: number, weight: number) => `${pts(count, lang)} × ${pts(weight, lang)} = ${pts(points, lang)}`;
  switch (key) {
    case "wPerMonthInShelter": {
      const months = c.shelterMonths ?? 0;
      const raw = roundPoints(months * params.wPerMonthInShelter);
      if (raw > points) {
        return pick(
          {
            it: `${pts(months, lang)} × ${pts(params.wPerMonthInShelter, lang)} = ${pts(raw, lang)}, ridotti al massimo di ${pts(points, lang)}`,
            en: `${pts(months, lang)} × ${pts(params.wPerMonthInShelter, lang)} = ${pts(raw, lang)}, capped at ${pts(points, lang)}`,
          },
          lang,
        );
      }
      return times(months, params.wPerMonthInShelter);
    }
    case "wPerMinor":
      return times(c.minors ?? 0, params.wPerMinor);
    case "wPerElder":
      return times(c.elders ?? 0, params.wPerElder);
    case "wPerDisabled":
      return times(c.disabled ?? 0, params.wPerDisabled);
    case "wLowIsee": {
      const half = params.iseeCeiling / 2;
      const isee = c.isee ?? 0;
      return pick(
        {
          it: `${formatEuro(isee, "it")} sotto metà della soglia (${formatEuro(half, "it")}): ${pts(points, lang)}`,
          en: `${formatEuro(isee, "en")} below half the ceiling (${formatEuro(half, "en")}): ${pts(points, lang)}`,
        },
        lang,
      );
    }
    default:
      return pts(points, lang);
  }
}

/** The breakdown on one line, as the sheet's "Motivazione" shows it: "Sfratto eseguito: 30; Minori: 2 × 10 = 20; totale 50". */
export function scoreSentence(c: Candidate, score: Score, params: RankingParams, lang: Lang): string {
  const lines = contributionLines(c, score, params, lang);
  const total = `${pick({ it: "totale", en: "total" }, lang)} ${pts(score.score, lang)}`;
  return lines.length === 0
    ? `${pick({ it: "nessun punto", en: "no points" }, lang)}; ${total}`
    : `${lines.map((line) => line.text).join("; ")}; ${total}`;
}
