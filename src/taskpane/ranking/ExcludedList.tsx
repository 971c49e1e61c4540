import { pick } from "../../engine/cells/lang";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { PagedSection } from "./PagedSection";
import { RANKING_STYLES, type RankingViewProps } from "./rankingLayout";

const useStyles = makeStyles({
  ...RANKING_STYLES,
  excluded: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  excludedItem: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The families not eligible, each with the reasons that exclude it and the row that holds it. */
export function ExcludedList(props: RankingViewProps) {
  const styles = useStyles();
  const { ranking, strings: r, language } = props;
  const noId = r.noId;
  return (
    <PagedSection
      headingId="h4a-excluded-heading"
      heading={r.excludedHeading}
      items={ranking.excluded}
      none={r.noneExcluded}
      showMore={r.showMore}
    >
      {(shown) => (
        <ul className={styles.excluded} data-testid="excluded-list">
          {shown.map(({ candidate, reasons }) => (
            <li key={candidate.row} className={styles.excludedItem} data-family={candidate.id ?? noId}>
              <span className={styles.itemHeader}>
                <span className={styles.id}>{candidate.id ?? noId}</span>
                <button type="button" className={styles.link} onClick={() => props.onGoTo(candidate.row)} disabled={props.disabled}>
                  {r.goToRow} {candidate.row}
                </button>
              </span>
              <ul className={styles.lines}>
                {reasons.map((reason) => (
                  <li key={reason.code} data-reason={reason.code}>
                    <Text size={200}>{pick(reason.message, language)}</Text>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </PagedSection>
  );
}
