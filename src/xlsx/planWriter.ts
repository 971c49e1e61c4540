import type { Text } from "../engine/cells/lang";
import { absolute } from "../engine/sheets/formulaText";
import { columnLetter, MAX_SHEET_ROWS, quoteSheetName } from "../engine/cells/address";
import { ownerName, type PrintSettings, type SheetPlan } from "../engine/sheets/workbookPlan";
import { dropCalcChain } from "./cellWriter";
import { CT } from "./contentTypes";
import type { Package } from "./package";
import { PartSink } from "./partSink";
import { folderOf, type Relationships, relsPathOf } from "./relationships";
import { readCodeName } from "./sheetReader";
import { writeSheetXml } from "./sheetWriter";
import { minimalStylesheet, StyleSheet } from "./styles";
import { layoutTable, tableXml, type TableLayout } from "./tableWriter";
import { editWorkbookXml, type NewDefinedName, type NewSheet } from "./workbookEditor";
import {
  type DefinedNameEntry,
  findSheet,
  hasOwnerMark,
  sameName,
  type SheetEntry,
  sheetOfFormula,
  type WorkbookIndex,
} from "./workbookIndex";
import { attribute, scanXml } from "./xmlText";

/**
 * Carrying SheetPlans out on a package: the refusals (a sheet of a plan's name the add-in did
 * not make, a table name taken elsewhere), then — all or nothing — each plan's sheet written as
 * a new part (a replaced sheet at its old part, keeping its tab; its old tables, drawings and
 * rels removed), its tables as new table parts, styles appended, calcChain dropped, and
 * workbook.xml's sheets, names and calcPr edited in place. A plan's print area and print titles
 * are the sheet-scoped names _xlnm.Print_Area and _xlnm.Print_Titles, replacing the old sheet's.
 */

/** The add-in's defined names all start so (its owner marks too, see OWNER_NAME_PREFIX). */
export const ADD_IN_NAME_PREFIX = "H4A_";

/** A sheet of a plan's name exists but the add-in did not create it (or a table name is taken): nothing was written. */
export class ForeignSheetError extends Error {
  constructor(
    readonly sheets: string[],
    readonly text: Text,
  ) {
    super(text.en);
    this.name = "ForeignSheetError";
  }
}

function foreignSheets(names: string[]): ForeignSheetError {
  const one = names.length === 1;
  const list = names.join(", ");
  return new ForeignSheetError(names, {
    it: `La cartella ha già ${one ? "un foglio" : "i fogli"} ${list} non ${one ? "creato" : "creati"} da H4A: nulla è stato scritto. Rinominarli o spostarne il contenuto e riprovare.`,
    en: `The workbook already has ${one ? "a sheet" : "sheets"} ${list} that H4A did not create: nothing was written. Rename them or move their content, then try again.`,
  });
}

function tableNamesTaken(clashes: { sheet: string; table: string }[]): ForeignSheetError {
  const list = clashes.map(({ sheet, table }) => `${table} (${sheet})`).join(", ");
  return new ForeignSheetError(
    clashes.map((c) => c.sheet),
    {
      it: `La cartella ha già tabelle con i nomi usati da H4A: ${list}; nulla è stato scritto. Rinominarle e riprovare.`,
      en: `The workbook already has tables with the names H4A uses: ${list}; nothing was written. Rename them and try again.`,
    },
  );
}

const upper = (s: string): string => s.toLocaleUpperCase("en-US");

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new RangeError(`"${name}" cannot be an Excel sheet name.`);
  }
}

/** Excel's rules for a table name (starts with a letter, "_" or "\", no spaces, not a cell reference). */
function checkTableName(name: string): void {
  if (
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    throw new RangeError(`"${name}" cannot be an Excel table name.`);
  }
}

const isRow = (row: number): boolean => Number.isInteger(row) && row >= 1 && row <= MAX_SHEET_ROWS;

