import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../engine/cells/format";
import { PagedSection } from "./PagedSection";
import { RANKING_STYLES, type RankingViewProps } from "./rankingLayout";
import { ScoreBreakdown } from "./ScoreBreakdown";

const useStyles = makeStyles({
  itemHeader: RANKING_STYLES.itemHeader,
  id: RANKING_STYLES.id,
  rank: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, minWidth: "2.5em" },
  score: { fontVariantNumeric: "tabular-nums" },
});

/** The eligible families in rank order, each opening to why it has its score; the rank it had with the agreement's weights when they changed it. */
export function RankedList(props: RankingViewProps & { agreementRanks: Map<number, number> | null }) {
  const styles = useStyles();
  const { ranking, strings: r, language } = props;
  const noId = r.noId;
  return (
    <PagedSection
      headingId="h4a-ranked-heading"
      heading={r.eligibleHeading}
      items={ranking.eligible}
      none={r.noneEligible}
      showMore={r.showMore}
    >
      {(shown) => (
        <Accordion multiple collapsible aria-label={r.eligibleLabel} data-testid="ranked-list">
          {shown.map((ranked) => {
            const before = props.agreementRanks?.get(ranked.candidate.row);
            const id = ranked.candidate.id ?? noId;
            return (
              <AccordionItem key={ranked.candidate.row} value={ranked.candidate.row} data-family={id} data-rank={ranked.rank}>
                <AccordionHeader>
                  <span className={styles.itemHeader}>
                    <span className={styles.rank}>{r.rankLabel(ranked.rank)}</span>
                    <span className={styles.id}>{id}</span>
                    <span className={styles.score}>{r.points(formatNumber(ranked.score, language))}</span>
                    {before !== undefined && before !== ranked.rank ? (
                      <Caption1 data-testid="rank-moved">({r.was(before)})</Caption1>
                    ) : null}
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
      )}
    </PagedSection>
  );
}
