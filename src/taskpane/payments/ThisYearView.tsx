import type { Lang } from "../../engine/cells/lang";
import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatEuro } from "../../engine/cells/format";
import type { Payment } from "../../engine/payments/schedule";
import { tierFromCounts } from "../../engine/payments/tier";
import { usePane } from "../PaneContext";
import { rateText, year3FromOutcomes, type Year3Counts, type Year3View } from "../validation/SummaryView";
import { RATE_KEYS } from "../../engine/keys";
import { percent, validationStringsFor } from "../validation/validationStrings";
import type { PaymentOverview } from "../workbookActions";
import { paymentsOverviewStringsFor } from "./paymentsStrings";
import { SECTION_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  section: SECTION_STYLES.section,
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  paragraph: { margin: 0 },
  list: SECTION_STYLES.list,
  tranche: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  rates: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: 0, listStyleType: "none" },
  number: { fontVariantNumeric: "tabular-nums" },
});

/**
 * The current programme year, marked as such with its calendar year, and each tranche due in it:
 * the cohort, which year of its path, its share, the families it is paid for and the amount; for a
 * balance, the three year-3 rates against the agreement's thresholds and the tier they give.
 */
export function ThisYearView({ overview }: { overview: PaymentOverview }) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const o = paymentsOverviewStringsFor(language);
  const headingId = useId();
  const { currentYear, outcomes, params } = overview;
  const year = strings.payments.programmeYear(currentYear.programmeYear, currentYear.calendarYear);
  const year3 = year3FromOutcomes(outcomes, params);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="this-year">
      <div className={styles.heading}>
        <Subtitle2 as="h3" id={headingId}>
          {o.thisYearHeading(year)}
        </Subtitle2>
        <Badge appearance="tint" color="brand">
          {o.currentMark}
        </Badge>
      </div>
      <Body1 as="p" className={styles.paragraph}>
        {currentYear.tranches.length === 0 ? o.noTranche : o.thisYearIntro}
      </Body1>
      {currentYear.tranches.length > 0 ? (
        <ul className={styles.list}>
          {currentYear.tranches.map((pay) => (
            <TrancheItem key={pay.cohort} pay={pay} year3={year3} language={language} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function TrancheItem({ pay, year3, language }: { pay: Payment; year3: Year3View; language: Lang }) {
  const styles = useStyles();
  const o = paymentsOverviewStringsFor(language);
  const euro = (n: number) => formatEuro(n, language);
  const counts = pay.cohortYear === 3 ? (year3.cohorts.find((c) => c.cohort === pay.cohort) ?? null) : null;
  return (
    <li className={styles.tranche} data-testid={`this-year-cohort-${pay.cohort}`}>
      <Body1>
        <strong>{o.trancheTitle(pay.cohort, pay.cohortYear)}</strong>
      </Body1>
      <Body1 className={styles.number} data-testid={`this-year-tranche-${pay.cohort}`}>
        {o.trancheLine(percent(pay.share, language, 2), pay.families, euro(pay.amount))}
        {pay.amount !== pay.amountBeforeCap ? `, ${o.capped(euro(pay.amountBeforeCap))}` : ""}
      </Body1>
      {counts !== null ? <BalanceRates counts={counts} view={year3} language={language} /> : null}
    </li>
  );
}

/** A balance's three rates against the thresholds (rateText, compared on the counts) and its tier (tierFromCounts). */
function BalanceRates({ counts, view, language }: { counts: Year3Counts; view: Year3View; language: Lang }) {
  const styles = useStyles();
  const w = validationStringsFor(language);
  const tier = tierFromCounts(counts, view.rules);
  const bound = (threshold: number, strict: boolean) => `${strict ? ">" : "≥"} ${percent(threshold, language, 2)}`;
  return (
    <>
      <Caption1 data-testid={`this-year-thresholds-${counts.cohort}`}>
        {w.thresholds(bound(view.rules.fullThreshold, view.rules.fullStrict), bound(view.rules.partialThreshold, view.rules.partialStrict))}
      </Caption1>
      <ul className={styles.rates} aria-label={w.ratesHeading(counts.cohort)} data-testid={`this-year-rates-${counts.cohort}`}>
        {RATE_KEYS.map((key) => (
          <li key={key} className={styles.number} data-rate={key}>
            <Caption1>
              {w.rate(key, view.waitLimitMonths)}: {rateText(counts[key], counts.families, view.rules, language)}
            </Caption1>
          </li>
        ))}
      </ul>
      <Body1 data-testid={`this-year-tier-${counts.cohort}`} data-tier={tier.level}>
        {w.tierLabel}: <strong>{w.tier(tier.level, percent(tier.factor, language, 2))}</strong>
      </Body1>
    </>
  );
}
