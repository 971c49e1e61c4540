import type { Lang } from "../../engine/cells/lang";
import { Badge, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatEuro } from "../../engine/cells/format";
import type { WhatIfResult } from "../../engine/simulation/whatIf";
import type { TierLevel } from "../../engine/payments/tier";
import type { SimulationStrings } from "./simulationStrings";
import { signedEuro } from "./PaymentsView";

const useStyles = makeStyles({
  /** Stuck to the top of the pane while it scrolls; two short lines so it hides little of what is below. */
  summary: {
    position: "sticky",
    top: "var(--h4a-sticky-top, 0px)",
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, rowGap: 0, margin: 0 },
  number: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  tiers: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

const BADGE_COLOR: Record<TierLevel, "success" | "warning" | "danger"> = { full: "success", partial: "warning", below: "danger" };

/** The space kept between the summary and a control focused just below it. */
const FOCUS_GAP = 8;

/**
 * The what-if's result in two lines, stuck to the top while any control below moves: the simulated
 * total, its difference from the workbook's agreement, and each cohort's tier. A control that takes
 * the focus (or a key) behind it is scrolled just below it.
 */
export function SimulationSummary({
  result,
  difference,
  strings,
  language,
}: {
  result: WhatIfResult | null;
  difference: number | null;
  strings: SimulationStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const summary = ref.current;
    const scope = summary?.parentElement;
    if (!summary || !scope) return;
    const uncover = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element) || summary.contains(target)) return;
      const covering = summary.getBoundingClientRect();
      const focused = target.getBoundingClientRect();
      if (focused.bottom > covering.top && focused.top < covering.bottom) window.scrollBy(0, focused.top - covering.bottom - FOCUS_GAP);
    };
    // On focus, and on a key pressed in a control the page was scrolled to put behind the summary.
    scope.addEventListener("focusin", uncover);
    scope.addEventListener("keydown", uncover);
    return () => {
      scope.removeEventListener("focusin", uncover);
      scope.removeEventListener("keydown", uncover);
    };
  }, []);

  return (
    <div ref={ref} className={styles.summary} role="group" aria-label={strings.summaryLabel} data-testid="simulation-summary">
      <p className={styles.line}>
        <Body1>
          {strings.summaryTotal}{" "}
          <span className={styles.number} data-testid="summary-total">
            {result === null ? "—" : formatEuro(result.total, language)}
          </span>
        </Body1>
        <Body1>
          <span className={styles.number} data-testid="summary-difference">
            {difference === null ? "—" : signedEuro(difference, language)}
          </span>{" "}
          {strings.summaryDifference}
        </Body1>
      </p>
      {result !== null ? (
        <ul className={styles.tiers} aria-label={strings.summaryTiers}>
          {result.cohorts.map((c) => (
            <li key={c.cohort}>
              <Badge appearance="tint" size="small" color={BADGE_COLOR[c.tier.level]} data-testid={`summary-tier-${c.cohort}`}>
                {`${strings.summaryCohort(c.cohort)} ${strings.summaryLevels[c.tier.level]}`}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
