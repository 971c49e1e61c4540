import type { Lang } from "../../engine/cells/lang";
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { formatEuro } from "../../engine/cells/format";
import type { LedgerStrings } from "./ledgerStrings";
import type { PaymentRow } from "./ledgerView";

const useStyles = makeStyles({
  /** A narrow pane's dialog scrolls the table sideways rather than cut an amount. */
  scroll: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  cell: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** The rows a payment adds to H4A_Registro: its tranches, then the true-ups it applies. */
export function PaymentRowsTable({
  rows,
  label,
  strings: s,
  language,
}: {
  rows: PaymentRow[];
  label: string;
  strings: LedgerStrings;
  language: Lang;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" className={styles.table} aria-label={label} data-testid="payment-rows">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>{s.kind}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{s.trancheColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{s.families}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{s.amount}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.kind}-${row.cohort}-${row.cohortYear}`}>
              <TableCell className={styles.cell}>{s.kinds[row.kind]}</TableCell>
              <TableCell className={styles.cell}>{s.tranche(row.cohort, row.cohortYear)}</TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.number)}>{row.families ?? ""}</TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.number)}>{formatEuro(row.amount, language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
