import { pick, type Lang } from "../../engine/cells/lang";
import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { formatEuro } from "../../engine/cells/format";
import type { CohortSeed } from "../../engine/simulation/seed";
import { year3Base, type CohortInput, type SimulationRules } from "../../engine/simulation/scenario";
import type { WhatIfCohort } from "../../engine/simulation/whatIf";
import type { SimulationStrings } from "./simulationStrings";
import { NumberSpin, percent } from "./controls";
import { MAX_FAMILIES, type CountField, type SimulationAction } from "./simulationState";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  tier: { fontWeight: tokens.fontWeightSemibold },
  sentences: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

const FIELDS: CountField[] = ["families", "year1", "year2", "stability", "wellbeing", "waiting"];

/** One cohort: its counts as spin buttons, its tier and balance, and what the next tier and the margin are in families. */
export function CohortCard({
  cohort,
  seed,
  result,
  rules,
  dispatch,
  strings,
  language,
}: {
  cohort: CohortInput;
  seed: CohortSeed;
  result: WhatIfCohort;
  rules: SimulationRules;
  dispatch: Dispatch<SimulationAction>;
  strings: SimulationStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const n = year3Base(cohort);
  const calendar = rules.firstCalendarYear === null ? null : rules.firstCalendarYear + cohort.cohort - 1;
  const estimated = (field: CountField): boolean =>
    (field === "year2" && seed.year2Estimated) ||
    ((field === "stability" || field === "wellbeing" || field === "waiting") && seed.estimated.includes(field));
  const hint = (field: CountField): string | undefined => {
    if (field === "families" || field === "year1" || field === "year2") return estimated(field) ? strings.estimated : undefined;
    const rate = n === 0 ? "—" : percent(cohort[field] / n, language);
    return estimated(field) ? `${strings.rate(rate)} · ${strings.estimated}` : strings.rate(rate);
  };
  const words = (sentence: { it: string; en: string }): string => pick({ it: sentence.it, en: sentence.en }, language);
  const headingId = `h4a-cohort-${cohort.cohort}`;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid={`cohort-${cohort.cohort}`}>
      <div className={styles.heading}>
        <Subtitle2 as="h4" id={headingId} className={styles.title}>
          {strings.cohortTitle(cohort.cohort, calendar)}
        </Subtitle2>
        <Badge appearance="outline" size="small">
          {result.known ? strings.known : strings.projected}
        </Badge>
      </div>
      <div className={styles.grid}>
        {FIELDS.map((field) => (
          <NumberSpin
            key={field}
            label={strings.counts[field]}
            name={strings.countName(cohort.cohort, strings.counts[field])}
            value={cohort[field]}
            min={field === "families" ? Math.max(1, cohort.excluded) : 0}
            max={field === "families" ? MAX_FAMILIES : field === "year1" || field === "year2" ? cohort.families : n}
            hint={hint(field)}
            language={language}
            onChange={(value) => dispatch({ type: "count", cohort: cohort.cohort, field, value })}
          />
        ))}
      </div>
      <Body1 className={styles.tier} data-testid={`cohort-${cohort.cohort}-tier`}>
        {strings.tierNow}: {strings.levels[result.tier.level]} ({percent(result.tier.factor, language)}) —{" "}
        {formatEuro(result.balance, language)}
      </Body1>
      <div>
        <Caption1>{strings.toNext}: </Caption1>
        <Body1 data-testid={`cohort-${cohort.cohort}-to-next`}>{words(result.distances.toNext)}</Body1>
      </div>
      {result.distances.margins.length > 0 ? (
        <div>
          <Caption1>{strings.margins}:</Caption1>
          <ul className={styles.sentences} data-testid={`cohort-${cohort.cohort}-margins`}>
            {result.distances.margins.map((sentence, i) => (
              <li key={i}>
                <Caption1>{words(sentence)}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
