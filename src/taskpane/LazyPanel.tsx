import { pick } from "../engine/cells/lang";
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { failureOf, isChunkLoadError, type Failure } from "./failures";
import { LOADING_TAB } from "./lazyPanelStrings";
import { usePane } from "./PaneContext";

/**
 * The failure to fetch a tab's code, and its retry: a Link rather than FailureBar's Button, so
 * that the pane's first chunk need not carry the Button's styles (the panels' chunks do).
 */
function NotLoadedBar({ failure, retryLabel, onRetry }: { failure: Failure; retryLabel: string; onRetry: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{failure.title}</MessageBarTitle>
        {failure.detail} <strong>{failure.action}</strong>{" "}
        <Link as="button" onClick={onRetry}>
          {retryLabel}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Shows the failure to fetch a chunk, with a retry; any other error goes on up, as if this boundary were not there. */
class ChunkBoundary extends Component<{ fallback: (error: Error) => ReactNode; children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error | null } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return this.props.fallback(error);
  }
}

/** A lazily fetched panel, whose chunk `preload` starts fetching before the panel is first rendered. */
export type LazyPanelType<P> = ComponentType<P> & { preload: () => void };

/**
 * A tab's panel whose code comes from its own chunk (`load` calls import()), fetched the first
 * time the panel is rendered (or `preload`ed): a labelled spinner until it arrives, and, when the
 * fetch fails, the failure with a retry that fetches it again (webpack forgets a chunk whose
 * script failed).
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanelType<P> {
  let first: Promise<ComponentType<P>> | null = null;
  const firstLoad = (): Promise<ComponentType<P>> => (first ??= load());
  // lazy()'s props type (with a ref) is not P's for a generic P; they are the same props.
  const fetchPanel = (again: boolean) =>
    lazy(() => (again ? load() : firstLoad()).then((panel) => ({ default: panel }))) as unknown as ComponentType<P>;
  function LazyPanel(props: P) {
    const { language, strings } = usePane();
    // React.lazy keeps a failed import for good: a retry needs a new one, and a new boundary.
    const [attempt, setAttempt] = useState(() => ({ count: 0, Panel: fetchPanel(false) }));
    const retry = () => setAttempt((current) => ({ count: current.count + 1, Panel: fetchPanel(true) }));
    const { Panel } = attempt;
    return (
      <ChunkBoundary
        key={attempt.count}
        fallback={(error) => <NotLoadedBar failure={failureOf(error, language)} retryLabel={strings.retry} onRetry={retry} />}
      >
        <Suspense fallback={<Spinner label={pick(LOADING_TAB, language)} data-testid="tab-loading" />}>
          <Panel {...props} />
        </Suspense>
      </ChunkBoundary>
    );
  }
  // A failed preload is shown, with its retry, when the panel renders.
  const preload = () => void firstLoad().catch(() => undefined);
  return Object.assign(LazyPanel, { preload });
}
