import type { Lang } from "../../engine/cells/lang";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { issueText } from "../common/IssueList";
import { RefusalBar, SHOWN_ISSUES } from "../common/RefusalBar";
import type { RankingWriteResult } from "./rankingActions";
import type { RankingStrings } from "./rankingStrings";

/** What writing the ranking did: the sheet written, or the candidates sheet's errors that stopped it. */
export function RankingWriteOutcome(props: {
  result: RankingWriteResult | null;
  strings: RankingStrings;
  language: Lang;
  weightsChanged: boolean;
  sheet: string;
  cellTitle: (cell: string) => string;
  onSelect: (cell: string) => void;
  disabled: boolean;
}) {
  const { result, strings: r, language } = props;
  if (result === null) return null;
  if (result.status === "written") {
    return (
      <MessageBar intent="success" layout="multiline" data-testid="ranking-written">
        <MessageBarBody>
          <MessageBarTitle>{r.written(result.sheet, result.eligible, result.excluded)}</MessageBarTitle>
          {r.untouched(props.sheet)}
          {props.weightsChanged ? ` ${r.weightsNote}` : ""}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <RefusalBar
      title={r.refused}
      lead={r.errorsToFix(result.issues.length)}
      list={{
        lines: result.issues.slice(0, SHOWN_ISSUES).map((issue) => ({ cell: issue.cell, text: issueText(issue, language) })),
        cellTitle: props.cellTitle,
        busy: props.disabled,
        onSelect: props.onSelect,
      }}
    />
  );
}
