import { pick } from "../../engine/cells/lang";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatEuro } from "../../engine/cells/format";
import { groupIssues } from "../../engine/issues/issueGroups";
import { FailureBar } from "../FailureBar";
import { LedgerSection } from "../ledger/LedgerSection";
import { paymentsOverviewStringsFor } from "./paymentsStrings";
import { ThisYearView } from "./ThisYearView";
import { TotalsCompared } from "./TotalsCompared";
import { issueText } from "../common/IssueList";
import { PanelHeader } from "../common/PanelHeader";
import { RefusalBar, SHOWN_ISSUES } from "../common/RefusalBar";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { SourcePicker } from "../SourcePicker";
import type { SourceState } from "../useSources";
import type { PaymentResult, PaymentStep } from "../workbookActions";
import { PANEL_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  totals: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
});

/**
 * The "Pagamenti" tab: writes H4A_Calcolo and H4A_Pagamenti, or says which errors stop it; below,
 * the ledger of payments made, the statement and the commitments (ledger/LedgerSection.tsx).
 */
export function PaymentsPanel({
  sources,
  onOpenValidation,
  onOpenParameters,
}: {
  sources: SourceState;
  onOpenValidation: () => void;
  onOpenParameters: () => void;
}) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const s = strings.payments;
  const o = paymentsOverviewStringsFor(language);
  const task = useTask();
  const [step, setStep] = useState<PaymentStep | null>(null);
  const [result, setResult] = useState<PaymentResult | null>(null);
  // Counts the payment tables written: the ledger below is read again each time.
  const [written, setWritten] = useState(0);

  const write = useAction(async () => {
    const source = sources.selected;
    if (source === null) return;
    setResult(null);
    const outcome = await task.run((actions) => actions.writePayments(source, setStep));
    setStep(null);
    if (outcome !== undefined) setResult(outcome);
    if (outcome?.status === "written") setWritten((n) => n + 1);
  });

  const selectCell = useAction((cell: string) => task.run((actions) => actions.selectCell(cell)));
  const select = (cell: string) => void selectCell(cell);
  const euro = (n: number) => formatEuro(n, language);
  /** One line per kind of error, with how many cells say the same. */
  const groups = result?.status === "refused" ? groupIssues(result.issues) : [];

  return (
    <section className={styles.panel} aria-labelledby="h4a-payments-heading">
      <PanelHeader id="h4a-payments-heading" heading={s.heading} intro={s.intro} />
      {sources.failure ? <FailureBar failure={sources.failure} retryLabel={strings.retry} onRetry={() => void sources.refresh()} /> : null}
      <SourcePicker
        sources={sources.sources}
        selected={sources.selected}
        onSelect={sources.select}
        onRefresh={() => void sources.refresh()}
        disabled={task.busy}
      />
      <div>
        <Button
          appearance="primary"
          icon={task.running ? <Spinner size="tiny" /> : <TableAddRegular />}
          disabled={task.busy || sources.selected === null}
          onClick={singleClick(write)}
        >
          {task.running ? s.writing : s.write}
        </Button>
      </div>
      {task.running ? (
        <>
          <ProgressBar
            aria-label={s.writing}
            thickness="medium"
            value={step === "read" ? 0.2 : step === "write" ? 0.6 : step === "check" ? 0.9 : undefined}
          />
          {step !== null ? <Caption1 role="status">{s.steps[step]}</Caption1> : null}
        </>
      ) : null}
      {task.failure ? <FailureBar failure={task.failure} /> : null}
      {result?.status === "refused" && result.reason === "agreement-missing" ? (
        <MessageBar intent="warning" layout="multiline" role="alert" data-testid="agreement-missing">
          <MessageBarBody>
            <MessageBarTitle>{s.agreementMissing}</MessageBarTitle>
            <div>{s.agreementMissingIntro}</div>
            <ul className={styles.errors}>
              {(result.missing ?? []).map((field) => (
                <li key={field}>{s.missingField[field]}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={onOpenParameters}>
              {s.openParameters}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {result?.status === "refused" && result.reason !== "agreement-missing" ? (
        <RefusalBar
          title={s.refused}
          reason={pick(result.message, language)}
          lead={result.issues.length > 0 ? s.errorsToFix(result.issues.length) : undefined}
          list={{
            lines: groups.slice(0, SHOWN_ISSUES).map(({ first, count }) => ({
              cell: first.cell,
              text: `${issueText(first, language)}${count > 1 ? ` ${s.sameInMore(count - 1)}` : ""}`,
            })),
            cellTitle: strings.validation.cellTitle,
            busy: task.busy,
            onSelect: select,
            testId: "refusal-errors",
          }}
          more={
            groups.length > SHOWN_ISSUES ? s.moreErrors(groups.slice(SHOWN_ISSUES).reduce((sum, group) => sum + group.count, 0)) : undefined
          }
          actions={
            <Button size="small" onClick={onOpenValidation}>
              {s.openValidation}
            </Button>
          }
        />
      ) : null}
      {result?.status === "written" ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.written(result.sheets.join(", "))}</MessageBarTitle>
              {s.tables(result.tables.map((t) => t.name).join(", "))} {s.rewriteNote}
            </MessageBarBody>
          </MessageBar>
          {result.check.mismatches.length === 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>{s.checked(result.check.compared)}</MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {s.mismatch(result.check.mismatches.length)} <strong>{s.mismatchAction}</strong>
              </MessageBarBody>
            </MessageBar>
          )}
          <ThisYearView overview={result.overview} />
          <Subtitle2 as="h3">{s.yearsHeading}</Subtitle2>
          <Table size="extra-small" aria-label={s.yearsHeading} data-testid="payment-years">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.year}</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>{s.payment}</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>{s.cumulative}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.years.map((year) => (
                <TableRow
                  key={year.programmeYear}
                  className={year.programmeYear === result.overview.currentYear.programmeYear ? styles.strong : undefined}
                >
                  <TableCell>
                    {s.programmeYear(year.programmeYear, year.calendarYear)}
                    {year.programmeYear === result.overview.currentYear.programmeYear ? ` · ${o.currentMark}` : ""}
                  </TableCell>
                  <TableCell className={styles.number}>{euro(year.amount)}</TableCell>
                  <TableCell className={styles.number}>{euro(year.cumulative)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.totals} data-testid="payment-totals">
            <Body1 className={styles.strong}>{s.total}</Body1>
            <Body1 className={mergeClasses(styles.number, styles.strong)}>{euro(result.total)}</Body1>
            {result.capCut > 0 ? (
              <>
                <Body1>{s.capCut}</Body1>
                <Body1 className={styles.number}>{euro(result.capCut)}</Body1>
              </>
            ) : null}
            <Body1>{s.saving}</Body1>
            <Body1 className={styles.number}>{euro(result.saving)}</Body1>
            <Body1>{s.net}</Body1>
            <Body1 className={styles.number}>{euro(result.net)}</Body1>
          </div>
          <Caption1 data-testid="saving-explained">{o.savingExplained}</Caption1>
          <TotalsCompared due={result.total} overview={result.overview} />
        </>
      ) : null}
      <LedgerSection source={sources.selected} refreshKey={written} />
    </section>
  );
}
