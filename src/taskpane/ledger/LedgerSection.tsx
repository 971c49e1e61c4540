import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { passphraseProblem } from "../../engine/sharing/pseudonyms";
import type { DataSource } from "../../contract/contract";
import { FailureBar } from "../FailureBar";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { PANEL_STYLES } from "../panelStyles";
import { CommitmentsView } from "./CommitmentsView";
import type { RecordResult, RecordStep, StatementResult } from "./ledgerActions";
import { RecordOutcome, StatementOutcome } from "./LedgerOutcomes";
import { refusalOf } from "./ledgerReading";
import { ledgerStringsFor } from "./ledgerStrings";
import type { LedgerView } from "./ledgerView";
import { LedgerYears } from "./LedgerYears";
import { RecordPayment } from "./RecordPayment";
import { LedgerRefusalBar, type LedgerRefusalBarProps } from "./LedgerRefusalBar";
import { TrueUpList } from "./TrueUpList";
import { useLedger } from "./useLedger";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

/**
 * The ledger part of the Pagamenti tab (MECHANISM.md §10–§12): the payment to record next, the
 * years paid and to pay, the true-ups with the cells that changed, the statement of a year, and
 * the commitments for the budget.
 */
export function LedgerSection({ source, refreshKey }: { source: DataSource | null; refreshKey: number }) {
  const styles = useStyles();
  const { language } = usePane();
  const s = ledgerStringsFor(language);
  const ledger = useLedger(source, refreshKey);
  const recording = useTask();
  const writing = useTask();
  const selection = useTask();
  // The passphrase lives only in this field's state: never stored, cleared once a payment is recorded with it.
  const [passphrase, setPassphrase] = useState("");
  const [step, setStep] = useState<RecordStep | null>(null);
  const [recordOutcome, setRecordOutcome] = useState<{ result: RecordResult; passphraseCleared: boolean } | null>(null);
  const [statementOutcome, setStatementOutcome] = useState<StatementResult | null>(null);
  /** The year whose statement is being written, and whether it is the draft of the payment to record. */
  const [writingStatement, setWritingStatement] = useState<{ year: number; draft: boolean } | null>(null);
  const busy = recording.busy;
  const usablePassphrase = passphrase !== "" && passphraseProblem(passphrase) === null ? passphrase : undefined;
  const view: LedgerView | null = ledger.state?.status === "ready" ? ledger.state.view : null;

  const selectCell = useAction((cell: string) => selection.run((actions) => actions.selectCell(cell)));
  const select = (cell: string) => void selectCell(cell);
  const reload = useAction(ledger.reload, { exclusive: false });

  const record = useAction(async (act: string, date: number): Promise<boolean> => {
    const next = view?.next;
    if (source === null || next === undefined || next === null) return false;
    const secret = usablePassphrase;
    if (secret !== undefined) setPassphrase("");
    setRecordOutcome(null);
    setStatementOutcome(null);
    const result = await recording.run((actions) =>
      actions.recordPayment(
        source,
        { programmeYear: next.programmeYear, act, date, expectedTotal: next.total },
        { passphrase: secret, lang: language },
        setStep,
      ),
    );
    setStep(null);
    if (result === undefined) return false;
    setRecordOutcome({ result, passphraseCleared: secret !== undefined });
    if (result.state !== null) ledger.show(result.state);
    return result.status === "recorded";
  });

  const statement = useAction(async (programmeYear: number, draft: { act: string; date: number | null } | null) => {
    if (source === null) return;
    setStatementOutcome(null);
    const request = { programmeYear, act: draft?.act, date: draft?.date ?? undefined };
    setWritingStatement({ year: programmeYear, draft: draft !== null });
    const result = await writing.run((actions) =>
      actions.writeStatement(source, request, { passphrase: usablePassphrase, lang: language }),
    );
    setWritingStatement(null);
    if (result !== undefined) setStatementOutcome(result);
  });

  /** The ledger's refusals and findings, with the cells to look at. */
  const refusalBar = (bar: Pick<LedgerRefusalBarProps, "title" | "refusal" | "intent" | "testId">) => (
    <LedgerRefusalBar {...bar} strings={s} language={language} busy={busy} onSelect={select} />
  );

  if (source === null) return null;
  const next = view?.next ?? null;
  const failures = [ledger.read.failure, recording.failure, writing.failure, selection.failure].filter((f) => f !== null);

  return (
    <section className={styles.section} aria-labelledby="h4a-ledger-heading" data-testid="ledger">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="h4a-ledger-heading">
          {s.heading}
        </Subtitle2>
        <Button
          size="small"
          appearance="subtle"
          icon={ledger.read.running ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
          disabled={ledger.read.running}
          onClick={singleClick(() => reload(usablePassphrase))}
        >
          {ledger.read.running ? s.loading : s.refresh}
        </Button>
      </div>
      <Body1 as="p" className={styles.paragraph}>
        {s.intro}
      </Body1>
      {failures.map((failure, i) => (
        <FailureBar key={i} failure={failure} />
      ))}
      {recordOutcome !== null ? (
        <RecordOutcome
          outcome={recordOutcome.result}
          passphraseCleared={recordOutcome.passphraseCleared}
          strings={s}
          busy={busy}
          onSelect={select}
        />
      ) : null}
      {statementOutcome !== null ? <StatementOutcome outcome={statementOutcome} strings={s} busy={busy} onSelect={select} /> : null}
      {ledger.state?.status === "unavailable"
        ? refusalBar({ title: s.unavailable, refusal: ledger.state.refusal, intent: "warning", testId: "ledger-unavailable" })
        : null}
      {view !== null ? (
        <>
          {view.errors.length > 0 && (next === null || next.refusals.length === 0)
            ? refusalBar({ title: s.notAsRecorded, refusal: { issues: view.errors }, intent: "error", testId: "ledger-errors" })
            : null}
          {view.warnings.length > 0
            ? refusalBar({ title: s.warnings, refusal: { issues: view.warnings }, intent: "warning", testId: "ledger-warnings" })
            : null}
          {next !== null ? (
            <RecordPayment
              key={next.programmeYear}
              payment={next}
              naming={view.naming}
              strings={s}
              language={language}
              busy={busy}
              recording={recording.running}
              drafting={writingStatement?.draft === true}
              step={step}
              notice={
                next.refusals.length > 0
                  ? refusalBar({ title: s.cannotRecord, refusal: refusalOf(next.refusals), intent: "error", testId: "record-refusals" })
                  : null
              }
              passphrase={passphrase}
              onPassphrase={setPassphrase}
              onRecord={async (act, date) => (await record(act, date)) ?? false}
              onDraft={(act, date) => void statement(next.programmeYear, { act, date })}
            />
          ) : (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{s.nothingToRecord(view.currentYear)}</MessageBarBody>
            </MessageBar>
          )}
          {view.years.length > 0 ? (
            <>
              <Subtitle2 as="h3">{s.yearsHeading}</Subtitle2>
              <LedgerYears
                years={view.years}
                total={view.total}
                strings={s}
                language={language}
                busy={busy}
                writingYear={writingStatement !== null && !writingStatement.draft ? writingStatement.year : null}
                onStatement={(year) => void statement(year, null)}
              />
            </>
          ) : null}
          {view.trueUps.length > 0 ? (
            <>
              <Subtitle2 as="h3">{s.trueUpsHeading}</Subtitle2>
              <TrueUpList
                trueUps={view.trueUps}
                outstanding={view.outstanding}
                strings={s}
                language={language}
                busy={busy}
                onSelect={select}
              />
            </>
          ) : null}
          <CommitmentsView commitments={view.commitments} strings={s} language={language} busy={busy} onSelect={select} />
        </>
      ) : null}
    </section>
  );
}
