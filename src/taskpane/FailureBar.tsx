import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Failure } from "./failures";

/** A failure in a MessageBar: what happened, and what to do; optionally a retry button. */
export function FailureBar({ failure, retryLabel, onRetry }: { failure: Failure; retryLabel?: string; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{failure.title}</MessageBarTitle>
        {failure.detail} <strong>{failure.action}</strong>
      </MessageBarBody>
      {onRetry && retryLabel ? (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {retryLabel}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
