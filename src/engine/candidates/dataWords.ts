import type { HousingCondition } from "../types";
import type { EvictionStage } from "./fields";

/**
 * The Italian data tokens of the candidates sheet in English words, for English messages: the
 * sheet keeps its values (eseguito, alloggio inadeguato), the sentence says what they mean.
 */
export const EVICTION_STAGE_EN: Record<EvictionStage, string> = {
  nessuno: "none",
  intimato: "notice served",
  convalidato: "validated",
  eseguito: "carried out",
};

export const HOUSING_CONDITION_EN: Record<HousingCondition, string> = {
  sfratto: "facing eviction",
  "struttura temporanea": "temporary accommodation",
  albergo: "hotel",
  dormitorio: "dormitory",
  "alloggio inadeguato": "inadequate housing",
  altro: "other",
};

/** An eviction stage in an English sentence: "eviction carried out", or "no eviction". */
export const evictionEn = (stage: EvictionStage | null): string =>
  stage === null || stage === "nessuno" ? "no eviction" : `eviction ${EVICTION_STAGE_EN[stage]}`;
