import { pick, type Lang } from "../../engine/cells/lang";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular, SaveRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { formatEuro, formatNumber } from "../../engine/cells/format";
import { PERCENT_ROWS } from "../parameters/agreementForm";
import {
  compareScenarios,
  localiseText,
  recordLabel,
  type ComparedRecord,
  type SavedScenario,
  type ScenarioSnapshot,
} from "../../engine/simulation/scenarioTable";
import type { CellValue } from "../../engine/types";
import { FailureBar } from "../FailureBar";
import { singleClick, useAction, useTask } from "../PaneContext";
import type { SimulationStrings } from "./simulationStrings";
import { percent } from "./controls";
import { signedEuro } from "./PaymentsView";
import type { SavedScenarioResult, ScenarioList } from "./simulationActions";
import { SECTION_STYLES } from "../panelStyles";

const useStyles = makeStyles({
  section: SECTION_STYLES.section,
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "160px" },
  pickers: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS },
  picker: { minWidth: 0, width: "100%" },
  /** In a narrow pane each item takes two lines: what it is, then A, B and B − A side by side. */
  compareRow: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  item: { gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold, minHeight: "auto" },
  number: { justifyContent: "flex-end", textAlign: "right", fontVariantNumeric: "tabular-nums", minHeight: "auto" },
  numberButton: { justifyContent: "flex-end" },
});

const EUROS = new Set([
  "premiumPerFamily",
  "cap",
  "balance",
  "payment",
  "expectedPayment",
  "total",
  "baselineTotal",
  "difference",
  "capCut",
  "expectedTotal",
  "p10",
  "p50",
  "p90",
]);
/** The agreement's percentages, as the Parametri form shows them, and the simulation's. */
const SHARES: ReadonlySet<string> = new Set([
  ...PERCENT_ROWS,
  "tier",
  "pStability",
  "pWellbeing",
  "pWaiting",
  "pFull",
  "pPartial",
  "pBelow",
  "expectedTier",
]);

/** A saved value as the pane shows it: euros, percentages, Sì/No, texts in the pane's language. */
export function shownValue(key: string, value: CellValue | undefined, strings: SimulationStrings, language: Lang): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? strings.yes : strings.no;
  if (typeof value === "string") return localiseText(value, language);
  if (EUROS.has(key)) return formatEuro(value, language);
  if (SHARES.has(key)) return percent(value, language, 2);
  return formatNumber(value, language, 4);
}

function shownDifference(row: ComparedRecord, language: Lang): string {
  if (row.difference === null || !row.differs) return "";
  if (EUROS.has(row.key)) return signedEuro(row.difference, language);
  // Shares and probabilities differ by percentage points.
  if (SHARES.has(row.key))
    return `${row.difference > 0 ? "+" : "−"}${formatNumber(Number((Math.abs(row.difference) * 100).toFixed(2)), language)} ${pick({ it: "p.p.", en: "pp" }, language)}`;
  return `${row.difference > 0 ? "+" : row.difference < 0 ? "−" : ""}${formatNumber(Math.abs(row.difference), language, 4)}`;
}

