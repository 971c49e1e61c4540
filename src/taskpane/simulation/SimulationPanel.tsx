import type { Lang } from "../../engine/cells/lang";
import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular, ArrowSyncRegular, BeakerRegular } from "@fluentui/react-icons";
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { scenarioOdds, type OddsResult } from "../../engine/simulation/odds";
import type { ScenarioSnapshot } from "../../engine/simulation/scenarioTable";
import { scenarioOf } from "../../engine/simulation/seed";
import { stabilityStepChart } from "../../engine/simulation/stepChart";
import { differenceFrom, whatIf, type WhatIfResult } from "../../engine/simulation/whatIf";
import type { DataSource } from "../../contract/contract";
import { FailureBar } from "../FailureBar";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { PanelHeader } from "../common/PanelHeader";
import { simulationStringsFor, type SimulationStrings } from "./simulationStrings";
import { SourcePicker } from "../SourcePicker";
import type { SourceState } from "../useSources";
import { CohortCard } from "./CohortCard";
import { OddsView } from "./OddsView";
import { PaymentsView } from "./PaymentsView";
import { RulesInputs } from "./RulesInputs";
import { ScenariosView } from "./ScenariosView";
import type { SimulationData } from "./simulationActions";
import { initialSimulationState, probabilityOrigins, simulationReducer } from "./simulationState";
import { SimulationSummary } from "./SimulationSummary";
import { StepChartView } from "./StepChartView";
import { PANEL_STYLES, SECTION_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  cohorts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  section: SECTION_STYLES.section,
});

type Attempt<T> = { value: T; error: null } | { value: null; error: string };

function attempt<T>(work: () => T): Attempt<T> {
  try {
    return { value: work(), error: null };
  } catch (error) {
    if (error instanceof RangeError) return { value: null, error: error.message };
    throw error;
  }
}