/** A print area and title rows inside the sheet, first before last; a whole number of pages wide. */
function checkPrint(sheet: string, print: PrintSettings): void {
  const { firstRow, firstColumn, lastRow, lastColumn } = print.area;
  const titles = print.titleRows;
  const rowsOk =
    isRow(firstRow) &&
    isRow(lastRow) &&
    firstRow <= lastRow &&
    (titles === undefined || (isRow(titles.first) && isRow(titles.last) && titles.first <= titles.last));
  if (!rowsOk || firstColumn > lastColumn)
    throw new RangeError(`The print settings of ${sheet} name rows or columns outside the sheet, or in the wrong order.`);
  columnLetter(firstColumn);
  columnLetter(lastColumn);
  if (print.fitToPagesWide !== undefined && !(Number.isInteger(print.fitToPagesWide) && print.fitToPagesWide >= 1)) {
    throw new RangeError(`${sheet} cannot print ${print.fitToPagesWide} pages wide.`);
  }
}

function checkPlans(plans: readonly SheetPlan[]): void {
  const sheets = new Set<string>();
  const tables = new Set<string>();
  for (const plan of plans) {
    checkSheetName(plan.name);
    if (plan.print !== undefined) checkPrint(plan.name, plan.print);
    if (sheets.has(upper(plan.name))) throw new RangeError(`Two plans for the sheet ${plan.name}.`);
    sheets.add(upper(plan.name));
    for (const table of plan.tables) {
      checkTableName(table.name);
      if (tables.has(upper(table.name))) throw new RangeError(`Two tables named ${table.name}.`);
      tables.add(upper(table.name));
    }
  }
}

/** The plans' workbook-scope names: those they declare, and each sheet's hidden owner mark (last of a name wins). */
function plannedNames(plans: readonly SheetPlan[]): NewDefinedName[] {
  const names = new Map<string, NewDefinedName>();
  for (const plan of plans) {
    for (const named of plan.names)
      names.set(upper(named.name), { name: named.name, formula: absolute(named.row, named.column, plan.name), hidden: false });
    const mark = ownerName(plan.name);
    names.set(upper(mark), { name: mark, formula: absolute(1, 1, plan.name), hidden: true });
  }
  return [...names.values()];
}

interface Target {
  plan: SheetPlan;
  /** The sheet of the plan's name, when there is one (the add-in's own). */
  sheet: SheetEntry | undefined;
}

/**
 * Writes the plans into the package, all or nothing. Throws a ForeignSheetError, changing
 * nothing, when a sheet of a plan's name exists without the owner mark or another sheet holds a
 * table of a plan's table name; a RangeError for a plan Excel could not hold.
 */
export function writePlans(pkg: Package, index: WorkbookIndex, plans: readonly SheetPlan[]): void {
  checkPlans(plans);
  const targets: Target[] = plans.map((plan) => ({ plan, sheet: findSheet(index, plan.name) }));
  const foreign = targets.filter((t) => t.sheet !== undefined && !hasOwnerMark(index, t.sheet)).map((t) => t.plan.name);
  if (foreign.length > 0) throw foreignSheets(foreign);
  const replaced = new Set(targets.flatMap((t) => (t.sheet === undefined ? [] : [t.sheet])));
  const planned = new Set(plans.flatMap((p) => p.tables.map((t) => upper(t.name))));
  const clashes: { sheet: string; table: string }[] = [];
  for (const sheet of index.sheets) {
    if (replaced.has(sheet) || sheet.part === null || !pkg.has(sheet.part)) continue;
    for (const table of tableNames(pkg, sheet.part)) if (planned.has(upper(table))) clashes.push({ sheet: sheet.name, table });
  }
  if (clashes.length > 0) throw tableNamesTaken(clashes);

  const restore = pkg.checkpoint();
  try {
    write(pkg, index, targets);
  } catch (error) {
    restore();
    throw error;
  }
}

