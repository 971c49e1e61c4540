/**
 * @jest-environment jsdom
 */
import "../support/jsdomWebApis";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import * as fs from "node:fs";
import * as path from "node:path";
import { findHeader } from "../../src/engine/beneficiaries/headers";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { App } from "../../src/taskpane/App";
import { createWorkbookActions } from "../../src/taskpane/workbookActions";
import { PackageWorkbook } from "../../src/xlsx";
import { ERROR_SAMPLE, h4a, tempDir } from "../cli/helpers/runCli";
import { FakeExcel } from "../support/fakeExcel";
import { readParts } from "../support/packageParts";

/**
 * The Condividi tab end to end in jsdom: the open workbook's file read from the in-memory Excel
 * through Office.context.document.getFileAsync (in several slices), the copy made by the command
 * line's code, and opened with Excel.createWorkbook — the same pseudonyms as `h4a share`.
 */

jest.setTimeout(120_000);

const g = globalThis as Record<string, unknown>;

const PASSPHRASE = "la casa di via Roma ha sette finestre verdi";
const dir = tempDir("pane-share");

function installOffice(fake: FakeExcel): void {
  g.Office = fake.Office;
}

/** The pane on the Condividi tab, once the tab's code (a chunk of its own in the build) has loaded. */
async function renderPane(fake: FakeExcel, language: "it" | "en" = "it") {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App
        language={language}
        loadCatalog={async () => []}
        actions={createWorkbookActions(new OfficeWorkbook(fake.Excel))}
        initialTab="share"
      />
    </FluentProvider>,
  );
  await screen.findByLabelText(language === "it" ? "Frase segreta della Città" : "The City's passphrase", {}, { timeout: 30_000 });
  return view;
}

/** The beneficiary sheet's id column below its header row (the engine's own header finder). */
function idsOf(bytes: Uint8Array): string[] {
  const workbook = PackageWorkbook.open(bytes);
  const input = workbook.readSheetSync("Beneficiari");
  const header = findHeader(input);
  if (header.headerRow === null) throw new Error("no header row");
  const idColumn = header.columns.id as number;
  const topRow = Number(/\d+/.exec(input.topLeft)![0]);
  return input.values
    .slice(header.headerRow - topRow + 1)
    .map((row) => row[idColumn - 1])
    .filter((value) => value !== null && value !== "")
    .map(String);
}

/** Every sheet's values, by name. */
function allValues(bytes: Uint8Array): Record<string, unknown> {
  const workbook = PackageWorkbook.open(bytes);
  return Object.fromEntries(workbook.worksheetNames().map((name) => [name, workbook.readSheetSync(name).values]));
}

const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "base64"));

