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
import { FIELD_BY_KEY, OUTCOME_KEYS } from "../engine/fields";
import type { SheetSummary } from "../engine/sheetSummary";
import { FlowView } from "./FlowView";
import type { Language, Strings } from "./i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  cohort: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
  paragraph: { margin: 0 },
  table: { tableLayout: "auto" },
});

export interface SummaryViewProps {
  summary: SheetSummary;
  strings: Strings;
  language: Language;
}

/** Families per cohort, outcomes due and reported, and the §3b flow by referring service (FlowView). */
export function SummaryView({ summary, strings, language }: SummaryViewProps) {
  const styles = useStyles();
  const s = strings.verify;
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
      {summary.cohorts.map((cohort) => {
        const due = OUTCOME_KEYS.filter((key) => cohort.outcomes[key].due > 0);
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
              <Table size="extra-small" className={styles.table} aria-label={s.cohortHeading(cohort.cohort, cohort.families, cohort.leavers)}>
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
                      <TableCell>{language === "it" ? FIELD_BY_KEY[key].labelIt : FIELD_BY_KEY[key].labelEn}</TableCell>
                      <TableCell className={styles.number}>{cohort.outcomes[key].due}</TableCell>
                      <TableCell className={styles.number}>{cohort.outcomes[key].reported}</TableCell>
                      <TableCell className={styles.number}>{cohort.outcomes[key].yes}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </div>
        );
      })}
      <FlowView summary={summary} strings={strings} language={language} />
    </section>
  );
}
