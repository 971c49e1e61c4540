import { CT } from "./contentTypes";
import { packageError } from "./errors";
import type { Package } from "./package";
import { relsPathOf } from "./relationships";
import { editSheetXml, type SheetEdit } from "./sheetEditor";
import type { SheetContext } from "./sheetReader";
import { minimalStylesheet, StyleSheet } from "./styles";
import { editWorkbookXml, type NewDefinedName } from "./workbookEditor";
import { findSheet, type WorkbookIndex } from "./workbookIndex";

/**
 * Editing cells of existing worksheets, all or nothing: each sheet part rewritten by
 * sheetEditor.ts, new styles appended, workbook-scope names replaced or added, calcChain
 * dropped (a cell that held a formula may now hold a value; Excel rebuilds the chain) and a
 * full recalculation asked for on opening.
 */

export interface SheetCellEdit {
  sheet: string;
  edit: SheetEdit;
}

/** Makes the edits; returns the number of cells changed or put. */
export function editCells(
  pkg: Package,
  index: WorkbookIndex,
  context: SheetContext,
  edits: readonly SheetCellEdit[],
  names: readonly NewDefinedName[] = [],
): number {
  const restore = pkg.checkpoint();
  try {
    return edit(pkg, index, context, edits, names);
  } catch (error) {
    restore();
    throw error;
  }
}

function edit(
  pkg: Package,
  index: WorkbookIndex,
  context: SheetContext,
  edits: readonly SheetCellEdit[],
  names: readonly NewDefinedName[],
): number {
  const stylesRel = index.rels.ofKind("styles").find((r) => r.part !== null && pkg.has(r.part));
  const stylesPart = stylesRel?.part ?? null;
  const folder = index.path.slice(0, index.path.lastIndexOf("/") + 1);
  const styles = new StyleSheet(
    stylesPart === null ? minimalStylesheet(index.mainNamespace) : pkg.readText(stylesPart),
    stylesPart ?? `${folder}styles.xml`,
  );
  const editContext = { ...context, styleIndex: styles.styleIndex.bind(styles) };

  let changed = 0;
  for (const { sheet: name, edit: sheetEdit } of edits) {
    const sheet = findSheet(index, name);
    if (sheet === undefined || sheet.kind !== "worksheet") throw packageError("no-sheet", null, name);
    if (sheet.part === null || !pkg.has(sheet.part)) throw packageError("missing-part", sheet.part ?? name);
    const result = editSheetXml(pkg.readText(sheet.part), sheet.part, sheetEdit, editContext);
    if (result.changed > 0) pkg.set(sheet.part, result.text);
    changed += result.changed;
  }
  if (changed === 0 && names.length === 0) return 0;

  if (styles.changed) {
    const part = stylesPart ?? `${folder}styles.xml`;
    pkg.set(part, styles.text, CT.styles);
    if (stylesPart === null) index.rels.add(`${index.relationshipBase}/styles`, part);
  }
  dropCalcChain(pkg, index);
  const upper = (s: string): string => s.toLocaleUpperCase("en-US");
  const replacedNames = new Set(names.map((n) => upper(n.name)));
  const removeNames = index.definedNames.filter((d) => d.localSheetId === null && replacedNames.has(upper(d.name)));
  pkg.set(index.path, editWorkbookXml(index, { addSheets: [], renameSheets: [], removeNames, addNames: [...names], fullCalcOnLoad: true }));
  pkg.setRelationships(index.rels);
  return changed;
}

/** Removes xl/calcChain.xml with its relationship: it lists formula cells, and Excel rebuilds it. */
export function dropCalcChain(pkg: Package, index: WorkbookIndex): void {
  for (const rel of index.rels.ofKind("calcChain")) {
    if (rel.part !== null) {
      pkg.remove(rel.part);
      pkg.remove(relsPathOf(rel.part));
    }
    index.rels.remove(rel.id);
  }
}
