import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, TableAddRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { cellAddress } from "../../engine/cells/address";
import { rankCandidates } from "../../engine/candidates/ranking";
import type { RankingParams } from "../../engine/candidates/weights";
import { RANKING_PARAM_KEYS } from "../../engine/keys";
import type { Issue } from "../../engine/types";
import type { DataSource } from "../../contract/contract";
import { IssueList } from "../common/IssueList";
import { PanelHeader } from "../common/PanelHeader";
import { FailureBar } from "../FailureBar";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { PANEL_STYLES } from "../panelStyles";
import { SourcePicker, sourceKey } from "../SourcePicker";
import type { CandidateChoice } from "../useCandidateChoice";
import type { SourceState } from "../useSources";
import { ExcludedList } from "./ExcludedList";
import { RankedList } from "./RankedList";
import type { CandidatesView, RankingWriteResult } from "./rankingActions";
import { rankingStringsFor } from "./rankingStrings";
import { RankingWriteOutcome } from "./RankingWriteOutcome";
import { textsOf, weightOf, type WeightTexts } from "./weightTexts";
import { WeightsEditor } from "./WeightsEditor";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  counts: { fontWeight: tokens.fontWeightSemibold },
});

const sameSource = (a: DataSource | null, b: DataSource | null): boolean =>
  a === null || b === null ? a === b : sourceKey(a) === sourceKey(b);

