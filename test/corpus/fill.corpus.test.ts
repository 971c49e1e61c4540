import { promises as fs } from "node:fs";
import * as path from "node:path";
import { zipSync } from "fflate";
import { h4a, sha256, tempDir, type CliRun } from "../cli/helpers/runCli";
import { recalculateWithLibreOffice } from "../cli/support/libreoffice";
import { CORPUS, corpusFile, paramArgs, type CorpusFile } from "../support/corpus";
import {
  consistencyProblems,
  isAddInSheet,
  lossProblems,
  macroProblems,
  mapLimit,
  partsOutsideTheIndexes,
  rawDefinedNames,
  sheetOrderProblems,
  tableBelow,
  userNamesNotKept,
  userSheetValues,
} from "../support/corpusCommands";
import { formatErrors, newErrors, validateOoxml, type OoxmlResult } from "../support/ooxmlValidator";
import {
  changedParts,
  partText,
  readParts,
  relationships,
  relsPartOf,
  sameBytes,
  sheetPart,
  sheetValues,
  workbookPart,
  workbookSheets,
  type PackageParts,
} from "../support/packageParts";

/**
 * `h4a fill` on every corpus file, run as a user runs it (the compiled CLI, the --param values
 * each file needs): it exits 0; every part but the indexes and the add-in's own sheets is byte for
 * byte the input's; the user's defined names and sheets are kept as written; a .xlsm keeps its
 * macros; the Open XML SDK validator finds no new error; and LibreOffice, recalculating every
 * formula of the input and of the output (one soffice run), computes the same values on every
 * sheet of the user's. Then the file whose own H4A_Parametri holds a user formula and a note:
 * fill keeps that sheet as it was, and --param currentYear=3 changes that one cell only.
 */

jest.setTimeout(120_000);

const PARAMETRI = corpusFile("parametri-user-formulas.xlsx");

interface Filled {
  entry: CorpusFile;
  run: CliRun;
  output: string;
  input: PackageParts;
  parts: PackageParts;
  validatorBefore: OoxmlResult;
  validatorAfter: OoxmlResult;
  /** The LibreOffice-recalculated input and output. */
  recalculatedInput: PackageParts;
  recalculatedOutput: PackageParts;
  inputHashBefore: string;
}

const filled = new Map<string, Filled>();
/** `fill parametri-user-formulas.xlsx --param currentYear=3 --json`: the run, its output and LibreOffice's recalculation. */
let year3: { run: CliRun; parts: PackageParts; recalculated: PackageParts; validator: OoxmlResult };

beforeAll(async () => {
  const dir = tempDir("fill-corpus");
  const inputs = path.join(dir, "in");
  await fs.mkdir(inputs);
  const hashes = CORPUS.map((entry) => sha256(entry.path));
  const runs = await mapLimit(CORPUS, 2, async (entry) => {
    // LibreOffice reads a copy (its lock files stay out of test/corpus).
    const copy = path.join(inputs, entry.file);
    await fs.copyFile(entry.path, copy);
    const ext = path.extname(entry.file);
    const output = path.join(dir, `${path.basename(entry.file, ext)}-filled${ext}`);
    return { entry, copy, output, run: await h4a(["fill", entry.path, "-o", output, ...paramArgs(entry)]) };
  });
  const year3File = path.join(dir, "parametri-user-formulas-year3.xlsx");
  const year3Run = await h4a(["fill", PARAMETRI.path, "-o", year3File, "--param", "currentYear=3", "--json"]);
  for (const r of [...runs.map((x) => ({ name: x.entry.file, run: x.run })), { name: "parametri year 3", run: year3Run }]) {
    if (r.run.code !== 0) throw new Error(`h4a fill ${r.name} exited ${r.run.code}: ${r.run.stderr}`);
  }
  const toValidate = [...runs.flatMap((r) => [r.entry.path, r.output]), year3File];
  const validated = await mapLimit(toValidate, 2, (file) => validateOoxml(file));
  const toRecalculate = [...runs.flatMap((r) => [r.copy, r.output]), year3File];
  const recalculated = await recalculateWithLibreOffice(toRecalculate, path.join(dir, "recalculated"));
  runs.forEach((r, i) => {
    filled.set(r.entry.file, {
      entry: r.entry,
      run: r.run,
      output: r.output,
      input: readParts(r.entry.path),
      parts: readParts(r.output),
      validatorBefore: validated[2 * i],
      validatorAfter: validated[2 * i + 1],
      recalculatedInput: readParts(recalculated[2 * i]),
      recalculatedOutput: readParts(recalculated[2 * i + 1]),
      inputHashBefore: hashes[i],
    });
  });
  year3 = {
    run: year3Run,
    parts: readParts(year3File),
    recalculated: readParts(recalculated[recalculated.length - 1]),
    validator: validated[validated.length - 1],
  };
  await fs.rm(dir, { recursive: true, force: true });
}, 300_000);

