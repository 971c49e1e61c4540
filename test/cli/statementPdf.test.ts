import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import type { Lang } from "../../src/engine/cells/lang";
import type { StatementDocument } from "../../src/engine/statement/types";
import { statementPdf, wrapText } from "../../src/cli/statementPdf";
import { statementDocument } from "../../src/engine/statement/document";
import { recordedYear4 } from "../engine/fixtures/statement";

/**
 * The payment statement's PDF, read back with Poppler (pdftotext, pdfinfo, pdffonts): the
 * figures in the document's language, accented words and €, the page numbers, A4 and the
 * embedded fonts. Without Poppler the tests fail, they never skip.
 */

const run = promisify(execFile);

async function poppler(tool: "pdftotext" | "pdfinfo" | "pdffonts", args: string[]): Promise<string> {
  try {
    return (await run(tool, args, { encoding: "utf8" })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(`${tool} is missing (Debian package poppler-utils): run node scripts/test-tools.js`);
    }
    throw error;
  }
}

const ACT = "DD 1234/2026";

/** Built by hand: an act, amounts, accented words, and a table that goes on to a second page. */
function handBuilt(lang: Lang): StatementDocument {
  const it = lang === "it";
  const ids = Array.from({ length: 60 }, (_, i) => `H4A-${String(i + 1).padStart(4, "0")}`);
  return {
    lang,
    title: it ? "Prospetto di liquidazione — anno di programma 3 (2026)" : "Payment statement — programme year 3 (2026)",
    runningHeader: it
      ? "Città di Torino — Homes4All — prospetto di liquidazione 2026"
      : "City of Turin — Homes4All — payment statement 2026",
    blocks: [
      {
        kind: "title",
        text: it ? "Prospetto di liquidazione — anno di programma 3 (2026)" : "Payment statement — programme year 3 (2026)",
      },
      {
        kind: "fields",
        rows: [
          { label: it ? "Atto" : "Act", value: ACT, format: "text" },
          { label: it ? "Ente pagatore" : "Payer", value: "Città di Torino", format: "text" },
          { label: it ? "Premio per famiglia" : "Premium per family", value: 2200, format: "euro" },
          { label: it ? "Totale dell'anno" : "Year total", value: 65400, format: "euro" },
        ],
      },
      { kind: "heading", text: it ? "Coorte 1 — anno 3: Stabilità abitativa" : "Cohort 1 — year 3: housing stability" },
      {
        kind: "table",
        header: it ? ["Esito", "Conteggio", "Famiglie", "Percentuale", "Importo"] : ["Outcome", "Count", "Families", "Rate", "Amount"],
        formats: ["text", "integer", "integer", "percent", "euro"],
        rows: [
          [it ? "Stabilità abitativa" : "Housing stability", 9, 11, 9 / 11, 26400],
          [it ? "Benessere" : "Wellbeing", 1234, 1500, 0.5, 39000],
        ],
      },
      {
        kind: "paragraph",
        text: it
          ? "Famiglie conteggiate, tranche per tranche; la città è indicata come Città di Torino."
          : "Families counted, tranche by tranche.",
      },
      {
        kind: "table",
        header: it ? ["Tranche", "Famiglie conteggiate", "Importo"] : ["Tranche", "Families counted", "Amount"],
        formats: ["text", "text", "euro"],
        rows: Array.from({ length: 40 }, (_, i) => [`${it ? "Coorte" : "Cohort"} ${i + 1}`, ids.slice(0, 4 + (i % 5)).join(", "), 26400]),
      },
      {
        kind: "signature",
        lines: it
          ? ["Torino, ____________", "Il Dirigente del Servizio", "Firma ____________"]
          : ["Turin, ____________", "The Head of Service", "Signature ____________"],
      },
    ],
  };
}