/** The "Graduatoria" tab: the candidates sheet ranked with the agreement's weights, re-ranked at once when a weight changes. */
export function RankingPanel({ sources, candidates }: { sources: SourceState; candidates: CandidateChoice }) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const r = rankingStringsFor(language);
  const task = useTask();
  const { run } = task;
  const source = candidates.selected;
  const [view, setView] = useState<CandidatesView | null>(null);
  const [texts, setTexts] = useState<WeightTexts | null>(null);
  const [pending, setPending] = useState<"read" | "write" | null>(source === null ? null : "read");
  const [result, setResult] = useState<RankingWriteResult | null>(null);

  // The detected (or picked) sheet is read as soon as it is known; another pick reads it anew (a new
  // list of the same sheets does not).
  const [autoRead, setAutoRead] = useState<DataSource | null>(source);
  if (!sameSource(autoRead, source)) {
    setAutoRead(source);
    if (source !== null) setPending("read");
  }

  /** Shows what was read; `reseed` puts the agreement's weights back in the fields. */
  const show = useCallback(
    (loaded: CandidatesView | undefined, reseed: boolean) => {
      setPending(null);
      if (loaded === undefined) return;
      setView(loaded);
      setResult(null);
      setTexts((current) => (reseed || current === null ? textsOf(loaded.params, language) : current));
    },
    [language],
  );

  useEffect(() => {
    if (autoRead === null) return;
    let current = true;
    void run((actions) => actions.readCandidates(autoRead), { exclusive: false }).then((loaded) => {
      if (current) show(loaded, true);
    });
    return () => {
      current = false;
    };
  }, [autoRead, run, show]);

  const read = useAction(
    async () => {
      if (source === null) return;
      setPending("read");
      show(await run((actions) => actions.readCandidates(source), { exclusive: false }), false);
    },
    { exclusive: false },
  );

  const params = useMemo((): RankingParams | null => {
    if (view === null || texts === null) return null;
    return Object.fromEntries(
      RANKING_PARAM_KEYS.map((key) => [key, weightOf(key, texts[key], language) ?? view.params[key]]),
    ) as RankingParams;
  }, [view, texts, language]);
  const changed = view === null || params === null ? [] : RANKING_PARAM_KEYS.filter((key) => params[key] !== view.params[key]);
  const ranking = useMemo(() => (view === null || params === null ? null : rankCandidates(view.parsed, params)), [view, params]);
  const weightsChanged = changed.length > 0;
  const agreementRanks = useMemo(() => {
    if (view === null || !weightsChanged) return null;
    return new Map(rankCandidates(view.parsed, view.params).eligible.map((ranked) => [ranked.candidate.row, ranked.rank]));
  }, [view, weightsChanged]);

  const showCell = useAction((cell: string) => run((actions) => actions.selectCell(cell)));
  const goTo = (row: number) => {
    if (view === null) return;
    void showCell(cellAddress(view.parsed.sheetName, row, view.parsed.columns.id ?? 1));
  };
  const selectCell = (cell: string) => void showCell(cell);
  const selectIssue = (issue: Issue) => selectCell(issue.cell);

  const write = useAction(async () => {
    if (view === null || params === null) return;
    setPending("write");
    setResult(null);
    const outcome = await run((actions) => actions.writeRanking(view.source, params));
    setPending(null);
    if (outcome !== undefined) setResult(outcome);
  });

  const errors = view?.parsed.issues.filter((issue) => issue.severity === "error").length ?? 0;

  return (
    <section className={styles.panel} aria-labelledby="h4a-ranking-heading">
      <PanelHeader id="h4a-ranking-heading" heading={r.heading} intro={r.intro} />
      {sources.failure ? <FailureBar failure={sources.failure} retryLabel={strings.retry} onRetry={() => void sources.refresh()} /> : null}
      <SourcePicker
        sources={sources.sources}
        selected={source}
        onSelect={candidates.select}
        onRefresh={() => void sources.refresh()}
        disabled={task.busy}
        kind={{ label: r.source, isFound: (s) => s.candidatesFound === true, foundLabel: r.found, noneFound: r.noCandidates }}
      />
      <div className={styles.actions}>
        <Button
          icon={pending === "read" ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          disabled={task.busy || task.running || source === null}
          onClick={singleClick(read)}
        >
          {pending === "read" ? r.reading : view === null ? r.read : r.reread}
        </Button>
        <Button
          appearance="primary"
          icon={pending === "write" ? <Spinner size="tiny" /> : <TableAddRegular />}
          disabled={task.busy || ranking === null || errors > 0}
          onClick={singleClick(write)}
        >
          {pending === "write" ? r.writing : r.write}
        </Button>
      </div>
      {pending !== null ? <ProgressBar aria-label={pending === "read" ? r.reading : r.writing} thickness="medium" /> : null}
      {task.failure ? <FailureBar failure={task.failure} /> : null}
      <RankingWriteOutcome
        result={result}
        strings={r}
        language={language}
        weightsChanged={weightsChanged}
        sheet={view?.parsed.sheetName ?? ""}
        cellTitle={strings.validation.cellTitle}
        onSelect={selectCell}
        disabled={task.busy}
      />
      {view !== null && ranking !== null && texts !== null && params !== null ? (
        <>
          {view.agreement === "missing" ? (
            <MessageBar intent="info">
              <MessageBarBody>{r.defaultsUsed}</MessageBarBody>
            </MessageBar>
          ) : null}
          {view.agreementIssues.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                {r.agreementInvalid([...new Set(view.agreementIssues.map((issue) => String(issue.field)))].join(", "))}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Text className={styles.counts} role="status" data-testid="ranking-counts">
            {r.counts(ranking.eligible.length + ranking.excluded.length, ranking.eligible.length, ranking.excluded.length)}
          </Text>
          {view.parsed.issues.length > 0 ? (
            <>
              <Caption1>
                {r.issuesHeading(errors, view.parsed.issues.length - errors)}
                {errors > 0 ? ` — ${r.errorsBlockRanking}` : ""}
              </Caption1>
              <IssueList issues={view.parsed.issues} strings={strings} language={language} onSelect={selectIssue} disabled={task.busy} />
            </>
          ) : null}
          <WeightsEditor
            texts={texts}
            agreement={view.params}
            changed={changed}
            onChange={(key, text) => setTexts({ ...texts, [key]: text })}
            onReset={() => setTexts(textsOf(view.params, language))}
            strings={r}
            language={language}
          />
          <RankedList
            ranking={ranking}
            agreementRanks={agreementRanks}
            strings={r}
            language={language}
            onGoTo={goTo}
            disabled={task.busy}
          />
          <ExcludedList ranking={ranking} strings={r} language={language} onGoTo={goTo} disabled={task.busy} />
        </>
      ) : null}
    </section>
  );
}
