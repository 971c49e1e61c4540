import type { Lang } from "../../engine/cells/lang";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import type { Dispatch } from "react";
import { formatEuro, formatNumber } from "../../engine/cells/format";
import type { OddsResult } from "../../engine/simulation/odds";
import { OUTCOMES, type Outcome, type OutcomeProbabilities, type SimulationRules } from "../../engine/simulation/scenario";
import type { ProbabilityOrigin } from "../../engine/simulation/scenarioTable";
import type { SimulationSeed } from "../../engine/simulation/seed";
import type { WhatIfCohort } from "../../engine/simulation/whatIf";
import { levelFactor, TIER_LEVELS } from "../../engine/simulation/tierOdds";
import type { TierLevel } from "../../engine/payments/tier";
import type { SimulationStrings } from "./simulationStrings";
import { groupedWhole, percent, PercentSlider } from "./controls";
import { MAX_CORRELATION, type SimulationAction } from "./simulationState";
import { SECTION_STYLES } from "../panelStyles";

const FORCED = "@media (forced-colors: active)";

const useStyles = makeStyles({
  section: SECTION_STYLES.section,
  cohort: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, margin: 0 },
  bars: {
    display: "grid",
    gridTemplateColumns: "minmax(6.5em, auto) minmax(40px, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    alignItems: "center",
    margin: 0,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  /**
   * In forced colours (Windows high contrast) the browser would paint the bars' backgrounds over
   * and drop their patterns: the bars keep them, drawn in the system's colours.
   */
  track: {
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: "2px",
    overflow: "hidden",
    [FORCED]: { forcedColorAdjust: "none", backgroundColor: "Canvas", border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  /** Patterns tell the tiers apart without colour: solid, striped, dotted. */
  full: { backgroundColor: tokens.colorNeutralForeground1, [FORCED]: { backgroundColor: "CanvasText" } },
  partial: {
    backgroundImage: `repeating-linear-gradient(45deg, ${tokens.colorNeutralForeground1} 0 2px, transparent 2px 5px)`,
    backgroundColor: "transparent",
    [FORCED]: { backgroundImage: "repeating-linear-gradient(45deg, CanvasText 0 2px, transparent 2px 5px)" },
  },
  below: {
    backgroundImage: `radial-gradient(${tokens.colorNeutralForeground2} 1px, transparent 1.2px)`,
    backgroundSize: "4px 4px",
    backgroundColor: "transparent",
    [FORCED]: { backgroundImage: "radial-gradient(CanvasText 1px, transparent 1.2px)" },
  },
  money: { backgroundColor: tokens.colorBrandBackground, [FORCED]: { backgroundColor: "Highlight" } },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

function Bar({ fraction, kind }: { fraction: number; kind: TierLevel | "money" }) {
  const styles = useStyles();
  return (
    <div className={styles.track} aria-hidden="true">
      <div className={mergeClasses(styles.fill, styles[kind])} style={{ width: `${Math.max(0, Math.min(1, fraction)) * 100}%` }} />
    </div>
  );
}

/**
 * The odds: per-family probabilities (with their source), each cohort's tier odds, expected
 * payments, the total's percentiles. A cohort whose year-3 outcomes are known shows its tier only:
 * its balance is fixed, so it has no probabilities to set and no odds.
 */
export function OddsView({
  odds,
  error,
  seed,
  whatIf,
  rules,
  probabilities,
  origins,
  correlation,
  dispatch,
  strings,
  language,
}: {
  odds: OddsResult | null;
  error: string | null;
  seed: SimulationSeed;
  /** The what-if's cohorts as they stand (ahead of the deferred odds): which are known, and their tier. */
  whatIf: WhatIfCohort[] | null;
  rules: SimulationRules;
  probabilities: OutcomeProbabilities[];
  origins: Record<Outcome, ProbabilityOrigin>[];
  correlation: number;
  dispatch: Dispatch<SimulationAction>;
  strings: SimulationStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const euro = (amount: number) => formatEuro(Math.round(amount * 100) / 100, language);
  const sourceText = (i: number, outcome: Outcome): string => {
    const origin = origins[i][outcome];
    const from = seed.cohorts[i].defaults[outcome].cohorts;
    return origin === "completedMean" && from.length > 0
      ? `${strings.sources[origin]} (${strings.sourceCohorts(from.join(", "))})`
      : strings.sources[origin];
  };
  const maxExpected = odds === null ? 0 : Math.max(0, ...odds.years.map((y) => y.expected));
  const maxTotal = odds === null ? 0 : odds.maxTotal;
  return (
    <section className={styles.section} aria-labelledby="h4a-sim-odds">
      <Subtitle2 as="h3" id="h4a-sim-odds">
        {strings.oddsHeading}
      </Subtitle2>
      <Caption1>{strings.oddsIntro}</Caption1>
      <PercentSlider
        label={strings.correlation}
        hint={strings.correlationHint}
        value={correlation}
        max={Math.round(MAX_CORRELATION * 100)}
        step={5}
        language={language}
        format={(value) => formatNumber(value, language, 2)}
        testId="correlation"
        onChange={(value) => dispatch({ type: "correlation", value })}
      />
      <Caption1 data-testid="odds-method">
        {odds === null
          ? ""
          : odds.method === "exact"
            ? strings.exactMethod
            : strings.monteCarlo(groupedWhole(odds.samples, language), odds.seed ?? 0)}
      </Caption1>
      {error !== null ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.oddsError}: {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <Subtitle2 as="h4">{strings.probabilitiesHeading}</Subtitle2>
      {seed.cohorts.map((c, i) => {
        const cohortOdds = odds?.cohorts[i];
        const now = whatIf?.[i];
        const known = now?.known ?? cohortOdds?.known ?? false;
        const knownLevel = now?.tier.level ?? cohortOdds?.level;
        return (
          <div key={c.cohort} className={styles.cohort} data-testid={`odds-cohort-${c.cohort}`}>
            <div className={styles.heading}>
              <Body1 className={styles.strong} as="h5" style={{ margin: 0 }}>
                {strings.cohortTitle(c.cohort, null)}
              </Body1>
              {known && knownLevel !== undefined ? (
                <Badge appearance="outline" size="small" data-testid={`odds-${c.cohort}-known`}>
                  {strings.knownTier(`${strings.levels[knownLevel]}, ${percent(levelFactor(knownLevel, rules), language)}`)}
                </Badge>
              ) : null}
            </div>
            {known ? (
              <Caption1>{strings.knownNoOdds}</Caption1>
            ) : (
              <>
                {OUTCOMES.map((outcome) => (
                  <PercentSlider
                    key={outcome}
                    label={`${strings.probability(outcome)} · ${strings.cohortTitle(c.cohort, null)}`}
                    hint={sourceText(i, outcome)}
                    value={probabilities[i][outcome]}
                    language={language}
                    onChange={(value) => dispatch({ type: "probability", cohort: c.cohort, outcome, value })}
                  />
                ))}
                {cohortOdds !== undefined ? (
                  <>
                    <div
                      className={styles.bars}
                      role="list"
                      aria-label={strings.tierOddsCaption(c.cohort)}
                      data-testid={`odds-${c.cohort}-bars`}
                    >
                      {TIER_LEVELS.map((level) => (
                        <div key={level} role="listitem" style={{ display: "contents" }} data-testid={`odds-${c.cohort}-${level}`}>
                          <Caption1>
                            {strings.levels[level]} ({percent(levelFactor(level, rules), language)})
                          </Caption1>
                          <Bar fraction={cohortOdds[level]} kind={level} />
                          <Caption1 className={styles.number} data-testid={`odds-${c.cohort}-${level}-value`}>
                            {percent(cohortOdds[level], language)}
                          </Caption1>
                        </div>
                      ))}
                    </div>
                    <Caption1>{strings.expectedTier(percent(cohortOdds.expectedFactor, language))}</Caption1>
                  </>
                ) : null}
              </>
            )}
          </div>
        );
      })}
      <div>
        <Button size="small" icon={<ArrowResetRegular />} onClick={() => dispatch({ type: "resetProbabilities" })}>
          {strings.resetProbabilities}
        </Button>
      </div>

      {odds !== null ? (
        <>
          <Subtitle2 as="h4">{strings.expectedHeading}</Subtitle2>
          <div className={styles.bars} role="list" aria-label={strings.expectedHeading} data-testid="odds-years">
            {odds.years.map((year) => (
              <div key={year.programmeYear} role="listitem" style={{ display: "contents" }}>
                <Caption1>
                  {strings.programmeYear(year.programmeYear, year.calendarYear)}
                  {year.due ? "" : ` · ${strings.projectedMark}`}
                </Caption1>
                <Bar fraction={maxExpected === 0 ? 0 : year.expected / maxExpected} kind="money" />
                <Caption1 className={styles.number}>{euro(year.expected)}</Caption1>
              </div>
            ))}
          </div>
          <Body1 className={styles.strong}>
            {strings.expectedTotal}: <span data-testid="odds-expected-total">{euro(odds.expectedTotal)}</span>
          </Body1>
          <Subtitle2 as="h4">{strings.percentilesHeading}</Subtitle2>
          <div className={styles.bars} role="list" aria-label={strings.percentilesHeading} data-testid="odds-percentiles">
            {odds.percentiles.map(({ p, total }) => (
              <div key={p} role="listitem" style={{ display: "contents" }} data-testid={`odds-p${Math.round(p * 100)}`}>
                <Caption1>{strings.percentile(p)}</Caption1>
                <Bar fraction={maxTotal === 0 ? 0 : total / maxTotal} kind="money" />
                <Caption1 className={styles.number} data-testid={`odds-p${Math.round(p * 100)}-value`}>
                  {euro(total)}
                </Caption1>
              </div>
            ))}
          </div>
          <Caption1>
            {strings.range(euro(odds.minTotal), euro(odds.maxTotal))}. {strings.percentilesNote}
          </Caption1>
        </>
      ) : null}
    </section>
  );
}
