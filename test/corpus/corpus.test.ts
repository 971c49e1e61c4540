import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { parseCandidateSheet } from "../../src/engine/candidates/parse";
import { parseParams, type RawParams } from "../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { paramsFromSheet } from "../../src/engine/sheets/parametersSheet";
import type { Element } from "@xmldom/xmldom";
import { CORPUS, CORPUS_DIR, FEATURES, type CorpusFile, type Feature } from "../support/corpus";
import {
  changedParts,
  contentTypeOf,
  definedNames,
  elements,
  NS,
  partsChangedOutside,
  partText,
  partXml,
  readParts,
  relationships,
  sheetValues,
  workbookPart,
  workbookSheets,
  type DefinedNameEntry,
  type PackageParts,
  type Relationship,
  type SheetEntry,
} from "../support/packageParts";
import { formatErrors, newErrors, validateOoxml, type OoxmlError } from "../support/ooxmlValidator";

/**
 * The corpus is what test/support/corpus.ts and test/corpus/README.md say: each file's claimed
 * features are carried by the right parts (with their relationships and content types), and no
 * other feature is; its beneficiaries validate without errors for its current year; and the Open XML
 * SDK validator's errors on it are the recorded baseline.
 */

const CT = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  threaded: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  vba: "application/vnd.ms-office.vbaProject",
  macroMain: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  main: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCache: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

/** What the feature checks look at, read once per file. */
class Workbook {
  readonly parts: PackageParts;
  readonly wb: string;
  readonly sheets: SheetEntry[];
  readonly names: DefinedNameEntry[];
  readonly beneficiaries: SheetEntry;

  constructor(readonly entry: CorpusFile) {
    this.parts = readParts(entry.path);
    this.wb = workbookPart(this.parts);
    this.sheets = workbookSheets(this.parts);
    this.names = definedNames(this.parts);
    const b = this.sheets.find((s) => s.name === entry.beneficiarySheet);
    if (!b) throw new Error(`${entry.file}: no sheet ${entry.beneficiarySheet}`);
    this.beneficiaries = b;
  }

  rels(source: string): Relationship[] {
    return relationships(this.parts, source);
  }

  /** The internal relationship of `kind` from `source` whose part exists and has content type `ct`. */
  target(source: string, kind: string, ct?: string): Relationship | undefined {
    return this.rels(source).find(
      (r) => r.kind === kind && r.part !== null && this.parts.has(r.part) && (ct === undefined || contentTypeOf(this.parts, r.part) === ct),
    );
  }

  xml(part: string) {
    return partXml(this.parts, part);
  }

