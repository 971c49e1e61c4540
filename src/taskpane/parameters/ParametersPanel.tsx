import { pick } from "../../engine/cells/lang";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { ArrowRightRegular, ArrowSyncRegular, SaveRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from "react";
import { PARAM_INFO, paramName, TRUE_UP_POLICIES, type ParamRowKey } from "../../engine/agreement/params";
import type { SheetOwnership } from "../../contract/contract";
import {
  BOOLEAN_KEYS,
  fieldMessage,
  formIssues,
  formValues,
  GROUPS,
  keyOfRow,
  PERCENT_ROWS,
  percentOf,
  rawOfForm,
  showNumber,
  UNITS,
  type FormValues,
  type GroupKey,
} from "./agreementForm";
import { FailureBar } from "../FailureBar";
import { singleClick, useAction, usePane, useTask } from "../PaneContext";
import { PanelHeader } from "../common/PanelHeader";
import type { AgreementView } from "../workbookActions";
import { PANEL_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  /** Short labels (the three shares, the ranking weights) sit side by side. */
  compact: { gridTemplateColumns: "repeat(auto-fill, minmax(104px, 1fr))" },
  weights: { gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))" },
  hint: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, overflowWrap: "anywhere" },
  input: { width: "100%", minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    position: "sticky",
    bottom: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Loaded = { ownership: SheetOwnership };

/** The threshold each strictness choice compares against. */
const THRESHOLD_OF: Partial<Record<ParamRowKey, ParamRowKey>> = { fullStrict: "fullThreshold", partialStrict: "partialThreshold" };

/**
 * The "Parametri" tab: the agreement of H4A_Parametri as a form, checked by the schema as one
 * types. `onNext` opens the next step (Verifica) once the agreement is saved.
 */
export function ParametersPanel({ onNext }: { onNext?: () => void }) {
  const styles = useStyles();
  const { strings, language } = usePane();
  const s = strings.parameters;
  const task = useTask();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [values, setValues] = useState<FormValues | null>(null);
  const [saved, setSaved] = useState(false);
  // The sheet is read once when the pane opens: it is being read from the first render.
  const [pending, setPending] = useState<"load" | "save" | null>("load");
  const [showNames, setShowNames] = useState(false);
  const actionsRef = useRef<HTMLDivElement>(null);

  const { run } = task;
  const readAgreement = useCallback(() => run((actions) => actions.loadAgreement(), { exclusive: false }), [run]);
  const show = useCallback(
    (view: AgreementView | undefined) => {
      setPending(null);
      if (view === undefined) return;
      setLoaded({ ownership: view.ownership });
      setValues(formValues(view.raw, language));
      setSaved(false);
    },
    [language],
  );

  useEffect(() => {
    void readAgreement().then(show);
  }, [readAgreement, show]);

  /** "Rileggi dal foglio" (and retry after a failure): reads the sheet again. */
  const load = useAction(
    async () => {
      setPending("load");
      show(await readAgreement());
    },
    { exclusive: false },
  );

  const issues = useMemo(() => (values === null ? [] : formIssues(values, language)), [values, language]);
  const raw = useMemo(() => (values === null ? {} : rawOfForm(values, language)), [values, language]);

  const change = (row: ParamRowKey, value: string | boolean) => {
    setValues((current) => (current === null ? current : { ...current, [row]: value }));
    setSaved(false);
  };

  const save = useAction(async () => {
    if (values === null) return;
    setPending("save");
    const result = await task.run((actions) => actions.saveAgreement(rawOfForm(values, language)));
    setPending(null);
    if (result === undefined || !result.saved) return;
    setLoaded({ ownership: "own" });
    setSaved(true);
  });

  /**
   * The sticky action bar must never cover the focused field (WCAG 2.4.11): once the browser has
   * scrolled the field into view, a field under the bar is brought to the middle of the pane.
   */
  const uncover = (event: FocusEvent<HTMLElement>) => {
    const target = event.target;
    const bar = actionsRef.current;
    if (bar === null || bar.contains(target)) return;
    requestAnimationFrame(() => {
      if (document.activeElement !== target) return;
      const field = target.getBoundingClientRect();
      const covering = bar.getBoundingClientRect();
      if (field.bottom > covering.top && field.top < covering.bottom) target.scrollIntoView({ block: "center", inline: "nearest" });
    });
  };

  const foreign = loaded?.ownership === "foreign";
  const sharesSum = values === null ? 0 : (["share1", "share2", "share3"] as const).reduce((sum, row) => sum + Number(raw[row] ?? 0), 0);

  const field = (row: ParamRowKey) => {
    const key = keyOfRow(row);
    const threshold = THRESHOLD_OF[row];
    const label = row.startsWith("share")
      ? s.shareLabel(Number(row.slice(-1)))
      : row === "premiumPerFamily"
        ? s.premiumPerFamilyLabel
        : threshold !== undefined
          ? s.strictLabel[row === "fullStrict" ? "full" : "partial"]
          : pick(PARAM_INFO[key].description, language);
    const message = row === "share2" || row === "share3" ? null : fieldMessage(key, issues, language);
    const hint = showNames ? <span className={styles.hint}>{s.nameHint(paramName(row))}</span> : undefined;
    const value = values?.[row];
    if (threshold !== undefined) {
      const limit = raw[threshold];
      const shown =
        typeof limit === "number" && fieldMessage(keyOfRow(threshold), issues, language) === null
          ? `${showNumber(percentOf(limit), language)} %`
          : null;
      return (
        <Field key={row} label={label} hint={hint} validationMessage={message ?? undefined} validationState={message ? "error" : "none"}>
          <RadioGroup
            value={value === true ? "strict" : "inclusive"}
            disabled={foreign || task.busy}
            onChange={(_, data) => change(row, data.value === "strict")}
          >
            <Radio value="strict" label={s.strict(shown)} />
            <Radio value="inclusive" label={s.notStrict(shown)} />
          </RadioGroup>
        </Field>
      );
    }
    if (BOOLEAN_KEYS.has(row)) {
      return (
        <Field key={row} label={label} hint={hint} validationMessage={message ?? undefined} validationState={message ? "error" : "none"}>
          <Switch
            checked={value === true}
            disabled={foreign || task.busy}
            label={value === true ? s.yes : s.no}
            onChange={(_, data) => change(row, data.checked)}
          />
        </Field>
      );
    }
    if (row === "trueUpPolicy") {
      return (
        <Field key={row} label={label} hint={hint} validationMessage={message ?? undefined} validationState={message ? "error" : "none"}>
          <Select
            value={typeof value === "string" && value !== "" ? value : "nextPayment"}
            disabled={foreign || task.busy}
            onChange={(_, data) => change(row, data.value)}
          >
            {TRUE_UP_POLICIES.map((policy) => (
              <option key={policy} value={policy}>
                {s.trueUpPolicies[policy]}
              </option>
            ))}
          </Select>
        </Field>
      );
    }
    const unit = UNITS[row];
    return (
      <Field key={row} label={label} hint={hint} validationMessage={message ?? undefined} validationState={message ? "error" : "none"}>
        <Input
          className={styles.input}
          value={typeof value === "string" ? value : ""}
          disabled={foreign || task.busy}
          inputMode="decimal"
          contentAfter={
            PERCENT_ROWS.has(row)
              ? "%"
              : unit === "euro"
                ? "€"
                : unit === "months"
                  ? pick({ it: "mesi", en: "months" }, language)
                  : undefined
          }
          onChange={(_, data) => change(row, data.value)}
        />
      </Field>
    );
  };

  const group = (key: GroupKey) => {
    const rows = GROUPS.find((g) => g.key === key)?.rows ?? [];
    return (
      <fieldset className={styles.group} key={key}>
        <legend className={styles.legend}>
          <Subtitle2>{s.groups[key]}</Subtitle2>
        </legend>
        <div className={mergeClasses(styles.grid, key === "shares" && styles.compact)}>{rows.map(field)}</div>
        {key === "shares" ? (
          <Caption1>
            {s.sharesSum(Number.isFinite(sharesSum) ? `${showNumber(percentOf(sharesSum), language)} %` : "—")}
            {fieldMessage("shares", issues, language) ? ` — ${fieldMessage("shares", issues, language)}` : ""}
          </Caption1>
        ) : null}
      </fieldset>
    );
  };

  return (
    <section className={styles.panel} aria-labelledby="h4a-parameters-heading" onFocus={uncover}>
      <PanelHeader id="h4a-parameters-heading" heading={s.heading} intro={s.intro} />
      {task.failure ? <FailureBar failure={task.failure} retryLabel={strings.retry} onRetry={() => void load()} /> : null}
      {pending === "load" ? <Spinner size="small" label={s.loading} /> : null}
      {loaded?.ownership === "missing" ? (
        <MessageBar intent="info">
          <MessageBarBody>{s.missing}</MessageBarBody>
        </MessageBar>
      ) : null}
      {values !== null ? (
        <>
          <Switch checked={showNames} label={s.showNames} onChange={(_, data) => setShowNames(data.checked)} />
          {group("premium")}
          {group("shares")}
          {group("years")}
          {group("tier")}
          {group("ledger")}
          {group("saving")}
          <Accordion collapsible>
            <AccordionItem value="ranking">
              <AccordionHeader>{s.groups.ranking}</AccordionHeader>
              <AccordionPanel>
                <div className={mergeClasses(styles.grid, styles.weights)}>
                  {(GROUPS.find((g) => g.key === "ranking")?.rows ?? []).map(field)}
                </div>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          {saved ? (
            <MessageBar intent="success">
              <MessageBarBody>{s.saved}</MessageBarBody>
              {onNext ? (
                <MessageBarActions>
                  <Button appearance="primary" size="small" icon={<ArrowRightRegular />} iconPosition="after" onClick={onNext}>
                    {s.next}
                  </Button>
                </MessageBarActions>
              ) : null}
            </MessageBar>
          ) : null}
          {issues.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{s.invalid(issues.length)}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.actions} ref={actionsRef}>
            <Button
              appearance="primary"
              icon={pending === "save" ? <Spinner size="tiny" /> : <SaveRegular />}
              disabled={foreign || task.busy || issues.length > 0}
              onClick={singleClick(save)}
            >
              {pending === "save" ? s.saving : s.save}
            </Button>
            <Button icon={<ArrowSyncRegular />} disabled={task.busy || task.running} onClick={singleClick(load)}>
              {s.reload}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
