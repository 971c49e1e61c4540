/**
 * The lossless .xlsx package layer: open an .xlsx as the zip of parts it is, read sheets
 * streamed as Office.js reads them, write the add-in's sheets by editing the package (every part
 * it does not own kept byte for byte). Pure TypeScript on Uint8Array: runs in Node and in the
 * task pane.
 */

export { PackageError, packageError, type PackageErrorKind } from "./errors";
export {
  DEFAULT_LIMITS,
  MAX_COMPRESSION_RATIO,
  MAX_PART_BYTES,
  MAX_STREAMED_PART_BYTES,
  RATIO_CHECK_FROM_BYTES,
  type PackageLimits,
} from "./limits";
export { decodeXmlBytes, openPackage, Package, type PackageOptions } from "./package";
export { CT, ContentTypes, CONTENT_TYPES_PART } from "./contentTypes";
export { Relationships, relsPathOf, resolveTarget, relativeTarget, type Relationship } from "./relationships";
export {
  findSheet,
  hasOwnerMark,
  readWorkbookIndex,
  type DefinedNameEntry,
  type SheetEntry,
  type SheetKind,
  type SheetState,
  type WorkbookIndex,
} from "./workbookIndex";
export { BUILTIN_DATE_FORMAT_IDS, fontsInSchemaOrder, isDateFormatCode, StyleSheet, type CellStyle } from "./styles";
export { readSharedStrings } from "./sharedStrings";
export {
  isoDateToSerial,
  readCells,
  readSheetValues,
  streamSheetCells,
  type CellHandler,
  type ReadSheetOptions,
  type SheetContext,
  type SheetValues,
} from "./sheetReader";
export { PackageWorkbook } from "./packageWorkbook";
export { ADD_IN_NAME_PREFIX, ForeignSheetError, writePlans } from "./planWriter";
export { editCells, type SheetCellEdit } from "./cellWriter";
export { PIVOT_CACHE_TYPES, replacePivotCacheTexts } from "./pivotCaches";
export { rewriteFormula, scrubPackage, type ScrubKind, type ScrubRemoval, type ScrubReplace } from "./scrub";
export { textReplacer, type TextReplacement } from "./textReplacer";
export { editSheetXml, type CellChange, type ExistingCell, type NewCell, type SheetEdit } from "./sheetEditor";
export type { NewDefinedName } from "./workbookEditor";
export { shareWorkbook, ShareError, type RemovedColumn, type ShareInput, type ShareReport } from "./shareCopy";
