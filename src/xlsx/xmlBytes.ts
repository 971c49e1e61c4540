import { packageError } from "./errors";
import type { Package } from "./package";
import { STOP_PARSING, STOP_READING } from "./xmlStream";

/**
 * Scanning XML as bytes, chunk by chunk, for parts too large to decode as text (worksheets):
 * tags and attributes are handed over as byte offsets, so nothing is allocated for markup, and
 * only the text a reader keeps is ever decoded. Structure is checked (tags matched, one root, no
 * DOCTYPE, no stray text); a token cut by a chunk's end waits for the next chunk.
 */

export interface ByteXmlHandlers {
  /** A start tag: its local name (prefix dropped) is bytes[start, end). */
  open(bytes: Uint8Array, start: number, end: number): void;
  /** An attribute of the start tag just opened: its name as written bytes[nameStart, nameEnd), its raw value (entities not decoded) bytes[valueStart, valueEnd). */
  attribute(bytes: Uint8Array, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void;
  /** The start tag's attributes are over (a self-closing element's close follows at once). */
  opened(): void;
  /** An end tag (or the end of a self-closing element): its local name is bytes[start, end). */
  close(bytes: Uint8Array, start: number, end: number): void;
  /** Text inside the root, whole between two tags (raw: entities not decoded), or a CDATA section's content (`cdata`). */
  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const COLON = 0x3a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const COMMENT_OPEN = ascii("<!--");
const COMMENT_CLOSE = ascii("-->");
const CDATA_OPEN = ascii("<![CDATA[");
const CDATA_CLOSE = ascii("]]>");
const PI_CLOSE = ascii("?>");

/** Where `byte` first is in bytes[from, to), or -1 (a loop: cheaper than indexOf over the few bytes of a tag). */
function find(bytes: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (bytes[i] === byte) return i;
  return -1;
}

/** Where `needle` starts in bytes[from, to), or -1. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const first = needle[0];
  const last = to - needle.length;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function startsWithAt(bytes: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > end) return false;
  for (let j = 0; j < prefix.length; j++) if (bytes[at + j] !== prefix[j]) return false;
  return true;
}

/** Returned by a token reader when the token runs past the bytes at hand. */
const INCOMPLETE = -1;

/**
 * Feeds UTF-8 XML to the handlers chunk by chunk (`write`, then `end`). Bytes already handed
 * to `write` are never changed, so offsets a handler keeps stay valid for the bytes they name.
 * A UTF-16 part (with its byte order mark) is transcoded to UTF-8 first; a UTF-8 BOM is skipped.
 */
export class XmlByteScanner {
  private bytes: Uint8Array = new Uint8Array(0);
  private length = 0;
  /** First byte not consumed yet. */
  private at = 0;
  /** How far the search for the end of the token at `at` went (so a long token is not searched twice). */
  private searched = 0;
  private started = false;
  private transcode: ((chunk: Uint8Array | undefined) => Uint8Array) | null = null;
  /** Hashes and lengths of the qualified names of the open elements. */
  private stack = new Int32Array(64);
  private depth = 0;
  private rootSeen = false;
  /** The attributes of the tag being read: name start and end, value start and end, for each. */
  private found = new Int32Array(64);
  private count = 0;

  constructor(
    private readonly part: string,
    private readonly handlers: ByteXmlHandlers,
  ) {}

  write(chunk: Uint8Array): void {
    if (!this.started) {
      this.started = true;
      chunk = this.firstChunk(chunk);
    } else if (this.transcode !== null) chunk = this.transcode(chunk);
    if (chunk.length === 0) return;
    this.append(chunk);
    this.scan();
  }

  /** The part is over: it must end outside every element, with nothing cut. */
  end(): void {
    if (this.transcode !== null) {
      this.append(this.transcode(undefined));
      this.scan();
    }
    if (this.at < this.length) this.fail("the part ends inside a tag");
    if (!this.rootSeen) this.fail("no root element");
    if (this.depth > 0) this.fail("an element is not closed");
  }

  private fail(detail: string): never {
    throw packageError("bad-xml", this.part, detail);
  }

  private firstChunk(chunk: Uint8Array): Uint8Array {
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return chunk.subarray(3);
    const utf16 = chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : null;
    if (utf16 === null) return chunk;
    const decoder = new TextDecoder(utf16);
    const encoder = new TextEncoder();
    this.transcode = (bytes) => encoder.encode(bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true }));
    return this.transcode(chunk);
  }

