import { decodeEntities } from "./xmlText";

/**
 * XML text and numbers read straight from UTF-8 bytes (see xmlBytes.ts): text decoded as an XML
 * parser gives it (line ends normalised, entities decoded unless in CDATA), and the plain
 * integers most cells hold parsed without making a string.
 */

const utf8 = new TextDecoder("utf-8");

/** Short ASCII texts are decoded by hand: cheaper than a TextDecoder call. */
const SHORT_ASCII = 24;

const CR = 0x0d;
const AMPERSAND = 0x26;

/** The text of bytes[start, end) as an XML parser gives it; `cdata`: a CDATA section's content (no entities). */
export function decodeText(bytes: Uint8Array, start: number, end: number, cdata: boolean): string {
  let high = false;
  let special = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) high = true;
    else if (b === AMPERSAND || b === CR) special = true;
  }
  let text: string;
  if (!high && end - start <= SHORT_ASCII) {
    text = "";
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  } else text = utf8.decode(bytes.subarray(start, end));
  if (!special) return text;
  // XML turns CR LF and lone CR into LF before parsing; a CR written as &#13; stays.
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  return cdata ? text : decodeEntities(text);
}

/** Integers this long are exact as doubles. */
const MAX_DIGITS = 15;

/**
 * bytes[start, end) as a number when it is a plain integer (an optional "-", then 1 to 15
 * digits, nothing else), what Number() would make of it; NaN otherwise.
 */
export function plainInteger(bytes: Uint8Array, start: number, end: number): number {
  const negative = bytes[start] === 0x2d;
  const first = negative ? start + 1 : start;
  if (first >= end || end - first > MAX_DIGITS) return NaN;
  let n = 0;
  for (let i = first; i < end; i++) {
    const digit = bytes[i] - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return negative ? -n : n;
}

/**
 * What parseInt(text, 10) gives for the ASCII bytes[start, end) (leading spaces skipped, an
 * optional sign, digits up to the first other character), or NaN when there are no digits.
 */
export function leadingInteger(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  const negative = bytes[i] === 0x2d;
  if (negative || bytes[i] === 0x2b) i++;
  const first = i;
  let n = 0;
  for (; i < end; i++) {
    const digit = bytes[i] - 0x30;
    if (digit < 0 || digit > 9) break;
    n = n * 10 + digit;
  }
  if (i === first) return NaN;
  return negative ? -n : n;
}

/** True when bytes[start, end) is exactly the ASCII `text`. */
export function bytesAre(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Texts up to this many bytes are kept by a TextCache. */
const CACHED_BYTES = 32;
const CACHE_SLOTS = 4096;

/**
 * Short texts repeat down a column ("Sì", "sfratto"): each is decoded once and found again by
 * its bytes, so a repeated text costs no decoding and is one string however often it comes.
 */
export class TextCache {
  private readonly keys: (Uint8Array | null)[] = new Array<Uint8Array | null>(CACHE_SLOTS).fill(null);
  private readonly texts: string[] = new Array<string>(CACHE_SLOTS).fill("");

  constructor(private readonly decode: (bytes: Uint8Array, start: number, end: number) => string) {}

  /** decode(bytes, start, end), from the cache when these bytes were decoded last in their slot. */
  get(bytes: Uint8Array, start: number, end: number): string {
    const length = end - start;
    if (length > CACHED_BYTES) return this.decode(bytes, start, end);
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const slot = (hash >>> 0) & (CACHE_SLOTS - 1);
    const key = this.keys[slot];
    if (key !== null && key.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (key[i] !== bytes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.texts[slot];
    }
    const text = this.decode(bytes, start, end);
    this.keys[slot] = bytes.slice(start, end);
    this.texts[slot] = text;
    return text;
  }
}
