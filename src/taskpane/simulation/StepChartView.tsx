import type { Lang } from "../../engine/cells/lang";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatEuro } from "../../engine/cells/format";
import type { StepChart } from "../../engine/simulation/stepChart";
import type { TierLevel } from "../../engine/payments/tier";
import type { SimulationStrings } from "./simulationStrings";
import { CHART_STYLES, FORCED } from "../common/chartStyles";
import { percent } from "./controls";

/**
 * The year-3 balance against the families with housing stability, in plain SVG, readable without
 * colour: each count is a marker whose shape says its tier (■ full, ▲ partial, ○ below), each step
 * is labelled with its share, the thresholds are dashed lines labelled with their count, and the
 * simulation's count is a solid line. The title and description say all of it in words.
 * Colours are Fluent tokens; in forced colours (Windows high contrast) the system's: text and
 * axes CanvasText, the steps Highlight, the grid GrayText.
 */

const WIDTH = 320;
const HEIGHT = 232;
const LEFT = 58;
const RIGHT = 14;
/** Three rows of labels above the plot: the partial threshold, the full threshold, the simulation's count. */
const TOP = 50;
const LABEL_ROWS = [11, 24, 40];
const BOTTOM = 44;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

const useStyles = makeStyles({
  ...CHART_STYLES,
  /** The steps and their markers. */
  step: { color: tokens.colorBrandForeground1, [FORCED]: { color: "Highlight" } },
  faint: { stroke: tokens.colorNeutralStroke1, [FORCED]: { stroke: "GrayText" } },
  hollow: { fill: tokens.colorNeutralBackground1, [FORCED]: { fill: "Canvas" } },
});

const ink = { stroke: "currentColor" };

function Marker({ level, x, y }: { level: TierLevel; x: number; y: number }) {
  const styles = useStyles();
  if (level === "full")
    return <rect className={styles.step} x={x - 3.5} y={y - 3.5} width={7} height={7} style={{ fill: "currentColor" }} data-level="full" />;
  if (level === "partial")
    return (
      <path
        className={styles.step}
        d={`M ${x} ${y - 4.5} L ${x + 4.5} ${y + 3.5} L ${x - 4.5} ${y + 3.5} Z`}
        style={{ fill: "currentColor" }}
        data-level="partial"
      />
    );
  return (
    <circle
      className={mergeClasses(styles.step, styles.hollow)}
      cx={x}
      cy={y}
      r={3.5}
      style={{ stroke: "currentColor", strokeWidth: 1.5 }}
      data-level="below"
    />
  );
}

