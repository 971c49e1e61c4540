import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { pseudonymKey, pseudonymOf } from "../../src/engine/sharing/pseudonyms";
import { valuesIn } from "../support/xlsxFiles";
import { CLI, ERROR_SAMPLE, h4a, lines, listing, SAMPLE, sha256, tempDir } from "./helpers/runCli";
import { load, minimalBeneficiaries, save, valuesOf, workbookOf } from "./helpers/workbooks";
import { zipText } from "./helpers/zip";

/**
 * `h4a share`: the copy for Homes4All. Pseudonyms that only the City's key gives, no direct
 * personal data, no free text unless kept, no H4A.* formula, the agreement kept — and the key in
 * no file at all.
 */

jest.setTimeout(60_000);

const dir = tempDir("share");

function newKey(name: string): { file: string; bytes: Buffer } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${randomBytes(32).toString("hex")}\n`);
  return { file, bytes: fs.readFileSync(file) };
}

/** The family ids of a shared copy's beneficiary sheet (column A below the header in row 4; values start at A1). */
async function idsOf(file: string): Promise<string[]> {
  const { values } = await valuesOf(file, "Beneficiari");
  return values.slice(4).map((row) => String(row[0]));
}

const key = newKey("city.key");
const otherKey = newKey("other.key");

describe("h4a share on the sample with mistakes", () => {
  const out = path.join(dir, "for-homes4all.xlsx");
  let report: Record<string, unknown>;

  beforeAll(async () => {
    const run = await h4a(["share", ERROR_SAMPLE, "-o", out, "--key-file", key.file, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test("removes the codice fiscale column (header and every value) and the free-text notes, and says so", async () => {
    expect(report.removedColumns).toEqual([
      { sheet: "Beneficiari", column: "B", header: "Codice fiscale", reason: "personal-data", kind: "fiscalCode" },
      { sheet: "Beneficiari", column: "T", header: "Note", reason: "free-text", kind: null },
    ]);
    const source = await valuesOf(ERROR_SAMPLE, "Beneficiari");
    const fiscalCodes = source.values.slice(4).map((row) => String(row[1]));
    expect(fiscalCodes.every((code) => /^[A-Z]{6}\d{2}[A-Z]\d{2}Z999[A-Z]$/.test(code))).toBe(true);
    const xml = zipText(out);
    for (const code of fiscalCodes) expect(xml).not.toContain(code);
    expect(xml).not.toContain("Codice fiscale");
    expect(xml).not.toContain("SerD");
    const shared = await valuesOf(out, "Beneficiari");
    expect(shared.values.slice(3).every((row) => row[1] === "" && (row[19] ?? "") === "")).toBe(true);
  });

  test("replaces every family id by a keyed pseudonym; the same id (the duplicate) gets the same one", async () => {
    const ids = await idsOf(out);
    expect(ids).toHaveLength(39);
    expect(ids.every((id) => /^P-[0-9A-F]{16}$/.test(id))).toBe(true);
    expect(ids[2]).toBe(ids[7]);
    expect(new Set(ids).size).toBe(38);
    expect(zipText(out)).not.toMatch(/TO-202[345]-\d{3}/);
  });

  test("the same key gives the same pseudonyms on another run; another key gives other ones", async () => {
    const again = path.join(dir, "again.xlsx");
    const other = path.join(dir, "other-key.xlsx");
    expect((await h4a(["share", ERROR_SAMPLE, "-o", again, "--key-file", key.file])).code).toBe(0);
    expect((await h4a(["share", ERROR_SAMPLE, "-o", other, "--key-file", otherKey.file])).code).toBe(0);
    const first = await idsOf(out);
    expect(await idsOf(again)).toEqual(first);
    const others = await idsOf(other);
    others.forEach((id, i) => expect(id).not.toBe(first[i]));
  });

  test("the key is in no written file: not as text, hex or base64, not in the output's metadata, not on screen", async () => {
    const keyText = key.bytes.toString("utf8").trim();
    const forms = [
      keyText,
      key.bytes.toString("hex"),
      key.bytes.toString("base64"),
      Buffer.from(keyText, "hex").toString("hex").toUpperCase(),
    ];
    const runText = await h4a(["share", ERROR_SAMPLE, "-o", path.join(dir, "screen.xlsx"), "--key-file", key.file]);
    for (const written of listing(dir).filter((name) => name.endsWith(".xlsx"))) {
      const file = path.join(dir, written);
      const raw = fs.readFileSync(file).toString("latin1");
      const xml = zipText(file);
      for (const form of forms) {
        expect(raw.includes(form)).toBe(false);
        expect(xml.toLowerCase().includes(form.toLowerCase())).toBe(false);
      }
    }
    for (const form of forms) expect(`${runText.stdout}${runText.stderr}`).not.toContain(form);
    expect(listing(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("the agreement stays in H4A_Parametri; the input is unchanged", async () => {
    const shared = await load(out);
    expect(shared.getWorksheet("H4A_Parametri")?.getCell("B4").value).toBe(6000);
    const before = sha256(ERROR_SAMPLE);
    await h4a(["share", ERROR_SAMPLE, "-o", path.join(dir, "unchanged.xlsx"), "--key-file", key.file]);
    expect(sha256(ERROR_SAMPLE)).toBe(before);
  });

  test("the report for people lists what was removed", async () => {
    const run = await h4a(["share", ERROR_SAMPLE, "-o", path.join(dir, "people.xlsx"), "--key-file", key.file], { LANG: "it_IT.UTF-8" });
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      `Copia per Homes4All scritta in ${path.join(dir, "people.xlsx")}.`,
      "- ID famiglia sostituiti da pseudonimi (HMAC-SHA-256 con la chiave della frase segreta): 39; altre celle che mostravano un ID: 0.",
      "- Colonne rimosse (svuotate): 2",
      "    Beneficiari!B «Codice fiscale»: codici fiscali",
      "    Beneficiari!T «Note»: testo libero",
      "- Formule H4A.* sostituite dal loro valore: 0.",
      "- Note di cella rimosse: 0.",
      "- L'accordo in H4A_Parametri è mantenuto.",
    ]);
  });
});

describe("h4a share keeps and refuses", () => {
  test("--keep Note keeps the free-text column; personal data can never be kept", async () => {
    const kept = path.join(dir, "kept-notes.xlsx");
    const run = await h4a(["share", ERROR_SAMPLE, "-o", kept, "--key-file", key.file, "--keep", "Note", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).keptColumns).toEqual([
      { sheet: "Beneficiari", column: "T", header: "Note", reason: "free-text", kind: null },
    ]);
    expect(zipText(kept)).toContain("SerD");
    const refused = await h4a([
      "share",
      ERROR_SAMPLE,
      "-o",
      path.join(dir, "refused.xlsx"),
      "--key-file",
      key.file,
      "--keep",
      "codice fiscale",
    ]);
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr)).toEqual([
      'h4a share: --keep codice fiscale: column B of "Beneficiari" holds direct personal data and is always removed.',
    ]);
    const unknown = await h4a([
      "share",
      ERROR_SAMPLE,
      "-o",
      path.join(dir, "refused.xlsx"),
      "--key-file",
      key.file,
      "--keep",
      "Osservazioni",
    ]);
    expect(unknown.code).toBe(2);
    expect(fs.existsSync(path.join(dir, "refused.xlsx"))).toBe(false);
  });

  test("a missing passphrase file, a weak passphrase, or none: exit 2, one line that never shows the passphrase", async () => {
    const missing = await h4a(["share", SAMPLE, "-o", path.join(dir, "no-key.xlsx"), "--key-file", path.join(dir, "nowhere.key")]);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual([`h4a share: ${path.join(dir, "nowhere.key")}: passphrase file not found.`]);
    for (const [name, weak, reason] of [
      ["short.key", "segreto", "at least 20 are needed"],
      ["sequence.key", "0123456789abcdefghijklmn\n", "a sequence or a repetition"],
    ]) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, weak);
      const run = await h4a(["share", SAMPLE, "-o", path.join(dir, `${name}.xlsx`), "--key-file", file]);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).not.toContain(weak.trim());
      expect(fs.existsSync(path.join(dir, `${name}.xlsx`))).toBe(false);
    }
    const noKey = await h4a(["share", SAMPLE, "-o", path.join(dir, "no-option.xlsx")]);
    expect(noKey.code).toBe(2);
    expect(lines(noKey.stderr)).toEqual(["h4a share: --key-file <file> or --passphrase-stdin is missing (see h4a share --help)."]);
  });

  test("the same passphrase from a file (with its final newline) or from standard input gives the same pseudonyms", async () => {
    const passphrase = "il gatto dorme sul tetto di via Po";
    const file = path.join(dir, "frase.txt");
    fs.writeFileSync(file, `${passphrase}\n`);
    const fromFile = await h4a(["share", SAMPLE, "-o", path.join(dir, "from-file.xlsx"), "--key-file", file, "--json"]);
    const child = spawnSync(
      process.execPath,
      [CLI, "share", SAMPLE, "-o", path.join(dir, "from-stdin.xlsx"), "--passphrase-stdin", "--json"],
      {
        input: passphrase,
        encoding: "utf8",
        env: { ...process.env, LANG: "en_GB.UTF-8", H4A_PROGRESS: "0" },
      },
    );
    expect([fromFile.code, child.status]).toEqual([0, 0]);
    const ids = (output: string) => valuesIn(output, "Beneficiari").values.map((row) => row[0]);
    expect(ids(path.join(dir, "from-stdin.xlsx"))).toEqual(ids(path.join(dir, "from-file.xlsx")));
    const key = await pseudonymKey(passphrase);
    expect(ids(path.join(dir, "from-file.xlsx"))).toContain(await pseudonymOf(key, "TO-2023-001"));
  });
});

describe("h4a share on a filled workbook with H4A.* formulas and notes", () => {
  let report: { formulasReplaced: string[]; notesRemoved: number; idCopiesReplaced: number; removedColumns: unknown[] };
  const out = path.join(dir, "formulas-shared.xlsx");

  beforeAll(async () => {
    const workbook = workbookOf("Beneficiari", minimalBeneficiaries());
    workbook.getWorksheet("Beneficiari")!.getCell("A2").note = "Famiglia seguita dall'assistente sociale Rossi";
    const summary = workbook.addWorksheet("Riepilogo");
    const set = (address: string, value: ExcelJS.CellValue) => (summary.getCell(address).value = value);
    set("A1", { formula: "H4A.PREMIUM(6000,11,3,0.8)", result: 26400 });
    set("A2", { formula: "_xldudf_H4A_TIER(7/11,9/11,10/11)", result: 0.8 });
    set("A3", { formula: "SUM(1,2)", result: 3 });
    set("A4", { formula: '"H4A.PREMIUM("&"(testo)"', result: "H4A.PREMIUM((testo)" });
    set("B1", { formula: "Beneficiari!$A$2", result: "F01" });
    set("B2", "F02");
    const contacts = workbook.addWorksheet("Contatti");
    [
      ["Famiglia", "Nominativo", "Telefono", "Quartiere"],
      ["F01", "Maria Esposito", "333 123 4567", "Barriera di Milano"],
      ["F02", "Ahmed Benali", "347 765 4321", "Aurora"],
      ["F03", "Lucia Ferraro", "011 4432211", "Vallette"],
    ].forEach((row, r) => row.forEach((value, c) => (contacts.getCell(r + 1, c + 1).value = value)));
    const input = await save(workbook, path.join(dir, "with-formulas.xlsx"));
    const filled = path.join(dir, "with-formulas-filled.xlsx");
    expect((await h4a(["fill", input, "-o", filled, "--param", "premiumPerFamily=6000"])).code).toBe(0);
    const run = await h4a(["share", filled, "-o", out, "--key-file", key.file, "--json"]);
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test("every H4A.* formula becomes its last value; native formulas and quoted text stay", async () => {
    expect(report.formulasReplaced).toEqual(["Riepilogo!A1", "Riepilogo!A2"]);
    const sheet = (await load(out)).getWorksheet("Riepilogo")!;
    expect(sheet.getCell("A1").value).toBe(26400);
    expect(sheet.getCell("A2").value).toBe(0.8);
    expect(sheet.getCell("A3").value).toEqual({ formula: "SUM(1,2)", result: 3 });
    expect(sheet.getCell("A4").formula).toBe('"H4A.PREMIUM("&"(testo)"');
    expect(zipText(out)).not.toMatch(/<f>[^<]*(?:H4A\.PREMIUM\(6000|_xldudf_H4A_TIER)/);
  });

  test("ids shown elsewhere follow: formulas reading an id keep reading it and show the pseudonym, copies are replaced", async () => {
    const shared = await load(out);
    const pseudonym = shared.getWorksheet("Beneficiari")!.getCell("A2").value;
    expect(pseudonym).toMatch(/^P-[0-9A-F]{16}$/);
    const summary = shared.getWorksheet("Riepilogo")!;
    expect(summary.getCell("B1").value).toEqual({ formula: "Beneficiari!$A$2", result: pseudonym });
    expect(summary.getCell("B2").value).toBe(shared.getWorksheet("Beneficiari")!.getCell("A3").value);
    const calc = shared.getWorksheet("H4A_Calcolo")!;
    expect(calc.getCell("A5").formula).toBe("Beneficiari!$A$2");
    expect(calc.getCell("A5").result).toBe(pseudonym);
    expect(report.idCopiesReplaced).toBe(16);
    expect(zipText(out)).not.toMatch(/>F\d\d</);
  });

  test("other sheets are checked too: names and phone numbers go, other columns stay", async () => {
    expect(report.removedColumns).toEqual([
      { sheet: "Contatti", column: "B", header: "Nominativo", reason: "personal-data", kind: "name" },
      { sheet: "Contatti", column: "C", header: "Telefono", reason: "personal-data", kind: "phone" },
    ]);
    const contacts = (await load(out)).getWorksheet("Contatti")!;
    expect(contacts.getCell("B2").value).toBeNull();
    expect(contacts.getCell("D2").value).toBe("Barriera di Milano");
    expect(contacts.getCell("A2").value).toMatch(/^P-/);
    expect(zipText(out)).not.toContain("Esposito");
  });

  test("cell notes are removed; the shared copy still validates and its payment formulas still read the agreement", async () => {
    expect(report.notesRemoved).toBe(1);
    expect(zipText(out)).not.toContain("Rossi");
    const validate = await h4a(["validate", out]);
    expect(validate.code).toBe(0);
    const refill = await h4a(["fill", out, "-o", path.join(dir, "refilled-shared.xlsx"), "--json"]);
    expect(JSON.parse(refill.stdout).total).toBe(13200);
  });
});