  /**
   * Puts a chunk after the bytes not consumed yet: the chunk itself when all were consumed, else
   * a new array (the old one is left as it was) or, when the leftover starts the array, appended
   * in place past its end, the array doubling as needed.
   */
  private append(chunk: Uint8Array): void {
    const left = this.length - this.at;
    if (left === 0) {
      this.bytes = chunk;
      this.length = chunk.length;
      this.at = 0;
      this.searched = 0;
      return;
    }
    if (this.at === 0 && this.bytes.length - this.length >= chunk.length && this.bytes.buffer.byteLength === this.bytes.length) {
      this.bytes.set(chunk, this.length);
      this.length += chunk.length;
      return;
    }
    const grown = new Uint8Array(Math.max(2 * left, left + chunk.length));
    grown.set(this.bytes.subarray(this.at, this.length));
    grown.set(chunk, left);
    this.searched -= this.at;
    this.bytes = grown;
    this.length = left + chunk.length;
    this.at = 0;
  }

  private scan(): void {
    const bytes = this.bytes;
    const end = this.length;
    while (this.at < end) {
      const at = this.at;
      if (bytes[at] !== LT) {
        const lt = find(bytes, LT, Math.max(at, this.searched), end);
        if (lt < 0) {
          this.searched = end;
          return;
        }
        this.textRun(bytes, at, lt);
        this.at = lt;
        continue;
      }
      const next = this.markup(bytes, at, end);
      if (next === INCOMPLETE) return;
      this.at = next;
      this.searched = next;
    }
  }

  private textRun(bytes: Uint8Array, start: number, end: number): void {
    if (this.depth > 0) {
      this.handlers.text(bytes, start, end, false);
      return;
    }
    for (let i = start; i < end; i++) if (!isSpace(bytes[i])) this.fail("text outside the root element");
  }

  /** Reads the markup at `at` (a "<"); returns the offset past it, or INCOMPLETE. */
  private markup(bytes: Uint8Array, at: number, end: number): number {
    if (at + 1 >= end) return INCOMPLETE;
    const second = bytes[at + 1];
    if (second === SLASH) return this.endTag(bytes, at, end);
    if (second === QUESTION) return this.skipTo(bytes, at + 2, end, PI_CLOSE);
    if (second === BANG) {
      if (startsWithAt(bytes, at, end, COMMENT_OPEN)) return this.skipTo(bytes, at + 4, end, COMMENT_CLOSE);
      if (startsWithAt(bytes, at, end, CDATA_OPEN)) {
        if (this.depth === 0) this.fail("CDATA outside the root element");
        const close = indexOfBytes(bytes, CDATA_CLOSE, Math.max(at + 9, this.searched - 2), end);
        if (close < 0) return this.incomplete(end);
        this.handlers.text(bytes, at + 9, close, true);
        return close + 3;
      }
      if (at + 9 > end) return INCOMPLETE;
      this.fail("a DOCTYPE is not allowed in Office Open XML");
    }
    return this.startTag(bytes, at, end);
  }

  private incomplete(end: number): number {
    this.searched = end;
    return INCOMPLETE;
  }

  private skipTo(bytes: Uint8Array, from: number, end: number, close: Uint8Array): number {
    const found = indexOfBytes(bytes, close, Math.max(from, this.searched - close.length + 1), end);
    return found < 0 ? this.incomplete(end) : found + close.length;
  }

  private endTag(bytes: Uint8Array, at: number, end: number): number {
    const gt = find(bytes, GT, at + 2, end);
    if (gt < 0) return INCOMPLETE;
    let nameEnd = gt;
    while (nameEnd > at + 2 && isSpace(bytes[nameEnd - 1])) nameEnd--;
    let hash = 0;
    let local = at + 2;
    for (let i = at + 2; i < nameEnd; i++) {
      const b = bytes[i];
      if (b === COLON) local = i + 1;
      hash = (Math.imul(hash, 31) + b) | 0;
    }
    if (this.depth === 0 || this.stack[2 * this.depth - 2] !== hash || this.stack[2 * this.depth - 1] !== nameEnd - at - 2) {
      this.fail(`unexpected end tag at byte ${at}`);
    }
    this.depth--;
    this.handlers.close(bytes, local, nameEnd);
    return gt + 1;
  }

