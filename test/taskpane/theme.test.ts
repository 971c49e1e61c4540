/**
 * @jest-environment jsdom
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, renderHook } from "@testing-library/react";
import { currentScheme, DARK_QUERY, fluentThemeOf, luminanceOf, schemeOf, useColourScheme, usePageColours } from "../../src/taskpane/theme";

/**
 * The pane's theme: Office's when Office gives one (dark when its body background is dark),
 * otherwise the system's colour scheme; followed when either changes while the pane is open,
 * the page behind the pane in the same colours.
 */

/** A stand-in for the system's `prefers-color-scheme: dark`, which the test can flip. */
function fakeSystemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    media: DARK_QUERY,
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = ((media: string) =>
    media === DARK_QUERY ? query : { ...query, media, matches: false }) as unknown as typeof window.matchMedia;
  return {
    listeners,
    set(nowDark: boolean) {
      query.matches = nowDark;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** A stand-in for office.js in a host that gives a theme and raises OfficeThemeChanged on the document. */
function fakeOffice(bodyBackgroundColor: string | null) {
  const handlers: ((args: unknown) => void)[] = [];
  const office = {
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      officeTheme: bodyBackgroundColor === null ? undefined : { bodyBackgroundColor },
      document: {
        addHandlerAsync: (type: string, handler: (args: unknown) => void, callback: (result: { status: string }) => void) => {
          if (type === "officeThemeChanged") handlers.push(handler);
          callback({ status: "succeeded" });
        },
        removeHandlerAsync: (_: string, options: { handler: (args: unknown) => void }) =>
          handlers.splice(handlers.indexOf(options.handler), 1),
      },
    },
  };
  (globalThis as Record<string, unknown>).Office = office;
  return { handlers, office };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("the theme's choice", () => {
  test("luminance: white is 1, black 0, a middle grey in between; no colour gives null", () => {
    expect(luminanceOf("#FFFFFF")).toBeCloseTo(1, 6);
    expect(luminanceOf("#000")).toBe(0);
    expect(luminanceOf("#666666")).toBeCloseTo(0.133, 3);
    expect(luminanceOf("")).toBeNull();
    expect(luminanceOf("white")).toBeNull();
  });

  test("an Office theme with a dark body background is dark, with a light one light, whatever the system says", () => {
    expect(schemeOf({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(schemeOf({ bodyBackgroundColor: "#444444" }, false)).toBe("dark");
    expect(schemeOf({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("light");
    expect(schemeOf({ bodyBackgroundColor: "#E6E6E6" }, true)).toBe("light");
    expect(fluentThemeOf(schemeOf({ bodyBackgroundColor: "#262626" }, false))).toBe(webDarkTheme);
    expect(fluentThemeOf(schemeOf({ bodyBackgroundColor: "#FFFFFF" }, true))).toBe(webLightTheme);
  });

  test("without an Office theme (or with no readable colour) the system's colour scheme decides", () => {
    expect(schemeOf(null, true)).toBe("dark");
    expect(schemeOf(undefined, false)).toBe("light");
    expect(schemeOf({ bodyBackgroundColor: "" }, true)).toBe("dark");
  });

  test("read from the page: Office's theme when office.js gives one, the media query otherwise", () => {
    fakeSystemScheme(true);
    expect(currentScheme()).toBe("dark");
    fakeOffice("#FFFFFF");
    expect(currentScheme()).toBe("light");
    fakeOffice(null);
    expect(currentScheme()).toBe("dark");
  });
});

describe("the theme while the pane is open", () => {
  const usePane = () => {
    const scheme = useColourScheme();
    usePageColours(scheme);
    return scheme;
  };

  test("outside Office it follows the system's colour scheme as it changes, and the page's background with it", () => {
    const system = fakeSystemScheme(false);
    const { result, unmount } = renderHook(usePane);
    expect(result.current).toBe("light");
    expect(document.body.style.backgroundColor).toBe(hexToRgb(webLightTheme.colorNeutralBackground1));
    act(() => system.set(true));
    expect(result.current).toBe("dark");
    expect(document.body.style.backgroundColor).toBe(hexToRgb(webDarkTheme.colorNeutralBackground1));
    expect(document.body.style.color).toBe(hexToRgb(webDarkTheme.colorNeutralForeground1));
    expect(document.documentElement.style.colorScheme).toBe("dark");
    unmount();
    expect(system.listeners.size).toBe(0);
  });

  test("in Office it follows OfficeThemeChanged, and stops listening when the pane closes", () => {
    fakeSystemScheme(false);
    const { handlers } = fakeOffice("#FFFFFF");
    const { result, unmount } = renderHook(usePane);
    expect(result.current).toBe("light");
    expect(handlers).toHaveLength(1);
    act(() => handlers[0]({ type: "officeThemeChanged", officeTheme: { bodyBackgroundColor: "#262626" } }));
    expect(result.current).toBe("dark");
    expect(document.body.style.backgroundColor).toBe(hexToRgb(webDarkTheme.colorNeutralBackground1));
    unmount();
    expect(handlers).toHaveLength(0);
  });

  test("a host that refuses OfficeThemeChanged leaves the pane on Office's theme as it opened", () => {
    fakeSystemScheme(true);
    const { office } = fakeOffice("#FFFFFF");
    office.context.document.addHandlerAsync = () => {
      throw new Error("Sys.ArgumentException: the event type is not supported");
    };
    const { result, unmount } = renderHook(usePane);
    expect(result.current).toBe("light");
    unmount();
  });
});

/** jsdom gives style colours back as rgb(). */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
