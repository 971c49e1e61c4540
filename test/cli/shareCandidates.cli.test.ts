import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { h4a, SAMPLE, tempDir } from "./helpers/runCli";
import { valuesOf } from "./helpers/workbooks";
import { zipText } from "./helpers/zip";

/**
 * `h4a share` on a workbook with a candidates sheet (MECHANISM.md §8: candidate data are personal
 * data of vulnerable families too): every application's id becomes the family's keyed pseudonym —
 * the same one as on the beneficiary sheet for a family that entered — in the candidates sheet
 * and in the ranking written by `h4a rank`; the referring service and the indicators are kept.
 */

jest.setTimeout(60_000);

const dir = tempDir("share-candidates");

test("the candidates sheet and H4A_Graduatoria carry pseudonyms only, the same as the beneficiary sheet's", async () => {
  const key = path.join(dir, "city.key");
  fs.writeFileSync(key, `${randomBytes(32).toString("hex")}\n`);
  const ranked = path.join(dir, "ranked.xlsx");
  expect((await h4a(["rank", SAMPLE, "-o", ranked])).code).toBe(0);
  const out = path.join(dir, "shared.xlsx");
  const run = await h4a(["share", ranked, "-o", out, "--key-file", key, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.pseudonymised).toBe(39);
  expect(report.candidatesPseudonymised).toBe(74);
  expect(report.removedColumns).toEqual([]);

  const before = await valuesOf(SAMPLE, "Candidati");
  const after = await valuesOf(out, "Candidati");
  const ids = after.values.slice(4).map((row) => String(row[0]));
  expect(ids.every((id) => /^P-[0-9A-F]{16}$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(74);
  // Everything but the ids is kept: the service, the household, the indicators.
  expect(after.values.slice(4).map((row) => row.slice(1))).toEqual(before.values.slice(4).map((row) => row.slice(1)));

  const beneficiaries = (await valuesOf(out, "Beneficiari")).values.slice(4).map((row) => String(row[0]));
  // Each year's first applications entered as its cohort: 12 of 20 in 2023, 14 of 24 in 2024, 13 of 30 in 2025.
  expect(ids.slice(0, 12)).toEqual(beneficiaries.slice(0, 12));
  expect(ids.slice(20, 34)).toEqual(beneficiaries.slice(12, 26));
  expect(ids.slice(44, 57)).toEqual(beneficiaries.slice(26));
  expect(zipText(out)).not.toMatch(/TO-202[345]-\d{3}/);
  const ranking = await valuesOf(out, "H4A_Graduatoria");
  expect(ranking.values[6][1]).toBe(ids[0]);
});
