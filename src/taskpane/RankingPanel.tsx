import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular, ArrowSyncRegular, TableAddRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { cellAddress } from "../engine/address";
import { emergencyText } from "../engine/candidates/eligibility";
import { rankCandidates, tieText, type CandidateRanking, type RankedCandidate } from "../engine/candidates/ranking";
import { contributionLines } from "../engine/candidates/score";
import { RANKING_PARAM_KEYS, type RankingParamKey, type RankingParams } from "../engine/candidates/weights";
import { formatDate, formatNumber } from "../engine/format";
import { PARAM_INFO, paramName, ParamsSchema } from "../engine/params";
import type { Issue } from "../engine/types";
import type { DataSource } from "../excel/contract";
import { showNumber, typedValue } from "./agreementForm";
import { FailureBar } from "./FailureBar";
import type { Language } from "./i18n";
import { fieldHeading, issueSentence, IssueList } from "./IssueList";
import { usePane, useTask } from "./PaneContext";
import type { CandidatesView, RankingWriteResult } from "./rankingActions";
import { rankingStringsFor, type RankingStrings } from "./rankingStrings";
import { SourcePicker } from "./SourcePicker";
import type { CandidateChoice } from "./useCandidateChoice";
import type { SourceState } from "./useSources";
import { PANEL_STYLES } from "./panelStyles";

const PAGE = 100;

const useStyles = makeStyles({
  ...PANEL_STYLES,
  counts: { fontWeight: tokens.fontWeightSemibold },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  input: { width: "100%", minWidth: 0 },
  hint: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, overflowWrap: "anywhere" },
  itemHeader: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  rank: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, minWidth: "2.5em" },
  id: { fontFamily: tokens.fontFamilyMonospace },
  score: { fontVariantNumeric: "tabular-nums" },
  breakdown: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  link: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    textDecorationLine: "underline",
    alignSelf: "flex-start",
  },
  excluded: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  excludedItem: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type WeightTexts = Record<RankingParamKey, string>;

const textsOf = (params: RankingParams, language: Language): WeightTexts =>
  Object.fromEntries(RANKING_PARAM_KEYS.map((key) => [key, showNumber(params[key], language)])) as WeightTexts;

/** A weight as typed: its value when the agreement's schema accepts it, else null (a blank is not a value here). */
function weightOf(key: RankingParamKey, text: string, language: Language): number | null {
  if (text.trim() === "") return null;
  const result = ParamsSchema.shape[key].safeParse(typedValue(text, language));
  return result.success && typeof result.data === "number" ? result.data : null;
}

/** The "Graduatoria" tab: the candidates sheet ranked with the agreement's weights, re-ranked at once when a weight changes. */
export function RankingPanel({ sources, candidates }: { sources: SourceState; candidates: CandidateChoice }) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const r = rankingStringsFor(language);
  const task = useTask();
  const [view, setView] = useState<CandidatesView | null>(null);
  const [texts, setTexts] = useState<WeightTexts | null>(null);
  const [pending, setPending] = useState<"read" | "write" | null>(null);
  const [result, setResult] = useState<RankingWriteResult | null>(null);

  const source = candidates.selected;
  const read = async (from: DataSource | null, reseed: boolean) => {
    if (from === null) return;
    setPending("read");
    const loaded = await task.run((actions) => actions.readCandidates(from), { exclusive: false });
    setPending(null);
    if (loaded === undefined) return;
    setView(loaded);
    setResult(null);
    setTexts((current) => (reseed || current === null ? textsOf(loaded.params, language) : current));
  };

  // The detected (or picked) sheet is read as soon as it is known; another pick reads it anew.
  const sourceId = source === null ? null : `${source.kind}:${source.table ?? source.sheet}`;
  useEffect(() => {
    void read(source, true);
  }, [sourceId]);

  const params = useMemo((): RankingParams | null => {
    if (view === null || texts === null) return null;
    return Object.fromEntries(RANKING_PARAM_KEYS.map((key) => [key, weightOf(key, texts[key], language) ?? view.params[key]])) as RankingParams;
  }, [view, texts, language]);
  const changed = view === null || params === null ? [] : RANKING_PARAM_KEYS.filter((key) => params[key] !== view.params[key]);
  const ranking = useMemo(() => (view === null || params === null ? null : rankCandidates(view.parsed, params)), [view, params]);
  const agreementRanks = useMemo(() => {
    if (view === null || changed.length === 0) return null;
    return new Map(rankCandidates(view.parsed, view.params).eligible.map((ranked) => [ranked.candidate.row, ranked.rank]));
  }, [view, changed.length]);

  const goTo = (row: number) => {
    if (view === null) return;
    const cell = cellAddress(view.parsed.sheetName, row, view.parsed.columns.id ?? 1);
    void task.run((actions) => actions.selectCell(cell));
  };
  const selectIssue = (issue: Issue) => void task.run((actions) => actions.selectCell(issue.cell));

  const write = async () => {
    if (view === null || params === null) return;
    setPending("write");
    setResult(null);
    const outcome = await task.run((actions) => actions.writeRanking(view.source, params));
    setPending(null);
    if (outcome !== undefined) setResult(outcome);
  };

  const errors = view?.parsed.issues.filter((issue) => issue.severity === "error").length ?? 0;

  return (
    <section className={styles.panel} aria-labelledby="h4a-ranking-heading">
      <Subtitle2 as="h2" id="h4a-ranking-heading">
        {r.heading}
      </Subtitle2>
      <Body1 as="p" className={styles.paragraph}>
        {r.intro}
      </Body1>
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
        <Button icon={pending === "read" ? <Spinner size="tiny" /> : <ArrowSyncRegular />} disabled={task.busy || source === null} onClick={() => void read(source, false)}>
          {pending === "read" ? r.reading : view === null ? r.read : r.reread}
        </Button>
        <Button
          appearance="primary"
          icon={pending === "write" ? <Spinner size="tiny" /> : <TableAddRegular />}
          disabled={task.busy || ranking === null || errors > 0}
          onClick={() => void write()}
        >
          {pending === "write" ? r.writing : r.write}
        </Button>
      </div>
      {pending !== null ? <ProgressBar aria-label={pending === "read" ? r.reading : r.writing} thickness="medium" /> : null}
      {task.failure ? <FailureBar failure={task.failure} /> : null}
      <WriteOutcome result={result} strings={r} language={language} weightsChanged={changed.length > 0} sheet={view?.parsed.sheetName ?? ""} onSelect={selectIssue} disabled={task.busy} />
      {view !== null && ranking !== null && texts !== null && params !== null ? (
        <>
          {view.agreement === "missing" ? (
            <MessageBar intent="info">
              <MessageBarBody>{r.defaultsUsed}</MessageBarBody>
            </MessageBar>
          ) : null}
          {view.agreementIssues.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{r.agreementInvalid([...new Set(view.agreementIssues.map((issue) => String(issue.field)))].join(", "))}</MessageBarBody>
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
          <RankedList ranking={ranking} agreementRanks={agreementRanks} strings={r} language={language} onGoTo={goTo} disabled={task.busy} />
          <ExcludedList ranking={ranking} strings={r} language={language} onGoTo={goTo} disabled={task.busy} />
        </>
      ) : null}
    </section>
  );
}

