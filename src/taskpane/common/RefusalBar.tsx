import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { CellButton } from "./CellButton";

/** How many issues a refusal lists; the rest are counted in its last line. */
export const SHOWN_ISSUES = 10;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** One line of a refusal: the cell that shows the problem, and what is wrong there. */
export interface RefusalLine {
  cell: string;
  text: string;
}

/** The issues a refusal lists, each cell a button that selects it. */
export interface RefusalList {
  /** At most SHOWN_ISSUES. */
  lines: readonly RefusalLine[];
  cellTitle: (cell: string) => string;
  /** Cell buttons are disabled while a workbook task runs. */
  busy: boolean;
  onSelect: (cell: string) => void;
  testId?: string;
}

export interface RefusalBarProps {
  title: string;
  /** An error is announced at once (alert); a warning is a status. */
  intent?: "error" | "warning";
  /** The reason in a sentence, when there is one. */
  reason?: ReactNode;
  /** The line above the list ("3 errors to fix:"). */
  lead?: string;
  list?: RefusalList;
  /** The line below the list, for the issues not listed. */
  more?: string;
  /** Buttons beside the message (e.g. to open the tab that shows all the issues). */
  actions?: ReactNode;
  testId?: string;
}

/** Why the pane did not do what was asked, each issue with the cell that shows it (a button that selects it). */
export function RefusalBar({ title, intent = "error", reason, lead, list, more, actions, testId }: RefusalBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"} data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {reason !== undefined ? <div>{reason}</div> : null}
        {lead !== undefined ? <div>{lead}</div> : null}
        {list !== undefined && list.lines.length > 0 ? (
          <ul className={styles.list} data-testid={list.testId}>
            {list.lines.map((line, i) => (
              <li key={`${line.cell}-${i}`}>
                <CellButton cell={line.cell} title={list.cellTitle(line.cell)} disabled={list.busy} onSelect={list.onSelect} /> {line.text}
              </li>
            ))}
          </ul>
        ) : null}
        {more !== undefined ? <div>{more}</div> : null}
      </MessageBarBody>
      {actions !== undefined ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