function write(pkg: Package, index: WorkbookIndex, targets: Target[]): void {
  const folder = folderOf(index.path);
  const wbRels = index.rels;
  const relType = (kind: string): string => `${index.relationshipBase}/${kind}`;
  const stylesRel = wbRels.ofKind("styles").find((r) => r.part !== null && pkg.has(r.part));
  const stylesPart = stylesRel?.part ?? null;
  const styles = new StyleSheet(
    stylesPart === null ? minimalStylesheet(index.mainNamespace) : pkg.readText(stylesPart),
    stylesPart ?? `${folder}styles.xml`,
  );

  dropCalcChain(pkg, index);

  const numbers = partNumbers(pkg);
  let nextSheetId = Math.max(0, ...index.sheets.map((s) => s.sheetId)) + 1;
  const addSheets: NewSheet[] = [];
  const renameSheets: { sheet: SheetEntry; name: string }[] = [];
  const printNames: NewDefinedName[] = [];

  for (const { plan, sheet } of targets) {
    let part: string;
    let codeName: string | null = null;
    const position = sheet !== undefined && sheet.part !== null ? sheet.position : index.sheets.length + addSheets.length;
    if (plan.print !== undefined) printNames.push(...printNamesOf(plan.name, plan.print, position));
    if (sheet !== undefined && sheet.part !== null) {
      part = sheet.part;
      if (pkg.has(part)) {
        codeName = readCodeName(pkg, part);
        removeOwnedParts(pkg, part);
      }
      if (sheet.name !== plan.name) renameSheets.push({ sheet, name: plan.name });
    } else {
      part = `${folder}worksheets/sheet${numbers.sheet++}.xml`;
      while (pkg.has(part)) part = `${folder}worksheets/sheet${numbers.sheet++}.xml`;
      addSheets.push({ name: plan.name, sheetId: nextSheetId++, rId: wbRels.add(relType("worksheet"), part) });
    }
    const sheetRels = pkg.relationships(part);
    const layouts: TableLayout[] = plan.tables.map(layoutTable);
    const tableRelationshipIds = layouts.map((layout) => {
      let tablePart = `${folder}tables/table${numbers.table++}.xml`;
      while (pkg.has(tablePart)) tablePart = `${folder}tables/table${numbers.table++}.xml`;
      pkg.set(tablePart, tableXml(layout, numbers.tableId++, index.mainNamespace), CT.table);
      return sheetRels.add(relType("table"), tablePart);
    });
    const sink = new PartSink(pkg.deflateLevel);
    const context = {
      namespace: index.mainNamespace,
      relationshipNamespace: index.relationshipBase,
      styleIndex: styles.styleIndex.bind(styles),
      tableRelationshipIds,
      codeName,
    };
    writeSheetXml(plan, layouts, context, sink);
    pkg.setDeflated(part, sink.finish(), CT.worksheet);
    pkg.setRelationships(sheetRels);
  }

  if (styles.changed) {
    const part = stylesPart ?? `${folder}styles.xml`;
    pkg.set(part, styles.text, CT.styles);
    if (stylesPart === null) wbRels.add(relType("styles"), part);
  }

  const plans = targets.map((t) => t.plan);
  const removeNames = [...ownedNames(index, targets), ...replacedPrintNames(index, targets)];
  pkg.set(
    index.path,
    editWorkbookXml(index, {
      addSheets,
      renameSheets,
      removeNames,
      addNames: [...plannedNames(plans), ...printNames],
      fullCalcOnLoad: true,
    }),
  );
  pkg.setRelationships(wbRels);
  pkg.contentTypes.ensureDefault("rels", CT.relationships);
}

/**
 * The names the add-in owns among the workbook's: workbook-scope names the plans declare, the
 * plans' owner marks, and H4A_ names pointing at a sheet being replaced. Every other name stays.
 */
function ownedNames(index: WorkbookIndex, targets: Target[]): DefinedNameEntry[] {
  const declared = new Set(plannedNames(targets.map((t) => t.plan)).map((n) => upper(n.name)));
  const replaced = targets.flatMap((t) => (t.sheet === undefined ? [] : [t.sheet.name]));
  return index.definedNames.filter((d) => {
    if (d.localSheetId !== null) return false;
    if (declared.has(upper(d.name))) return true;
    if (!upper(d.name).startsWith(ADD_IN_NAME_PREFIX)) return false;
    const target = sheetOfFormula(d.formula);
    return target !== null && replaced.some((name) => sameName(name, target));
  });
}

/** The built-in names Excel keeps a sheet's print area and print titles in, scoped to the sheet. */
const PRINT_AREA = "_xlnm.Print_Area";
const PRINT_TITLES = "_xlnm.Print_Titles";