export function StepChartView({ chart, strings, language }: { chart: StepChart; strings: SimulationStrings; language: Lang }) {
  const styles = useStyles();
  const id = useId();
  const n = chart.families;
  const top = chart.maxAmount > 0 ? chart.maxAmount : 1;
  const x = (k: number): number => LEFT + (n === 0 ? PLOT_W / 2 : (k / n) * PLOT_W);
  const y = (amount: number): number => TOP + PLOT_H - (amount / top) * PLOT_H;
  const euro = (amount: number): string => formatEuro(amount, language);
  const levelWords = (level: TierLevel, factor: number): string => `${strings.levels[level]}, ${percent(factor, language)}`;

  const path = chart.points
    .map((p, i) => {
      const next = chart.points[i + 1];
      const here = `${i === 0 ? "M" : "L"} ${x(p.stability)} ${y(p.amount)}`;
      return next === undefined ? here : `${here} L ${x(next.stability)} ${y(p.amount)}`;
    })
    .join(" ");

  const amounts = [...new Set([0, ...chart.steps.map((s) => s.amount)])].sort((a, b) => a - b);
  const yTicks = amounts.filter((amount, i) => i === 0 || y(amounts[i - 1]) - y(amount) >= 11);
  const xLabelled =
    n <= 15 ? chart.points.map((p) => p.stability) : [...new Set([0, n, chart.current, ...chart.thresholds.map((t) => t.families ?? 0)])];

  const thresholdText = (t: StepChart["thresholds"][number]): string =>
    strings.chartThreshold(t.strict ? ">" : "≥", percent(t.threshold, language), t.families);
  const description = [
    chart.steps.map((s) => strings.chartStep(s.from, s.to, euro(s.amount), levelWords(s.level, s.factor))).join("; "),
    strings.chartNow(chart.current),
    chart.thresholds.map(thresholdText).join("; "),
  ].join(". ");

  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="step-chart"
    >
      <title id={`${id}-title`}>{strings.chartTitle(chart.cohort)}</title>
      <desc id={`${id}-desc`}>{description}.</desc>

      {/* Axes and the y ticks (the amounts of the steps). */}
      <line x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + PLOT_H} style={ink} />
      <line x1={LEFT} y1={TOP + PLOT_H} x2={LEFT + PLOT_W} y2={TOP + PLOT_H} style={ink} />
      {yTicks.map((amount) => (
        <g key={`y-${amount}`}>
          <line
            x1={LEFT - 3}
            y1={y(amount)}
            x2={LEFT + PLOT_W}
            y2={y(amount)}
            className={styles.faint}
            style={{ strokeWidth: amount === 0 ? 0 : 0.5 }}
          />
          <text x={LEFT - 5} y={y(amount) + 3} fontSize={8.5} textAnchor="end" fill="currentColor">
            {euro(amount)}
          </text>
        </g>
      ))}
      {xLabelled.map((k) => (
        <g key={`x-${k}`}>
          <line x1={x(k)} y1={TOP + PLOT_H} x2={x(k)} y2={TOP + PLOT_H + 3} style={ink} />
          <text x={x(k)} y={TOP + PLOT_H + 12} fontSize={8.5} textAnchor="middle" fill="currentColor">
            {k}
          </text>
        </g>
      ))}
      <text x={LEFT + PLOT_W / 2} y={HEIGHT - 6} fontSize={9} textAnchor="middle" fill="currentColor">
        {strings.chartAxisX(n)}
      </text>

      {/* The thresholds: dashed verticals, labelled with the count that passes them. */}
      {chart.thresholds.map((t, i) =>
        t.families === null ? (
          <text
            key={t.level}
            x={LEFT + PLOT_W}
            y={LABEL_ROWS[i]}
            fontSize={9}
            textAnchor="end"
            fill="currentColor"
            data-threshold={t.level}
            className={styles.halo}
          >
            {thresholdText(t)}
          </text>
        ) : (
          <g key={t.level} data-threshold={t.level}>
            <line
              x1={x(t.families)}
              y1={LABEL_ROWS[i] + 3}
              x2={x(t.families)}
              y2={TOP + PLOT_H}
              style={{ ...ink, strokeWidth: 1, strokeDasharray: t.level === "full" ? "2 2" : "6 3" }}
            />
            <text
              x={x(t.families)}
              y={LABEL_ROWS[i]}
              fontSize={9}
              className={styles.halo}
              textAnchor={x(t.families) > LEFT + PLOT_W * 0.7 ? "end" : "middle"}
              fill="currentColor"
            >
              {thresholdText(t)}
            </text>
          </g>
        ),
      )}

      {/* The simulation's count: a solid vertical and a ring. */}
      <line
        x1={x(chart.current)}
        y1={LABEL_ROWS[2] + 3}
        x2={x(chart.current)}
        y2={TOP + PLOT_H}
        style={{ ...ink, strokeWidth: 1.5, opacity: 0.45 }}
      />

      <path d={path} className={styles.step} style={{ ...ink, fill: "none", strokeWidth: 1.5 }} data-testid="step-line" />
      {/* Each step's share, above its line (below it for the highest step, to stay inside the plot). */}
      {chart.steps.map((s) => (
        <text
          key={`level-${s.from}`}
          x={(x(s.from) + x(s.to)) / 2}
          y={s.amount === chart.maxAmount && s.amount > 0 ? y(s.amount) + 14 : y(s.amount) - 7}
          fontSize={9}
          textAnchor="middle"
          fill="currentColor"
          fontWeight={600}
          className={styles.halo}
        >
          {percent(s.factor, language)}
        </text>
      ))}
      {chart.points.map((p) => (
        <Marker key={p.stability} level={p.level} x={x(p.stability)} y={y(p.amount)} />
      ))}
      {chart.points
        .filter((p) => p.stability === chart.current)
        .map((p) => (
          <g key="current" data-testid="step-current">
            <circle cx={x(p.stability)} cy={y(p.amount)} r={7} style={{ ...ink, fill: "none", strokeWidth: 1.5 }} />
            <text
              x={x(p.stability)}
              y={LABEL_ROWS[2]}
              fontSize={9}
              fontWeight={600}
              className={styles.halo}
              textAnchor={x(p.stability) > LEFT + PLOT_W * 0.7 ? "end" : "middle"}
              fill="currentColor"
            >
              {strings.chartNow(p.stability)}
            </text>
          </g>
        ))}
    </svg>
  );
}
