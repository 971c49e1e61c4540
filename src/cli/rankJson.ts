import { z } from "zod";
import type { CandidateRanking } from "../engine/candidates/ranking";
import { CONTRIBUTION_KEYS, RANKING_PARAM_KEYS } from "../engine/keys";
import { type Lang, pick } from "../engine/cells/lang";

/** `h4a rank --json`: the ranked list and the families not eligible, with the parameters used. */

const ContributionsSchema = z.object(
  Object.fromEntries(CONTRIBUTION_KEYS.map((key) => [key, z.number()])) as Record<(typeof CONTRIBUTION_KEYS)[number], z.ZodNumber>,
);

export const RankJsonSchema = z.object({
  eligible: z.array(
    z.object({
      id: z.string().nullable(),
      rank: z.number().int().min(1),
      score: z.number(),
      contributions: ContributionsSchema,
      /** 1-based row of the candidates sheet. */
      row: z.number().int().min(1),
    }),
  ),
  excluded: z.array(
    z.object({
      id: z.string().nullable(),
      reasons: z.array(
        z.object({
          code: z.enum(["invalid-data", "isee-missing", "isee-above-ceiling", "no-emergency"]),
          message: z.string(),
          messageIt: z.string(),
          messageEn: z.string(),
        }),
      ),
      row: z.number().int().min(1),
    }),
  ),
  /** The weights and thresholds the ranking used, keyed as in H4A_Parametri. */
  params: z.object(
    Object.fromEntries(RANKING_PARAM_KEYS.map((key) => [key, z.number()])) as Record<(typeof RANKING_PARAM_KEYS)[number], z.ZodNumber>,
  ),
});

export type RankJson = z.infer<typeof RankJsonSchema>;

export function rankJson(ranking: CandidateRanking, lang: Lang): RankJson {
  return {
    eligible: ranking.eligible.map((r) => ({
      id: r.candidate.id,
      rank: r.rank,
      score: r.score,
      contributions: { ...r.contributions },
      row: r.candidate.row,
    })),
    excluded: ranking.excluded.map((e) => ({
      id: e.candidate.id,
      reasons: e.reasons.map((reason) => ({
        code: reason.code,
        message: pick(reason.message, lang),
        messageIt: reason.message.it,
        messageEn: reason.message.en,
      })),
      row: e.candidate.row,
    })),
    params: { ...ranking.params },
  };
}
