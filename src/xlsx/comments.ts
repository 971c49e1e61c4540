import type { Package } from "./package";
import { relsPathOf } from "./relationships";
import type { WorkbookIndex } from "./workbookIndex";

/**
 * Removing the cells' notes and threaded comments of every worksheet: free text that may hold
 * anything about a family. The comment parts go with their relationships; the sheet's
 * <legacyDrawing> that showed the notes goes with its VML part; nothing else of the sheet moves.
 * The workbook's list of comment authors (xl/persons, names and e-mails) goes too: with no
 * threaded comment left, nothing refers to it.
 */

const COMMENT_KINDS = ["comments", "threadedComment"];
const LEGACY_DRAWING = /<(?:[\w.-]+:)?legacyDrawing\b[^>]*?\bid\s*=\s*"([^"]*)"[^>]*\/>/;

/** Removes them; returns the number of notes and comments removed. */
export function removeComments(pkg: Package, index: WorkbookIndex): number {
  let removed = 0;
  for (const sheet of index.sheets) {
    if (sheet.part === null || !pkg.has(sheet.part)) continue;
    const rels = pkg.relationships(sheet.part);
    const comments = rels.list().filter((rel) => !rel.external && COMMENT_KINDS.some((kind) => rel.type.endsWith(`/${kind}`)));
    if (comments.length === 0) continue;
    for (const rel of comments) {
      if (rel.part !== null && pkg.has(rel.part)) {
        removed += (pkg.readText(rel.part).match(/<(?:[\w.-]+:)?(?:comment|threadedComment)\b/g) ?? []).length;
        pkg.remove(rel.part);
        pkg.remove(relsPathOf(rel.part));
      }
      rels.remove(rel.id);
    }
    const text = pkg.readText(sheet.part);
    const legacy = LEGACY_DRAWING.exec(text);
    const vml = legacy === null ? undefined : rels.byId(legacy[1]);
    if (legacy !== null && vml !== undefined) {
      pkg.set(sheet.part, text.slice(0, legacy.index) + text.slice(legacy.index + legacy[0].length));
      if (vml.part !== null && pkg.has(vml.part)) {
        pkg.remove(vml.part);
        pkg.remove(relsPathOf(vml.part));
      }
      rels.remove(vml.id);
    }
    pkg.setRelationships(rels);
  }
  removePersons(pkg, index);
  return removed;
}

/** Removes the threaded comments' persons part (their authors) with its relationship. */
function removePersons(pkg: Package, index: WorkbookIndex): void {
  const persons = index.rels.list().filter((rel) => !rel.external && rel.type.endsWith("/person"));
  if (persons.length === 0) return;
  for (const rel of persons) {
    if (rel.part !== null) {
      pkg.remove(rel.part);
      pkg.remove(relsPathOf(rel.part));
    }
    index.rels.remove(rel.id);
  }
  pkg.setRelationships(index.rels);
}
