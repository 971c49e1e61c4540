import * as path from "node:path";

/**
 * The corpus of finance-office workbooks in test/corpus (made by scripts/corpus/make_corpus.py,
 * documented in test/corpus/README.md): for each file, where its beneficiaries are, the --param
 * values a command needs, whether it has a candidates sheet, and which features it carries.
 * test/corpus/corpus.test.ts checks every claim below against the files.
 */

export const CORPUS_DIR = path.resolve(__dirname, "..", "corpus");

/** Who wrote the file's parts. */
export type Producer =
  /** openpyxl 3.0.9 (plus hand-made parts for what it cannot write: custom.xml, external link, alt text). */
  | "openpyxl"
  /** LibreOffice 7.4 Calc, saving an openpyxl-made workbook (or adding a DataPilot / VBA module to it). */
  | "libreoffice"
  /** An openpyxl-made workbook re-laid out the way Excel (Microsoft 365) writes its parts. */
  | "excel-layout"
  /** The add-in's sample (exceljs, scripts/make-samples.js) edited by hand in its XML as a user would. */
  | "exceljs-sample-edited";

export type Feature =
  /** A chart (xl/charts/chartN.xml) in a drawing of a worksheet. */
  | "chart"
  /** Legacy notes: a comments part and its vmlDrawing, with <legacyDrawing> in the sheet. */
  | "legacyNotes"
  /** Excel threaded comments (xl/threadedComments/*.xml) and the person list (xl/persons/person.xml). */
  | "threadedComments"
  /** An Excel table (ListObject) whose range starts at the beneficiary header row. */
  | "table"
  /** A picture with alt text (cNvPr descr). */
  | "imageAltText"
  /** A list data validation with prompt and error texts. */
  | "dataValidation"
  | "conditionalFormatting"
  /** An x14 conditional format (data bar) in the worksheet's <extLst>. */
  | "worksheetExtLst"
  /** A defined name holding a constant (Tasso = 0.05). */
  | "constantName"
  /** A defined name holding a formula (COUNTA(…)). */
  | "formulaName"
  /** A user name scoped to one sheet (localSheetId), other than the print names. */
  | "sheetScopedName"
  /** A user name whose range is in the beneficiary sheet. */
  | "beneficiaryName"
  /** A user name (not H4A_…) whose range is in H4A_Parametri. */
  | "parametersName"
  /** xl/externalLinks/externalLink1.xml to a workbook that does not exist, and a formula using [1]Sheet1!… */
  | "externalLink"
  | "hiddenSheet"
  | "veryHiddenSheet"
  /** Merged cells on the beneficiary sheet (title rows). */
  | "mergedCells"
  /** A protected sheet with a legacy password hash. */
  | "sheetProtection"
  /** The beneficiary sheet itself is protected. */
  | "beneficiarySheetProtected"
  /** Workbook structure protection (lockStructure). */
  | "workbookProtection"
  /** Manual row and column page breaks. */
  | "pageBreaks"
  /** A hyperlink to a place in the workbook (location). */
  | "internalHyperlink"
  /** A hyperlink to a web address (external relationship). */
  | "externalHyperlink"
  | "printArea"
  | "printTitles"
  /** docProps/custom.xml. */
  | "customProperties"
  /** A user-defined named cell style (cellStyle without builtinId). */
  | "namedCellStyle"
  /** A "Riepilogo" sheet whose COUNTIF/SUMPRODUCT formulas read the beneficiary columns, with cached values. */
  | "summaryFormulas"
  /** Formulas inside the beneficiary range (Mesi di attesa computed from the dates). */
  | "beneficiaryFormulas"
  /** xl/calcChain.xml. */
  | "calcChain"
  /** xl/vbaProject.bin (macro-enabled main content type). */
  | "vbaProject"
  /** A pivot table with its cache definition and records. */
  | "pivotTable"
  /** The add-in's H4A_Parametri sheet, with its owner mark and H4A_<key> names. */
  | "parametersSheet"
  /** A formula typed by the user in an H4A_Parametri value cell. */
  | "parametersUserFormula"
  /** A note on an H4A_Parametri cell. */
  | "parametersNote"
  /** Strings in xl/sharedStrings.xml / inline in the cells (openpyxl writes inline strings). */
  | "sharedStrings"
  | "inlineStrings"
  /** A relationship with an absolute target ("/xl/…"). */
  | "absoluteTargets"
  /** xl/theme/theme1.xml (LibreOffice writes none). */
  | "theme";