  text(part: string): string {
    return partText(this.parts, part);
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Every relationship of every rels part. */
  allRels(): Relationship[] {
    return [...this.parts.keys()]
      .filter((n) => n.endsWith(".rels"))
      .flatMap((n) => {
        const source = n === "_rels/.rels" ? "" : n.replace(/_rels\/([^/]+)\.rels$/, "$1");
        return this.rels(source);
      });
  }
}

const rid = (el: Element): string | null => el.getAttributeNS(NS.r, "id");
const truthy = (v: string | null): boolean => v === "1" || v === "true";
const quoted = (sheet: string): string[] => [`${sheet}!`, `'${sheet.replace(/'/g, "''")}'!`];
const refersInto = (text: string, sheet: string): boolean => quoted(sheet).some((q) => text.startsWith(q)) && !/[(]/.test(text);

function hasLegacyNotes(w: Workbook, sheet: SheetEntry): boolean {
  const comments = w.target(sheet.part, "comments", CT.comments);
  const vml = w.target(sheet.part, "vmlDrawing");
  if (!comments || !vml || contentTypeOf(w.parts, vml.part as string) !== CT.vml) return false;
  const legacy = elements(w.xml(sheet.part), "legacyDrawing")[0];
  return legacy !== undefined && rid(legacy) === vml.id && elements(w.xml(comments.part as string), "comment").length > 0;
}

const DETECT: Record<Feature, (w: Workbook) => boolean> = {
  chart: (w) =>
    w.sheets.some((s) => {
      const drawing = w.target(s.part, "drawing");
      return drawing !== undefined && w.target(drawing.part as string, "chart", CT.chart) !== undefined;
    }),
  legacyNotes: (w) => w.sheets.some((s) => hasLegacyNotes(w, s)),
  threadedComments: (w) => {
    const persons = w.target(w.wb, "person", CT.person);
    if (!persons) return false;
    const personIds = new Set(elements(w.xml(persons.part as string), "person").map((p) => p.getAttribute("id")));
    return w.sheets.some((s) => {
      const tc = w.target(s.part, "threadedComment", CT.threaded);
      const comments = w.target(s.part, "comments", CT.comments);
      if (!tc || !comments) return false;
      const threads = elements(w.xml(tc.part as string), "threadedComment");
      const legacyRefs = new Set(elements(w.xml(comments.part as string), "comment").map((c) => c.getAttribute("ref")));
      return (
        threads.length > 0 &&
        threads.every((t) => personIds.has(t.getAttribute("personId")) && legacyRefs.has(t.getAttribute("ref"))) &&
        threads.some((t) => t.getAttribute("parentId") !== null)
      );
    });
  },
  table: (w) => {
    const rel = w.target(w.beneficiaries.part, "table", CT.table);
    if (!rel) return false;
    const table = elements(w.xml(rel.part as string), "table")[0];
    const parts = elements(w.xml(w.beneficiaries.part), "tablePart");
    return new RegExp(`^A${w.entry.headerRow}:`).test(table.getAttribute("ref") ?? "") && parts.some((p) => rid(p) === rel.id);
  },
  imageAltText: (w) =>
    w.sheets.some((s) => {
      const drawing = w.target(s.part, "drawing");
      if (!drawing) return false;
      const imageRels = new Map(
        w
          .rels(drawing.part as string)
          .filter((r) => r.kind === "image")
          .map((r) => [r.id, r]),
      );
      return elements(w.xml(drawing.part as string), "pic").some((pic) => {
        const descr = elements(pic, "cNvPr")[0]?.getAttribute("descr") ?? "";
        const blip = elements(pic, "blip")[0];
        const image = blip ? imageRels.get(blip.getAttributeNS(NS.r, "embed") ?? "") : undefined;
        return (
          descr.trim() !== "" && image?.part != null && w.parts.has(image.part) && /^image\//.test(contentTypeOf(w.parts, image.part) ?? "")
        );
      });
    }),
  dataValidation: (w) =>
    w.sheets.some((s) =>
      elements(w.xml(s.part), "dataValidation").some(
        (dv) =>
          dv.getAttribute("type") === "list" &&
          (dv.getAttribute("prompt") ?? "") !== "" &&
          (dv.getAttribute("error") ?? "") !== "" &&
          truthy(dv.getAttribute("showErrorMessage")) &&
          elements(dv, "formula1").length === 1,
      ),
    ),
  conditionalFormatting: (w) =>
    w.sheets.some((s) => elements(w.xml(s.part), "conditionalFormatting").some((cf) => elements(cf, "cfRule").length > 0)),
  worksheetExtLst: (w) =>
    w.sheets.some((s) => elements(w.xml(s.part), "ext").some((ext) => elements(ext, "conditionalFormattings").length > 0)),
  constantName: (w) => w.names.some((n) => /^-?\d+(\.\d+)?$/.test(n.text.trim())),
  formulaName: (w) => w.names.some((n) => /^[A-Z.]+\(/.test(n.text.trim())),
  sheetScopedName: (w) => w.names.some((n) => n.localSheetId !== null && !n.name.startsWith("_xlnm.")),
  beneficiaryName: (w) =>
    w.names.some((n) => !n.name.startsWith("_xlnm.") && !n.name.startsWith("H4A_") && refersInto(n.text, w.entry.beneficiarySheet)),
  parametersName: (w) =>
    w.names.some((n) => !n.name.startsWith("_xlnm.") && !n.name.startsWith("H4A_") && refersInto(n.text, "H4A_Parametri")),
  externalLink: (w) => {
    const rel = w.target(w.wb, "externalLink", CT.externalLink);
    if (!rel) return false;
    const pathRel = w.rels(rel.part as string).find((r) => r.kind === "externalLinkPath" && r.external);
    const referenced = elements(w.xml(w.wb), "externalReference").some((e) => rid(e) === rel.id);
    const used = w.sheets.some((s) => elements(w.xml(s.part), "f").some((f) => (f.textContent ?? "").includes("[1]")));
    const missing = pathRel !== undefined && !existsSync(path.resolve(CORPUS_DIR, decodeURI(pathRel.target)));
    return referenced && used && missing;
  },
  hiddenSheet: (w) => w.sheets.some((s) => s.state === "hidden"),
  veryHiddenSheet: (w) => w.sheets.some((s) => s.state === "veryHidden"),
  mergedCells: (w) => elements(w.xml(w.beneficiaries.part), "mergeCell").length > 0,
  sheetProtection: (w) => w.sheets.some((s) => isProtected(w, s)),
  beneficiarySheetProtected: (w) => isProtected(w, w.beneficiaries),
  workbookProtection: (w) => elements(w.xml(w.wb), "workbookProtection").some((p) => truthy(p.getAttribute("lockStructure"))),
  pageBreaks: (w) =>
    w.sheets.some((s) => {
      const doc = w.xml(s.part);
      return ["rowBreaks", "colBreaks"].every((tag) => elements(doc, tag).some((b) => elements(b, "brk").length > 0));
    }),
  internalHyperlink: (w) =>
    w.sheets.some((s) => elements(w.xml(s.part), "hyperlink").some((h) => (h.getAttribute("location") ?? "") !== "" && rid(h) === null)),
  externalHyperlink: (w) =>
    w.sheets.some((s) => {
      const rels = new Map(w.rels(s.part).map((r) => [r.id, r]));
      return elements(w.xml(s.part), "hyperlink").some((h) => {
        const rel = rels.get(rid(h) ?? "");
        return rel !== undefined && rel.kind === "hyperlink" && rel.external && /^https?:\/\//.test(rel.target);
      });
    }),
  printArea: (w) => w.names.some((n) => n.name === "_xlnm.Print_Area" && n.localSheetId !== null),
  printTitles: (w) => w.names.some((n) => n.name === "_xlnm.Print_Titles" && n.localSheetId !== null),
  customProperties: (w) => {
    const rel = w.target("", "custom-properties", CT.custom);
    return rel !== undefined && elements(w.xml(rel.part as string), "property").length > 0;
  },
  namedCellStyle: (w) => {
    const styles = w.target(w.wb, "styles");
    return styles !== undefined && elements(w.xml(styles.part as string), "cellStyle").some((s) => !s.hasAttribute("builtinId"));
  },
  summaryFormulas: (w) => {
    const summary = w.sheet("Riepilogo");
    if (!summary) return false;
    const cells = elements(w.xml(summary.part), "c").filter((c) => elements(c, "f").length > 0);
    const formulas = cells.map((c) => elements(c, "f")[0].textContent ?? "");
    const reads = (fn: string) => formulas.some((f) => f.includes(`${fn}(`) && quoted(w.entry.beneficiarySheet).some((q) => f.includes(q)));
    const cached = cells.every((c) => (elements(c, "v")[0]?.textContent ?? "") !== "");
    return reads("COUNTIF") && reads("SUMPRODUCT") && cached;
  },
  beneficiaryFormulas: (w) => elements(w.xml(w.beneficiaries.part), "f").length > 0,
  calcChain: (w) => w.target(w.wb, "calcChain", CT.calcChain) !== undefined,
  vbaProject: (w) => {
    const rel = w.target(w.wb, "vbaProject", CT.vba);
    if (!rel) return false;
    const bin = w.parts.get(rel.part as string) as Uint8Array;
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bin[i] === b);
    return cfb && contentTypeOf(w.parts, w.wb) === CT.macroMain && w.entry.file.endsWith(".xlsm");
  },
  pivotTable: (w) => {
    const caches = elements(w.xml(w.wb), "pivotCache")
      .map((c) => w.rels(w.wb).find((r) => r.id === rid(c)))
      .filter((r): r is Relationship => r !== undefined && r.part !== null && contentTypeOf(w.parts, r.part) === CT.pivotCache);
    const withRecords = caches.filter((c) => w.target(c.part as string, "pivotCacheRecords", CT.pivotRecords) !== undefined);
    const tables = w.sheets.flatMap((s) =>
      w.rels(s.part).filter((r) => r.kind === "pivotTable" && r.part !== null && contentTypeOf(w.parts, r.part) === CT.pivotTable),
    );
    return withRecords.length > 0 && tables.some((t) => w.target(t.part as string, "pivotCacheDefinition", CT.pivotCache) !== undefined);
  },
  parametersSheet: (w) =>
    w.sheet("H4A_Parametri") !== undefined &&
    w.names.some((n) => n.name === "H4A_Owned_H4A_Parametri") &&
    w.names.some((n) => n.name === "H4A_currentYear" && refersInto(n.text, "H4A_Parametri")),
  parametersUserFormula: (w) => {
    const params = w.sheet("H4A_Parametri");
    return (
      params !== undefined &&
      elements(w.xml(params.part), "c").some((c) => /^B\d+$/.test(c.getAttribute("r") ?? "") && elements(c, "f").length > 0)
    );
  },
  parametersNote: (w) => {
    const params = w.sheet("H4A_Parametri");
    return params !== undefined && hasLegacyNotes(w, params);
  },
  sharedStrings: (w) => {
    const rel = w.target(w.wb, "sharedStrings");
    return rel !== undefined && w.sheets.some((s) => elements(w.xml(s.part), "c").some((c) => c.getAttribute("t") === "s"));
  },
  inlineStrings: (w) => w.sheets.some((s) => elements(w.xml(s.part), "c").some((c) => c.getAttribute("t") === "inlineStr")),
  absoluteTargets: (w) => w.allRels().some((r) => !r.external && r.target.startsWith("/")),
  theme: (w) => w.target(w.wb, "theme") !== undefined,
};

function isProtected(w: Workbook, sheet: SheetEntry): boolean {
  return elements(w.xml(sheet.part), "sheetProtection").some(
    (p) => truthy(p.getAttribute("sheet")) && /^[0-9A-F]{4}$/i.test(p.getAttribute("password") ?? ""),
  );
}

const workbooks = new Map<string, Workbook>();
const workbookOf = (entry: CorpusFile): Workbook => {
  let w = workbooks.get(entry.file);
  if (!w) {
    w = new Workbook(entry);
    workbooks.set(entry.file, w);
  }
  return w;
};

describe("the corpus files", () => {
  test("test/corpus holds exactly the files of test/support/corpus.ts, each under 200 KB and documented in the README", () => {
    const onDisk = readdirSync(CORPUS_DIR)
      .filter((f) => /\.xls[xm]$/.test(f))
      .sort();
    expect(onDisk).toEqual(CORPUS.map((f) => f.file).sort());
    const readme = readFileSync(path.join(CORPUS_DIR, "README.md"), "utf8");
    for (const entry of CORPUS) {
      expect(statSync(entry.path).size).toBeLessThan(200 * 1024);
      expect(readme).toContain(entry.file);
    }
  });

  test("every feature is carried by at least one file", () => {
    for (const feature of FEATURES)
      expect([feature, CORPUS.filter((f) => f.features.includes(feature)).length > 0]).toEqual([feature, true]);
  });
});

describe.each(CORPUS.map((entry) => [entry.file, entry] as const))("%s", (_name, entry) => {
  test("is a consistent package: every internal relationship target exists and every part has a content type", () => {
    const w = workbookOf(entry);
    const dangling = w
      .allRels()
      .filter((r) => !r.external && !w.parts.has(r.part as string))
      .map((r) => `${r.kind} → ${r.target}`);
    expect(dangling).toEqual([]);
    const untyped = [...w.parts.keys()].filter((n) => n !== "[Content_Types].xml" && contentTypeOf(w.parts, n) === null);
    expect(untyped).toEqual([]);
    expect(contentTypeOf(w.parts, w.wb)).toBe(entry.file.endsWith(".xlsm") ? CT.macroMain : CT.main);
    expect(w.sheets.map((s) => s.name)).toEqual(entry.sheets);
  });

  test("carries exactly its claimed features", () => {
    const w = workbookOf(entry);
    const detected = FEATURES.filter((f) => DETECT[f](w));
    expect(detected.sort()).toEqual([...entry.features].sort());
  });

  test(`its beneficiaries validate without errors for current year ${entry.currentYear}`, () => {
    const w = workbookOf(entry);
    const params = paramsOf(w);
    expect(params.currentYear).toBe(entry.currentYear);
    const parsed = parseBeneficiarySheet(
      { sheetName: entry.beneficiarySheet, topLeft: "A1", values: sheetValues(w.parts, entry.beneficiarySheet) },
      params,
    );
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    // The generated files have no warning or note either; the add-in's sample keeps its one blank wellbeing.
    if (entry.producer !== "exceljs-sample-edited") expect(parsed.issues).toEqual([]);
    expect(parsed.columns.headerRow).toBe(entry.headerRow);
    expect(parsed.families).toHaveLength(entry.families);
    expect(entry.families).toBeGreaterThanOrEqual(11);
    expect(entry.families).toBeLessThanOrEqual(30);
    const cohorts = parsed.families.map((f) => f.cohort as number);
    expect(Math.max(...cohorts)).toBeLessThanOrEqual(entry.currentYear);
    const headers = (sheetValues(w.parts, entry.beneficiarySheet)[entry.headerRow - 1] ?? []).map(String);
    expect(headers).toContain(entry.englishHeaders ? "Family ID" : "ID famiglia");
  });

  test("its candidates sheet, if any, reads without errors", () => {
    const w = workbookOf(entry);
    const names = w.sheets.map((s) => s.name);
    if (entry.candidatesSheet === null) {
      expect(names).not.toContain("Candidati");
      return;
    }
    const parsed = parseCandidateSheet({
      sheetName: entry.candidatesSheet,
      topLeft: "A1",
      values: sheetValues(w.parts, entry.candidatesSheet),
    });
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(parsed.candidates).toHaveLength(entry.candidates);
    expect(Object.keys(parsed.columns).sort()).toEqual(
      [
        "id",
        "members",
        "minors",
        "isee",
        "condition",
        "referral",
        "requestDate",
        "eviction",
        "shelterMonths",
        "elders",
        "disabled",
        "violence",
      ].sort(),
    );
  });

  test("the Open XML SDK validator runs on it; its errors are the recorded baseline", async () => {
    const result = await validateOoxml(entry.path);
    expect(path.basename(result.file)).toBe(entry.file);
    expect(Array.isArray(result.errors)).toBe(true);
    expect(result.errors.every((e) => e.errorType !== "Exception")).toBe(true);
    if (result.errors.length !== entry.validatorBaseline)
      throw new Error(`${entry.file}: ${result.errors.length} errors\n${formatErrors(result.errors)}`);
    expect(result.ok).toBe(entry.validatorBaseline === 0);
    expect(newErrors(result.errors, result.errors)).toEqual([]);
  }, 120_000);
});

function paramsOf(w: Workbook) {
  const entry = w.entry;
  if (entry.params.length === 0) {
    const result = paramsFromSheet({ sheetName: "H4A_Parametri", topLeft: "A1", values: sheetValues(w.parts, "H4A_Parametri") });
    if (!result.params) throw new Error(`${entry.file}: H4A_Parametri has errors: ${JSON.stringify(result.issues)}`);
    return result.params;
  }
  const raw: RawParams = Object.fromEntries(entry.params.map((p) => p.split("=", 2))) as RawParams;
  const result = parseParams(raw);
  if (!result.params) throw new Error(`${entry.file}: invalid params ${entry.params.join(" ")}`);
  return result.params;
}

describe("the test support", () => {
  const entry = CORPUS[0];

  test("changedParts and partsChangedOutside see exactly the parts a rewrite touched", () => {
    const before = readParts(entry.path);
    expect(changedParts(before, before)).toEqual({ added: [], removed: [], changed: [] });
    const files: Record<string, Uint8Array> = {};
    for (const [name, data] of before) files[name] = data;
    const wb = workbookPart(before);
    files[wb] = strToU8(partText(before, wb).replace("</workbook>", "<!-- edited --></workbook>"));
    files["docProps/extra.xml"] = strToU8("<x/>");
    delete files["docProps/app.xml"];
    const after = zipSync(files);
    expect(changedParts(entry.path, after)).toEqual({ added: ["docProps/extra.xml"], removed: ["docProps/app.xml"], changed: [wb] });
    expect(partsChangedOutside(before, after, [wb, /^docProps\//])).toEqual([]);
    expect(partsChangedOutside(before, after, [wb])).toEqual(["added docProps/extra.xml", "removed docProps/app.xml"]);
  });

  test("newErrors compares by part and description, whatever the XPath, as a multiset", () => {
    const e = (part: string, description: string, xpath: string): OoxmlError => ({
      description,
      part,
      path: xpath,
      id: "Sch_X",
      errorType: "Schema",
    });
    const before = [e("/xl/styles.xml", "bad font", "/x:styleSheet[1]/x:fonts[1]/x:font[1]")];
    const moved = [e("/xl/styles.xml", "bad font", "/x:styleSheet[1]/x:fonts[1]/x:font[4]")];
    expect(newErrors(before, moved)).toEqual([]);
    const more = [
      ...moved,
      e("/xl/styles.xml", "bad font", "/x:styleSheet[1]/x:fonts[1]/x:font[5]"),
      e("/xl/workbook.xml", "bad name", "/x:workbook[1]"),
    ];
    expect(newErrors(before, more).map((x) => x.path)).toEqual(["/x:styleSheet[1]/x:fonts[1]/x:font[5]", "/x:workbook[1]"]);
  });

  test("the validator reports an unreadable file as a result, not a crash", async () => {
    const result = await validateOoxml(path.join(CORPUS_DIR, "README.md"));
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  }, 120_000);
});