const get = (entry: CorpusFile): Filled => {
  const f = filled.get(entry.file);
  if (f === undefined) throw new Error(`${entry.file} was not filled`);
  return f;
};

describe.each(CORPUS.map((entry) => [entry.file, entry] as const))("h4a fill %s", (_name, entry) => {
  test("exits 0, writes H4A_Parametri, H4A_Calcolo and H4A_Pagamenti, and leaves the input file as it was", () => {
    const f = get(entry);
    expect({ code: f.run.code, stderr: f.run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(sha256(entry.path)).toBe(f.inputHashBefore);
    const names = workbookSheets(f.parts).map((s) => s.name);
    expect(names.filter(isAddInSheet)).toEqual(["H4A_Parametri", "H4A_Calcolo", "H4A_Pagamenti"]);
  });

  test("every part but the indexes and the add-in's own sheets (with their tables) is byte-identical", () => {
    const f = get(entry);
    expect(partsOutsideTheIndexes(f.input, f.parts)).toEqual([]);
    // What did change: only index parts and the add-in's; the add-in's new sheets are there.
    const { added, changed } = changedParts(f.input, f.parts);
    expect(added.length).toBeGreaterThan(0);
    expect(changed).toContain("xl/workbook.xml");
  });

  test("the user's defined names are in workbook.xml exactly as written, and the user's sheets keep their order and elements", () => {
    const f = get(entry);
    const userNames = rawDefinedNames(f.input).filter((n) => !isAddInSheet(n.name));
    // The files with names carry several (print areas, constants, formulas, sheet-scoped, lists).
    if (entry.features.some((x) => ["constantName", "formulaName", "printArea", "parametersName"].includes(x)))
      expect(userNames.length).toBeGreaterThan(0);
    expect(userNamesNotKept(f.input, f.parts)).toEqual([]);
    expect(sheetOrderProblems(f.input, f.parts)).toEqual([]);
  });

  test("the package is consistent and keeps its main content type (a .xlsm its VBA project)", () => {
    const f = get(entry);
    expect(consistencyProblems(f.parts)).toEqual([]);
    expect(macroProblems(f.input, f.parts)).toEqual([]);
    if (entry.features.includes("vbaProject")) {
      expect(f.parts.has("xl/vbaProject.bin")).toBe(true);
      expect(sameBytes(f.parts.get("xl/vbaProject.bin") as Uint8Array, f.input.get("xl/vbaProject.bin") as Uint8Array)).toBe(true);
      expect(partText(f.parts, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    }
  });

  test("the Open XML SDK validator finds no error the input did not have", () => {
    const f = get(entry);
    expect(f.validatorAfter.errors.filter((e) => e.errorType === "Exception")).toEqual([]);
    expect(f.validatorBefore.errors).toHaveLength(entry.validatorBaseline);
    const added = newErrors(f.validatorBefore.errors, f.validatorAfter.errors);
    if (added.length > 0) throw new Error(`${entry.file}: new validator errors\n${formatErrors(added)}`);
  });

  test("LibreOffice computes the same values on every sheet of the user's, before and after", () => {
    const f = get(entry);
    const userSheets = workbookSheets(f.input)
      .map((s) => s.name)
      .filter((name) => !isAddInSheet(name));
    expect(userSheets).toEqual(entry.sheets.filter((name) => !isAddInSheet(name)));
    const before = userSheetValues(f.recalculatedInput, userSheets);
    const after = userSheetValues(f.recalculatedOutput, userSheets);
    for (const sheet of userSheets) {
      expect((before.get(sheet) ?? []).length).toBeGreaterThan(0);
      expect({ sheet, values: after.get(sheet) }).toEqual({ sheet, values: before.get(sheet) });
    }
    // LibreOffice did open the output and compute the add-in's sheets too.
    expect(sheetValues(f.recalculatedOutput, "H4A_Pagamenti").length).toBeGreaterThan(0);
  });
});

describe("the checks above see what they look for", () => {
  const f = () => get(corpusFile("openpyxl-full.xlsx"));
  const tampered = (parts: PackageParts, edit: (files: Record<string, Uint8Array>) => void): PackageParts => {
    const files: Record<string, Uint8Array> = Object.fromEntries(parts);
    edit(files);
    return readParts(zipSync(files));
  };
  const replaceText = (files: Record<string, Uint8Array>, part: string, from: string | RegExp, to: string): void => {
    const text = new TextDecoder().decode(files[part]);
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`nothing to replace in ${part}`);
    files[part] = new TextEncoder().encode(edited);
  };

  test("a chart changed by one byte, a drawing removed, a stray part added", () => {
    const out = tampered(f().parts, (files) => {
      files["xl/charts/chart1.xml"] = Uint8Array.from([...files["xl/charts/chart1.xml"], 0x20]);
      delete files["xl/media/image1.png"];
      files["xl/stray.xml"] = new TextEncoder().encode("<x/>");
    });
    expect(partsOutsideTheIndexes(f().input, out).sort()).toEqual([
      "added xl/stray.xml",
      "changed xl/charts/chart1.xml",
      "removed xl/media/image1.png",
    ]);
    expect(lossProblems(f().input, f().parts)).toEqual([]);
  });

  test("a user name edited, two sheets swapped, a hidden sheet shown", () => {
    const wb = workbookPart(f().parts);
    const out = tampered(f().parts, (files) => {
      replaceText(files, wb, /(<definedName name="Tasso"[^>]*>)[^<]*/, "$10.06");
      replaceText(files, wb, /(<sheet [^>]*name="Beneficiari"[^>]*\/>)(<sheet [^>]*name="Candidati"[^>]*\/>)/, "$2$1");
      replaceText(files, wb, /(<sheet [^>]*name="Liste"[^>]*?) state="hidden"/, "$1");
    });
    expect(userNamesNotKept(f().input, out)).toEqual([`<definedName name="Tasso" comment="Tasso di indicizzazione">0.05</definedName>`]);
    const problems = sheetOrderProblems(f().input, out);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sheets Beneficiari, Candidati, .* became Candidati, Beneficiari, /);
    expect(problems[1]).toMatch(/^the sheet element <sheet .*name="Liste".* changed$/);
  });

  test("a .xlsm whose VBA project or macro-enabled content type is lost", () => {
    const macro = get(corpusFile("macro.xlsm"));
    const noVba = tampered(macro.parts, (files) => void delete files["xl/vbaProject.bin"]);
    // (its content type is the Default for .bin, which stays)
    expect(macroProblems(macro.input, noVba)).toEqual(["xl/vbaProject.bin is gone"]);
    const vbaRel = relationships(macro.parts, "xl/workbook.xml").find((r) => r.kind === "vbaProject");
    expect(consistencyProblems(noVba)).toContain(`xl/_rels/workbook.xml.rels: ${vbaRel?.id} → missing xl/vbaProject.bin`);
    const asXlsx = tampered(macro.parts, (files) =>
      replaceText(
        files,
        "[Content_Types].xml",
        "ms-excel.sheet.macroEnabled.main+xml",
        "openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      ),
    );
    expect(macroProblems(macro.input, asXlsx)).toHaveLength(1);
  });

  test("LibreOffice's values differ where the data differ (the year-3 payments are not the year-4 ones)", () => {
    const year4 = get(PARAMETRI).recalculatedOutput;
    expect(sheetValues(year3.recalculated, "H4A_Pagamenti")).not.toEqual(sheetValues(year4, "H4A_Pagamenti"));
  });
});

/** H4A_Parametri's cell XML at `ref` (a <c> element, self-closing or not), or null. */
function cellXml(sheetXml: string, ref: string): string | null {
  return new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`).exec(sheetXml)?.[0] ?? null;
}

describe("parametri-user-formulas.xlsx: the user's own H4A_Parametri (formula B4 = B2/B3, a note on B16, a user name into it)", () => {
  const paramsPart = (parts: PackageParts) => sheetPart(parts, "H4A_Parametri");
  /** The note on H4A_Parametri: its comments and VML parts and the sheet's rels. */
  const noteParts = (parts: PackageParts): string[] => {
    const part = paramsPart(parts);
    const rels = relationships(parts, part).filter((r) => r.kind === "comments" || r.kind === "vmlDrawing");
    return [relsPartOf(part), ...rels.map((r) => r.part as string)];
  };

  /** The part without the rows fill appends for the keys the sheet was written without (MECHANISM.md §5). */
  const withoutAppendedKeys = (text: string): string => text.replace(/<row r="33">[\s\S]*?(?=<\/sheetData>)/, "");

  test("fill without --param only appends the keys the sheet lacks (rows 33–34): every cell before them, its note and the user's name stay byte for byte", () => {
    const f = get(PARAMETRI);
    expect(PARAMETRI.params).toEqual([]);
    const part = paramsPart(f.input);
    expect(paramsPart(f.parts)).toBe(part);
    const after = partText(f.parts, part);
    expect(withoutAppendedKeys(after)).toBe(partText(f.input, part));
    expect(after).toMatch(/<row r="33"><c r="A33"[^>]*><is><t>plannedEnrolment<\/t>/);
    expect(after).toMatch(/<row r="34"><c r="A34"[^>]*><is><t>trueUpPolicy<\/t><\/is><\/c><c r="B34"[^>]*><is><t>nextPayment<\/t>/);
    expect(partText(f.parts, part)).toContain("<f>B2/B3</f>");
    const notes = noteParts(f.input);
    expect(notes).toHaveLength(3);
    for (const p of notes) expect([p, sameBytes(f.parts.get(p) as Uint8Array, f.input.get(p) as Uint8Array)]).toEqual([p, true]);
    expect(rawDefinedNames(f.parts).map((n) => n.xml)).toContain(
      rawDefinedNames(f.input).find((n) => n.name === "Premio_Complessivo")?.xml,
    );
  });

  test("fill --param currentYear=3 changes the currentYear cell B16 only (besides the keys appended): the formula B2/B3 stays, the note's parts are unchanged", () => {
    const input = get(PARAMETRI).input;
    const part = paramsPart(input);
    const before = partText(input, part);
    const after = partText(year3.parts, part);
    const b16Before = cellXml(before, "B16");
    const b16After = cellXml(after, "B16");
    expect(b16Before).toBe(`<c r="B16"><v>4</v></c>`);
    expect(b16After).toBe(`<c r="B16"><v>3</v></c>`);
    // Byte for byte the same part but for that cell.
    expect(withoutAppendedKeys(after)).toBe(before.replace(b16Before as string, b16After as string));
    expect(cellXml(after, "B4")).toMatch(/^<c r="B4"[^>]*><f>B2\/B3<\/f><v>6000<\/v><\/c>$/);
    for (const p of noteParts(input))
      expect([p, sameBytes(year3.parts.get(p) as Uint8Array, input.get(p) as Uint8Array)]).toEqual([p, true]);
    // Otherwise, as any fill: the indexes and the add-in's sheets only.
    expect(lossProblems(input, year3.parts)).toEqual([]);
    expect(newErrors(get(PARAMETRI).validatorBefore.errors, year3.validator.errors)).toEqual([]);
  });

  test("LibreOffice computes the payments with year 3 (B4 from its formula), as fill --json printed them", () => {
    const json = JSON.parse(year3.run.stdout) as { years: { programmeYear: number; amount: number; cumulative: number }[]; total: number };
    const params = sheetValues(year3.recalculated, "H4A_Parametri");
    expect(params[15][1]).toBe(3);
    expect(params[3][1]).toBe(6000);
    const payments = sheetValues(year3.recalculated, "H4A_Pagamenti");
    const tranches = tableBelow(payments, ["Coorte", "Anno di coorte", "Anno di programma"]);
    expect(tranches.length).toBeGreaterThan(0);
    for (const t of tranches)
      expect([t["Anno di programma"], t["Dovuto"]]).toEqual([
        t["Anno di programma"],
        (t["Anno di programma"] as number) <= 3 ? "Sì" : "No",
      ]);
    const years = tableBelow(payments, ["Anno di programma", "Anno solare", "Pagamento"]);
    expect(json.years.map((y) => y.programmeYear)).toEqual([1, 2, 3]);
    for (const y of json.years) {
      const row = years.find((r) => r["Anno di programma"] === y.programmeYear);
      expect([y.programmeYear, row?.["Pagamento"], row?.["Cumulato"]]).toEqual([y.programmeYear, y.amount, y.cumulative]);
    }
    for (const row of years.filter((r) => (r["Anno di programma"] as number) > 3)) expect(row["Pagamento"]).toBe(0);
    // With the sheet's own year 4, LibreOffice pays year 4 too: the year did change the payments.
    const year4 = tableBelow(sheetValues(get(PARAMETRI).recalculatedOutput, "H4A_Pagamenti"), [
      "Anno di programma",
      "Anno solare",
      "Pagamento",
    ]);
    expect((year4.find((r) => r["Anno di programma"] === 4)?.["Pagamento"] as number) > 0).toBe(true);
    expect(years[years.length - 1]["Cumulato"]).toBe(json.total);
  });
});
