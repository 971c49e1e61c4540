import path from "path";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { ARTIFACTS, type OpenPane, paneSuite, screenshot } from "./harness";
import { beneficiarySeed } from "./sampleWorkbook";

/**
 * The pane in a dark system theme and in Windows' high contrast black (forced colours), in the
 * PRODUCTION build, in headless Chromium, 320 px wide: dark is dark everywhere, text light; in
 * high contrast the charts' labels stand out from the background, their bars, hatches and steps
 * are drawn, as the screenshots show pixel by pixel.
 */

jest.setTimeout(240_000);

const suite = paneSuite();
const VIEWPORT = { width: 320, height: 900 };

/** WCAG's contrast ratio of two "rgb(r, g, b)" / [r, g, b] colours, and a colour's relative luminance. */
type Rgb = [number, number, number];
const rgbOf = (css: string): Rgb => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as Rgb;
const luminance = ([r, g, b]: Rgb): number => {
  const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: Rgb, b: Rgb): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** The pane on §9's workbook with the agreement saved: premium 6,000 €, in programme year `year`. */
async function openWithAgreement(year: number, options: { forcedColors?: "active" }): Promise<OpenPane> {
  const pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })], viewport: VIEWPORT, colorScheme: "dark", ...options });
  const page = pane.page;
  await page.getByRole("tab", { name: "Parametri" }).waitFor();
  await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
  await page.getByRole("textbox", { name: /Anno corrente/ }).fill(String(year));
  await page.getByRole("button", { name: /^Salva.*H4A_Parametri/ }).click();
  await page.getByText(/salvat.*H4A_Parametri/).waitFor();
  return pane;
}

/** A region of an element's screenshot, in CSS pixels from the element's top left corner. */
interface Area {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The areas of `selector`'s matches inside `element`, named by `name`. */
const areasOf = (element: Locator, selector: string, name: string): Promise<Area[]> =>
  element.evaluate(
    (root, { selector, name }) => {
      const origin = root.getBoundingClientRect();
      return [...root.querySelectorAll(selector)].map((e) => {
        const r = e.getBoundingClientRect();
        return { name, x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height };
      });
    },
    { selector, name },
  );

interface Reading {
  /** The screenshot's commonest colour. */
  background: Rgb;
  /** Per area: how many pixels differ clearly from the background, of how many, and the one that differs most. */
  areas: { name: string; inked: number; pixels: number; farthest: Rgb }[];
}

/** An element's screenshot, saved into test-artifacts/. */
const shoot = (element: Locator, file: string): Promise<Buffer> =>
  element.screenshot({ path: path.join(ARTIFACTS, file), animations: "disabled" });

/**
 * A screenshot read back as a user's eyes would: the PNG is decoded by the page (drawn into a
 * canvas), the background is its commonest colour, and each area's pixels are compared with it.
 */
function readScreenshot(page: Page, png: Buffer, areas: Area[]): Promise<Reading> {
  return page.evaluate(
    async ({ base64, areas }) => {
      // Decoded from its bytes: the pane's policy (img-src 'self') refuses a data: URL.
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const commonest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const background: [number, number, number] = [(commonest >> 16) & 255, (commonest >> 8) & 255, commonest & 255];
      const distance = (i: number) => Math.max(...[0, 1, 2].map((c) => Math.abs(data[i + c] - background[c])));
      return {
        background,
        areas: areas.map((area) => {
          let inked = 0;
          let pixels = 0;
          let farthest = -1;
          let farthestAt = 0;
          // The pixels wholly inside the area: its edges' anti-aliased pixels are neither in nor out.
          for (let y = Math.max(0, Math.ceil(area.y)); y < Math.min(image.height, Math.floor(area.y + area.height)); y++) {
            for (let x = Math.max(0, Math.ceil(area.x)); x < Math.min(image.width, Math.floor(area.x + area.width)); x++) {
              const i = (y * image.width + x) * 4;
              const d = distance(i);
              pixels++;
              if (d > 96) inked++;
              if (d > farthest) [farthest, farthestAt] = [d, i];
            }
          }
          return {
            name: area.name,
            inked,
            pixels,
            farthest: [data[farthestAt], data[farthestAt + 1], data[farthestAt + 2]] as [number, number, number],
          };
        }),
      };
    },
    { base64: png.toString("base64"), areas },
  );
}

/** The page's and the pane's background and the text's colour, as computed. */
const paneColours = (page: Page, textOf: Locator) =>
  Promise.all([
    page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      pane: getComputedStyle(document.querySelector("#root > div") as Element).backgroundColor,
      bodyText: getComputedStyle(document.body).color,
    })),
    textOf.evaluate((element) => getComputedStyle(element).color),
  ]).then(([page, text]) => ({ ...page, text }));

