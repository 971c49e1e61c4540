import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { Lang } from "../../engine/cells/lang";
import { App } from "../App";
import { darkSchemeCss } from "./darkSchemeCss";
import { ENGLISH_FRAME_ID, FRAME_ATTRIBUTE } from "./frameIds";

/** What taskpane.html carries so that the pane's frame shows before any script runs. */
export interface PaneFrames {
  /** For <head>: the frame's Fluent UI (Griffel) rules and the dark scheme's colours. */
  styles: string;
  /** For #root: the Italian frame, the one shown unless showFrame.ts picks English. */
  italian: string;
  /** For a <template> after #root: the English frame, inert until showFrame.ts puts it in the Italian one's place. */
  english: string;
}

const notLoadedAtBuildTime = () => new Promise<never>(() => undefined);

/**
 * The pane's first render (the header, the tabs, and "connecting" in the first tab), rendered
 * once at build time into taskpane.html (webpack.config.js): the browser draws it as soon as it
 * has parsed the page, before office.js and the pane's scripts have run, and the pane's own first
 * render (index.tsx, in the same light or dark theme) replaces it with the same pixels.
 */
export function renderFrames(): PaneFrames {
  const renderer = createDOMRenderer();
  const frame = (language: Lang) =>
    renderToStaticMarkup(
      <RendererProvider renderer={renderer}>
        <SSRProvider>
          <FluentProvider theme={webLightTheme}>
            <App language={language} actions={null} connecting loadCatalog={notLoadedAtBuildTime} />
          </FluentProvider>
        </SSRProvider>
      </RendererProvider>,
    );
  const italian = frame("it");
  const english = frame("en");
  const rules = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return {
    styles: `${rules}<style>${darkSchemeCss()}</style>`,
    italian: `<div ${FRAME_ATTRIBUTE}="it">${italian}</div>`,
    english: `<template id="${ENGLISH_FRAME_ID}"><div ${FRAME_ATTRIBUTE}="en">${english}</div></template>`,
  };
}
