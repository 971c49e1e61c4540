import type { Lang } from "../../engine/cells/lang";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Commitments } from "../../engine/commitments/commitments";
import { formatEuro } from "../../engine/cells/format";
import { CHART_STYLES, FORCED } from "../common/chartStyles";
import { chartLayout, FONT_SIZE, type Series } from "./commitmentsChart";
import type { LedgerStrings } from "./ledgerStrings";

/**
 * The commitments as an SVG bar chart, readable without colour: paid is solid, due hatched,
 * planned dotted, the maximum a dashed outline and the cap a thick dashed line with its amount;
 * the legend says which is which. Colours are Fluent tokens through currentColor; in forced
 * colours (Windows high contrast) everything is drawn in the system's text colour, the patterns
 * telling the series apart. The title and description say it in words; the table gives every
 * amount.
 */

const useStyles = makeStyles({
  ...CHART_STYLES,
  swatch: { flexShrink: 0, color: tokens.colorNeutralForeground1, [FORCED]: { forcedColorAdjust: "none", color: "CanvasText" } },
  paid: { color: tokens.colorBrandForeground1, [FORCED]: { color: "CanvasText" } },
  due: { color: tokens.colorPaletteDarkOrangeForeground1, [FORCED]: { color: "CanvasText" } },
  planned: { color: tokens.colorPaletteGreenForeground1, [FORCED]: { color: "CanvasText" } },
  maximum: { color: tokens.colorNeutralForeground2, [FORCED]: { color: "CanvasText" } },
  cap: { color: tokens.colorPaletteRedForeground1, [FORCED]: { color: "CanvasText" } },
  grid: { stroke: tokens.colorNeutralStroke2, [FORCED]: { stroke: "GrayText" } },
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  legendItem: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

type Styles = ReturnType<typeof useStyles>;
/** The ids of the patterns of the series that have one (paid is solid). */
type PatternIds = Record<Exclude<Series, "paid">, string>;

/** How a series is filled: solid, or its pattern. */
const fillOf = (series: Series, ids: PatternIds): string => (series === "paid" ? "currentColor" : `url(#${ids[series]})`);

function Patterns({ ids, styles }: { ids: PatternIds; styles: Styles }) {
  return (
    <defs>
      <pattern id={ids.due} className={styles.due} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={5} height={5} fill="none" />
        <line x1={0} y1={0} x2={0} y2={5} stroke="currentColor" strokeWidth={2.2} />
      </pattern>
      <pattern id={ids.planned} className={styles.planned} width={4} height={4} patternUnits="userSpaceOnUse">
        <circle cx={2} cy={2} r={1.1} fill="currentColor" />
      </pattern>
    </defs>
  );
}

export function CommitmentsChart({
  commitments,
  strings: s,
  language,
}: {
  commitments: Commitments;
  strings: LedgerStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const id = useId().replace(/:/g, "");
  const ids: PatternIds = { due: `${id}-due`, planned: `${id}-planned` };
  const euro = (n: number) => formatEuro(n, language);
  const layout = chartLayout(commitments, euro);
  const { plot } = layout;
  const names: Record<Series, string> = { paid: s.paid, due: s.due, planned: s.planned };
  const description = s.chartDescription(
    layout.bars.map((bar) => `${bar.label} ${euro(bar.cumulative.paid + bar.cumulative.due + bar.cumulative.planned)}`).join("; "),
    euro(commitments.totals.paid + commitments.totals.due + commitments.totals.planned),
    euro(commitments.totals.maximum),
  );
  const capLabel = layout.cap === null ? null : s.chartCap(euro(layout.cap.value));

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="commitments-chart"
      >
        <title id={`${id}-title`}>{s.chartTitle}</title>
        <desc id={`${id}-desc`}>
          {description}
          {capLabel === null ? "" : ` ${capLabel}.`}
        </desc>
        <Patterns ids={ids} styles={styles} />

        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} y1={tick.y} x2={plot.right} y2={tick.y} className={styles.grid} strokeWidth={tick.value === 0 ? 0 : 0.5} />
            <text x={plot.left - 4} y={tick.y + 3} fontSize={FONT_SIZE} textAnchor="end" fill="currentColor">
              {tick.label}
            </text>
          </g>
        ))}

        {layout.bars.map((bar) => (
          <g key={bar.label} data-year={bar.label}>
            <rect
              className={styles.maximum}
              x={bar.maximum.x}
              y={bar.maximum.y}
              width={bar.maximum.width}
              height={bar.maximum.height}
              fill="none"
              stroke="currentColor"
              strokeWidth={1}
              strokeDasharray="3 2"
              data-series="maximum"
            />
            {bar.segments.map((segment) => (
              <rect
                key={segment.series}
                className={styles[segment.series]}
                x={bar.x - bar.width / 2}
                y={segment.y}
                width={bar.width}
                height={segment.height}
                fill={fillOf(segment.series, ids)}
                stroke="currentColor"
                strokeWidth={1}
                data-series={segment.series}
              />
            ))}
            {bar.labelled ? (
              <text x={bar.x} y={plot.bottom + 13} fontSize={FONT_SIZE} textAnchor="middle" fill="currentColor">
                {bar.label}
              </text>
            ) : null}
          </g>
        ))}

        <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke="currentColor" strokeWidth={1} />
        <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} stroke="currentColor" strokeWidth={1} />

        {layout.cap !== null && capLabel !== null ? (
          <g className={styles.cap} data-testid="commitments-cap">
            <line
              x1={plot.left}
              y1={layout.cap.y}
              x2={plot.right}
              y2={layout.cap.y}
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray="8 4"
            />
            <text
              x={plot.right}
              y={layout.cap.y - 4}
              fontSize={FONT_SIZE}
              fontWeight={600}
              textAnchor="end"
              fill="currentColor"
              className={styles.halo}
            >
              {capLabel}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label={s.chartTitle}>
          {(["paid", "due", "planned"] as const).map((series) => (
            <li key={series} className={styles.legendItem}>
              <svg className={styles.swatch} width={16} height={12} aria-hidden="true">
                <rect className={styles[series]} x={0.5} y={0.5} width={15} height={11} fill={fillOf(series, ids)} stroke="currentColor" />
              </svg>
              {names[series]}
            </li>
          ))}
          <li className={styles.legendItem}>
            <svg className={styles.swatch} width={16} height={12} aria-hidden="true">
              <rect
                className={styles.maximum}
                x={0.5}
                y={0.5}
                width={15}
                height={11}
                fill="none"
                stroke="currentColor"
                strokeDasharray="3 2"
              />
            </svg>
            {s.maximum}
          </li>
          {capLabel !== null ? (
            <li className={styles.legendItem}>
              <svg className={styles.swatch} width={16} height={12} aria-hidden="true">
                <line className={styles.cap} x1={0} y1={6} x2={16} y2={6} stroke="currentColor" strokeWidth={2} strokeDasharray="5 3" />
              </svg>
              {capLabel}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
