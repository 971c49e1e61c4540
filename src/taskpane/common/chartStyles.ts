import { tokens } from "@fluentui/react-components";

/** The media query of forced colours (Windows high contrast), where charts draw in the system's colours. */
export const FORCED = "@media (forced-colors: active)";

/** The styles the pane's SVG charts share: the drawing itself, and the halo that keeps labels readable. */
export const CHART_STYLES = {
  svg: {
    width: "100%",
    maxWidth: "480px",
    height: "auto",
    display: "block",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    [FORCED]: { forcedColorAdjust: "none", color: "CanvasText" },
  },
  /** Labels keep a halo of the background, so that a line crossing them never hides a letter. */
  halo: {
    paintOrder: "stroke",
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "3px",
    strokeLinejoin: "round",
    [FORCED]: { stroke: "Canvas" },
  },
} as const;
