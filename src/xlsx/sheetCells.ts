import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from "../engine/cells/address";
import type { CellValue } from "../engine/types";
import { cellValue, parseReference, type SheetContext } from "./cellValue";
import type { Package } from "./package";
import { bytesAre, decodeText, leadingInteger, plainInteger, TextCache } from "./textBytes";
import { decodeXstring } from "./xmlText";
import { type ByteXmlHandlers, streamXmlBytes } from "./xmlBytes";
import { STOP_PARSING, STOP_READING } from "./xmlStream";

/**
 * The cells of a worksheet part, streamed from its bytes: each cell is converted once, to the
 * value Office.js `range.values` gives (see cellValue.ts), as its end tag is met, and handed over
 * with its position; a plain integer (most numbers, every shared-string index) is read from the
 * bytes without a string. Cells and rows without an `r` attribute take the position after the
 * previous one. A sheet of a million rows is never held as text.
 */

/** A cell with content (a value, or a formula): 1-based row and column, its value, its style index (0 by default). Return false to stop reading. */
export type CellHandler = (row: number, column: number, value: CellValue, style: number) => boolean | void;

const enum Element {
  Other,
  SheetData,
  Row,
  Cell,
  Value,
  Formula,
  InlineString,
  Text,
  Phonetic,
}

function elementOf(bytes: Uint8Array, start: number, end: number): Element {
  switch (end - start) {
    case 1:
      switch (bytes[start]) {
        case 0x63:
          return Element.Cell;
        case 0x76:
          return Element.Value;
        case 0x66:
          return Element.Formula;
        case 0x74:
          return Element.Text;
      }
      return Element.Other;
    case 2:
      return bytes[start] === 0x69 && bytes[start + 1] === 0x73 ? Element.InlineString : Element.Other;
    case 3:
      return bytesAre(bytes, start, end, "row") ? Element.Row : bytesAre(bytes, start, end, "rPh") ? Element.Phonetic : Element.Other;
    case 9:
      return bytesAre(bytes, start, end, "sheetData") ? Element.SheetData : Element.Other;
  }
  return Element.Other;
}

/** A cell's `t` attribute, without making a string for the types SpreadsheetML defines. */
function typeOf(bytes: Uint8Array, start: number, end: number): string {
  switch (end - start) {
    case 1:
      switch (bytes[start]) {
        case 0x73:
          return "s";
        case 0x6e:
          return "n";
        case 0x62:
          return "b";
        case 0x65:
          return "e";
        case 0x64:
          return "d";
      }
      break;
    case 3:
      if (bytesAre(bytes, start, end, "str")) return "str";
      break;
    case 9:
      if (bytesAre(bytes, start, end, "inlineStr")) return "inlineStr";
      break;
  }
  return decodeText(bytes, start, end, false);
}

function hasAmpersand(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === 0x26) return true;
  return false;
}

