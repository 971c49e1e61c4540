/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { rememberTabChoice, takeTabChoice } from "../../../src/taskpane/frame/tabChoice";

// jsdom has no layout: Fluent's MessageBar watches its size with ResizeObserver, which does nothing here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

/** #root holding a frame with two tabs, as taskpane.html does before the pane's first render. */
function frameRoot(): HTMLElement {
  document.body.innerHTML =
    '<div id="root"><div data-h4a-frame="it"><div role="tablist">' +
    '<button role="tab" id="h4a-tab-parameters"><span>Parametri</span></button>' +
    '<button role="tab" id="h4a-tab-share"><span>Condividi</span></button>' +
    '</div><p id="elsewhere">Connessione a Excel…</p></div></div>';
  const root = document.getElementById("root")!;
  rememberTabChoice(root);
  return root;
}

describe("a tab clicked in the pre-rendered frame", () => {
  it("is remembered by its key (the last one clicked), and taken once", () => {
    const root = frameRoot();
    expect(takeTabChoice(root)).toBeNull();
    (document.querySelector("#h4a-tab-parameters span") as HTMLElement).click();
    document.getElementById("h4a-tab-share")!.click();
    expect(takeTabChoice(root)).toBe("share");
    expect(takeTabChoice(root)).toBeNull();
  });

  it("is not a click elsewhere in the frame", () => {
    const root = frameRoot();
    document.getElementById("elsewhere")!.click();
    expect(takeTabChoice(root)).toBeNull();
  });

  it("is the tab the pane opens once it has rendered; an unknown key opens nothing", async () => {
    for (const [choice, selectedTab] of [
      ["info", "h4a-tab-info"],
      ["nonsense", "h4a-tab-parameters"],
    ]) {
      const view = await act(async () =>
        render(
          <FluentProvider theme={webLightTheme}>
            <App language="it" actions={null} loadCatalog={async () => []} takeFrameChoice={() => choice} />
          </FluentProvider>,
        ),
      );
      expect(screen.getByRole("tab", { selected: true }).id).toBe(selectedTab);
      view.unmount();
    }
  });
});
