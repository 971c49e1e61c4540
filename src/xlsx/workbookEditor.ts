import type { DefinedNameEntry, SheetEntry, WorkbookIndex } from "./workbookIndex";
import { applySplices, childNamed, escapeAttribute, escapeText, insertChildSplice, setAttributeSplice, type Splice } from "./xmlText";

/**
 * Edits of `xl/workbook.xml` made in its text: <sheet> elements added before `</sheets>` (or a
 * sheet renamed in place), the add-in's <definedName> elements removed and its new ones added at
 * the end of <definedNames>, and calcPr's fullCalcOnLoad set. Every other byte — the user's
 * names, unknown attributes and namespaces, extension lists, protection — stays as it was.
 */

export interface NewSheet {
  name: string;
  sheetId: number;
  rId: string;
}

export interface NewDefinedName {
  name: string;
  /** The formula, without "=" (e.g. "H4A_Parametri!$B$16"). */
  formula: string;
  hidden: boolean;
  /** The tab position of the sheet the name is scoped to (e.g. _xlnm.Print_Area); workbook scope without it. */
  localSheetId?: number;
}

export interface WorkbookEdits {
  addSheets: NewSheet[];
  renameSheets: { sheet: SheetEntry; name: string }[];
  removeNames: DefinedNameEntry[];
  addNames: NewDefinedName[];
  /** Ask Excel and LibreOffice to recalculate every formula when the file opens. */
  fullCalcOnLoad: boolean;
}

/** CT_Workbook's children that come after <definedNames>, and after <calcPr>. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);

/** workbook.xml's text with the edits made. */
export function editWorkbookXml(index: WorkbookIndex, edits: WorkbookEdits): string {
  const { text, root } = index;
  const p = root.prefix;
  const splices: Splice[] = [];

  const sheets = childNamed(root, "sheets");
  if (sheets !== undefined && edits.addSheets.length > 0) {
    const rAttribute =
      index.relationshipPrefix === null
        ? (id: string) => `xmlns:r="${index.relationshipBase}" r:id="${id}"`
        : (id: string) => `${index.relationshipPrefix}id="${id}"`;
    const xml = edits.addSheets
      .map((s) => `<${p}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}" ${rAttribute(s.rId)}/>`)
      .join("");
    splices.push(
      sheets.selfClosing
        ? { start: sheets.openEnd - 2, end: sheets.openEnd, text: `>${xml}</${sheets.name}>` }
        : { start: sheets.closeStart, end: sheets.closeStart, text: xml },
    );
  }
  for (const { sheet, name } of edits.renameSheets) splices.push(setAttributeSplice(text, sheet.element, "name", name));

  const namesElement = childNamed(root, "definedNames");
  const added = edits.addNames
    .map((n) => {
      const local = n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`;
      return `<${p}definedName name="${escapeAttribute(n.name)}"${local}${n.hidden ? ` hidden="1"` : ""}>${escapeText(n.formula)}</${p}definedName>`;
    })
    .join("");
  if (namesElement !== undefined) {
    const removed = new Set(edits.removeNames.map((n) => n.element.start));
    const kept = namesElement.children.filter((c) => !removed.has(c.start));
    if (kept.length === 0 && added === "") {
      splices.push({ start: namesElement.start, end: namesElement.end, text: "" });
    } else {
      for (const name of edits.removeNames) splices.push({ start: name.element.start, end: name.element.end, text: "" });
      if (added !== "") {
        splices.push(
          namesElement.selfClosing
            ? { start: namesElement.openEnd - 2, end: namesElement.openEnd, text: `>${added}</${namesElement.name}>` }
            : { start: namesElement.closeStart, end: namesElement.closeStart, text: added },
        );
      }
    }
  } else if (added !== "") {
    splices.push(insertChildSplice(root, `<${p}definedNames>${added}</${p}definedNames>`, AFTER_DEFINED_NAMES));
  }

  if (edits.fullCalcOnLoad) {
    const calcPr = childNamed(root, "calcPr");
    if (calcPr !== undefined) splices.push(setAttributeSplice(text, calcPr, "fullCalcOnLoad", "1"));
    else splices.push(insertChildSplice(root, `<${p}calcPr fullCalcOnLoad="1"/>`, AFTER_CALC_PR));
  }
  return applySplices(text, splices);
}
