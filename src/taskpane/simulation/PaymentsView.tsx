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
import { formatEuro } from "../../engine/cells/format";
import type { WhatIfDifference, WhatIfResult } from "../../engine/simulation/whatIf";
import type { SimulationStrings } from "./simulationStrings";

const useStyles = makeStyles({
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  totals: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  projected: { fontStyle: "italic" },
});

/** "+6.600 €", "−1.200 €", "0 €". */
export function signedEuro(amount: number, language: Lang): string {
  if (amount === 0) return formatEuro(0, language);
  return `${amount > 0 ? "+" : "−"}${formatEuro(Math.abs(amount), language)}`;
}

/** The scenario's payments per programme year beside the current agreement's, the total and the difference. */
export function PaymentsView({
  result,
  baseline,
  difference,
  strings,
  language,
}: {
  result: WhatIfResult;
  baseline: WhatIfResult;
  difference: WhatIfDifference;
  strings: SimulationStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const euro = (amount: number) => formatEuro(amount, language);
  const baselineOf = (year: number) => baseline.years.find((y) => y.programmeYear === year)?.amount ?? 0;
  const differenceOf = (year: number) => difference.years.find((y) => y.programmeYear === year)?.amount ?? 0;
  const projected = result.years.some((y) => !y.due);
  return (
    <section aria-labelledby="h4a-sim-payments">
      <Subtitle2 as="h3" id="h4a-sim-payments">
        {strings.paymentsHeading}
      </Subtitle2>
      <Table size="extra-small" aria-labelledby="h4a-sim-payments" data-testid="simulation-years">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.year}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{strings.scenario}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{strings.baseline}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{strings.difference}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.years.map((year) => (
            <TableRow key={year.programmeYear} className={year.due ? undefined : styles.projected}>
              <TableCell>
                {strings.programmeYear(year.programmeYear, year.calendarYear)}
                {year.due ? "" : ` · ${strings.projectedMark}`}
              </TableCell>
              <TableCell className={styles.number}>{euro(year.amount)}</TableCell>
              <TableCell className={styles.number}>{euro(baselineOf(year.programmeYear))}</TableCell>
              <TableCell className={styles.number}>{signedEuro(differenceOf(year.programmeYear), language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {projected ? <Caption1>{strings.projectedNote}</Caption1> : null}
      <div className={styles.totals} data-testid="simulation-totals">
        <Body1 className={styles.strong}>{strings.total}</Body1>
        <Body1 className={mergeClasses(styles.number, styles.strong)} data-testid="simulation-total">
          {euro(result.total)}
        </Body1>
        {projected ? (
          <>
            <Body1>{strings.dueTotal}</Body1>
            <Body1 className={styles.number}>{euro(result.dueTotal)}</Body1>
            <Body1>{strings.projectedTotal}</Body1>
            <Body1 className={styles.number}>{euro(result.projectedTotal)}</Body1>
          </>
        ) : null}
        {result.capCut > 0 ? (
          <>
            <Body1>{strings.capCut}</Body1>
            <Body1 className={styles.number}>{euro(result.capCut)}</Body1>
          </>
        ) : null}
        <Body1 className={styles.strong}>{strings.differenceTotal}</Body1>
        <Body1 className={mergeClasses(styles.number, styles.strong)} data-testid="simulation-difference" role="status">
          {signedEuro(difference.total, language)}
        </Body1>
      </div>
    </section>
  );
}
