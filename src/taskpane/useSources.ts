import { useCallback, useRef, useState } from "react";
import type { DataSource } from "../contract/contract";
import type { Failure } from "./failures";
import { useTask } from "./PaneContext";
import { sourceKey } from "./sourceKey";

/** The sheets and tables that may hold the beneficiaries, and the one chosen; shared by Verifica and Pagamenti. */
export interface SourceState {
  sources: DataSource[] | null;
  selected: DataSource | null;
  loading: boolean;
  failure: Failure | null;
  select: (source: DataSource) => void;
  refresh: () => Promise<void>;
}

export function useSources(): SourceState {
  const { run, failure } = useTask();
  const [sources, setSources] = useState<DataSource[] | null>(null);
  const [selected, setSelected] = useState<DataSource | null>(null);
  const [loading, setLoading] = useState(false);
  // One listing at a time: a second click on "refresh" while one runs is ignored.
  const listing = useRef(false);

  const refresh = useCallback(async () => {
    if (listing.current) return;
    listing.current = true;
    setLoading(true);
    const choice = await run((actions) => actions.listSources(), { exclusive: false });
    listing.current = false;
    setLoading(false);
    if (choice === undefined) return;
    setSources(choice.sources);
    // Keep the user's choice while it still exists; otherwise take the detected one.
    setSelected((current) => {
      const kept = current === null ? undefined : choice.sources.find((source) => sourceKey(source) === sourceKey(current));
      return kept ?? choice.detected ?? null;
    });
  }, [run]);

  return { sources, selected, loading, failure, select: setSelected, refresh };
}