/** The save time as written in the table: local date and time, to the minute, never ambiguous. */
export function savedAtText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "Salva scenario" (one table on H4A_Scenari per scenario) and the side-by-side comparison of two saved ones. */
export function ScenariosView({
  snapshot,
  strings,
  language,
  now = () => new Date(),
}: {
  /** The scenario as it stands, given the name and time it is saved under; null while it cannot be computed. */
  snapshot: ((label: string, savedAt: string) => ScenarioSnapshot) | null;
  strings: SimulationStrings;
  language: Lang;
  now?: () => Date;
}) {
  const styles = useStyles();
  const saveTask = useTask();
  const listTask = useTask();
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<SavedScenarioResult | null>(null);
  const [list, setList] = useState<ScenarioList | null>(null);
  const [picked, setPicked] = useState<[string, string] | null>(null);
  const [onlyDifferences, setOnlyDifferences] = useState(true);

  const loadList = async (): Promise<void> => {
    const result = await listTask.run((actions) => actions.loadScenarios(), { exclusive: false });
    if (result === undefined) return;
    setList(result);
    const tables = result.scenarios.map((s) => s.table);
    setPicked((current) =>
      current !== null && tables.includes(current[0]) && tables.includes(current[1])
        ? current
        : tables.length >= 2
          ? [tables[tables.length - 2], tables[tables.length - 1]]
          : tables.length === 1
            ? [tables[0], tables[0]]
            : null,
    );
  };

  const listAgain = useAction(loadList, { exclusive: false });

  const save = useAction(async (): Promise<void> => {
    if (snapshot === null) return;
    setSaved(null);
    const scenario = snapshot(name.trim() === "" ? strings.untitled : name.trim(), savedAtText(now()));
    const result = await saveTask.run((actions) => actions.saveScenario(scenario));
    if (result === undefined) return;
    setSaved(result);
    if (list !== null) await loadList();
  });

  const find = (table: string | undefined): SavedScenario | undefined => list?.scenarios.find((s) => s.table === table);
  const a = find(picked?.[0]);
  const b = find(picked?.[1]);
  const rows = useMemo(() => (a === undefined || b === undefined ? [] : compareScenarios(a, b)), [a, b]);
  const shown = onlyDifferences ? rows.filter((row) => row.differs && row.key !== "savedAt") : rows;

  const picker = (index: 0 | 1, label: string) => (
    <Field label={label}>
      <Select
        className={styles.picker}
        value={picked?.[index] ?? ""}
        onChange={(_, data) =>
          setPicked((current) => (current === null ? current : index === 0 ? [data.value, current[1]] : [current[0], data.value]))
        }
      >
        {list?.scenarios.map((s) => (
          <option key={s.table} value={s.table}>
            {strings.scenarioOption(s.number, s.label, s.savedAt)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.section} aria-labelledby="h4a-sim-scenarios">
      <Subtitle2 as="h3" id="h4a-sim-scenarios">
        {strings.scenariosHeading}
      </Subtitle2>
      <div className={styles.row}>
        <Field label={strings.scenarioName} className={styles.grow}>
          <Input value={name} placeholder={strings.scenarioNameExample} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Button
          appearance="primary"
          icon={saveTask.running ? <Spinner size="tiny" /> : <SaveRegular />}
          disabled={saveTask.busy || snapshot === null}
          onClick={singleClick(save)}
        >
          {saveTask.running ? strings.saving : strings.save}
        </Button>
      </div>
      {saveTask.failure ? <FailureBar failure={saveTask.failure} /> : null}
      {saved !== null ? (
        <MessageBar intent="success">
          <MessageBarBody>{strings.saved(saved.table, saved.sheet)}</MessageBarBody>
        </MessageBar>
      ) : null}

      <Subtitle2 as="h4">{strings.compareHeading}</Subtitle2>
      <div>
        <Button
          icon={listTask.running ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          disabled={listTask.running}
          onClick={singleClick(listAgain)}
        >
          {listTask.running ? strings.loadingScenarios : strings.loadScenarios}
        </Button>
      </div>
      {listTask.failure ? <FailureBar failure={listTask.failure} /> : null}
      {list?.ownership === "foreign" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.foreignScenarios}</MessageBarBody>
        </MessageBar>
      ) : null}
      {list !== null && list.ownership !== "foreign" && list.scenarios.length === 0 ? <Caption1>{strings.noScenarios}</Caption1> : null}
      {list !== null && list.scenarios.length > 0 ? (
        <>
          <div className={styles.pickers}>
            {picker(0, strings.scenarioA)}
            {picker(1, strings.scenarioB)}
          </div>
          <Switch checked={onlyDifferences} label={strings.onlyDifferences} onChange={(_, data) => setOnlyDifferences(data.checked)} />
          {a !== undefined && b !== undefined ? (
            shown.length === 0 ? (
              <Body1>{strings.noDifferences}</Body1>
            ) : (
              <Table size="extra-small" noNativeElements aria-label={strings.compareHeading} data-testid="scenario-comparison">
                <TableHeader>
                  <TableRow className={styles.compareRow}>
                    <TableHeaderCell className={styles.item}>{strings.item}</TableHeaderCell>
                    <TableHeaderCell className={styles.number} button={{ className: styles.numberButton }}>
                      A
                    </TableHeaderCell>
                    <TableHeaderCell className={styles.number} button={{ className: styles.numberButton }}>
                      B
                    </TableHeaderCell>
                    <TableHeaderCell className={styles.number} button={{ className: styles.numberButton }}>
                      B − A
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((row) => (
                    <TableRow
                      key={`${row.section}|${row.key}|${row.cohort ?? ""}|${row.year ?? ""}`}
                      data-key={row.key}
                      className={styles.compareRow}
                    >
                      <TableCell className={styles.item}>{recordLabel(row, language)}</TableCell>
                      <TableCell className={styles.number}>{shownValue(row.key, row.a, strings, language)}</TableCell>
                      <TableCell className={styles.number}>{shownValue(row.key, row.b, strings, language)}</TableCell>
                      <TableCell className={styles.number}>{shownDifference(row, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