  private startTag(bytes: Uint8Array, at: number, end: number): number {
    let i = at + 1;
    let hash = 0;
    let local = i;
    for (; i < end; i++) {
      const b = bytes[i];
      if (b === GT || b === SLASH || isSpace(b)) break;
      if (b === COLON) local = i + 1;
      hash = (Math.imul(hash, 31) + b) | 0;
    }
    if (i >= end) return INCOMPLETE;
    const nameEnd = i;
    if (nameEnd === at + 1) this.fail("a tag without a name");
    // Attributes are checked whole before any handler hears of the element.
    const close = this.attributesEnd(bytes, nameEnd, end);
    if (close === INCOMPLETE) return INCOMPLETE;
    if (this.depth === 0 && this.rootSeen) this.fail("more than one root element");
    this.rootSeen = true;
    this.handlers.open(bytes, local, nameEnd);
    this.attributes(bytes);
    this.handlers.opened();
    if (bytes[close] === SLASH) {
      this.handlers.close(bytes, local, nameEnd);
      return close + 2;
    }
    if (2 * this.depth + 2 > this.stack.length) {
      const deeper = new Int32Array(this.stack.length * 2);
      deeper.set(this.stack);
      this.stack = deeper;
    }
    this.stack[2 * this.depth] = hash;
    this.stack[2 * this.depth + 1] = nameEnd - at - 1;
    this.depth++;
    return close + 1;
  }

  /**
   * The offset of the tag's ">" or "/>", checking each attribute is name="value" and noting its
   * offsets in `found`; INCOMPLETE when cut.
   */
  private attributesEnd(bytes: Uint8Array, from: number, end: number): number {
    let i = from;
    this.count = 0;
    for (;;) {
      while (i < end && isSpace(bytes[i])) i++;
      if (i >= end) return INCOMPLETE;
      const b = bytes[i];
      if (b === GT) return i;
      if (b === SLASH) {
        if (i + 1 >= end) return INCOMPLETE;
        if (bytes[i + 1] !== GT) this.fail("a stray / in a tag");
        return i;
      }
      const nameStart = i;
      while (i < end && bytes[i] !== EQUALS && bytes[i] !== GT && bytes[i] !== LT && !isSpace(bytes[i])) i++;
      const nameEnd = i;
      while (i < end && isSpace(bytes[i])) i++;
      if (i >= end) return INCOMPLETE;
      if (bytes[i] !== EQUALS || nameEnd === nameStart) this.fail("an attribute without a value");
      i++;
      while (i < end && isSpace(bytes[i])) i++;
      if (i >= end) return INCOMPLETE;
      const quote = bytes[i];
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) this.fail("an attribute value without quotes");
      const closing = find(bytes, quote, i + 1, end);
      if (closing < 0) return INCOMPLETE;
      if (find(bytes, LT, i + 1, closing) >= 0) this.fail("a < in an attribute value");
      if (this.count + 4 > this.found.length) {
        const more = new Int32Array(this.found.length * 2);
        more.set(this.found);
        this.found = more;
      }
      this.found[this.count] = nameStart;
      this.found[this.count + 1] = nameEnd;
      this.found[this.count + 2] = i + 1;
      this.found[this.count + 3] = closing;
      this.count += 4;
      i = closing + 1;
    }
  }

  /** Hands the attributes attributesEnd found to the handler. */
  private attributes(bytes: Uint8Array): void {
    const found = this.found;
    for (let k = 0; k < this.count; k += 4) this.handlers.attribute(bytes, found[k], found[k + 1], found[k + 2], found[k + 3]);
  }
}

/**
 * Streams a part's bytes through the handlers as they are inflated (streamXml's counterpart):
 * false when a handler stopped early with STOP_READING, true when the part was read to its end.
 * STOP_PARSING leaves the rest inflated (its size and CRC checked) but not scanned.
 */
export function streamXmlBytes(pkg: Package, part: string, handlers: ByteXmlHandlers, streamed: boolean): boolean {
  const scanner = new XmlByteScanner(part, handlers);
  let parsing = true;
  try {
    pkg.stream(
      part,
      (chunk) => {
        if (!parsing) return;
        try {
          scanner.write(chunk);
        } catch (error) {
          if (error !== STOP_PARSING) throw error;
          parsing = false;
        }
      },
      streamed,
    );
    if (parsing) scanner.end();
  } catch (error) {
    if (error === STOP_READING) return false;
    throw error;
  }
  return true;
}
