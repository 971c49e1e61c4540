import { formatNumber } from "../../engine/cells/format";
import { pick } from "../../engine/cells/lang";
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, ShareRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { passphraseProblem } from "../../engine/sharing/pseudonyms";
import { REMOVAL, removedColumnText } from "../../xlsx/shareLabels";
import type { RemovedColumn } from "../../xlsx/shareCopy";
import { FailureBar } from "../FailureBar";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { PanelHeader } from "../common/PanelHeader";
import { PassphraseField } from "../common/PassphraseField";
import { RefusalBar } from "../common/RefusalBar";
import { PANEL_STYLES } from "../panelStyles";
import type { ShareResult, ShareStep } from "./shareActions";
import { saveFile } from "./saveFile";
import { shareStringsFor } from "./shareStrings";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** What Excel.createWorkbook would be sent for a file of `bytes` bytes: its base64. */
const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

const STEP_PROGRESS: Record<ShareStep, number> = { load: 0.05, key: 0.15, read: 0.35, copy: 0.6, open: 0.9 };

/** The "Condividi" tab: the copy of the workbook for Homes4All, opened as a new workbook. */
export function SharePanel() {
  const styles = useStyles();
  const { language } = usePane();
  const s = shareStringsFor(language);
  const task = useTask();
  // The passphrase lives only in this field's state: never stored, cleared once used.
  const [passphrase, setPassphrase] = useState("");
  const [step, setStep] = useState<ShareStep | null>(null);
  const [result, setResult] = useState<ShareResult | null>(null);

  const problem = passphrase === "" ? null : passphraseProblem(passphrase);

  const make = useAction(async () => {
    const secret = passphrase;
    setPassphrase("");
    setResult(null);
    const outcome = await task.run((actions) => actions.shareCopy(secret, setStep));
    setStep(null);
    if (outcome !== undefined) setResult(outcome);
  });

  const columnText = (c: RemovedColumn) => removedColumnText(c, language);
  const megabytes = (bytes: number) => formatNumber(bytes / 1e6, language, 1);

  return (
    <section className={styles.panel} aria-labelledby="h4a-share-heading">
      <PanelHeader id="h4a-share-heading" heading={s.heading} intro={s.intro} />
      <PassphraseField
        label={s.passphrase}
        hint={s.passphraseHint}
        problem={problem}
        value={passphrase}
        disabled={task.running}
        onChange={setPassphrase}
        language={language}
        testId="share-passphrase"
      />
      <div>
        <Button
          appearance="primary"
          icon={task.running ? <Spinner size="tiny" /> : <ShareRegular />}
          disabled={task.busy || passphrase === "" || problem !== null}
          onClick={singleClick(make)}
        >
          {task.running ? s.making : s.make}
        </Button>
      </div>
      {task.running ? (
        <>
          {step === "load" ? <Spinner size="small" label={s.steps.load} /> : null}
          <ProgressBar aria-label={s.making} thickness="medium" value={step === null ? undefined : STEP_PROGRESS[step]} />
          {step !== null && step !== "load" ? <Caption1 role="status">{s.steps[step]}</Caption1> : null}
        </>
      ) : null}
      {task.failure ? <FailureBar failure={task.failure} /> : null}
      {result?.status === "refused" ? <RefusalBar title={s.refused} reason={pick(result.message, language)} /> : null}
      {result !== null && result.status !== "refused" ? (
        <div data-testid="share-report" className={styles.panel}>
          {result.status === "opened" ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.opened}</MessageBarTitle>
                {s.openedDetail(result.sheet)} {s.keyNote}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.download}</MessageBarTitle>
                {s.downloadDetail(result.sheet, megabytes(result.bytes), megabytes(base64Length(result.bytes)))} {s.keyNote}
              </MessageBarBody>
              <MessageBarActions>
                <Button icon={<ArrowDownloadRegular />} onClick={() => saveFile(result.file, s.fileName)}>
                  {s.downloadButton}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <ul className={styles.list}>
            <li>{s.pseudonymised(result.report.pseudonymised, result.report.idCopiesReplaced)}</li>
            {result.report.candidatesPseudonymised > 0 ? <li>{s.candidates(result.report.candidatesPseudonymised)}</li> : null}
            {result.report.removedColumns.length === 0 ? (
              <li>{s.columnsNone}</li>
            ) : (
              <li>
                {s.columnsHeading(result.report.removedColumns.length)}
                <ul className={styles.list} data-testid="share-removed-columns">
                  {result.report.removedColumns.map((c) => (
                    <li key={`${c.sheet}!${c.column}`}>{columnText(c)}</li>
                  ))}
                </ul>
              </li>
            )}
            <li>{s.formulas(result.report.formulasReplaced.length)}</li>
            <li>{s.notes(result.report.notesRemoved)}</li>
            <li>{s.agreementKept}</li>
          </ul>
          {result.report.removals.length > 0 ? (
            <>
              <Caption1>{s.removalsHeading(result.report.removals.reduce((sum, r) => sum + r.count, 0))}</Caption1>
              <Table size="small" aria-label={s.removalsHeading(result.report.removals.length)} data-testid="share-removals">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{s.part}</TableHeaderCell>
                    <TableHeaderCell>{s.kind}</TableHeaderCell>
                    <TableHeaderCell>{s.count}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.report.removals.map((r) => (
                    <TableRow key={`${r.part}-${r.kind}`}>
                      <TableCell>{r.part}</TableCell>
                      <TableCell>{REMOVAL[language][r.kind]}</TableCell>
                      <TableCell className={styles.number}>{r.count}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
