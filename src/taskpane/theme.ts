import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/**
 * The pane's Fluent theme: Office's theme when Office gives one (Excel's Black and Dark Gray are
 * dark), otherwise the system's colour scheme; followed while the pane is open.
 *
 * In forced colours (Windows high contrast) the pane keeps webLightTheme / webDarkTheme, chosen
 * the same way, rather than teamsHighContrastTheme: the browser replaces the theme's colours
 * with the user's system colours anyway, Fluent's components carry their own forced-colors
 * rules, and the charts draw in system colours. teamsHighContrastTheme hard-codes Teams' black,
 * white and yellow, which would clash with a light high-contrast theme wherever colours are not
 * forced (forced-color-adjust: none).
 */

export type ColourScheme = "light" | "dark";

/** The slice of Office.OfficeTheme the choice reads. */
export type OfficeThemeColours = Pick<Office.OfficeTheme, "bodyBackgroundColor">;

export const DARK_QUERY = "(prefers-color-scheme: dark)";

/** WCAG's relative luminance of "#rgb" or "#rrggbb", or null for anything else. */
export function luminanceOf(colour: string): number | null {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Below this luminance white text contrasts more than black: the background is dark. */
const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

/** Office's theme's scheme, or null when Office gives no theme (a browser) or no readable colour. */
export function schemeOfOffice(officeTheme: OfficeThemeColours | null | undefined): ColourScheme | null {
  const luminance = officeTheme ? luminanceOf(officeTheme.bodyBackgroundColor ?? "") : null;
  return luminance === null ? null : luminance < DARK_BELOW ? "dark" : "light";
}

export function schemeOf(officeTheme: OfficeThemeColours | null | undefined, systemPrefersDark: boolean): ColourScheme {
  return schemeOfOffice(officeTheme) ?? (systemPrefersDark ? "dark" : "light");
}

export const fluentThemeOf = (scheme: ColourScheme): Theme => (scheme === "dark" ? webDarkTheme : webLightTheme);

const darkQuery = (): MediaQueryList | null => (typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null);

/** Office's theme as the host gives it now; none outside Office. */
function currentOfficeTheme(): OfficeThemeColours | null {
  if (typeof Office === "undefined") return null;
  return Office.context?.officeTheme ?? null;
}

/**
 * Calls `onChange` with Office's new theme when it changes. Office.EventType.OfficeThemeChanged
 * is documented for Outlook's mailbox (Mailbox 1.14); Excel's office.js knows it on the document
 * too, and a host that does not raise it refuses the handler, when the media query alone is followed.
 */
function followOfficeTheme(onChange: (theme: OfficeThemeColours | null) => void): () => void {
  if (typeof Office === "undefined") return () => undefined;
  const eventType = Office.EventType?.OfficeThemeChanged;
  const document = Office.context?.document;
  if (eventType === undefined || typeof document?.addHandlerAsync !== "function") return () => undefined;
  const handler = (args?: unknown) =>
    onChange((args as Partial<Office.OfficeThemeChangedEventArgs> | undefined)?.officeTheme ?? currentOfficeTheme());
  let added = false;
  try {
    document.addHandlerAsync(eventType, handler, (result) => {
      added = result.status === Office.AsyncResultStatus.Succeeded;
    });
  } catch {
    return () => undefined;
  }
  return () => {
    if (added) document.removeHandlerAsync(eventType, { handler });
  };
}

/** The scheme now: Office's theme, else the system's. */
export const currentScheme = (): ColourScheme => schemeOf(currentOfficeTheme(), darkQuery()?.matches ?? false);

/**
 * The pane's scheme, updated when Office's theme or the system's colour scheme changes. Office's
 * theme is known once Office.js is ready (`officeReady`): the pane shown before is in the system's.
 */
export function useColourScheme(officeReady = true): ColourScheme {
  const [scheme, setScheme] = useState<ColourScheme>(currentScheme);
  const [readSince, setReadSince] = useState(officeReady);
  if (readSince !== officeReady) {
    setReadSince(officeReady);
    setScheme(currentScheme());
  }
  useEffect(() => {
    const query = darkQuery();
    const onSystemChange = () => setScheme(currentScheme());
    query?.addEventListener("change", onSystemChange);
    const stopOffice = followOfficeTheme((theme) => setScheme(schemeOf(theme, query?.matches ?? false)));
    return () => {
      query?.removeEventListener("change", onSystemChange);
      stopOffice();
    };
  }, [officeReady]);
  return scheme;
}

/** The page behind the pane follows the theme too: no white band below or beside it in dark mode. */
export function usePageColours(scheme: ColourScheme): void {
  useEffect(() => {
    const theme = fluentThemeOf(scheme);
    document.documentElement.style.colorScheme = scheme;
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.color = theme.colorNeutralForeground1;
  }, [scheme]);
}
