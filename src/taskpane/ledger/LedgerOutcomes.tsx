import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatEuro } from "../../engine/cells/format";
import { usePane } from "../PaneContext";
import type { RecordResult, StatementResult } from "./ledgerActions";
import type { LedgerStrings } from "./ledgerStrings";
import { LedgerRefusalBar, type LedgerRefusalBarProps } from "./LedgerRefusalBar";

/** What came of recording a payment, or of writing a statement: done, or refused with the cells to look at. */

interface OutcomeProps<T> {
  outcome: T;
  strings: LedgerStrings;
  busy: boolean;
  onSelect: (cell: string) => void;
}

/** A payment or a statement refused, with the cells to look at. */
function OutcomeRefusal(props: Omit<LedgerRefusalBarProps, "intent" | "language">) {
  const { language } = usePane();
  return <LedgerRefusalBar {...props} intent="error" language={language} />;
}

/** `passphraseCleared`: a passphrase was typed for this payment, and the field emptied. */
export function RecordOutcome({
  outcome,
  strings: s,
  busy,
  onSelect,
  passphraseCleared,
}: OutcomeProps<RecordResult> & { passphraseCleared: boolean }) {
  const { language } = usePane();
  if (outcome.status === "refused") {
    return (
      <OutcomeRefusal title={s.refused} refusal={outcome.refusal} strings={s} busy={busy} onSelect={onSelect} testId="ledger-refusal" />
    );
  }
  return (
    <MessageBar intent="success" layout="multiline" data-testid="ledger-recorded">
      <MessageBarBody>
        <MessageBarTitle>{s.recorded(outcome.programmeYear, formatEuro(outcome.total, language))}</MessageBarTitle>
        {s.recordedDetail(outcome.register.first, outcome.register.last, outcome.statementSheet)}
        {passphraseCleared ? ` ${s.keyCleared}` : ""}
      </MessageBarBody>
    </MessageBar>
  );
}

export function StatementOutcome({ outcome, strings: s, busy, onSelect }: OutcomeProps<StatementResult>) {
  if (outcome.status === "refused") {
    return (
      <OutcomeRefusal
        title={s.statementRefused}
        refusal={outcome.refusal}
        strings={s}
        busy={busy}
        onSelect={onSelect}
        testId="statement-refusal"
      />
    );
  }
  return (
    <MessageBar intent="success" data-testid="statement-written">
      <MessageBarBody>{s.statementWritten(outcome.sheet, outcome.draft)}</MessageBarBody>
    </MessageBar>
  );
}
