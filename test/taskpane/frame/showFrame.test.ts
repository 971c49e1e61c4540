/**
 * @jest-environment jsdom
 */
import { showFrame } from "../../../src/taskpane/frame/showFrame";

/** taskpane.html's body as the build writes it, with two short frames in place of the rendered ones. */
function pageWithFrames(): Document {
  document.documentElement.lang = "it";
  document.body.innerHTML =
    '<div id="root"><div data-h4a-frame="it"><h1>Premio di risultato</h1></div></div>' +
    '<template id="h4a-frame-en"><div data-h4a-frame="en"><h1>Result premium</h1></div></template>';
  return document;
}

const shownFrame = () => document.getElementById("root")!.innerHTML;

describe("showFrame: the pre-rendered frame in the pane's first language", () => {
  it("keeps the Italian frame for an Italian Office, and drops the English template", () => {
    showFrame(pageWithFrames(), "?_host_Info=Excel$Win32$16.01$it-IT$$$$0", "en-US");
    expect(shownFrame()).toBe('<div data-h4a-frame="it"><h1>Premio di risultato</h1></div>');
    expect(document.querySelector("template")).toBeNull();
    expect(document.documentElement.lang).toBe("it");
  });

  it("puts the English frame in the Italian one's place for an English Office", () => {
    showFrame(pageWithFrames(), "?_host_Info=Excel$Win32$16.01$en-GB$$$$0", "it-IT");
    expect(shownFrame()).toBe('<div data-h4a-frame="en"><h1>Result premium</h1></div>');
    expect(document.querySelectorAll("[data-h4a-frame]")).toHaveLength(1);
    expect(document.querySelector("template")).toBeNull();
    expect(document.documentElement.lang).toBe("en");
  });

  it("takes the browser's language outside Office (no locale in the address)", () => {
    showFrame(pageWithFrames(), "", "en-US");
    expect(shownFrame()).toContain("Result premium");
    showFrame(pageWithFrames(), "", "fr-FR");
    expect(shownFrame()).toContain("Premio di risultato");
  });

  it("leaves a page without frames as it is", () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(() => showFrame(document, "", "en-US")).not.toThrow();
    expect(shownFrame()).toBe("");
    expect(document.documentElement.lang).toBe("en");
  });
});
