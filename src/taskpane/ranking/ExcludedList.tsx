import { pick, type Lang } from "../../engine/cells/lang";
import { Button, Caption1, CounterBadge, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CandidateRanking } from "../../engine/candidates/ranking";
import { LIST_PAGE, RANKING_STYLES } from "./rankingLayout";
import type { RankingStrings } from "./rankingStrings";

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
export function ExcludedList(props: {
  ranking: CandidateRanking;
  strings: RankingStrings;
  language: Lang;
  onGoTo: (row: number) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const { ranking, strings: r, language } = props;
  const [shown, setShown] = useState(LIST_PAGE);
  const noId = r.noId;
  return (
    <section aria-labelledby="h4a-excluded-heading">
      <Subtitle2 as="h3" id="h4a-excluded-heading">
        {r.excludedHeading} <CounterBadge count={ranking.excluded.length} overflowCount={99999} color="informative" />
      </Subtitle2>
      {ranking.excluded.length === 0 ? <Caption1>{r.noneExcluded}</Caption1> : null}
      <ul className={styles.excluded} data-testid="excluded-list">
        {ranking.excluded.slice(0, shown).map(({ candidate, reasons }) => (
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
      {ranking.excluded.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + LIST_PAGE)}>
          {r.showMore(Math.min(LIST_PAGE, ranking.excluded.length - shown))}
        </Button>
      ) : null}
    </section>
  );
}
