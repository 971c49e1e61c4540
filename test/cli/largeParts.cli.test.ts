import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { minimalParts } from "../xlsx/support/fixtures";
import { zipParts } from "../xlsx/support/zip";
import { CLI, h4a, lines, tempDir } from "./helpers/runCli";

/**
 * Small files whose sheet expands to a lot: read streamed, never held whole, so the command ends
 * with its answer instead of running out of memory; a part past the limits is refused while it
 * is being inflated.
 */

jest.setTimeout(120_000);

const dir = tempDir("large-parts");
/** Rows with nothing in them: a sheet part of more than 120 MB that deflates to about 10 MB. */
const EMPTY_ROWS = 1_048_576;
const filler = (rows: number): string => {
  const pieces: string[] = [];
  for (let r = 1; r <= rows; r++)
    pieces.push(`<row r="${r}" spans="1:16" ht="15" customHeight="1"><c r="A${r}" s="0"/><c r="B${r}" s="0"/><c r="C${r}" s="0"/></row>`);
  return pieces.join("");
};

test("a file whose sheet part expands to more than 120 MB of empty rows is read streamed, in well under 1 GB: exit 2, no beneficiary sheet", () => {
  const file = path.join(dir, "vuoto.xlsx");
  const rows = filler(EMPTY_ROWS);
  expect(rows.length).toBeGreaterThan(120_000_000);
  const bytes = zipParts(minimalParts(rows));
  fs.writeFileSync(file, bytes);
  expect(bytes.length).toBeLessThan(rows.length / 10);
  const run = spawnSync(process.execPath, ["-r", path.resolve(__dirname, "../../bench/peakRss.js"), CLI, "validate", file], {
    encoding: "utf8",
    env: { ...process.env, LANG: "en_GB.UTF-8", H4A_PROGRESS: "0" },
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("vuoto.xlsx: no beneficiary sheet");
  const peakKb = Number(/H4A_PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]);
  expect(peakKb).toBeLessThan(1024 * 1024);
});

test("a zip bomb (a part inflating a thousand times its size) is refused while it is inflated: exit 2, one line", async () => {
  const file = path.join(dir, "bomba.xlsx");
  const blank = " ".repeat(64 * 1024 * 1024);
  fs.writeFileSync(file, zipParts(minimalParts(`<row r="1"><c r="A1" t="inlineStr"><is><t>ID famiglia</t></is></c></row>${blank}`)));
  const run = await h4a(["validate", file]);
  expect(run.code).toBe(2);
  expect(lines(run.stderr)).toEqual([
    expect.stringMatching(/^h4a validate: bomba\.xlsx: too large: part xl\/worksheets\/sheet1\.xml exceeds the allowed limit/),
  ]);
});