describe("a dark system theme at 320 px", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openWithAgreement(4, {});
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  /** The whole page's screenshot, with its last row (below everything the pane shows) as an area. */
  async function pageReading(file: string): Promise<Reading> {
    const png = await screenshot(page, file, true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    return readScreenshot(page, png, [{ name: "bottom row", x: 0, y: height - 1, width: VIEWPORT.width, height: 1 }]);
  }

  test("Parametri: the pane and the page behind it are dark, the text light", async () => {
    const colours = await paneColours(page, page.getByText("Premio per famiglia").first());
    for (const background of [colours.body, colours.pane]) expect(luminance(rgbOf(background))).toBeLessThan(0.05);
    expect(luminance(rgbOf(colours.bodyText))).toBeGreaterThan(0.8);
    expect(contrast(rgbOf(colours.text), rgbOf(colours.pane))).toBeGreaterThanOrEqual(7);

    const reading = await pageReading("theme-1-scuro-parametri.png");
    expect(luminance(reading.background)).toBeLessThan(0.05);
    expect(reading.areas[0].inked).toBe(0);
  });

  test("Simulazione: the chart's labels and lines are light on the dark pane, and axe finds no contrast to fault", async () => {
    await page.getByRole("tab", { name: "Simulazione" }).click();
    const chart = page.getByTestId("step-chart");
    await chart.waitFor();
    const colours = await paneColours(page, page.getByRole("heading", { name: "Saldo del terzo anno e famiglie con stabilità" }));
    expect(luminance(rgbOf(colours.pane))).toBeLessThan(0.05);
    expect(contrast(rgbOf(colours.text), rgbOf(colours.pane))).toBeGreaterThanOrEqual(7);
    const label = await chart
      .locator("text")
      .first()
      .evaluate((element) => getComputedStyle(element).fill);
    expect(contrast(rgbOf(label), rgbOf(colours.pane))).toBeGreaterThanOrEqual(7);
    await chart.scrollIntoViewIfNeeded();
    const drawn = await readScreenshot(page, await shoot(chart, "theme-3-scuro-grafico.png"), await areasOf(chart, "text", "label"));
    expect(luminance(drawn.background)).toBeLessThan(0.05);
    for (const text of drawn.areas) expect(contrast(text.farthest, drawn.background)).toBeGreaterThanOrEqual(4.5);

    const reading = await pageReading("theme-2-scuro-simulazione.png");
    expect(luminance(reading.background)).toBeLessThan(0.05);
    expect(reading.areas[0].inked).toBe(0);
    // axe-core's colour-contrast rule among them: every text on the dark theme reads.
    expect(await seriousViolations(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});

describe("Windows high contrast black (forced colours) at 320 px", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    // In year 3 cohort 2's outcomes are still to come: the pane shows its tier odds.
    pane = await openWithAgreement(3, { forcedColors: "active" });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  /** Text pixels at least this far (WCAG contrast) from the background: system colours, not a dark grey on black. */
  const CLEARLY = 4.5;

  test("Simulazione's step chart: labels in the system's text colour, the steps and their markers drawn", async () => {
    await page.getByRole("tab", { name: "Simulazione" }).click();
    const chart = page.getByTestId("step-chart");
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    const areas = [...(await areasOf(chart, "text", "label")), ...(await areasOf(chart, "[data-level]", "marker"))];
    const reading = await readScreenshot(page, await shoot(chart, "theme-4-contrasto-grafico-simulazione.png"), areas);

    expect(luminance(reading.background)).toBeLessThan(0.05);
    const labels = reading.areas.filter((a) => a.name === "label");
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      expect(label.inked).toBeGreaterThan(0);
      expect(contrast(label.farthest, reading.background)).toBeGreaterThanOrEqual(CLEARLY);
    }
    const markers = reading.areas.filter((a) => a.name === "marker");
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) expect(marker.inked / marker.pixels).toBeGreaterThan(0.25);
  });

  test("Simulazione's tier odds in year 3: full, partial and below told apart by solid, stripes and dots", async () => {
    await page.getByRole("tab", { name: "Simulazione" }).click();
    const bars = page.getByTestId("odds-2-bars");
    await bars.waitFor();
    // A stability of 65 % per family leaves cohort 2's tier open: all three tiers have odds worth a bar.
    const stability = page.getByRole("slider", { name: "Stabilità · Coorte 2" });
    await stability.focus();
    await stability.press("Home");
    for (let i = 0; i < 65; i++) await stability.press("ArrowRight");
    // The odds follow the slider a step behind: wait until the least likely tier has a bar to read.
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="odds-2-below"] [aria-hidden="true"] > div')?.getBoundingClientRect().width ?? 0) >= 8,
    );
    await bars.scrollIntoViewIfNeeded();
    const fills = (
      await Promise.all(
        (["full", "partial", "below"] as const).map((level) =>
          areasOf(bars, `[data-testid="odds-2-${level}"] [aria-hidden="true"] > div`, level),
        ),
      )
    ).flat();
    const reading = await readScreenshot(
      page,
      await shoot(bars, "theme-5-contrasto-probabilita.png"),
      fills.filter((f) => f.width >= 6),
    );
    const share = Object.fromEntries(reading.areas.map((a) => [a.name, a.inked / a.pixels]));
    // Solid, striped, dotted: how much of each bar is inked tells them apart, none left blank.
    expect(share.full).toBeGreaterThan(0.9);
    expect(share.partial).toBeGreaterThan(0.2);
    expect(share.partial).toBeLessThan(0.7);
    expect(share.below).toBeGreaterThan(0.03);
    expect(share.below).toBeLessThan(0.6);
  });

  test("Simulazione's expected payments: every bar is filled, at least 3:1 against the background", async () => {
    const bars = page.getByTestId("odds-years");
    await bars.waitFor();
    await bars.scrollIntoViewIfNeeded();
    const fills = await areasOf(bars, '[aria-hidden="true"] > div', "fill");
    const reading = await readScreenshot(
      page,
      await shoot(bars, "theme-6-contrasto-pagamenti-attesi.png"),
      fills.filter((f) => f.width >= 2),
    );
    expect(reading.areas.length).toBeGreaterThan(0);
    for (const fill of reading.areas) {
      expect(fill.inked / fill.pixels).toBeGreaterThan(0.9);
      // WCAG 1.4.11: a graphic's parts at least 3:1 against their background.
      expect(contrast(fill.farthest, reading.background)).toBeGreaterThanOrEqual(3);
    }
  });

  test("Pagamenti's commitments chart: labels stand out, the hatched bars are drawn", async () => {
    await page.getByRole("tab", { name: "Pagamenti" }).click();
    const chart = page.getByTestId("commitments-chart");
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    const areas = [
      ...(await areasOf(chart, "text", "label")),
      ...(await areasOf(chart, "rect[data-series]:not([data-series=maximum])", "bar")),
    ];
    const reading = await readScreenshot(page, await shoot(chart, "theme-7-contrasto-impegni.png"), areas);

    expect(luminance(reading.background)).toBeLessThan(0.05);
    const labels = reading.areas.filter((a) => a.name === "label");
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(contrast(label.farthest, reading.background)).toBeGreaterThanOrEqual(CLEARLY);
    const bars = reading.areas.filter((a) => a.name === "bar" && a.pixels > 20);
    expect(bars.length).toBeGreaterThan(0);
    // A hatched or dotted bar is partly inked, never left blank.
    for (const bar of bars) expect(bar.inked / bar.pixels).toBeGreaterThan(0.2);
  });

  test("Verifica's flow chart: services, counts and letters stand out, every column is drawn", async () => {
    await page.getByRole("tab", { name: "Verifica" }).click();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    const chart = page.getByTestId("flow-chart");
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    // A column is read a pixel in from its edges: the screenshot starts at a whole pixel, the chart need not.
    const insides = (await areasOf(chart, "rect", "bar")).map((bar) => ({
      ...bar,
      x: bar.x + 1,
      y: bar.y + 1,
      width: bar.width - 2,
      height: bar.height - 2,
    }));
    const areas = [...(await areasOf(chart, "text", "label")), ...insides];
    const reading = await readScreenshot(page, await shoot(chart, "theme-8-contrasto-flusso.png"), areas);

    expect(luminance(reading.background)).toBeLessThan(0.05);
    const labels = reading.areas.filter((a) => a.name === "label");
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(contrast(label.farthest, reading.background)).toBeGreaterThanOrEqual(CLEARLY);
    const bars = reading.areas.filter((a) => a.name === "bar" && a.pixels > 0);
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.inked / bar.pixels).toBeGreaterThan(0.9);
    expect(pane.errors).toEqual([]);
  });
});
