import { pick, type Lang } from "../../engine/cells/lang";
import {
  Body1,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { CohortOutcome } from "../../engine/payments/cohorts";
import { FIELD_BY_KEY, OUTCOME_KEYS } from "../../engine/beneficiaries/fields";
import type { Params } from "../../engine/agreement/params";
import { passesThreshold } from "../../engine/cells/ratio";
import type { SheetSummary } from "../../engine/beneficiaries/sheetSummary";
import { tierFromCounts, type OutcomeCounts, type TierRules } from "../../engine/payments/tier";
import { FlowView } from "./FlowView";
import type { Strings } from "../i18n";
import { RATE_KEYS } from "../../engine/keys";
import { percent, validationStringsFor } from "./validationStrings";
import { SECTION_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  section: SECTION_STYLES.section,
  cohort: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
  paragraph: { margin: 0 },
  table: { tableLayout: "auto" },
  rates: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: 0, listStyleType: "none" },
  rate: { fontVariantNumeric: "tabular-nums" },
});

/** A cohort's year-3 counts: each outcome's families over the denominator (`families`). */
export interface Year3Counts extends OutcomeCounts {
  cohort: number;
}

/** The year-3 rates of the cohorts whose year 3 is due, with the agreement's rules that judge them. */
export interface Year3View {
  rules: TierRules;
  waitLimitMonths: number;
  cohorts: Year3Counts[];
}

const yearThreeDue = (cohort: number, currentYear: number): boolean => cohort + 2 <= currentYear;

/** From the engine's cohort outcomes (cohortOutcomes) and the agreement they were computed with. */
export function year3FromOutcomes(outcomes: readonly CohortOutcome[], params: Params): Year3View {
  return {
    rules: params,
    waitLimitMonths: params.waitLimitMonths,
    cohorts: outcomes
      .filter((o) => yearThreeDue(o.cohort, params.currentYear))
      .map((o) => ({ cohort: o.cohort, families: o.year3Base, stability: o.stability, wellbeing: o.wellbeing, waiting: o.waiting })),
  };
}

/** ">" or "≥" when the threshold is strict or not; negated, "≤" or "<". */
const operator = (strict: boolean, passes: boolean): string => (passes ? (strict ? ">" : "≥") : strict ? "≤" : "<");

/**
 * One rate as "count / families = percentage (comparison)": the comparison is with the full
 * threshold when it passes it, else with the partial one (and the full one it misses), always
 * compared exactly on the counts, never on the rounded percentage.
 */
