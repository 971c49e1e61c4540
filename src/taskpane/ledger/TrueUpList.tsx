import type { Lang } from "../../engine/cells/lang";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { formatEuro } from "../../engine/cells/format";
import { evidenceFieldLabel, type Answer } from "../../engine/ledger/evidence";
import type { EvidenceChange, TrueUp } from "../../engine/ledger/trueUps";
import { CellButton } from "../common/CellButton";
import type { LedgerStrings } from "./ledgerStrings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
  changes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface TrueUpListProps {
  trueUps: TrueUp[];
  outstanding: number;
  strings: LedgerStrings;
  language: Lang;
  busy: boolean;
  onSelect: (cell: string) => void;
}

/** The true-ups (conguagli): paid, due now, difference, where it is applied, and the cells that changed. */
export function TrueUpList({ trueUps, outstanding, strings: s, language, busy, onSelect }: TrueUpListProps) {
  const styles = useStyles();
  const euro = (n: number) => formatEuro(n, language);
  const answer = (value: Answer) => (value === true ? s.yes : value === false ? s.no : s.blank);

  const applied = (t: TrueUp): string => {
    if (t.appliedIn === null) return s.reportOnly;
    if (t.applied.length === 0) return s.appliedNext(t.appliedIn);
    return t.applied.map((a) => s.appliedYear(a.programmeYear, euro(a.amount))).join("; ");
  };

  const what = (change: EvidenceChange): string => {
    if (change.field === "cohort") return `${change.family}: ${change.now ? s.joined : s.left}`;
    return `${change.family} — ${evidenceFieldLabel(change.field, language)}: ${answer(change.was)} → ${answer(change.now)}`;
  };

  return (
    <div data-testid="ledger-trueups">
      <ul className={styles.list}>
        {trueUps.map((t) => (
          <li key={`${t.cohort}-${t.cohortYear}`} className={styles.item}>
            <Body1 className={styles.title}>{s.trueUpTitle(t.cohort, t.cohortYear, t.programmeYear)}</Body1>
            <dl className={styles.figures}>
              <dt className={styles.term}>{s.trueUpPaid}</dt>
              <dd className={styles.value}>{euro(t.paid)}</dd>
              <dt className={styles.term}>{s.dueNowLabel}</dt>
              <dd className={styles.value}>{euro(t.due)}</dd>
              <dt className={styles.term}>{s.difference}</dt>
              <dd className={styles.value}>{euro(t.difference)}</dd>
              <dt className={styles.term}>{s.appliedIn}</dt>
              <dd className={styles.value}>{applied(t)}</dd>
            </dl>
            {t.changes === null ? (
              <Caption1>{s.changesUnknown}</Caption1>
            ) : t.changes.length === 0 ? (
              <Caption1>{s.noChanges}</Caption1>
            ) : (
              <>
                <Caption1>{s.changesHeading}</Caption1>
                <ul className={styles.changes}>
                  {t.changes.map((change, i) => (
                    <li key={`${change.family}-${change.field}-${i}`}>
                      {change.cell === null ? (
                        <span>({s.noLongerInSheet})</span>
                      ) : (
                        <CellButton cell={change.cell} title={s.cellTitle(change.cell)} disabled={busy} onSelect={onSelect} />
                      )}{" "}
                      {what(change)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {t.agreementChanged ? <Caption1>{s.agreementChanged}</Caption1> : null}
          </li>
        ))}
      </ul>
      {outstanding !== 0 ? <Body1>{s.outstanding(euro(outstanding))}</Body1> : null}
    </div>
  );
}