/** The consumer of a worksheet's bytes: the state of the row and cell being read. */
class CellReader implements ByteXmlHandlers {
  private inData = false;
  private element = Element.Other;
  private row = 0;
  private column = 0;
  // the row's r attribute (NaN when absent)
  private rowNumber = NaN;
  // the cell being read
  private cellRow = 0;
  /** The cell's r attribute, as parseReference reads it; refColumn -1 when absent. */
  private refColumn = -1;
  private refRow = 0;
  private type: string | undefined = undefined;
  private style = 0;
  private hasV = false;
  private hasF = false;
  private hasInline = false;
  /** The <v> text: a plain integer read from the bytes (else NaN), or the text. */
  private vNumber = NaN;
  private v = "";
  private vPieces = 0;
  /** Where the <v> text read as vNumber is (bytes once scanned never change), should more text follow. */
  private vBytes: Uint8Array | null = null;
  private vStart = 0;
  private vEnd = 0;
  private inline = "";
  private inlinePieces = 0;
  /** The first run of the inline string (bytes once scanned never change), should more runs follow. */
  private inlineBytes: Uint8Array | null = null;
  private inlineStart = 0;
  private inlineEnd = 0;
  /** A whole inline string of one run, its _xHHHH_ escapes decoded. */
  private readonly inlineTexts = new TextCache((bytes, start, end) => decodeXstring(decodeText(bytes, start, end, false)));
  private capture = 0; // 0 none, 1 <v>, 2 <t> of <is>
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly context: SheetContext,
    private readonly onCell: CellHandler,
  ) {}

  open(bytes: Uint8Array, start: number, end: number): void {
    const element = elementOf(bytes, start, end);
    this.element = element;
    if (!this.inData) {
      if (element === Element.SheetData) this.inData = true;
      this.element = Element.Other;
      return;
    }
    switch (element) {
      case Element.Row:
        this.rowNumber = NaN;
        break;
      case Element.Cell:
        this.refColumn = -1;
        this.type = undefined;
        this.style = 0;
        this.hasV = false;
        this.hasF = false;
        this.hasInline = false;
        this.inInline = false;
        this.vNumber = NaN;
        this.v = "";
        this.vPieces = 0;
        this.inline = "";
        this.inlinePieces = 0;
        break;
      case Element.Value:
        this.capture = 1;
        this.hasV = true;
        break;
      case Element.Formula:
        this.hasF = true;
        break;
      case Element.InlineString:
        this.inInline = true;
        this.hasInline = true;
        break;
      case Element.Phonetic:
        this.phonetic++;
        break;
      case Element.Text:
        if (this.inInline && this.phonetic === 0) this.capture = 2;
        break;
    }
  }

  attribute(bytes: Uint8Array, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if (nameEnd - nameStart !== 1) return;
    const name = bytes[nameStart];
    const encoded = hasAmpersand(bytes, valueStart, valueEnd);
    if (this.element === Element.Row) {
      if (name !== 0x72) return;
      this.rowNumber = encoded ? parseInt(decodeText(bytes, valueStart, valueEnd, false), 10) : leadingInteger(bytes, valueStart, valueEnd);
    } else if (this.element === Element.Cell) {
      if (name === 0x72) this.reference(bytes, valueStart, valueEnd, encoded);
      else if (name === 0x74) this.type = encoded ? decodeText(bytes, valueStart, valueEnd, false) : typeOf(bytes, valueStart, valueEnd);
      else if (name === 0x73) {
        const style = encoded ? parseInt(decodeText(bytes, valueStart, valueEnd, false), 10) : leadingInteger(bytes, valueStart, valueEnd);
        this.style = style || 0;
      }
    }
  }

  opened(): void {
    if (this.element === Element.Row) {
      this.row = this.rowNumber || this.row + 1;
      this.column = 0;
    } else if (this.element === Element.Cell) {
      if (this.refColumn < 0) {
        this.column++;
        this.cellRow = this.row;
      } else {
        this.column = this.refColumn === 0 ? this.column + 1 : this.refColumn;
        this.cellRow = this.refRow === 0 ? this.row : this.refRow;
        this.row = this.cellRow;
      }
    }
  }

  /** parseReference on the bytes of an r attribute: letters (a column), then digits (a row), "$" skipped. */
  private reference(bytes: Uint8Array, start: number, end: number, encoded: boolean): void {
    if (encoded) {
      const ref = parseReference(decodeText(bytes, start, end, false));
      this.refColumn = ref.column;
      this.refRow = ref.row;
      return;
    }
    let column = 0;
    let i = start;
    for (; i < end; i++) {
      const c = bytes[i];
      if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
      else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
      else if (c !== 36) break;
    }
    let row = 0;
    for (; i < end; i++) {
      const c = bytes[i];
      if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
      else if (c !== 36) break;
    }
    this.refColumn = column;
    this.refRow = row;
  }

  close(bytes: Uint8Array, start: number, end: number): void {
    if (!this.inData) return;
    switch (elementOf(bytes, start, end)) {
      case Element.Value:
      case Element.Text:
        this.capture = 0;
        break;
      case Element.InlineString:
        this.inInline = false;
        break;
      case Element.Phonetic:
        this.phonetic--;
        break;
      case Element.Cell:
        this.endCell();
        break;
      case Element.SheetData:
        throw STOP_PARSING;
    }
  }

  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.capture === 1) {
      const type = this.type;
      if (this.vPieces++ === 0 && !cdata && (type === undefined || type === "n" || type === "s")) {
        this.vNumber = plainInteger(bytes, start, end);
        if (this.vNumber === this.vNumber) {
          this.vBytes = bytes;
          this.vStart = start;
          this.vEnd = end;
          return;
        }
      }
      if (this.vNumber === this.vNumber) this.v = decodeText(this.vBytes as Uint8Array, this.vStart, this.vEnd, false);
      this.vNumber = NaN;
      this.v += decodeText(bytes, start, end, cdata);
    } else if (this.capture === 2) {
      if (this.inlinePieces++ === 0 && !cdata) {
        this.inlineBytes = bytes;
        this.inlineStart = start;
        this.inlineEnd = end;
        return;
      }
      if (this.inlinePieces === 2 && this.inlineBytes !== null)
        this.inline = decodeText(this.inlineBytes, this.inlineStart, this.inlineEnd, false);
      this.inlineBytes = null;
      this.inline += decodeText(bytes, start, end, cdata);
    }
  }

  private endCell(): void {
    const row = this.cellRow;
    const column = this.column;
    if (row < 1 || row > MAX_SHEET_ROWS || column < 1 || column > MAX_SHEET_COLUMNS) return;
    let value: CellValue;
    const n = this.vNumber;
    if (n === n) value = this.type === "s" ? (this.context.sharedStrings[n] ?? "") : n;
    else if (this.inlinePieces === 1 && this.inlineBytes !== null && this.type === "inlineStr")
      value = this.inlineTexts.get(this.inlineBytes, this.inlineStart, this.inlineEnd);
    else {
      if (this.inlinePieces === 1 && this.inlineBytes !== null)
        this.inline = decodeText(this.inlineBytes, this.inlineStart, this.inlineEnd, false);
      value = cellValue(this.type, this.v, this.inline, this.hasV, this.hasInline, this.context);
    }
    if ((value !== "" || this.hasF) && this.onCell(row, column, value, this.style) === false) throw STOP_READING;
  }
}

/**
 * Streams the cells of a worksheet part to `onCell`, in file order. Scanning ends with
 * <sheetData> (the rest is only inflated, for its CRC); reading stops at once when `onCell`
 * returns false (no CRC check then: the part is not read to its end).
 */
export function streamSheetCells(pkg: Package, part: string, context: SheetContext, onCell: CellHandler): void {
  streamXmlBytes(pkg, part, new CellReader(context, onCell), true);
}
