import type { Lang } from "../../engine/cells/lang";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableRegular, LockClosedRegular } from "@fluentui/react-icons";
import { formatDate, formatEuro } from "../../engine/cells/format";
import type { LedgerYear } from "../../engine/ledger/status";
import type { LedgerStrings } from "./ledgerStrings";
import { singleClick } from "../PaneContext";

const useStyles = makeStyles({
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  numberHeader: { justifyContent: "flex-end" },
  state: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  paid: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  lock: { flexShrink: 0, fontSize: "16px" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface LedgerYearsProps {
  years: LedgerYear[];
  total: number;
  strings: LedgerStrings;
  language: Lang;
  busy: boolean;
  /** The year whose statement is being written, if one is. */
  writingYear: number | null;
  /** Writes the statement of a recorded year. */
  onStatement: (programmeYear: number) => void;
}

/** Each programme year: paid (locked, with its act and date) or to record, and what it pays with the ledger. */
export function LedgerYears({ years, total, strings: s, language, busy, writingYear, onStatement }: LedgerYearsProps) {
  const styles = useStyles();
  const euro = (n: number) => formatEuro(n, language);
  return (
    <Table size="extra-small" aria-label={s.yearsHeading} data-testid="ledger-years">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.year}</TableHeaderCell>
          <TableHeaderCell className={styles.numberHeader}>{s.amount}</TableHeaderCell>
          <TableHeaderCell>{s.state}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {years.map((year) => (
          <TableRow key={year.programmeYear} data-recorded={year.recorded}>
            <TableCell>{s.programmeYear(year.programmeYear, year.calendarYear)}</TableCell>
            <TableCell className={styles.number}>
              <div>{euro(year.amount)}</div>
              {year.trueUps !== 0 ? <Caption1>{s.withTrueUps(euro(year.trueUps))}</Caption1> : null}
            </TableCell>
            <TableCell>
              {year.recorded ? (
                <div className={styles.state}>
                  <span className={styles.paid}>
                    <LockClosedRegular className={styles.lock} aria-hidden="true" />
                    {s.paid}
                  </span>
                  <Caption1>{s.paidBy(year.act ?? "", year.date === null ? "" : formatDate(year.date, language))}</Caption1>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={writingYear === year.programmeYear ? <Spinner size="extra-tiny" /> : <DocumentTableRegular />}
                    disabled={busy}
                    aria-label={s.statementOf(year.programmeYear)}
                    onClick={singleClick(() => onStatement(year.programmeYear))}
                  >
                    {s.statement}
                  </Button>
                </div>
              ) : (
                <Body1>{s.toRecord}</Body1>
              )}
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={styles.strong}>{s.totalWithLedger}</TableCell>
          <TableCell className={mergeClasses(styles.number, styles.strong)}>{euro(total)}</TableCell>
          <TableCell />
        </TableRow>
      </TableBody>
    </Table>
  );
}