describe("statementPdf", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "h4a-statement-pdf-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function render(lang: Lang): Promise<{ file: string; bytes: Uint8Array }> {
    const bytes = await statementPdf(handBuilt(lang));
    const file = path.join(dir, `statement-${lang}.pdf`);
    await fs.writeFile(file, bytes);
    return { file, bytes };
  }

  const pageText = (file: string, page: number) => poppler("pdftotext", ["-layout", "-f", String(page), "-l", String(page), file, "-"]);

  test("Italian: the act, the amounts, accents and € read back, on two numbered A4 pages", async () => {
    const { file } = await render("it");
    const text = await poppler("pdftotext", ["-layout", file, "-"]);
    expect(text).toContain(ACT);
    expect(text).toContain("26.400,00 €");
    expect(text).toContain("65.400,00 €");
    expect(text).toContain("2.200,00 €");
    expect(text).toContain("1.234");
    expect(text).toContain("81,8 %");
    expect(text).toContain("Città di Torino");
    expect(text).toContain("Stabilità abitativa");
    expect(text).toContain("H4A-0008");

    const info = await poppler("pdfinfo", [file]);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Title:\s+Prospetto di liquidazione — anno di programma 3 \(2026\)$/m);
    expect(info).toMatch(/^Author:\s+H4A$/m);

    const first = await pageText(file, 1);
    const second = await pageText(file, 2);
    expect(first).toContain("Pagina 1 di 2");
    expect(second).toContain("Pagina 2 di 2");
    // The running header on every page, the table's header row again where the table goes on.
    expect(first).toContain("Città di Torino — Homes4All");
    expect(second).toContain("Città di Torino — Homes4All");
    expect(first).toContain("Famiglie conteggiate");
    expect(second).toContain("Famiglie conteggiate");
    expect(second).toContain("Coorte 40");
    expect(second).toContain("Il Dirigente del Servizio");
  });

  test("the DejaVu fonts are embedded", async () => {
    const { file } = await render("it");
    const fonts = (await poppler("pdffonts", [file]))
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "");
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVuSans/);
      // name, type (two words), encoding, then emb sub uni: yes/no each.
      expect(line).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/);
    }
    expect(fonts.some((line) => /DejaVuSans-Bold/.test(line))).toBe(true);
  });

  test("English: euros as €65,400.00, percentages as 81.8%, pages as Page N of M", async () => {
    const { file } = await render("en");
    const text = await poppler("pdftotext", ["-layout", file, "-"]);
    expect(text).toContain("€65,400.00");
    expect(text).toContain("€26,400.00");
    expect(text).toContain("1,234");
    expect(text).toContain("81.8%");
    expect(text).toContain("Page 1 of 2");
    expect(text).toContain("City of Turin");
  });

  test("the same document gives the same bytes", async () => {
    const a = await statementPdf(handBuilt("it"));
    const b = await statementPdf(handBuilt("it"));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  test("the statement document of a recorded year reads back", async () => {
    const file = path.join(dir, "recorded.pdf");
    await fs.writeFile(file, await statementPdf(statementDocument(recordedYear4(), "it")));
    const text = await poppler("pdftotext", ["-layout", file, "-"]);
    for (const shown of [
      "DD 1234/2027",
      "65.400,00 €",
      "26.400,00 €",
      "-6.600,00 €",
      "9 / 11 = 81,8 %",
      "Stabilità abitativa",
      "Il dirigente responsabile",
    ]) {
      expect(text).toContain(shown);
    }
  });

  test("a table row taller than a page goes on over the next pages", async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `H4A-${String(i + 1).padStart(5, "0")}`);
    const doc: StatementDocument = {
      lang: "it",
      title: "Prospetto",
      runningHeader: "Prospetto",
      blocks: [
        { kind: "table", header: ["Tranche", "Famiglie conteggiate"], formats: ["text", "text"], rows: [["Coorte 1", ids.join(", ")]] },
      ],
    };
    const file = path.join(dir, "tall-row.pdf");
    await fs.writeFile(file, await statementPdf(doc));
    const info = await poppler("pdfinfo", [file]);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = await poppler("pdftotext", ["-layout", file, "-"]);
    for (const id of [ids[0], ids[1500], ids[2999]]) expect(text).toContain(id);
    expect(await pageText(file, pages)).toContain("Famiglie conteggiate");
  });
});

describe("wrapText", () => {
  const measure = (piece: string) => piece.length;

  test("breaks at spaces and line breaks, and cuts a word longer than a line", () => {
    expect(wrapText("aaa bbb ccc", 7, measure)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("aaa\nbbb", 10, measure)).toEqual(["aaa", "bbb"]);
    expect(wrapText("abcdefghij x", 4, measure)).toEqual(["abcd", "efgh", "ij x"]);
    expect(wrapText("", 4, measure)).toEqual([""]);
  });
});
