import type { Lang } from "../../engine/cells/lang";
import { Body1, Button, Caption1, Field, Input, makeStyles, ProgressBar, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, LockClosedRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { formatEuro } from "../../engine/cells/format";
import { passphraseProblem } from "../../engine/sharing/pseudonyms";
import { PassphraseField } from "../common/PassphraseField";
import { PANEL_STYLES } from "../panelStyles";
import { serialOfDateInput } from "./actDate";
import { ConfirmPaymentDialog } from "./ConfirmPaymentDialog";
import type { RecordStep } from "./ledgerActions";
import type { LedgerStrings } from "./ledgerStrings";
import type { EvidenceNaming, NextPayment } from "./ledgerView";
import { singleClick } from "../PaneContext";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const STEP_PROGRESS: Record<RecordStep, number> = { key: 0.1, read: 0.3, write: 0.6, statement: 0.8, check: 0.95 };

export interface RecordPaymentProps {
  payment: NextPayment;
  naming: EvidenceNaming;
  strings: LedgerStrings;
  language: Lang;
  /** Some workbook task runs: every button waits. */
  busy: boolean;
  /** Recording runs, at this step. */
  recording: boolean;
  /** The draft statement is being written. */
  drafting: boolean;
  step: RecordStep | null;
  /** Shown under the heading: why the payment cannot be recorded now, or the outcome of the last try. */
  notice: ReactNode;
  passphrase: string;
  onPassphrase: (passphrase: string) => void;
  /** Records the payment confirmed; resolves to true once recorded (the form is then emptied). */
  onRecord: (act: string, date: number) => Promise<boolean>;
  /** Writes the statement of the year as a draft, with the act and date typed so far. */
  onDraft: (act: string, date: number | null) => void;
}

/** "Registra il pagamento dell'anno N": the act, its date, the optional passphrase, then a confirmation. */
export function RecordPayment({
  payment,
  naming,
  strings: s,
  language,
  busy,
  recording,
  drafting,
  step,
  notice,
  passphrase,
  onPassphrase,
  onRecord,
  onDraft,
}: RecordPaymentProps) {
  const styles = useStyles();
  const [act, setAct] = useState("");
  const [dateText, setDateText] = useState("");
  const [confirming, setConfirming] = useState(false);
  const date = serialOfDateInput(dateText);
  const problem = passphrase === "" ? null : passphraseProblem(passphrase);
  const refused = payment.refusals.length > 0;
  const year = `${payment.programmeYear}${payment.calendarYear === null ? "" : ` (${payment.calendarYear})`}`;
  const ready = !busy && !refused && problem === null && act.trim() !== "" && date !== null;

  const confirm = async () => {
    setConfirming(false);
    if (date === null) return;
    if (await onRecord(act, date)) {
      setAct("");
      setDateText("");
    }
  };

  return (
    <div className={styles.form} data-testid="record-payment">
      <Subtitle2 as="h3">{s.recordHeading(year)}</Subtitle2>
      {refused ? null : <Body1 className={styles.paragraph}>{s.dueNow(formatEuro(payment.total, language))}</Body1>}
      {notice}
      <Field label={s.act} hint={s.actHint} required>
        <Input value={act} disabled={recording} onChange={(_, data) => setAct(data.value)} placeholder="DD 1234/2026" />
      </Field>
      <Field label={s.date} required>
        <Input type="date" value={dateText} disabled={recording} onChange={(_, data) => setDateText(data.value)} />
      </Field>
      <PassphraseField
        label={s.passphrase}
        hint={[s.passphraseHint, naming === null ? "" : s.namingNote[naming]].join(" ").trim()}
        problem={problem}
        value={passphrase}
        disabled={recording}
        onChange={onPassphrase}
        language={language}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={recording ? <Spinner size="tiny" /> : <LockClosedRegular />}
          disabled={!ready}
          onClick={() => setConfirming(true)}
        >
          {recording ? s.recording : s.record(payment.programmeYear)}
        </Button>
        <Button
          icon={drafting ? <Spinner size="tiny" /> : <DocumentTableRegular />}
          disabled={busy || refused || problem !== null}
          onClick={singleClick(() => onDraft(act, date))}
        >
          {s.draft}
        </Button>
      </div>
      {recording ? (
        <>
          <ProgressBar aria-label={s.recording} thickness="medium" value={step === null ? undefined : STEP_PROGRESS[step]} />
          {step !== null ? <Caption1 role="status">{s.steps[step]}</Caption1> : null}
        </>
      ) : null}
      {date !== null ? (
        <ConfirmPaymentDialog
          open={confirming}
          payment={payment}
          act={act}
          date={date}
          pseudonyms={passphrase !== ""}
          strings={s}
          language={language}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