export function rateText(count: number, families: number, rules: TierRules, language: Lang): string {
  const pct = (fraction: number, digits: number) => percent(fraction, language, digits);
  if (families <= 0) return `${count} / ${families} — ${validationStringsFor(language).noFamilies}`;
  const full = passesThreshold(count, families, rules.fullThreshold, rules.fullStrict);
  const partial = passesThreshold(count, families, rules.partialThreshold, rules.partialStrict);
  const fullBound = `${operator(rules.fullStrict, full)} ${pct(rules.fullThreshold, 2)}`;
  const partialBound = `${operator(rules.partialStrict, partial)} ${pct(rules.partialThreshold, 2)}`;
  const against = full ? fullBound : partial ? `${partialBound}, ${fullBound}` : partialBound;
  const value = new Intl.NumberFormat(pick({ it: "it-IT", en: "en-GB" }, language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(Number(((count / families) * 100).toPrecision(12)));
  return `${count} / ${families} = ${value} % (${against})`;
}

/** A cohort's three year-3 rates against the thresholds, and the tier they give (tierFromCounts). */
export function Year3Rates({ counts, view, language }: { counts: Year3Counts; view: Year3View; language: Lang }) {
  const styles = useStyles();
  const w = validationStringsFor(language);
  const tier = tierFromCounts(counts, view.rules);
  const headingId = `h4a-rates-${counts.cohort}`;
  return (
    <div className={styles.cohort} data-testid={`cohort-rates-${counts.cohort}`} data-tier={tier.level}>
      <Caption1 id={headingId}>
        <strong>{w.ratesHeading(counts.cohort)}</strong>
      </Caption1>
      <ul className={styles.rates} aria-labelledby={headingId}>
        {RATE_KEYS.map((key) => (
          <li key={key} className={styles.rate} data-rate={key}>
            <Caption1>
              {w.rate(key, view.waitLimitMonths)}: {rateText(counts[key], counts.families, view.rules, language)}
            </Caption1>
          </li>
        ))}
      </ul>
      <Body1 data-testid={`cohort-tier-${counts.cohort}`}>
        {w.tierLabel}: <strong>{w.tier(tier.level, percent(tier.factor, language, 2))}</strong>
      </Body1>
    </div>
  );
}

export interface SummaryViewProps {
  summary: SheetSummary;
  strings: Strings;
  language: Lang;
  /** The year-3 rates and their tier, for the cohorts whose year 3 is due; null: counts only. */
  year3?: Year3View | null;
}

/**
 * Families per cohort, outcomes due and reported; for each cohort whose year 3 is due, its three
 * rates against the thresholds and the tier they give; and the §3b flow by referring service (FlowView).
 */
export function SummaryView({ summary, strings, language, year3 = null }: SummaryViewProps) {
  const styles = useStyles();
  const s = strings.validation;
  const w = validationStringsFor(language);
  const numberHeader = (text: string) => (
    <TableHeaderCell className={styles.numberHeader}>
      <span className={styles.number}>{text}</span>
    </TableHeaderCell>
  );
  return (
    <section className={styles.section} aria-labelledby="h4a-summary-heading">
      <Subtitle2 as="h3" id="h4a-summary-heading">
        {s.summaryHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.paragraph}>
        {s.families(summary.families)}
        {summary.withoutCohort > 0 ? ` (${s.withoutCohort(summary.withoutCohort)})` : ""}
      </Body1>
      {year3 !== null && year3.cohorts.length > 0 ? (
        <Caption1 data-testid="tier-thresholds">
          {w.thresholds(
            `${operator(year3.rules.fullStrict, true)} ${percent(year3.rules.fullThreshold, language, 2)}`,
            `${operator(year3.rules.partialStrict, true)} ${percent(year3.rules.partialThreshold, language, 2)}`,
          )}
        </Caption1>
      ) : null}
      {summary.cohorts.map((cohort) => {
        const due = OUTCOME_KEYS.filter((key) => cohort.outcomes[key].due > 0);
        const rates = year3?.cohorts.find((c) => c.cohort === cohort.cohort) ?? null;
        return (
          <div className={styles.cohort} key={cohort.cohort} data-cohort={cohort.cohort}>
            <Body1>
              <strong>{s.cohortHeading(cohort.cohort, cohort.families, cohort.leavers)}</strong>
              {" · "}
              {cohort.cohortYearReached === 0 ? s.notEntered : s.cohortYear(cohort.cohortYearReached)}
            </Body1>
            {due.length === 0 ? (
              <Caption1>{s.nothingDue}</Caption1>
            ) : (
              <Table
                size="extra-small"
                className={styles.table}
                aria-label={s.cohortHeading(cohort.cohort, cohort.families, cohort.leavers)}
              >
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{s.outcome}</TableHeaderCell>
                    {numberHeader(s.due)}
                    {numberHeader(s.reported)}
                    {numberHeader(s.yes)}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {due.map((key) => (
                    <TableRow key={key}>
                      <TableCell>{pick(FIELD_BY_KEY[key].header, language)}</TableCell>
                      <TableCell className={styles.number}>{cohort.outcomes[key].due}</TableCell>
                      <TableCell className={styles.number}>{cohort.outcomes[key].reported}</TableCell>
                      <TableCell className={styles.number}>{cohort.outcomes[key].yes}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {rates !== null && year3 !== null ? <Year3Rates counts={rates} view={year3} language={language} /> : null}
          </div>
        );
      })}
      <FlowView summary={summary} strings={strings} language={language} />
    </section>
  );
}
