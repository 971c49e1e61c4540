import { Body1, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { emergencyText } from "../../engine/candidates/eligibility";
import { tieText, type RankedCandidate } from "../../engine/candidates/ranking";
import { contributionLines } from "../../engine/candidates/score";
import { formatDate, formatNumber } from "../../engine/cells/format";
import { RANKING_STYLES, type RankingViewProps } from "./rankingLayout";

const useStyles = makeStyles({
  breakdown: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS },
  lines: RANKING_STYLES.lines,
  link: RANKING_STYLES.link,
});

/** Why a family is where it is: what makes it eligible, each weight's points with its arithmetic, the total, and the tie rule when it shares its score. */
export function ScoreBreakdown(props: RankingViewProps & { ranked: RankedCandidate }) {
  const styles = useStyles();
  const { ranked, ranking, strings: r, language } = props;
  const c = ranked.candidate;
  const lines = contributionLines(c, { score: ranked.score, contributions: ranked.contributions }, ranking.params, language);
  const tie = tieText(ranked, language);
  return (
    <div className={styles.breakdown} data-testid="breakdown">
      <Caption1>{r.why}</Caption1>
      <Body1>
        <strong>{r.emergencies}:</strong> {ranked.emergencies.map((code) => emergencyText(code, c, ranking.params, language)).join("; ")}.
      </Body1>
      <Body1>
        <strong>{r.contributions}:</strong>
      </Body1>
      {lines.length === 0 ? (
        <Caption1>{r.noPoints}</Caption1>
      ) : (
        <ul className={styles.lines}>
          {lines.map((line) => (
            <li key={line.key} data-weight={line.key}>
              <Text size={200}>{line.text}</Text>
            </li>
          ))}
        </ul>
      )}
      <Body1>
        <strong>
          {r.total}: {formatNumber(ranked.score, language)}
        </strong>
      </Body1>
      {tie !== null ? <Caption1 data-testid="tie">{tie}</Caption1> : null}
      <Caption1>{c.requestDate === null ? r.noRequestDate : `${r.requestDate} ${formatDate(c.requestDate, language)}`}</Caption1>
      <button type="button" className={styles.link} onClick={() => props.onGoTo(c.row)} disabled={props.disabled}>
        {r.goToRow} {c.row}
      </button>
    </div>
  );
}