function WriteOutcome(props: {
  result: RankingWriteResult | null;
  strings: RankingStrings;
  language: Language;
  weightsChanged: boolean;
  sheet: string;
  onSelect: (issue: Issue) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
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
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{r.refused}</MessageBarTitle>
        <div>{r.errorsToFix(result.issues.length)}</div>
        <ul className={styles.errors}>
          {result.issues.slice(0, 10).map((issue, i) => (
            <li key={`${issue.cell}-${i}`}>
              <button type="button" className={styles.link} onClick={() => props.onSelect(issue)} disabled={props.disabled}>
                {issue.cell}
              </button>{" "}
              {fieldHeading(issue, language) ? `${fieldHeading(issue, language)}: ` : ""}
              {issueSentence(issue, language)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function WeightsEditor(props: {
  texts: WeightTexts;
  agreement: RankingParams;
  changed: RankingParamKey[];
  onChange: (key: RankingParamKey, text: string) => void;
  onReset: () => void;
  strings: RankingStrings;
  language: Language;
}) {
  const styles = useStyles();
  const { texts, strings: r, language } = props;
  return (
    <Accordion collapsible defaultOpenItems={[]}>
      <AccordionItem value="weights">
        <AccordionHeader>
          <span className={styles.itemHeader}>
            {r.weightsHeading}
            {props.changed.length > 0 ? (
              <Badge appearance="tint" color="warning" data-testid="weights-changed">
                {r.weightsChanged(props.changed.length)}
              </Badge>
            ) : null}
          </span>
        </AccordionHeader>
        <AccordionPanel>
          <Caption1 as="p">{r.weightsHint}</Caption1>
          <div className={styles.grid}>
            {RANKING_PARAM_KEYS.map((key) => {
              const invalid = weightOf(key, texts[key], language) === null;
              const info = PARAM_INFO[key];
              return (
                <Field
                  key={key}
                  label={language === "it" ? info.descriptionIt : info.descriptionEn}
                  hint={<span className={styles.hint}>{paramName(key)}</span>}
                  validationMessage={invalid ? r.weightInvalid(language === "it" ? info.expectedIt : info.expectedEn) : undefined}
                  validationState={invalid ? "error" : "none"}
                >
                  <Input className={styles.input} value={texts[key]} inputMode="decimal" onChange={(_, data) => props.onChange(key, data.value)} />
                </Field>
              );
            })}
          </div>
          <Button icon={<ArrowResetRegular />} disabled={props.changed.length === 0 && RANKING_PARAM_KEYS.every((key) => weightOf(key, texts[key], language) !== null)} onClick={props.onReset}>
            {r.resetWeights}
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function RankedList(props: {
  ranking: CandidateRanking;
  agreementRanks: Map<number, number> | null;
  strings: RankingStrings;
  language: Language;
  onGoTo: (row: number) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const { ranking, strings: r, language } = props;
  const [shown, setShown] = useState(PAGE);
  const noId = r.noId;
  return (
    <section aria-labelledby="h4a-ranked-heading">
      <Subtitle2 as="h3" id="h4a-ranked-heading">
        {r.eligibleHeading}{" "}
        <CounterBadge count={ranking.eligible.length} overflowCount={99999} color="informative" />
      </Subtitle2>
      {ranking.eligible.length === 0 ? <Caption1>{r.noneEligible}</Caption1> : null}
      <Accordion multiple collapsible aria-label={r.eligibleLabel} data-testid="ranked-list">
        {ranking.eligible.slice(0, shown).map((ranked) => {
          const before = props.agreementRanks?.get(ranked.candidate.row);
          const id = ranked.candidate.id ?? noId;
          return (
            <AccordionItem key={ranked.candidate.row} value={ranked.candidate.row} data-family={id} data-rank={ranked.rank}>
              <AccordionHeader>
                <span className={styles.itemHeader}>
                  <span className={styles.rank}>{r.rankLabel(ranked.rank)}</span>
                  <span className={styles.id}>{id}</span>
                  <span className={styles.score}>{r.points(formatNumber(ranked.score, language))}</span>
                  {before !== undefined && before !== ranked.rank ? (
                    <Caption1 data-testid="rank-moved">({r.was(before)})</Caption1>
                  ) : null}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Breakdown ranked={ranked} ranking={ranking} strings={r} language={language} onGoTo={props.onGoTo} disabled={props.disabled} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {ranking.eligible.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {r.showMore(Math.min(PAGE, ranking.eligible.length - shown))}
        </Button>
      ) : null}
    </section>
  );
}

/** Why a family is where it is: what makes it eligible, each weight's points with its arithmetic, the total, and the tie rule when it shares its score. */
function Breakdown(props: { ranked: RankedCandidate; ranking: CandidateRanking; strings: RankingStrings; language: Language; onGoTo: (row: number) => void; disabled: boolean }) {
  const styles = useStyles();
  const { ranked, ranking, strings: r, language } = props;
  const c = ranked.candidate;
  const lines = contributionLines(c, { score: ranked.score, contributions: ranked.contributions }, ranking.params, language);
  const tie = tieText(ranked, language);
  return (
    <div className={styles.breakdown} data-testid="breakdown">
      <Caption1>{r.why}</Caption1>
      <Body1>
        <strong>{r.emergencies}:</strong> {ranked.emergencies.map((code) => emergencyText(code, c, ranking.params, language)).join("; ")}.
      </Body1>
      <Body1>
        <strong>{r.contributions}:</strong>
      </Body1>
      {lines.length === 0 ? (
        <Caption1>{r.noPoints}</Caption1>
      ) : (
        <ul className={styles.lines}>
          {lines.map((line) => (
            <li key={line.key} data-weight={line.key}>
              <Text size={200}>{line.text}</Text>
            </li>
          ))}
        </ul>
      )}
      <Body1>
        <strong>
          {r.total}: {formatNumber(ranked.score, language)}
        </strong>
      </Body1>
      {tie !== null ? <Caption1 data-testid="tie">{tie}</Caption1> : null}
      <Caption1>{c.requestDate === null ? r.noRequestDate : `${r.requestDate} ${formatDate(c.requestDate, language)}`}</Caption1>
      <button type="button" className={styles.link} onClick={() => props.onGoTo(c.row)} disabled={props.disabled}>
        {r.goToRow} {c.row}
      </button>
    </div>
  );
}

function ExcludedList(props: { ranking: CandidateRanking; strings: RankingStrings; language: Language; onGoTo: (row: number) => void; disabled: boolean }) {
  const styles = useStyles();
  const { ranking, strings: r, language } = props;
  const [shown, setShown] = useState(PAGE);
  const noId = r.noId;
  return (
    <section aria-labelledby="h4a-excluded-heading">
      <Subtitle2 as="h3" id="h4a-excluded-heading">
        {r.excludedHeading}{" "}
        <CounterBadge count={ranking.excluded.length} overflowCount={99999} color="informative" />
      </Subtitle2>
      {ranking.excluded.length === 0 ? <Caption1>{r.noneExcluded}</Caption1> : null}
      <ul className={styles.excluded} data-testid="excluded-list">
        {ranking.excluded.slice(0, shown).map(({ candidate, reasons }) => (
          <li key={candidate.row} className={styles.excludedItem} data-family={candidate.id ?? noId}>
            <span className={styles.itemHeader}>
              <span className={styles.id}>{candidate.id ?? noId}</span>
              <button type="button" className={styles.link} onClick={() => props.onGoTo(candidate.row)} disabled={props.disabled}>
                {r.goToRow} {candidate.row}
              </button>
            </span>
            <ul className={styles.lines}>
              {reasons.map((reason) => (
                <li key={reason.code} data-reason={reason.code}>
                  <Text size={200}>{language === "it" ? reason.messageIt : reason.messageEn}</Text>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {ranking.excluded.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {r.showMore(Math.min(PAGE, ranking.excluded.length - shown))}
        </Button>
      ) : null}
    </section>
  );
}
