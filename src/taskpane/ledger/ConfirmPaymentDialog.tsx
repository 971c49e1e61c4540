import type { Lang } from "../../engine/cells/lang";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { formatDate, formatEuro } from "../../engine/cells/format";
import type { LedgerStrings } from "./ledgerStrings";
import type { NextPayment } from "./ledgerView";
import { PaymentRowsTable } from "./PaymentRowsTable";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  totals: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface ConfirmPaymentProps {
  open: boolean;
  payment: NextPayment;
  act: string;
  date: number;
  /** Whether the evidence will name families by pseudonym (a passphrase given). */
  pseudonyms: boolean;
  strings: LedgerStrings;
  language: Lang;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The last look before recording: the act, the rows to add with the true-ups applied, the year's total. */
export function ConfirmPaymentDialog({
  open,
  payment,
  act,
  date,
  pseudonyms,
  strings,
  language,
  onConfirm,
  onCancel,
}: ConfirmPaymentProps) {
  const styles = useStyles();
  const euro = (n: number) => formatEuro(n, language);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="h4a-confirm-payment-intro">
        <DialogBody>
          <DialogTitle>{strings.confirmTitle(payment.programmeYear)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 id="h4a-confirm-payment-intro">{strings.confirmIntro(act.trim(), formatDate(date, language))}</Body1>
            <PaymentRowsTable
              rows={payment.rows}
              label={strings.confirmTitle(payment.programmeYear)}
              strings={strings}
              language={language}
            />
            <div className={styles.totals} data-testid="confirm-totals">
              <Body1 className={styles.strong}>{strings.yearTotal}</Body1>
              <Body1 className={mergeClasses(styles.number, styles.strong)}>{euro(payment.total)}</Body1>
              <Body1>{strings.cumulative}</Body1>
              <Body1 className={styles.number}>{euro(payment.cumulative)}</Body1>
            </div>
            <Body1>{pseudonyms ? strings.evidenceBy.pseudonyms : strings.evidenceBy.rows}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {strings.confirm}
            </Button>
            <Button onClick={onCancel}>{strings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
