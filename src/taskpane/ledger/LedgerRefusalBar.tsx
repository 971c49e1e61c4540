import { pick, type Lang } from "../../engine/cells/lang";
import type { Issue } from "../../engine/types";
import { CellButton } from "../common/CellButton";
import { RefusalBar, SHOWN_ISSUES } from "../common/RefusalBar";
import type { Refusal } from "./ledgerReading";
import type { LedgerStrings } from "./ledgerStrings";

export interface LedgerRefusalBarProps {
  title: string;
  /** What to do, with the cell it concerns; or only the issues. */
  refusal: Refusal | { issues: Issue[] };
  intent: "error" | "warning";
  strings: LedgerStrings;
  language: Lang;
  /** Cell buttons are disabled while a workbook task runs. */
  busy: boolean;
  onSelect: (cell: string) => void;
  testId: string;
}

/** Why the ledger refused something (or what to look at in it), each issue with the cell that shows it. */
export function LedgerRefusalBar({ title, refusal, intent, strings, language, busy, onSelect, testId }: LedgerRefusalBarProps) {
  const { issues } = refusal;
  const cell = "message" in refusal ? refusal.cell : null;
  const reason =
    "message" in refusal ? (
      <>
        {cell !== null ? (
          <>
            <CellButton cell={cell} title={strings.cellTitle(cell)} disabled={busy} onSelect={onSelect} />{" "}
          </>
        ) : null}
        {pick(refusal.message, language)}
      </>
    ) : undefined;
  return (
    <RefusalBar
      title={title}
      intent={intent}
      reason={reason}
      list={{
        lines: issues.slice(0, SHOWN_ISSUES).map((issue) => ({ cell: issue.cell, text: pick(issue.message, language) })),
        cellTitle: strings.cellTitle,
        busy,
        onSelect,
      }}
      more={issues.length > SHOWN_ISSUES ? strings.moreIssues(issues.length - SHOWN_ISSUES) : undefined}
      testId={testId}
    />
  );
}
