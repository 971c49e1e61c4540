import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { FRAME_ATTRIBUTE } from "./frameIds";

/**
 * The pre-rendered frame is drawn in the light theme; in a system set to dark, these rules give it
 * the dark theme's colours (the tokens that differ) until the pane's first render takes over with
 * the scheme it follows (theme.ts), so the pane never flashes white.
 */
export function darkSchemeCss(): string {
  const light = webLightTheme as unknown as Record<string, string | number>;
  const dark = webDarkTheme as unknown as Record<string, string | number>;
  const tokens = Object.keys(dark)
    .filter((token) => dark[token] !== light[token])
    .map((token) => `--${token}:${dark[token]};`)
    .join("");
  return (
    "@media (prefers-color-scheme: dark){" +
    `:root{color-scheme:dark}body{background-color:${webDarkTheme.colorNeutralBackground1};color:${webDarkTheme.colorNeutralForeground1}}` +
    `[${FRAME_ATTRIBUTE}]>.fui-FluentProvider{${tokens}}}`
  );
}