describe("Condividi: the copy for Homes4All from the open workbook", () => {
  const source = new Uint8Array(fs.readFileSync(ERROR_SAMPLE));
  const fake = new FakeExcel([{ name: "Beneficiari", rows: [["ID famiglia"]] }], [], { file: source, maxSliceBytes: 4_096 });
  let copy: Uint8Array;
  /** What the pane showed once the copy was opened (the pane is unmounted after the first test). */
  let shown: { title: boolean; report: string; columns: string; removals: string };

  beforeAll(async () => {
    installOffice(fake);
    await renderPane(fake);
    const field = screen.getByLabelText("Frase segreta della Città") as HTMLInputElement;
    expect(field.type).toBe("password");
    const button = screen.getByRole("button", { name: "Crea la copia per Homes4All" });

    fireEvent.change(field, { target: { value: "troppo corta" } });
    expect(await screen.findByText(/ne servono almeno 20/)).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(field, { target: { value: PASSPHRASE } });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(button);
    expect(field.value).toBe("");
    const report = await screen.findByTestId("share-report", {}, { timeout: 60_000 });
    shown = {
      title: screen.queryByText("Copia per Homes4All aperta come nuova cartella") !== null,
      report: report.textContent ?? "",
      columns: screen.getByTestId("share-removed-columns").textContent ?? "",
      removals: screen.queryByTestId("share-removals")?.textContent ?? "",
    };
    expect(fake.createdWorkbooks).toHaveLength(1);
    copy = fromBase64(fake.createdWorkbooks[0]);
  });

  test("reads the file in every slice, closes it, and opens the copy as a new workbook", () => {
    expect(fake.slicesServed).toBe(Math.ceil(source.length / 4_096));
    expect(fake.slicesServed).toBeGreaterThan(1);
    expect(fake.openFiles).toBe(0);
    expect(shown.title).toBe(true);
  });

  test("the copy has P- and 16 hex digits in the id column, and none of the original ids in any part", () => {
    const original = idsOf(source);
    const shared = idsOf(copy);
    expect(original.length).toBeGreaterThan(5);
    expect(shared).toHaveLength(original.length);
    for (const id of shared) expect(id).toMatch(/^P-[0-9A-F]{16}$/);
    const text = [...readParts(copy)].map(([name, data]) => `${name}\n${Buffer.from(data).toString("utf8")}`).join("\n");
    for (const id of original) expect(text).not.toContain(id);
    expect(text).not.toContain(PASSPHRASE);
  });

  test("shows the report: ids pseudonymised, the columns removed and why, the removals by part and kind", () => {
    expect(shown.report).toMatch(/ID famiglia sostituiti da pseudonimi \(HMAC-SHA-256 con la chiave della frase segreta\): \d+/);
    expect(shown.columns).toContain("Beneficiari!B «Codice fiscale»: codici fiscali");
    expect(shown.columns).toContain("Beneficiari!T «Note»: testo libero");
  });

  test("the same passphrase gives the same copy as `h4a share --key-file` on the same file", async () => {
    const keyFile = path.join(dir, "city.key");
    fs.writeFileSync(keyFile, `${PASSPHRASE}\n`);
    const out = path.join(dir, "cli-copy.xlsx");
    const run = await h4a(["share", ERROR_SAMPLE, "-o", out, "--key-file", keyFile, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const cli = new Uint8Array(fs.readFileSync(out));
    expect(idsOf(copy)).toEqual(idsOf(cli));
    expect(allValues(copy)).toEqual(allValues(cli));
    const report = JSON.parse(run.stdout);
    expect(shown.report).toContain(`: ${report.pseudonymised}; altre celle che mostravano un ID: ${report.idCopiesReplaced}.`);
    expect(shown.report).toContain(`Colonne rimosse (svuotate): ${report.removedColumns.length}`);
    for (const r of report.removals as { part: string; count: number }[]) expect(shown.removals).toContain(r.part);
  });

  test("the passphrase is stored nowhere", () => {
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(JSON.stringify(fake.settings())).not.toContain(PASSPHRASE);
    expect(document.body.innerHTML).not.toContain(PASSPHRASE);
  });
});

describe("Condividi in an Excel without getFileAsync or Excel.createWorkbook", () => {
  test("says which versions of Excel can make the copy, in Italian and in English", async () => {
    for (const [language, expected] of [
      ["it", /Excel per il web, Excel di Microsoft 365 per desktop o Excel 2021/],
      ["en", /Excel on the web, Microsoft 365 Excel for desktop or Excel 2021/],
    ] as const) {
      const fake = new FakeExcel([{ name: "Beneficiari", rows: [["ID famiglia"]] }], [], {
        file: new Uint8Array(fs.readFileSync(ERROR_SAMPLE)),
        fileApi: false,
      });
      installOffice(fake);
      const view = await renderPane(fake, language);
      fireEvent.change(screen.getByLabelText(language === "it" ? "Frase segreta della Città" : "The City's passphrase"), {
        target: { value: PASSPHRASE },
      });
      fireEvent.click(
        screen.getByRole("button", { name: language === "it" ? "Crea la copia per Homes4All" : "Make the copy for Homes4All" }),
      );
      const alert = await screen.findByRole("alert", {}, { timeout: 30_000 });
      expect(alert.textContent).toMatch(expected);
      expect(fake.createdWorkbooks).toEqual([]);
      view.unmount();
    }
  });
});
