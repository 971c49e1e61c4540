import type { Lang } from "../../engine/cells/lang";
import {
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { FlowRow, SheetSummary } from "../../engine/beneficiaries/sheetSummary";
import type { Strings } from "../i18n";
import { rankingStringsFor } from "../ranking/rankingStrings";
import { validationStringsFor } from "./validationStrings";
import { SECTION_STYLES } from "../panelStyles";

const FORCED = "@media (forced-colors: active)";

const useStyles = makeStyles({
  section: SECTION_STYLES.section,
  number: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  numberHeader: { justifyContent: "flex-end", paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXS },
  /** A service's name wraps, even inside a long word, so the numbers keep their columns. */
  service: { overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: "auto", width: "100%" },
  /**
   * The table fits a 320 px pane (one letter per stage, names that wrap); should it not (counts of
   * many digits), it scrolls inside a region the keyboard can reach rather than being cut.
   */
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outlineStyle: "solid", outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
  abbr: { textDecorationLine: "none", cursor: "help" },
  chart: { width: "100%", height: "auto", display: "block", [FORCED]: { forcedColorAdjust: "none" } },
  /** The chart's colours: Fluent tokens, or the system's in forced colours (Windows high contrast). */
  chartLabel: { fill: tokens.colorNeutralForeground1, [FORCED]: { fill: "CanvasText" } },
  chartLetter: { fill: tokens.colorNeutralForeground2, [FORCED]: { fill: "CanvasText" } },
  chartBar: { fill: tokens.colorNeutralForeground3, [FORCED]: { fill: "Highlight" } },
  chartBase: { stroke: tokens.colorNeutralStroke1, [FORCED]: { stroke: "CanvasText" } },
});

type Stage = Exclude<keyof FlowRow, "referral">;
const ALL_STAGES: readonly Stage[] = ["applied", "eligible", "referred", "leaseSigned", "housingKept", "stability"];

/** The stages shown: applied and eligible only when the workbook has a candidates sheet. */
export const stagesOf = (summary: SheetSummary): Stage[] =>
  ALL_STAGES.filter((stage) => summary.flowJoin !== null || (stage !== "applied" && stage !== "eligible"));

/** A stage's column name, letter and words: Verifica's own words, and the two stages of the candidates sheet. */
export interface StageWords {
  name: Record<Stage, string>;
  short: Record<Stage, string>;
  letters: Record<Stage, string>;
  legend: Record<Stage, string>;
  noService: string;
}

export function stageWords(strings: Strings, language: Lang): StageWords {
  const v = strings.validation;
  const f = rankingStringsFor(language).flow;
  return {
    name: {
      applied: f.applied,
      eligible: f.eligible,
      referred: v.referred,
      leaseSigned: v.leaseSigned,
      housingKept: v.housingKept,
      stability: v.stability,
    },
    short: f.short,
    letters: f.letters,
    legend: f.legend,
    noService: v.noService,
  };
}

/**
 * The flow of §3b by referring service and stage: a table headed by the stages' letters, their
 * legend, and a chart whose every bar carries its count and its stage's letter.
 */
export function FlowView({ summary, strings, language }: { summary: SheetSummary; strings: Strings; language: Lang }) {
  const styles = useStyles();
  const v = strings.validation;
  const s = rankingStringsFor(language).flow;
  const w = validationStringsFor(language);
  const words = stageWords(strings, language);
  const stages = stagesOf(summary);
  // The stages' names do not fit a narrow pane side by side: each column is headed by its stage's
  // letter (the chart's), with the full name as accessible name and tooltip, and the legend below.
  const numberHeader = (stage: Stage) => (
    <TableHeaderCell key={stage} className={styles.numberHeader} title={words.name[stage]} aria-label={words.name[stage]}>
      <abbr className={styles.abbr} title={words.name[stage]}>
        {words.letters[stage]}
      </abbr>
    </TableHeaderCell>
  );
  const row = (flow: FlowRow, label: string, total = false) => (
    <TableRow key={`${label}-${total}`} className={total ? styles.total : undefined}>
      <TableCell className={styles.service}>{label}</TableCell>
      {stages.map((stage) => (
        <TableCell key={stage} className={styles.number}>
          {flow[stage] ?? 0}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <section className={styles.section} aria-labelledby="h4a-flow-heading" data-testid="flow">
      <Subtitle2 as="h3" id="h4a-flow-heading">
        {v.flowHeading}
      </Subtitle2>
      <Caption1>{summary.flowJoin !== null ? s.hintWithCandidates : v.flowHint}</Caption1>
      <div className={styles.scroll} role="region" tabIndex={0} aria-label={w.flowTableRegion(v.flowHeading)} data-testid="flow-scroll">
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={v.flowHeading}
          aria-describedby="h4a-flow-legend"
          data-testid="flow-table"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.service}>{v.service}</TableHeaderCell>
              {stages.map(numberHeader)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.flow.map((flow) => row(flow, flow.referral ?? v.noService))}
            {summary.flow.length > 1 ? row(summary.flowTotal, v.total, true) : null}
          </TableBody>
        </Table>
      </div>
      <Caption1 id="h4a-flow-legend" data-testid="flow-legend">
        <strong>{w.legendLabel}:</strong> <span>{legendOf(stages, words)}</span>
      </Caption1>
      {summary.flowJoin !== null ? (
        <Caption1 data-testid="flow-join">
          {s.join(summary.flowJoin.referredFromCandidates, summary.families, summary.flowJoin.eligibleNotReferred)}
        </Caption1>
      ) : null}
      {summary.flow.length > 0 ? <FlowChart rows={summary.flow} stages={stages} words={words} label={s.chartLabel} /> : null}
    </section>
  );
}

const COLUMN = 26;
const GAP = 12;
const LEFT = 4;
const LABEL_HEIGHT = 15;
const COUNT_HEIGHT = 12;
const BAR_HEIGHT = 30;
const LETTER_HEIGHT = 13;
const GROUP_GAP = 8;
const GROUP_HEIGHT = LABEL_HEIGHT + COUNT_HEIGHT + BAR_HEIGHT + LETTER_HEIGHT + GROUP_GAP;
const WIDTH = 320;
const LABEL_CHARS = 48;

/**
 * Small multiples, one per service: a column per stage on one scale, its count above it and its
 * stage's letter below (the legend, in words, sits under the table): it reads without colour.
 * Each service is also described in words for screen readers.
 */
export function FlowChart({
  rows,
  stages,
  words,
  label: chartLabel,
}: {
  rows: readonly FlowRow[];
  stages: readonly Stage[];
  words: StageWords;
  label: string;
}) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.flatMap((row) => stages.map((stage) => row[stage] ?? 0)));
  const height = rows.length * GROUP_HEIGHT;
  const describe = (row: FlowRow) =>
    `${row.referral ?? words.noService}: ${stages.map((stage) => `${words.name[stage]} ${row[stage] ?? 0}`).join(", ")}`;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={chartLabel} data-testid="flow-chart">
      <title>{chartLabel}</title>
      {rows.map((row, g) => {
        const top = g * GROUP_HEIGHT;
        const base = top + LABEL_HEIGHT + COUNT_HEIGHT + BAR_HEIGHT;
        const label = row.referral ?? words.noService;
        return (
          <g key={`${label}-${g}`} data-service={label}>
            <title>{describe(row)}</title>
            <text x={LEFT} y={top + 11} fontSize={11} fontWeight={600} className={styles.chartLabel}>
              {label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label}
            </text>
            <line
              x1={LEFT}
              x2={LEFT + stages.length * (COLUMN + GAP) - GAP}
              y1={base + 0.5}
              y2={base + 0.5}
              strokeWidth={1}
              className={styles.chartBase}
            />
            {stages.map((stage, i) => {
              const value = row[stage] ?? 0;
              const barHeight = value === 0 ? 0 : Math.max(1, Math.round((value / max) * BAR_HEIGHT));
              const x = LEFT + i * (COLUMN + GAP);
              return (
                <g key={stage} data-stage={stage}>
                  <rect x={x} y={base - barHeight} width={COLUMN} height={barHeight} className={styles.chartBar} />
                  <text x={x + COLUMN / 2} y={base - barHeight - 2} fontSize={10} textAnchor="middle" className={styles.chartLabel}>
                    {value}
                  </text>
                  <text x={x + COLUMN / 2} y={base + 11} fontSize={10} textAnchor="middle" className={styles.chartLetter}>
                    {words.letters[stage]}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The letters of the stages shown, in words. */
export const legendOf = (stages: readonly Stage[], words: StageWords): string =>
  stages.map((stage) => `${words.letters[stage]} ${words.legend[stage]}`).join(" · ");