/** The print area and title rows of a plan's sheet, at tab position `position`, as Excel names them. */
function printNamesOf(sheet: string, print: PrintSettings, position: number): NewDefinedName[] {
  const { firstRow, firstColumn, lastRow, lastColumn } = print.area;
  const names: NewDefinedName[] = [
    {
      name: PRINT_AREA,
      formula: `${absolute(firstRow, firstColumn, sheet)}:${absolute(lastRow, lastColumn)}`,
      hidden: false,
      localSheetId: position,
    },
  ];
  if (print.titleRows !== undefined) {
    names.push({
      name: PRINT_TITLES,
      formula: `${quoteSheetName(sheet)}!$${print.titleRows.first}:$${print.titleRows.last}`,
      hidden: false,
      localSheetId: position,
    });
  }
  return names;
}

/** The print areas and print titles of the sheets being replaced: they described the content that goes. */
function replacedPrintNames(index: WorkbookIndex, targets: Target[]): DefinedNameEntry[] {
  const positions = new Set(targets.flatMap((t) => (t.sheet === undefined || t.sheet.part === null ? [] : [t.sheet.position])));
  return index.definedNames.filter(
    (d) => d.localSheetId !== null && positions.has(d.localSheetId) && (sameName(d.name, PRINT_AREA) || sameName(d.name, PRINT_TITLES)),
  );
}

/** The table names (name and displayName) of a sheet part's tables. */
function tableNames(pkg: Package, sheetPart: string): string[] {
  const names: string[] = [];
  for (const rel of pkg.relationships(sheetPart).ofKind("table")) {
    if (rel.part === null || !pkg.has(rel.part)) continue;
    const root = scanXml(pkg.readText(rel.part), rel.part);
    for (const n of [attribute(root, "name"), attribute(root, "displayName")]) if (n !== undefined && !names.includes(n)) names.push(n);
  }
  return names;
}

/** The next free numbers of sheetN.xml and tableN.xml, and of table ids (over every table part of the package). */
function partNumbers(pkg: Package): { sheet: number; table: number; tableId: number } {
  let sheet = 1;
  let table = 1;
  let tableId = 1;
  for (const name of pkg.partNames()) {
    const s = /worksheets\/sheet(\d+)\.xml$/i.exec(name);
    if (s !== null) sheet = Math.max(sheet, Number(s[1]) + 1);
    const t = /tables\/table(\d+)\.xml$/i.exec(name);
    if (t !== null) table = Math.max(table, Number(t[1]) + 1);
    if (t !== null || pkg.contentType(name) === CT.table) {
      const id = Number(attribute(scanXml(pkg.readText(name), name), "id") ?? 0);
      if (Number.isFinite(id)) tableId = Math.max(tableId, id + 1);
    }
  }
  return { sheet, table, tableId };
}

/** Which parts each part is the target of (lower-cased names; the package's own rels are source ""). */
function inboundReferences(pkg: Package): Map<string, Set<string>> {
  const inbound = new Map<string, Set<string>>();
  for (const name of pkg.partNames()) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
    if (m === null) continue;
    const source = m[1] + m[2];
    let rels: Relationships;
    try {
      rels = pkg.relationships(source);
    } catch {
      continue;
    }
    for (const rel of rels.list()) {
      if (rel.part === null) continue;
      const k = rel.part.toLowerCase();
      if (!inbound.has(k)) inbound.set(k, new Set());
      (inbound.get(k) as Set<string>).add(source.toLowerCase());
    }
  }
  return inbound;
}

/**
 * Removes a sheet part with its rels and every part only it leads to (its tables, drawings and
 * their charts, comments, …): a part still referenced from a part kept is kept.
 */
function removeOwnedParts(pkg: Package, part: string): void {
  const inbound = inboundReferences(pkg);
  const removed = new Map<string, string>([[part.toLowerCase(), part]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const source of [...removed.values()]) {
      for (const rel of pkg.relationships(source).list()) {
        if (rel.part === null || !pkg.has(rel.part) || removed.has(rel.part.toLowerCase())) continue;
        const sources = inbound.get(rel.part.toLowerCase()) ?? new Set<string>();
        if ([...sources].every((s) => removed.has(s))) {
          removed.set(rel.part.toLowerCase(), rel.part);
          grew = true;
        }
      }
    }
  }
  removeParts(pkg, [...removed.values()]);
}

function removeParts(pkg: Package, parts: readonly string[]): void {
  for (const part of parts) {
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
  }
}
