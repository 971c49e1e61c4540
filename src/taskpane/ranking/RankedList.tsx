import type { Lang } from "../../engine/cells/lang";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CandidateRanking } from "../../engine/candidates/ranking";
import { formatNumber } from "../../engine/cells/format";
import { LIST_PAGE, RANKING_STYLES } from "./rankingLayout";
import type { RankingStrings } from "./rankingStrings";
import { ScoreBreakdown } from "./ScoreBreakdown";

const useStyles = makeStyles({
  itemHeader: RANKING_STYLES.itemHeader,
  id: RANKING_STYLES.id,
  rank: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, minWidth: "2.5em" },
  score: { fontVariantNumeric: "tabular-nums" },
});

/** The eligible families in rank order, each opening to why it has its score; the rank it had with the agreement's weights when they changed it. */
export function RankedList(props: {
  ranking: CandidateRanking;
  agreementRanks: Map<number, number> | null;
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
    <section aria-labelledby="h4a-ranked-heading">
      <Subtitle2 as="h3" id="h4a-ranked-heading">
        {r.eligibleHeading} <CounterBadge count={ranking.eligible.length} overflowCount={99999} color="informative" />
      </Subtitle2>
      {ranking.eligible.length === 0 ? <Caption1>{r.noneEligible}</Caption1> : null}
      <Accordion multiple collapsible aria-label={r.eligibleLabel} data-testid="ranked-list">
        {ranking.eligible.slice(0, shown).map((ranked) => {
          const before = props.agreementRanks?.get(ranked.candidate.row);
          const id = ranked.candidate.id ?? noId;
          return (
            <AccordionItem key={ranked.candidate.row} value={ranked.candidate.row} data-family={id} data-rank={ranked.rank}>
              <AccordionHeader>
                <span className={styles.itemHeader}>
                  <span className={styles.rank}>{r.rankLabel(ranked.rank)}</span>
                  <span className={styles.id}>{id}</span>
                  <span className={styles.score}>{r.points(formatNumber(ranked.score, language))}</span>
                  {before !== undefined && before !== ranked.rank ? <Caption1 data-testid="rank-moved">({r.was(before)})</Caption1> : null}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ScoreBreakdown
                  ranked={ranked}
                  ranking={ranking}
                  strings={r}
                  language={language}
                  onGoTo={props.onGoTo}
                  disabled={props.disabled}
                />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {ranking.eligible.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + LIST_PAGE)}>
          {r.showMore(Math.min(LIST_PAGE, ranking.eligible.length - shown))}
        </Button>
      ) : null}
    </section>
  );
}
