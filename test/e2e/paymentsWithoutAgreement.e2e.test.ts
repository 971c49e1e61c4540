import { inWorkbook, paneSuite, screenshot } from "./harness";
import { beneficiarySeed, SHEET } from "./sampleWorkbook";

/**
 * Pagamenti before any agreement, in the PRODUCTION build at 320 px: the officer is told what to
 * enter in the Parametri tab's words and led there; no sheet is created behind their back.
 */

jest.setTimeout(120_000);

const suite = paneSuite();

test("with no H4A_Parametri yet, Pagamenti asks for the premium and the current year, writes nothing, and opens Parametri", async () => {
  const pane = await suite.open({ sheets: [beneficiarySeed({ mistakes: false })], viewport: { width: 320, height: 900 } });
  const { page } = pane;
  await page.getByRole("tab", { name: "Pagamenti" }).click();
  const write = page.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" });
  await write.waitFor();
  await write.click();
  const bar = page.getByTestId("agreement-missing");
  await bar.waitFor();
  expect(await bar.locator("li").allTextContents()).toEqual([
    "Premio per famiglia (oppure Premio complessivo e Famiglie previste)",
    "Anno corrente: l'ultimo anno di programma con esiti verificati",
  ]);
  expect(await page.getByTestId("refusal-errors").count()).toBe(0);
  expect(await inWorkbook(page, (fake) => fake.sheetNames())).toEqual([SHEET]);
  await screenshot(page, "pagamenti-senza-accordo.png", true);
  await bar.getByRole("button", { name: "Apri Parametri" }).click();
  expect(await page.getByRole("tab", { name: "Parametri" }).getAttribute("aria-selected")).toBe("true");
  expect(pane.errors).toEqual([]);
  await pane.context.close();
});
