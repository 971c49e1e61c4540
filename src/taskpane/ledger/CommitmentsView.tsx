import type { Lang } from "../../engine/cells/lang";
import {
  Body1,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Commitments } from "../../engine/commitments/commitments";
import { formatEuro } from "../../engine/cells/format";
import { PANEL_STYLES, SECTION_STYLES } from "../panelStyles";
import { CommitmentsChart } from "./CommitmentsChart";
import type { LedgerStrings } from "./ledgerStrings";
import { LedgerRefusalBar } from "./LedgerRefusalBar";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  section: SECTION_STYLES.section,
  /** Five columns of amounts may be wider than a narrow pane: the table scrolls rather than cut a number. */
  scroll: {
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { tableLayout: "auto", minWidth: "100%", width: "auto", fontSize: tokens.fontSizeBase200 },
  /** Narrow cells, so that the five columns fit a 320 px pane. */
  cell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface CommitmentsViewProps {
  commitments: Commitments;
  strings: LedgerStrings;
  language: Lang;
  busy: boolean;
  onSelect: (cell: string) => void;
}

/** "Impegni": the City's commitments by year (MECHANISM.md §11) as a table and a chart, with the cap and the warnings. */
export function CommitmentsView({ commitments, strings: s, language, busy, onSelect }: CommitmentsViewProps) {
  const styles = useStyles();
  const euro = (n: number) => formatEuro(n, language);
  // The table's cells show the numbers alone, the headers say they are euros: five columns fit 320 px.
  const amount = (n: number) => euro(n).replace(/\s?€/, "");
  const calendar = commitments.years.some((y) => y.calendarYear !== null);
  const { totals, cap, headroom } = commitments;
  const columns = [s.paid, s.due, s.planned, s.maximum];
  const amounts = (y: { paid: number; due: number; planned: number; maximum: number }) => [y.paid, y.due, y.planned, y.maximum];

  return (
    <section className={styles.section} aria-labelledby="h4a-commitments-heading" data-testid="commitments">
      <Subtitle2 as="h3" id="h4a-commitments-heading">
        {s.commitmentsHeading}
      </Subtitle2>
      <Caption1>{s.commitmentsIntro(calendar)}</Caption1>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={s.commitmentsTable}>
        <Table size="extra-small" className={styles.table} aria-label={s.commitmentsTable} data-testid="commitments-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>{s.year}</TableHeaderCell>
              {columns.map((name) => (
                <TableHeaderCell key={name} className={styles.cell}>
                  {s.inEuros(name)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {commitments.years.map((year) => (
              <TableRow key={year.programmeYear}>
                <TableCell className={styles.cell}>{year.year}</TableCell>
                {amounts(year).map((n, i) => (
                  <TableCell key={columns[i]} className={mergeClasses(styles.cell, styles.number)}>
                    {amount(n)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell className={mergeClasses(styles.cell, styles.strong)}>{s.total}</TableCell>
              {amounts(totals).map((n, i) => (
                <TableCell key={columns[i]} className={mergeClasses(styles.cell, styles.number, styles.strong)}>
                  {amount(n)}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </div>
      <Body1 className={styles.paragraph} data-testid="commitments-cap-line">
        {cap === null || headroom === null
          ? s.noCap
          : headroom < 0
            ? s.overCap(euro(cap), euro(-headroom))
            : s.capLine(euro(cap), euro(headroom))}
      </Body1>
      {commitments.warnings.length > 0 ? (
        <LedgerRefusalBar
          title={s.commitmentsWarnings}
          refusal={{ issues: commitments.warnings }}
          intent="warning"
          strings={s}
          language={language}
          busy={busy}
          onSelect={onSelect}
          testId="commitments-warnings"
        />
      ) : null}
      {commitments.years.length > 0 ? (
        <>
          <CommitmentsChart commitments={commitments} strings={s} language={language} />
          <Caption1>{s.chartNote}</Caption1>
        </>
      ) : null}
    </section>
  );
}
