import { useCallback, useEffect, useRef, useState } from "react";
import type { DataSource } from "../../contract/contract";
import { useTask, type Task } from "../PaneContext";
import type { LedgerState } from "./ledgerView";

export interface LedgerLoad {
  state: LedgerState | null;
  /** The read task (loading, failure). */
  read: Task;
  /** Reads the ledger again, with the passphrase's key when one is given. */
  reload: (passphrase?: string) => Promise<void>;
  /** Shows a state read by another action (recording reads the ledger again). */
  show: (state: LedgerState) => void;
}

/**
 * The ledger of the selected beneficiary data, read when the data are chosen and whenever
 * `refreshKey` changes (the payment tables written). A read changes nothing, so it runs beside
 * other tasks; an answer overtaken by a later read is dropped.
 */
export function useLedger(source: DataSource | null, refreshKey: number): LedgerLoad {
  const read = useTask();
  const { run } = read;
  const [state, setState] = useState<LedgerState | null>(null);
  // Another source's ledger is never shown while this one is read: it is dropped as soon as the source changes.
  const [stateFor, setStateFor] = useState(source);
  if (stateFor !== source) {
    setStateFor(source);
    setState(null);
  }
  const latest = useRef(0);

  const reload = useCallback(
    async (passphrase?: string) => {
      if (source === null) return;
      const ticket = ++latest.current;
      const next = await run((actions) => actions.loadLedger(source, passphrase), { exclusive: false });
      if (ticket === latest.current && next !== undefined) setState(next);
    },
    [source, run],
  );

  const show = useCallback((next: LedgerState) => {
    latest.current++;
    setState(next);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, refreshKey]);

  return { state, read, reload, show };
}