export const FEATURES: readonly Feature[] = [
  "chart",
  "legacyNotes",
  "threadedComments",
  "table",
  "imageAltText",
  "dataValidation",
  "conditionalFormatting",
  "worksheetExtLst",
  "constantName",
  "formulaName",
  "sheetScopedName",
  "beneficiaryName",
  "parametersName",
  "externalLink",
  "hiddenSheet",
  "veryHiddenSheet",
  "mergedCells",
  "sheetProtection",
  "beneficiarySheetProtected",
  "workbookProtection",
  "pageBreaks",
  "internalHyperlink",
  "externalHyperlink",
  "printArea",
  "printTitles",
  "customProperties",
  "namedCellStyle",
  "summaryFormulas",
  "beneficiaryFormulas",
  "calcChain",
  "vbaProject",
  "pivotTable",
  "parametersSheet",
  "parametersUserFormula",
  "parametersNote",
  "sharedStrings",
  "inlineStrings",
  "absoluteTargets",
  "theme",
];

export interface CorpusFile {
  /** The file name in test/corpus. */
  file: string;
  /** Its absolute path. */
  path: string;
  producer: Producer;
  /** The beneficiary sheet (MECHANISM.md §3). */
  beneficiarySheet: string;
  /** 1-based row of its header row (title rows above it). */
  headerRow: number;
  /** Families on it; all of them validate without errors for `currentYear`. */
  families: number;
  /** The current year the file is valid for (outcomes are filled exactly for the due years). */
  currentYear: 3 | 4;
  /** The --param items a command needs (none when the file's H4A_Parametri has them). */
  params: readonly string[];
  /** Headers in English (§3's English column) instead of Italian. */
  englishHeaders: boolean;
  /** The candidates sheet (MECHANISM.md §3b), or null. */
  candidatesSheet: string | null;
  candidates: number;
  /** Every sheet, in workbook order. */
  sheets: readonly string[];
  /** Exactly the features the file carries (the test checks both ways). */
  features: readonly Feature[];
  /** The Open XML SDK validator's errors on the file as committed (Microsoft 365 rules). */
  validatorBaseline: number;
  description: string;
}

const file = (spec: Omit<CorpusFile, "path">): CorpusFile => ({ ...spec, path: path.join(CORPUS_DIR, spec.file) });

const FULL: readonly Feature[] = [
  "chart",
  "legacyNotes",
  "table",
  "imageAltText",
  "dataValidation",
  "conditionalFormatting",
  "constantName",
  "formulaName",
  "sheetScopedName",
  "beneficiaryName",
  "externalLink",
  "hiddenSheet",
  "mergedCells",
  "sheetProtection",
  "pageBreaks",
  "internalHyperlink",
  "externalHyperlink",
  "printArea",
  "printTitles",
  "customProperties",
  "namedCellStyle",
  "summaryFormulas",
];

