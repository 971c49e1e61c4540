import { SaxesParser } from "saxes";
import { PackageError, packageError } from "./errors";
import type { Package } from "./package";

/**
 * Streaming a part's XML: its bytes are inflated in chunks, decoded and fed to saxes as they
 * come, so a part is read without its text ever being held whole. Handlers get local names
 * (prefix dropped: "x:c" is "c"), attribute values with entities decoded, and text (CDATA too).
 */

export interface XmlStreamHandlers {
  open(local: string, attributes: Record<string, string>): void;
  close(local: string): void;
  text(text: string): void;
}

/** Thrown by a handler to stop reading at once: the rest of the part is neither inflated nor parsed (so its CRC is not checked). */
export const STOP_READING: unique symbol = Symbol("stop reading");

/** Thrown by a handler when it needs nothing more: the rest is inflated (its size and CRC checked) but not parsed. */
export const STOP_PARSING: unique symbol = Symbol("stop parsing");

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams the part through the handlers. Returns false when a handler stopped early (threw
 * STOP_READING), true when the part was read to its end. `streamed` picks the larger limit of
 * limits.ts (worksheets); other parts get the in-memory one.
 */
export function streamXml(pkg: Package, part: string, handlers: XmlStreamHandlers, streamed: boolean): boolean {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  // the decoder's type is left to inference: under lib ES2020 without DOM, TextDecoder is only a value
  let decode: ((chunk?: Uint8Array) => string) | null = null;
  let parsing = true;
  const feed = (text: string): void => {
    try {
      parser.write(text);
    } catch (error) {
      if (error !== STOP_PARSING) throw error;
      parsing = false;
    }
  };
  try {
    pkg.stream(
      part,
      (chunk) => {
        if (!parsing) return;
        if (decode === null) {
          const encoding =
            chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8";
          const decoder = new TextDecoder(encoding);
          decode = (bytes) => (bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true }));
        }
        feed(decode(chunk));
      },
      streamed,
    );
    if (parsing && decode !== null) feed((decode as (chunk?: Uint8Array) => string)());
    if (parsing) parser.close();
  } catch (error) {
    if (error === STOP_READING) return false;
    if (error instanceof PackageError) throw error;
    throw packageError("bad-xml", part, error instanceof Error ? error.message : String(error));
  }
  return true;
}
