import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Issue } from "../../engine/types";
import type { Language } from "../i18n";
import { CellButton } from "./CellButton";
import type { Refusal } from "./ledgerReading";
import type { LedgerStrings } from "./ledgerStrings";

const SHOWN = 10;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface RefusalBarProps {
  title: string;
  /** What to do, with the cell it concerns; or only the issues. */
  refusal: Refusal | { issues: Issue[] };
  intent: "error" | "warning";
  strings: LedgerStrings;
  language: Language;
  /** Cell buttons are disabled while a workbook task runs. */
  busy: boolean;
  onSelect: (cell: string) => void;
  testId: string;
}

/** Why something was refused (or what to look at), each issue with the cell that shows it. */
export function RefusalBar({ title, refusal, intent, strings, language, busy, onSelect, testId }: RefusalBarProps) {
  const styles = useStyles();
  const pick = (it: string, en: string) => (language === "it" ? it : en);
  const cell = (at: string) => <CellButton cell={at} title={strings.cellTitle(at)} disabled={busy} onSelect={onSelect} />;
  const { issues } = refusal;
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"} data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {"messageIt" in refusal ? (
          <div>
            {refusal.cell !== null ? <>{cell(refusal.cell)} </> : null}
            {pick(refusal.messageIt, refusal.messageEn)}
          </div>
        ) : null}
        {issues.length > 0 ? (
          <ul className={styles.list}>
            {issues.slice(0, SHOWN).map((issue, i) => (
              <li key={`${issue.cell}-${i}`}>
                {cell(issue.cell)} {pick(issue.messageIt, issue.messageEn)}
              </li>
            ))}
          </ul>
        ) : null}
        {issues.length > SHOWN ? <div>{strings.moreIssues(issues.length - SHOWN)}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
