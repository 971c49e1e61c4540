import { parseAddress } from "../engine/cells/address";
import { ownerName } from "../engine/sheets/workbookPlan";
import { packageError } from "./errors";
import type { Package } from "./package";
import { isType, type Relationships, TRANSITIONAL_REL_BASE } from "./relationships";
import { attribute, childNamed, childrenNamed, namespaceOf, prefixFor, scanXml, textOf, type XmlElement } from "./xmlText";

/**
 * What `xl/workbook.xml` and its relationships say: the sheets in tab order (name, sheetId,
 * relationship, part, visibility, kind), the defined names (with their offsets in the text, so
 * the editor can keep or drop each one as it is), the 1904 date system flag, and the
 * namespaces new parts must use.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const STRICT_REL_BASE = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id (r:id). */
  rId: string;
  /** The sheet's part, or null when its relationship is missing. */
  part: string | null;
  kind: SheetKind;
  state: SheetState;
  /** 0-based tab position (what localSheetId counts). */
  position: number;
  /** The <sheet> element in workbook.xml. */
  element: XmlElement;
}

export interface DefinedNameEntry {
  name: string;
  /** The tab position of the sheet the name is scoped to, or null for a workbook-scope name. */
  localSheetId: number | null;
  hidden: boolean;
  /** The formula text (entities decoded, no leading "="). */
  formula: string;
  /** The <definedName> element in workbook.xml (its offsets). */
  element: XmlElement;
}

export interface WorkbookIndex {
  /** The workbook part, e.g. "xl/workbook.xml". */
  path: string;
  /** workbook.xml as read. */
  text: string;
  root: XmlElement;
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  /** workbookPr date1904: serial numbers count days from 1904-01-01 (values are left as stored). */
  date1904: boolean;
  /** The spreadsheetml namespace of the workbook (transitional or strict): new parts use it. */
  mainNamespace: string;
  /** The relationship-type base ("…/officeDocument/2006/relationships"); also the r: namespace. */
  relationshipBase: string;
  /** The prefix bound to the relationships namespace in workbook.xml ("r:"), or null when none is declared. */
  relationshipPrefix: string | null;
  /** The workbook's relationships. */
  rels: Relationships;
}

const KINDS: SheetKind[] = ["worksheet", "chartsheet", "dialogsheet", "macrosheet"];

const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";

/** Reads the workbook part of the package and its relationships. */
export function readWorkbookIndex(pkg: Package): WorkbookIndex {
  const path = pkg.workbookPath;
  const text = pkg.readText(path);
  const root = scanXml(text, path);
  const rels = pkg.relationships(path);
  const mainNamespace = namespaceOf(root) ?? MAIN_NS;
  const relationshipBase = mainNamespace === STRICT_MAIN_NS ? STRICT_REL_BASE : TRANSITIONAL_REL_BASE;
  const relationshipPrefix = prefixFor(root, relationshipBase) ?? null;
  const byId = new Map(rels.list().map((r) => [r.id, r]));

  const sheetsElement = childNamed(root, "sheets");
  if (sheetsElement === undefined) throw packageError("not-workbook", path, "no <sheets>");
  const sheets = childrenNamed(sheetsElement, "sheet").map((element, position): SheetEntry => {
    const rId = relationshipId(element, relationshipBase) ?? "";
    const rel = byId.get(rId);
    const state = attribute(element, "state");
    return {
      name: attribute(element, "name") ?? "",
      sheetId: Number(attribute(element, "sheetId") ?? 0),
      rId,
      part: rel?.part ?? null,
      kind: rel === undefined ? "other" : (KINDS.find((kind) => isType(rel.type, kind)) ?? "other"),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      position,
      element,
    };
  });

  const namesElement = childNamed(root, "definedNames");
  const definedNames = (namesElement === undefined ? [] : childrenNamed(namesElement, "definedName")).map((element): DefinedNameEntry => {
    const local = attribute(element, "localSheetId");
    return {
      name: attribute(element, "name") ?? "",
      localSheetId: local === undefined || local === "" ? null : Number(local),
      hidden: isTrue(attribute(element, "hidden")),
      formula: textOf(text, element),
      element,
    };
  });

  const workbookPr = childNamed(root, "workbookPr");
  const date1904 = workbookPr !== undefined && isTrue(attribute(workbookPr, "date1904"));
  return { path, text, root, sheets, definedNames, date1904, mainNamespace, relationshipBase, relationshipPrefix, rels };
}

/** The sheet element's relationship id: its attribute `id` in the relationships namespace, whatever the prefix. */
function relationshipId(element: XmlElement, relationshipBase: string): string | undefined {
  for (const a of element.attributes) {
    const colon = a.name.indexOf(":");
    if (colon < 0 || a.name.slice(colon + 1) !== "id") continue;
    const uri = namespaceOf({ ...element, prefix: a.name.slice(0, colon + 1) });
    if (uri === relationshipBase || uri === TRANSITIONAL_REL_BASE || uri === STRICT_REL_BASE) return attribute(element, a.name);
  }
  return undefined;
}

/** The sheet of this name: exact match first, then ignoring case (as Excel compares sheet names). */
export function findSheet(index: WorkbookIndex, name: string): SheetEntry | undefined {
  return index.sheets.find((s) => s.name === name) ?? index.sheets.find((s) => sameName(s.name, name));
}

/** Excel compares sheet names, defined names and table names ignoring case. */
export const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");

/** The sheet a defined name's formula points at ("'H4A Foo'!$A$1" → "H4A Foo"), or null for anything else. */
export function sheetOfFormula(formula: string): string | null {
  try {
    return parseAddress(formula).sheet;
  } catch {
    return null;
  }
}

/** True when the sheet is a worksheet with a workbook-scope name ownerName(sheet) pointing at it: the add-in made it. */
export function hasOwnerMark(index: WorkbookIndex, sheet: SheetEntry): boolean {
  if (sheet.kind !== "worksheet") return false;
  const mark = ownerName(sheet.name);
  return index.definedNames.some((d) => {
    if (d.localSheetId !== null || !sameName(d.name, mark)) return false;
    const target = sheetOfFormula(d.formula);
    return target !== null && sameName(target, sheet.name);
  });
}
