import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { valuesIn } from "../support/xlsxFiles";
import { h4a, SAMPLE, tempDir } from "./helpers/runCli";
import { load, save } from "./helpers/workbooks";
import { zipEntries } from "./helpers/zip";

/**
 * Candidate ids and referring services typed like formulas (issue 15): `h4a rank` writes them into
 * H4A_Graduatoria as text with the quote prefix, never as formulas, and `h4a share` keeps that
 * quote prefix in the copy for Homes4All.
 */

jest.setTimeout(60_000);

const dir = tempDir("text-guard");
const IDS = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "=1/0"];
const SERVICES = ["+1+2", "-3", "=2+2"];

/** The text of a sheet's part, found through workbook.xml and its relationships. */
function sheetXml(entries: Map<string, Buffer>, sheet: string): string {
  const workbook = entries.get("xl/workbook.xml")!.toString("utf8");
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = entries.get("xl/_rels/workbook.xml.rels")!.toString("utf8");
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return entries.get(`xl/${target.replace(/^\/?xl\//, "")}`)!.toString("utf8");
}

/** The cellXfs entry of every cell holding one of `texts` as an inline string. */
function stylesOfTexts(file: string, sheet: string, texts: readonly string[]): Map<string, string> {
  const entries = zipEntries(file);
  const xml = sheetXml(entries, sheet);
  const styles = entries.get("xl/styles.xml")!.toString("utf8");
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map(
    (m) => m[0],
  );
  const decode = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const found = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="[A-Z]+\d+"([^>]*?)>([\s\S]*?)<\/c>/g)) {
    const text = /<is><t[^>]*>([\s\S]*?)<\/t><\/is>/.exec(m[2]);
    if (text === null || !texts.includes(decode(text[1]))) continue;
    expect(m[2]).not.toContain("<f>");
    found.set(decode(text[1]), xfs[Number(/ s="(\d+)"/.exec(m[1])?.[1] ?? 0)]);
  }
  return found;
}

describe("h4a rank and h4a share on candidates typed like formulas", () => {
  const input = path.join(dir, "candidati.xlsx");
  const ranked = path.join(dir, "graduatoria.xlsx");
  const shared = path.join(dir, "per-homes4all.xlsx");

  beforeAll(async () => {
    const workbook = await load(SAMPLE);
    const sheet = workbook.getWorksheet("Candidati")!;
    let header = 0;
    let idColumn = 0;
    let serviceColumn = 0;
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === "ID famiglia" && header === 0) [header, idColumn] = [r, c];
        if (cell.value === "Servizio inviante") serviceColumn = c;
      }),
    );
    IDS.forEach((id, i) => (sheet.getCell(header + 1 + i, idColumn).value = id));
    SERVICES.forEach((service, i) => (sheet.getCell(header + 1 + i, serviceColumn).value = service));
    await save(workbook, input);
    const run = await h4a(["rank", input, "-o", ranked]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const key = path.join(dir, "city.key");
    fs.writeFileSync(key, `${randomBytes(32).toString("hex")}\n`);
    const share = await h4a(["share", ranked, "-o", shared, "--key-file", key]);
    expect(share.code).toBe(0);
  });

  test("H4A_Graduatoria holds each id and service as the user typed it: text with the quote prefix, no formula", () => {
    const values = valuesIn(ranked, "H4A_Graduatoria").values.flat();
    for (const text of [...IDS, ...SERVICES]) expect([text, values.includes(text)]).toEqual([text, true]);
    const styles = stylesOfTexts(ranked, "H4A_Graduatoria", [...IDS, ...SERVICES]);
    expect([...styles.keys()].sort()).toEqual([...IDS, ...SERVICES].sort());
    for (const [text, xf] of styles) expect([text, xf]).toEqual([text, expect.stringContaining(`quotePrefix="1"`)]);
  });

  test("the copy for Homes4All keeps the quote prefix of the services it keeps", () => {
    const styles = stylesOfTexts(shared, "H4A_Graduatoria", SERVICES);
    expect([...styles.keys()].sort()).toEqual([...SERVICES].sort());
    for (const [text, xf] of styles) expect([text, xf]).toEqual([text, expect.stringContaining(`quotePrefix="1"`)]);
  });
});
