import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { darkSchemeCss } from "../../../src/taskpane/frame/darkSchemeCss";
import { renderFrames } from "../../../src/taskpane/frame/renderFrames";

const TAB_IDS = ["parameters", "ranking", "validation", "payments", "simulation", "share", "info"].map((key) => `id="h4a-tab-${key}"`);

describe("renderFrames: the pane's first render, for taskpane.html", () => {
  const frames = renderFrames();

  it("renders the Italian frame for #root and the English one inside a template", () => {
    expect(frames.italian.startsWith('<div data-h4a-frame="it">')).toBe(true);
    expect(frames.english.startsWith('<template id="h4a-frame-en"><div data-h4a-frame="en">')).toBe(true);
    for (const id of TAB_IDS) {
      expect(frames.italian).toContain(id);
      expect(frames.english).toContain(id);
    }
    expect(frames.italian).toContain("Premio di risultato");
    expect(frames.english).toContain("Result premium");
  });

  it("shows 'connecting' in the first tab, with no action to click", () => {
    expect(frames.italian).toContain('aria-selected="true"');
    expect(frames.italian).toContain("Connessione a Excel");
    expect(frames.english).toContain("Connecting to Excel");
    expect(frames.italian).not.toContain("<input");
  });

  it("carries the Fluent UI rules its classes need, and the dark scheme's colours", () => {
    expect(frames.styles).toContain("data-make-styles-bucket");
    expect(frames.styles).toContain(darkSchemeCss());
  });
});

describe("darkSchemeCss", () => {
  const css = darkSchemeCss();

  it("gives the frame the dark theme's colours when the system is dark", () => {
    expect(css.startsWith("@media (prefers-color-scheme: dark){")).toBe(true);
    expect(css).toContain(`--colorNeutralBackground1:${webDarkTheme.colorNeutralBackground1};`);
    expect(css).toContain(`body{background-color:${webDarkTheme.colorNeutralBackground1};`);
  });

  it("repeats no token the two themes share", () => {
    expect(webDarkTheme.fontSizeBase300).toBe(webLightTheme.fontSizeBase300);
    expect(css).not.toContain("--fontSizeBase300");
  });
});
