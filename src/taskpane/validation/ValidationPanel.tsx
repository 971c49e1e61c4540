import { Button, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, HighlightRegular, EraserRegular, TableAddRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { Issue } from "../../engine/types";
import type { DataSource } from "../../contract/contract";
import { FailureBar } from "../FailureBar";
import { IssueList } from "../common/IssueList";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { PanelHeader } from "../common/PanelHeader";
import { SourcePicker } from "../SourcePicker";
import type { SourceState } from "../useSources";
import { rankingStringsFor } from "../ranking/rankingStrings";
import type { FlowWriteResult } from "../ranking/rankingActions";
import { SummaryView, year3FromOutcomes } from "./SummaryView";
import type { Validation, WorkbookActions } from "../workbookActions";
import { PANEL_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  counts: { fontWeight: tokens.fontWeightSemibold },
});

type Pending = "validate" | "highlight" | "unhighlight" | "select" | "flow" | null;

/**
 * The "Verifica" tab: validate the beneficiary sheet, go to each issue, colour and uncolour the
 * cells; the summary's flow starts with the candidates sheet's applications when there is one
 * (`candidates`), and can be written to H4A_Flusso.
 */
export function ValidationPanel({ sources, candidates = null }: { sources: SourceState; candidates?: DataSource | null }) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const s = strings.validation;
  const task = useTask();
  const [validation, setValidation] = useState<Validation | null>(null);
  const [highlighted, setHighlighted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [flowWritten, setFlowWritten] = useState<FlowWriteResult | null>(null);
  const flowStrings = rankingStringsFor(language).flow;

  const step = async <T,>(kind: Exclude<Pending, null>, work: (actions: WorkbookActions) => Promise<T>): Promise<T | undefined> => {
    setPending(kind);
    try {
      return await task.run(work);
    } finally {
      setPending(null);
    }
  };

  // Whether the sheet's cells are coloured already (by an earlier session) is read once on opening.
  const { run } = task;
  useEffect(() => {
    void run((actions) => actions.highlightActive(), { exclusive: false }).then((active) => {
      if (active !== undefined) setHighlighted(active);
    });
  }, [run]);

  const validate = useAction(async () => {
    const source = sources.selected;
    if (source === null) return;
    setNotice(null);
    setFlowWritten(null);
    const result = await step("validate", (actions) =>
      candidates === null ? actions.validate(source) : actions.validate(source, candidates),
    );
    if (result !== undefined) setValidation(result);
  });

  const writeFlow = useAction(async () => {
    const source = validation?.source ?? null;
    if (source === null) return;
    const result = await step("flow", (actions) =>
      candidates === null ? actions.writeFlow(source) : actions.writeFlow(source, candidates),
    );
    if (result !== undefined) setFlowWritten(result);
  });

  const selectCell = useAction((cell: string) => step("select", (actions) => actions.selectCell(cell)));
  const select = (issue: Issue) => void selectCell(issue.cell);

  const highlight = useAction(async () => {
    if (validation === null) return;
    const result = await step("highlight", (actions) => actions.highlight(validation.issues));
    if (result === undefined) return;
    setHighlighted(result.coloured > 0);
    setNotice(s.highlighted(result.coloured));
  });

  const unhighlight = useAction(async () => {
    const result = await step("unhighlight", (actions) => actions.removeHighlight());
    if (result === undefined) return;
    setHighlighted(false);
    setNotice(s.unhighlighted(result.restored, result.changedSince));
  });

  const colourable = validation !== null && validation.counts.error + validation.counts.warning > 0;
  const progress =
    pending === "validate"
      ? s.validating
      : pending === "highlight"
        ? s.highlighting
        : pending === "unhighlight"
          ? s.unhighlighting
          : pending === "flow"
            ? flowStrings.writing
            : null;

  return (
    <section className={styles.panel} aria-labelledby="h4a-validation-heading">
      <PanelHeader id="h4a-validation-heading" heading={s.heading} intro={s.intro} />
      {sources.failure ? <FailureBar failure={sources.failure} retryLabel={strings.retry} onRetry={() => void sources.refresh()} /> : null}
      {sources.loading ? <Spinner size="tiny" label={s.loadingSources} labelPosition="after" /> : null}
      <SourcePicker
        sources={sources.sources}
        selected={sources.selected}
        onSelect={(source) => {
          sources.select(source);
          setValidation(null);
        }}
        onRefresh={() => void sources.refresh()}
        disabled={task.busy}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={pending === "validate" ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
          disabled={task.busy || sources.selected === null}
          onClick={singleClick(validate)}
        >
          {pending === "validate" ? s.validating : validation === null ? s.validate : s.revalidate}
        </Button>
        <Button
          icon={pending === "highlight" ? <Spinner size="tiny" /> : <HighlightRegular />}
          disabled={task.busy || !colourable}
          onClick={singleClick(highlight)}
        >
          {s.highlight}
        </Button>
        <Button
          icon={pending === "unhighlight" ? <Spinner size="tiny" /> : <EraserRegular />}
          disabled={task.busy || !highlighted}
          onClick={singleClick(unhighlight)}
        >
          {s.unhighlight}
        </Button>
      </div>
      {progress !== null ? <ProgressBar aria-label={progress} thickness="medium" /> : null}
      {task.failure ? <FailureBar failure={task.failure} /> : null}
      {notice !== null ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {validation !== null ? (
        <>
          {validation.agreementCreated ? (
            <MessageBar intent="info">
              <MessageBarBody>{s.agreementCreated}</MessageBarBody>
            </MessageBar>
          ) : null}
          {validation.defaultedParams.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{s.defaulted(validation.defaultedParams.join(", "))}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Text className={styles.counts} role="status" data-testid="issue-counts">
            {s.counts(validation.counts.error, validation.counts.warning, validation.counts.note)}
          </Text>
          {validation.counts.error + validation.counts.warning === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{s.clean}</MessageBarBody>
            </MessageBar>
          ) : null}
          <IssueList issues={validation.issues} strings={strings} language={language} onSelect={select} disabled={task.busy} />
          <SummaryView
            summary={validation.summary}
            strings={strings}
            language={language}
            year3={year3FromOutcomes(validation.outcomes, validation.params)}
          />
          <div className={styles.actions}>
            <Button
              icon={pending === "flow" ? <Spinner size="tiny" /> : <TableAddRegular />}
              disabled={task.busy}
              onClick={singleClick(writeFlow)}
            >
              {pending === "flow" ? flowStrings.writing : flowStrings.write}
            </Button>
          </div>
          {flowWritten !== null ? (
            <MessageBar intent="success" data-testid="flow-written">
              <MessageBarBody>{flowStrings.written(flowWritten.sheet, flowWritten.services)}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
