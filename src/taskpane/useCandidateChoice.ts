import { useState } from "react";
import type { DataSource } from "../contract/contract";
import { sourceKey } from "./sourceKey";
import type { SourceState } from "./useSources";

/**
 * The candidates sheet (§3b), shared by Graduatoria (which ranks it) and Verifica (whose flow
 * starts with its applications): the one the user picked while it still exists, else the first
 * sheet or table whose header is a candidates header (one that is not also a beneficiary header first).
 */
export interface CandidateChoice {
  selected: DataSource | null;
  select: (source: DataSource) => void;
}

export function detectCandidates(sources: readonly DataSource[]): DataSource | null {
  return sources.find((s) => s.candidatesFound === true && !s.headerFound) ?? sources.find((s) => s.candidatesFound === true) ?? null;
}

export function useCandidateChoice(sources: SourceState): CandidateChoice {
  const [picked, setPicked] = useState<DataSource | null>(null);
  const list = sources.sources ?? [];
  const kept = picked === null ? undefined : list.find((source) => sourceKey(source) === sourceKey(picked));
  return { selected: kept ?? detectCandidates(list), select: setPicked };
}