export const CORPUS: readonly CorpusFile[] = [
  file({
    file: "openpyxl-full.xlsx",
    producer: "openpyxl",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 24,
    currentYear: 3,
    params: ["currentYear=3", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: "Candidati",
    candidates: 18,
    sheets: ["Beneficiari", "Candidati", "Riepilogo", "Liste", "Controllo"],
    features: [...FULL, "veryHiddenSheet", "threadedComments", "inlineStrings", "absoluteTargets", "theme"],
    validatorBaseline: 2,
    description:
      "openpyxl with every feature it can write (bar and line charts), plus custom properties, an external link, image alt text and threaded comments added as parts",
  }),
  file({
    file: "openpyxl-english-minimal.xlsx",
    producer: "openpyxl",
    beneficiarySheet: "Families",
    headerRow: 1,
    families: 11,
    currentYear: 3,
    params: ["currentYear=3", "premiumPerFamily=6000"],
    englishHeaders: true,
    candidatesSheet: null,
    candidates: 0,
    sheets: ["Families"],
    features: ["inlineStrings", "absoluteTargets", "theme"],
    validatorBaseline: 1,
    description: "the smallest file: one sheet named Families, English headers in row 1, nothing else",
  }),
  file({
    file: "openpyxl-protected.xlsx",
    producer: "openpyxl",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 13,
    currentYear: 4,
    params: ["currentYear=4", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: null,
    candidates: 0,
    sheets: ["Beneficiari", "Riepilogo"],
    features: [
      "workbookProtection",
      "sheetProtection",
      "beneficiarySheetProtected",
      "mergedCells",
      "summaryFormulas",
      "inlineStrings",
      "absoluteTargets",
      "theme",
    ],
    validatorBaseline: 1,
    description: "workbook structure protection (password hash) and the beneficiary and summary sheets protected (legacy password hashes)",
  }),
  file({
    file: "excel-layout-full.xlsx",
    producer: "excel-layout",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 18,
    currentYear: 3,
    params: ["currentYear=3", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: "Candidati",
    candidates: 16,
    sheets: ["Beneficiari", "Candidati", "Riepilogo", "Liste", "Controllo"],
    features: [
      ...FULL,
      "veryHiddenSheet",
      "threadedComments",
      "worksheetExtLst",
      "beneficiaryFormulas",
      "calcChain",
      "sharedStrings",
      "absoluteTargets",
      "theme",
    ],
    validatorBaseline: 0,
    description:
      "every feature, with threaded comments, an x14 data bar, formulas in the beneficiary range and calcChain, laid out as Excel writes its parts",
  }),
  file({
    file: "excel-layout-protected.xlsx",
    producer: "excel-layout",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 21,
    currentYear: 3,
    params: ["currentYear=3", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: null,
    candidates: 0,
    sheets: ["Beneficiari", "Riepilogo"],
    features: [
      "workbookProtection",
      "sheetProtection",
      "beneficiarySheetProtected",
      "mergedCells",
      "summaryFormulas",
      "calcChain",
      "sharedStrings",
      "absoluteTargets",
      "theme",
    ],
    validatorBaseline: 0,
    description: "the protected workbook of openpyxl-protected.xlsx (other families), laid out as Excel writes its parts",
  }),
  file({
    file: "libreoffice-full.xlsx",
    producer: "libreoffice",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 28,
    currentYear: 4,
    params: ["currentYear=4", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: "Candidati",
    candidates: 22,
    sheets: ["Beneficiari", "Candidati", "Riepilogo", "Liste", "Controllo"],
    features: [...FULL, "sharedStrings"],
    validatorBaseline: 0,
    description: "the openpyxl full workbook saved by LibreOffice Calc 7.4 (its own part layout; veryHidden becomes hidden; no theme)",
  }),
  file({
    file: "pivot.xlsx",
    producer: "libreoffice",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 20,
    currentYear: 3,
    params: ["currentYear=3", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: null,
    candidates: 0,
    sheets: ["Beneficiari", "Riepilogo", "Pivot"],
    features: ["pivotTable", "mergedCells", "summaryFormulas", "namedCellStyle", "sharedStrings"],
    validatorBaseline: 0,
    description: "a LibreOffice DataPilot saved as an Excel pivot table: families by referring service × cohort over the beneficiary range",
  }),
  file({
    file: "macro.xlsm",
    producer: "libreoffice",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 15,
    currentYear: 4,
    params: ["currentYear=4", "premiumPerFamily=6000"],
    englishHeaders: false,
    candidatesSheet: null,
    candidates: 0,
    sheets: ["Beneficiari", "Riepilogo"],
    features: ["vbaProject", "legacyNotes", "mergedCells", "summaryFormulas", "sharedStrings"],
    validatorBaseline: 0,
    description: "macro-enabled: a real VBA project (module Modulo1 + ThisWorkbook) written by LibreOffice's VBA export",
  }),
  file({
    file: "parametri-user-formulas.xlsx",
    producer: "exceljs-sample-edited",
    beneficiarySheet: "Beneficiari",
    headerRow: 4,
    families: 30,
    currentYear: 4,
    params: [],
    englishHeaders: false,
    candidatesSheet: "Candidati",
    candidates: 30,
    sheets: ["Beneficiari", "Candidati", "H4A_Parametri"],
    features: ["parametersSheet", "parametersUserFormula", "parametersNote", "parametersName", "legacyNotes", "sharedStrings", "theme"],
    validatorBaseline: 1,
    description:
      "the add-in's sample with its H4A_Parametri, where the user typed =B2/B3 for premiumPerFamily, a note on currentYear and a name Premio_Complessivo",
  }),
];

export function corpusFile(name: string): CorpusFile {
  const found = CORPUS.find((f) => f.file === name);
  if (!found) throw new Error(`no corpus file ${name}`);
  return found;
}

/** The corpus files that carry `feature`. */
export function withFeature(feature: Feature): CorpusFile[] {
  return CORPUS.filter((f) => f.features.includes(feature));
}

/** ["--param", "currentYear=3", "--param", "premiumPerFamily=6000"] for a command line. */
export function paramArgs(entry: CorpusFile): string[] {
  return entry.params.flatMap((p) => ["--param", p]);
}
