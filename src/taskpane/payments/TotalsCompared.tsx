import { Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatEuro } from "../../engine/cells/format";
import { usePane } from "../PaneContext";
import type { PaymentOverview } from "../workbookActions";
import { paymentsOverviewStringsFor } from "./paymentsStrings";
import { SECTION_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  section: SECTION_STYLES.section,
  paragraph: { margin: 0 },
  list: SECTION_STYLES.list,
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  meaning: { gridColumn: "1 / -1" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

type TotalKey = "due" | "simulated" | "expected";

/**
 * The three totals the pane shows on different tabs, in one list, each with what it answers: due
 * so far (what Pagamenti writes), Simulazione's simulated total (the years not yet verified
 * projected) and its expected total (weighted by the odds).
 */
export function TotalsCompared({ due, overview }: { due: number; overview: PaymentOverview }) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const o = paymentsOverviewStringsFor(language);
  const headingId = useId();
  const euro = (n: number) => formatEuro(n, language);
  const yearText = (programmeYear: number, calendarYear: number | null) => strings.payments.programmeYear(programmeYear, calendarYear);
  const { currentYear, simulation } = overview;
  const projectedYears = simulation?.projectedYears.map((y) => yearText(y.programmeYear, y.calendarYear)).join(", ") ?? "";
  const rows: { key: TotalKey; label: string; amount: number | null; meaning: string }[] = [
    { key: "due", label: o.dueLabel, amount: due, meaning: o.dueMeaning(yearText(currentYear.programmeYear, currentYear.calendarYear)) },
    {
      key: "simulated",
      label: o.simulatedLabel,
      amount: simulation?.total ?? null,
      meaning:
        simulation === null
          ? ""
          : simulation.projectedYears.length === 0
            ? o.simulatedNothingProjected
            : o.simulatedMeaning(euro(simulation.projectedTotal), projectedYears),
    },
    { key: "expected", label: o.expectedLabel, amount: simulation?.expectedTotal ?? null, meaning: o.expectedMeaning },
  ];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="totals-compared">
      <Subtitle2 as="h3" id={headingId}>
        {o.totalsHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.paragraph}>
        {o.totalsIntro}
      </Body1>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.key} className={styles.item} data-testid={`total-${row.key}`}>
            <Body1 className={styles.strong}>{row.label}</Body1>
            <Body1 className={mergeClasses(styles.number, styles.strong)} data-testid={`total-${row.key}-amount`}>
              {row.amount === null ? "—" : euro(row.amount)}
            </Body1>
            <Caption1 className={styles.meaning} data-testid={`total-${row.key}-meaning`}>
              {row.amount === null ? o.notSimulated : row.meaning}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
