import type { Lang } from "../../engine/cells/lang";
import { ParamsSchema } from "../../engine/agreement/params";
import type { RankingParams } from "../../engine/candidates/weights";
import { RANKING_PARAM_KEYS, type RankingParamKey } from "../../engine/keys";
import { showNumber, typedValue } from "../parameters/agreementForm";

/** The ranking weights as typed in the pane, one text per weight. */
export type WeightTexts = Record<RankingParamKey, string>;

export const textsOf = (params: RankingParams, language: Lang): WeightTexts =>
  Object.fromEntries(RANKING_PARAM_KEYS.map((key) => [key, showNumber(params[key], language)])) as WeightTexts;

/** A weight as typed: its value when the agreement's schema accepts it, else null (a blank is not a value here). */
export function weightOf(key: RankingParamKey, text: string, language: Lang): number | null {
  if (text.trim() === "") return null;
  const result = ParamsSchema.shape[key].safeParse(typedValue(text, language));
  return result.success && typeof result.data === "number" ? result.data : null;
}
