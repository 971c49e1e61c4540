import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import * as ExcelJS from "exceljs";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { paymentPlans } from "../../src/engine/sheets/paymentPlans";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { PackageWorkbook } from "../../src/xlsx";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../engine/fixtures/illustration";
import { minimalWorkbook, richWorkbook } from "./support/fixtures";

import { validatorBinary } from "../support/ooxmlValidator";

// The validator runs as its own process per workbook: seconds each on a busy 2-core machine.
jest.setTimeout(120_000);

/**
 * Microsoft's Open XML SDK validator (test/support/ooxmlValidator.ts) on what the writer
 * makes: the add-in's sheets added to a valid workbook leave it valid, and writing into any
 * workbook adds no error it did not already have.
 */

const run = promisify(execFile);
const VALIDATOR = validatorBinary();

interface ValidationError {
  description: string;
  path: string;
  xPath: string;
  id: string;
}

let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "h4a-xlsx-validator-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function validate(bytes: Uint8Array, name: string): Promise<ValidationError[]> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  const { stdout } = await run(VALIDATOR, [file], { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { ok: boolean; errors: ValidationError[] };
  expect(result.ok).toBe(result.errors.length === 0);
  return result.errors;
}

const key = (e: ValidationError): string => `${e.path} ${e.xPath} ${e.id} ${e.description}`;

function enginePlans(): SheetPlan[] {
  const parsed = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
  return [parametersPlan(ILLUSTRATION_PARAMS), ...paymentPlans({ sheet: ILLUSTRATION_SHEET, parsed, params: ILLUSTRATION_PARAMS })];
}

async function written(input: Uint8Array, plans: SheetPlan[]): Promise<Uint8Array> {
  const wb = PackageWorkbook.open(input);
  await wb.writeSheets(plans);
  return wb.toBytes();
}

test("the validator sees errors (a deliberately broken worksheet)", async () => {
  const out = await written(minimalWorkbook(), enginePlans());
  const wb = PackageWorkbook.open(out);
  const part = wb.index.sheets[1].part!;
  const xml = wb.pkg.readText(part);
  const cols = /<cols>.*?<\/cols>/.exec(xml)![0];
  wb.pkg.set(part, xml.replace(cols, "").replace("</sheetData>", `</sheetData>${cols}`));
  const errors = await validate(wb.toBytes(), "broken.xlsx");
  expect(errors.map((e) => e.path)).toEqual([`/${part}`]);
});

test("the add-in's sheets added to a minimal valid workbook: no validator error", async () => {
  expect(await validate(minimalWorkbook(), "minimal.xlsx")).toEqual([]);
  expect(await validate(await written(minimalWorkbook(), enginePlans()), "minimal-written.xlsx")).toEqual([]);
});

test("writing into the workbook with everything (an .xlsm) adds no error, and neither does writing again", async () => {
  const input = richWorkbook({ macros: true });
  const before = await validate(input, "rich.xlsm");
  const once = await written(input, enginePlans());
  const twice = await written(once, enginePlans());
  expect((await validate(once, "rich-written.xlsm")).map(key)).toEqual(before.map(key));
  expect((await validate(twice, "rich-written-twice.xlsm")).map(key)).toEqual(before.map(key));
});

test("writing into a workbook exceljs made adds no error to those it had", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Beneficiari");
  sheet.getCell("A1").value = "ID famiglia";
  sheet.getCell("A2").value = "F01";
  sheet.getCell("B2").value = { formula: "1+1", result: 2 };
  sheet.getCell("C2").font = { bold: true };
  const input = new Uint8Array(await workbook.xlsx.writeBuffer());
  const before = await validate(input, "exceljs.xlsx");
  expect(before.length).toBeGreaterThan(0); // exceljs writes its fonts out of schema order
  const after = await validate(await written(input, enginePlans()), "exceljs-written.xlsx");
  expect(after.map(key)).toEqual(before.map(key));
});
