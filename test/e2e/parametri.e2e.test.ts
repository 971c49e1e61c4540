import type { Page } from "playwright-core";
import { inWorkbook, type OpenPane, paneSuite, screenshot } from "./harness";
import { beneficiarySeed } from "./sampleWorkbook";

/**
 * The Parametri tab in the PRODUCTION build, in headless Chromium, in a narrow and short pane
 * (320 × 900 px): a threshold typed as a percentage is stored as the sheet's fraction, the sticky
 * Salva bar never covers the field the keyboard is on (WCAG 2.4.11), and after saving the next
 * step, Verifica, is one click away.
 */

jest.setTimeout(180_000);

const suite = paneSuite();

/** The value of a named cell of the workbook, read through its name's reference. */
const namedValue = (page: Page, name: string) =>
  inWorkbook(
    page,
    (fake, wanted: string) => {
      const item = fake.names().find((n: { name: string }) => n.name === wanted);
      if (item === undefined) return null;
      const [sheet, address] = String(item.formula).replace(/^=/, "").split("!");
      return fake.value(sheet.replace(/^'|'$/g, ""), address.replace(/\$/g, ""));
    },
    name,
  );

/** The focused element's box and the Salva bar's, once the page has scrolled for the focus. */
const focusedAndBar = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const focused = document.activeElement as HTMLElement | null;
    const save = [...document.querySelectorAll("button")].find((b) => b.textContent?.includes("Salva l'accordo (foglio H4A_Parametri)"));
    const bar = save?.parentElement;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height };
    };
    return {
      tag: focused?.tagName ?? "",
      label: focused?.getAttribute("aria-label") ?? focused?.id ?? "",
      inBar: bar?.contains(focused) ?? false,
      focused: focused ? box(focused) : null,
      bar: bar ? box(bar) : null,
      viewport: window.innerHeight,
    };
  });

describe("Parametri, in a 320 × 900 px pane", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })], viewport: { width: 320, height: 900 } });
    page = pane.page;
    await page.getByRole("tab", { name: "Parametri" }).waitFor();
    await page.getByText("L'accordo (foglio H4A_Parametri) non è ancora nella cartella").waitFor();
  });

  afterAll(async () => {
    await pane?.context.close();
  });

  test("shows the thresholds as percentages, and a threshold typed as 75 is stored as 0.75", async () => {
    const full = page.getByRole("textbox", { name: /Soglia per il saldo pieno/ });
    expect(await full.inputValue()).toBe("80");
    expect(await page.getByRole("radio", { name: "Più di 80 % (strettamente maggiore)" }).isChecked()).toBe(true);
    expect(await page.getByText(/Cella con nome H4A_/).count()).toBe(0);

    await page.getByRole("textbox", { name: /Premio per famiglia/ }).fill("6000");
    await page.getByRole("textbox", { name: /Anno corrente/ }).fill("4");
    await full.fill("75");
    await page.getByRole("radio", { name: "Più di 75 % (strettamente maggiore)" }).waitFor();
    await page.getByRole("textbox", { name: /Soglia per il saldo parziale/ }).fill("60 %");
    await page.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }).click();
    await page.getByText("Accordo salvato (foglio H4A_Parametri).").waitFor();

    expect(await namedValue(page, "H4A_fullThreshold")).toBe(0.75);
    expect(await namedValue(page, "H4A_partialThreshold")).toBe(0.6);
    expect(await namedValue(page, "H4A_share2")).toBe(0.3);
    expect(await namedValue(page, "H4A_premiumPerFamily")).toBe(6000);
    await screenshot(page, "parametri-320x900.png");
  });

  test("the named cells show behind one toggle", async () => {
    const toggle = page.getByRole("switch", { name: "Mostra i nomi delle celle" });
    await toggle.click();
    await page.getByText("Cella con nome H4A_fullThreshold").waitFor();
    await toggle.click();
    expect(await page.getByText(/Cella con nome H4A_/).count()).toBe(0);
  });

  test("tabbing through the form, the Salva bar never covers the focused field", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("switch", { name: "Mostra i nomi delle celle" }).focus();
    let checked = 0;
    let reachedBar = false;
    for (let step = 0; step < 60 && !reachedBar; step++) {
      await page.keyboard.press("Tab");
      const seen = await focusedAndBar(page);
      if (seen.inBar) {
        reachedBar = true;
        break;
      }
      expect(seen.focused).not.toBeNull();
      expect(seen.bar).not.toBeNull();
      const focused = seen.focused!;
      const bar = seen.bar!;
      // Entirely above the bar's top edge (or entirely below it, which a sticky bottom bar never is).
      const covered = focused.bottom > bar.top && focused.top < bar.bottom;
      if (covered)
        throw new Error(
          `Field ${seen.tag} ${seen.label} (${focused.top}–${focused.bottom}) is under the Salva bar (${bar.top}–${bar.bottom}).`,
        );
      expect(focused.bottom).toBeLessThanOrEqual(seen.viewport);
      checked++;
    }
    expect(reachedBar).toBe(true);
    // Every field of the form up to the ranking accordion's header, the last ones far below the first screen.
    expect(checked).toBeGreaterThan(20);

    // The last field of the visible groups (Mesi in struttura … ammissibile), reached from the top of the page as the keyboard would reach it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("textbox", { name: /Mesi controfattuali/ }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    const last = await focusedAndBar(page);
    expect(last.focused!.bottom).toBeLessThanOrEqual(last.bar!.top);
  });

  test("after saving, Avanti: Verifica opens the Verifica tab", async () => {
    await page.getByRole("button", { name: "Avanti: Verifica" }).click();
    await page.getByRole("heading", { name: "Verifica del foglio dei beneficiari" }).waitFor();
    expect(await page.getByRole("tab", { name: "Verifica" }).getAttribute("aria-selected")).toBe("true");
    expect(pane.errors).toEqual([]);
  });
});
