import type { Lang } from "../engine/cells/lang";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { failureOf, type Failure } from "./failures";
import { stringsFor, type Strings } from "./i18n";
import type { WorkbookActions } from "./workbookActions";

/**
 * What every tab shares: the language, the workbook's actions (null outside Excel), and one lock
 * so that no two workbook actions run at once — a second click while one runs is ignored, and
 * every action button shows it is disabled.
 */
interface PaneContextValue {
  language: Lang;
  strings: Strings;
  actions: WorkbookActions | null;
  busy: boolean;
  /** Whether an exclusive task holds the lock now: true from the click that took it, before any re-render. */
  locked: () => boolean;
  acquire: () => boolean;
  release: () => void;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export function PaneProvider({ language, actions, children }: { language: Lang; actions: WorkbookActions | null; children: ReactNode }) {
  const lock = useRef(false);
  const [busy, setBusy] = useState(false);
  const acquire = useCallback(() => {
    if (lock.current) return false;
    lock.current = true;
    setBusy(true);
    return true;
  }, []);
  const release = useCallback(() => {
    lock.current = false;
    setBusy(false);
  }, []);
  const locked = useCallback(() => lock.current, []);
  const value = useMemo(
    () => ({ language, strings: stringsFor(language), actions, busy, locked, acquire, release }),
    [language, actions, busy, locked, acquire, release],
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (value === null) throw new Error("usePane needs a PaneProvider above it.");
  return value;
}

export interface Task {
  /** This task is running. */
  running: boolean;
  /** Some workbook task (this one or another) is running. */
  busy: boolean;
  failure: Failure | null;
  clearFailure: () => void;
  /**
   * Runs `work` with the workbook's actions unless a task is already running; a thrown error
   * becomes `failure`. Resolves to the result, or undefined when it did not run or failed.
   * A read that changes nothing may pass `{ exclusive: false }`: it runs beside other tasks.
   */
  run: <T>(work: (actions: WorkbookActions) => Promise<T>, options?: { exclusive?: boolean }) => Promise<T | undefined>;
}

export function useTask(): Task {
  const { actions, busy, acquire, release, language } = usePane();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async <T,>(work: (actions: WorkbookActions) => Promise<T>, options: { exclusive?: boolean } = {}): Promise<T | undefined> => {
      const exclusive = options.exclusive ?? true;
      if (actions === null || (exclusive && !acquire())) return undefined;
      setRunning(true);
      setFailure(null);
      try {
        return await work(actions);
      } catch (error) {
        if (mounted.current) setFailure(failureOf(error, language));
        return undefined;
      } finally {
        if (exclusive) release();
        if (mounted.current) setRunning(false);
      }
    },
    [actions, acquire, release, language],
  );
  const clearFailure = useCallback(() => setFailure(null), []);
  // The same object while nothing in it changes, so that effects and callbacks may depend on it.
  return useMemo(() => ({ running, busy, failure, clearFailure, run }), [running, busy, failure, clearFailure, run]);
}

/**
 * A button's handler that starts a workbook task, run once per click however fast the clicks come:
 * a call while the previous one runs, or (unless `exclusive: false`, for reads that run beside
 * other tasks) while another task holds the pane, is ignored before it changes anything, and
 * resolves to undefined. The state is a ref, set in the click itself, so that a second click that
 * arrives before React re-renders the button disabled is ignored too; the first run's busy display
 * stays as it is.
 */
export function useAction<A extends unknown[], R>(
  handler: (...args: A) => Promise<R>,
  options: { exclusive?: boolean } = {},
): (...args: A) => Promise<R | undefined> {
  const { locked } = usePane();
  const running = useRef(false);
  const exclusive = options.exclusive ?? true;
  return async (...args: A): Promise<R | undefined> => {
    if (running.current || (exclusive && locked())) return undefined;
    running.current = true;
    try {
      return await handler(...args);
    } finally {
      running.current = false;
    }
  };
}

/**
 * A button's onClick for `action`: the click that starts it, but not the second or third click of
 * a double or triple click (`detail` counts the clicks in a row; 0 from the keyboard), which may
 * arrive after a quick action has already finished.
 */
export const singleClick =
  (action: () => unknown) =>
  (event: { detail: number }): void => {
    if (event.detail <= 1) void action();
  };