/** The "Simulazione" tab: what-if and odds over the workbook's data and agreement, and saved scenarios. */
export function SimulationPanel({ sources }: { sources: SourceState }) {
  const styles = useStyles();
  const { language } = usePane();
  const s = simulationStringsFor(language);
  const task = useTask();
  const [data, setData] = useState<SimulationData | null>(null);
  const [loads, setLoads] = useState(0);
  /** Some data were asked for already (by the user, or when the sheets became known). */
  const started = useRef(false);
  const { run } = task;

  const load = useCallback(
    async (source: DataSource | null) => {
      started.current = true;
      const result = await run((actions) => actions.loadSimulation(source), { exclusive: false });
      if (result === undefined) return;
      setData(result);
      setLoads((n) => n + 1);
    },
    [run],
  );

  const reload = useAction(load, { exclusive: false });

  // The first time the sheets are known, start from the detected beneficiary data (or the example).
  const { sources: listed, selected } = sources;
  useEffect(() => {
    if (!started.current && listed !== null) void load(selected);
  }, [listed, selected, load]);

  return (
    <section className={styles.panel} aria-labelledby="h4a-simulation-heading">
      <PanelHeader id="h4a-simulation-heading" heading={s.heading} intro={s.intro} />
      {sources.failure ? <FailureBar failure={sources.failure} /> : null}
      <SourcePicker
        sources={sources.sources}
        selected={sources.selected}
        onSelect={(source) => {
          sources.select(source);
          void load(source);
        }}
        onRefresh={() => void sources.refresh()}
        disabled={task.running}
      />
      <div className={styles.actions}>
        <Button
          icon={task.running ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          disabled={task.running || sources.selected === null}
          onClick={singleClick(() => reload(sources.selected))}
        >
          {task.running ? s.loading : s.reload}
        </Button>
        <Button icon={<BeakerRegular />} disabled={task.running} onClick={singleClick(() => reload(null))}>
          {s.useExample}
        </Button>
      </div>
      {task.failure ? <FailureBar failure={task.failure} /> : null}
      {data !== null ? (
        <Workbench key={loads} data={data} strings={s} language={language} />
      ) : task.running ? (
        <Spinner size="small" label={s.loading} />
      ) : null}
    </section>
  );
}

function Workbench({ data, strings, language }: { data: SimulationData; strings: SimulationStrings; language: Lang }) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(simulationReducer, data.seed, initialSimulationState);
  const baseline = useMemo(() => whatIf(scenarioOf(data.seed)), [data.seed]);
  const result = useMemo(() => attempt(() => whatIf(state.scenario)), [state.scenario]);
  // The odds follow a step behind while a slider moves (the Monte Carlo takes longer than a frame).
  const deferred = useDeferredValue(state);
  const odds = useMemo(
    () => attempt(() => scenarioOdds(deferred.scenario, deferred.probabilities, { correlation: deferred.correlation })),
    [deferred.scenario, deferred.probabilities, deferred.correlation],
  );
  const cohortNumbers = state.scenario.cohorts.map((c) => c.cohort);
  const [chartCohort, setChartCohort] = useState<number>(
    cohortNumbers.find((c) => c + 2 > state.scenario.rules.currentYear) ?? cohortNumbers[cohortNumbers.length - 1],
  );
  const chart = useMemo(() => attempt(() => stabilityStepChart(state.scenario, chartCohort)), [state.scenario, chartCohort]);
  const { seed, userSet } = state;
  const origins = useMemo(() => probabilityOrigins({ seed, userSet }), [seed, userSet]);

  const snapshot = useCallback(
    (label: string, savedAt: string): ScenarioSnapshot => ({
      label,
      savedAt,
      scenario: state.scenario,
      probabilities: state.probabilities,
      sources: origins,
      result: whatIf(state.scenario),
      baseline,
      odds: scenarioOdds(state.scenario, state.probabilities, { correlation: state.correlation }),
    }),
    [state, origins, baseline],
  );

  const current: WhatIfResult | null = result.value;
  const oddsValue: OddsResult | null = odds.value;
  const difference = useMemo(() => (current === null ? null : differenceFrom(current, baseline)), [current, baseline]);
  return (
    <>
      <SimulationSummary
        result={current}
        difference={difference === null ? null : difference.total}
        strings={strings}
        language={language}
      />
      {!data.seed.fromData ? (
        <MessageBar intent="info">
          <MessageBarBody>{strings.exampleNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {data.errors > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.dataIssues(data.errors)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {data.defaultedParams.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.defaulted(data.defaultedParams.join(", "))}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!data.seed.premiumGiven && state.scenario.rules.premiumPerFamily === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.noPremium}</MessageBarBody>
        </MessageBar>
      ) : null}

      <RulesInputs rules={state.scenario.rules} dispatch={dispatch} strings={strings} language={language} />

      <section className={styles.section} aria-labelledby="h4a-sim-cohorts">
        <Subtitle2 as="h3" id="h4a-sim-cohorts">
          {strings.cohortsHeading}
        </Subtitle2>
        <Body1 as="p" className={styles.paragraph}>
          {strings.cohortsHint}
        </Body1>
        <div className={styles.cohorts}>
          {current !== null
            ? state.scenario.cohorts.map((c, i) => (
                <CohortCard
                  key={c.cohort}
                  cohort={c}
                  seed={state.seed.cohorts[i]}
                  result={current.cohorts[i]}
                  rules={state.scenario.rules}
                  dispatch={dispatch}
                  strings={strings}
                  language={language}
                />
              ))
            : null}
        </div>
        <div>
          <Button size="small" icon={<ArrowResetRegular />} onClick={() => dispatch({ type: "resetCohorts" })}>
            {strings.resetCohorts}
          </Button>
        </div>
      </section>

      {result.error !== null ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {strings.invalid}: {result.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {current !== null ? (
        <PaymentsView
          result={current}
          baseline={baseline}
          difference={difference ?? differenceFrom(current, baseline)}
          strings={strings}
          language={language}
        />
      ) : null}

      <section className={styles.section} aria-labelledby="h4a-sim-chart">
        <Subtitle2 as="h3" id="h4a-sim-chart">
          {strings.chartHeading}
        </Subtitle2>
        {cohortNumbers.length > 1 ? (
          <Field label={strings.chartCohort}>
            <Select value={String(chartCohort)} onChange={(_, d) => setChartCohort(Number(d.value))}>
              {cohortNumbers.map((c) => (
                <option key={c} value={String(c)}>
                  {strings.cohortTitle(c, null)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {chart.value !== null ? <StepChartView chart={chart.value} strings={strings} language={language} /> : null}
        <Body1 as="p" className={styles.paragraph}>
          {strings.chartLegend}
        </Body1>
      </section>

      <OddsView
        odds={oddsValue}
        error={odds.error}
        seed={state.seed}
        whatIf={current === null ? null : current.cohorts}
        rules={state.scenario.rules}
        probabilities={state.probabilities}
        origins={origins}
        correlation={state.correlation}
        dispatch={dispatch}
        strings={strings}
        language={language}
      />

      <ScenariosView snapshot={current === null || oddsValue === null ? null : snapshot} strings={strings} language={language} />
    </>
  );
}
