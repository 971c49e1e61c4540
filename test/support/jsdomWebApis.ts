import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";

/**
 * What jsdom lacks and a browser has: Web Crypto's subtle, TextEncoder and TextDecoder (Node's).
 * Imported first by a jsdom test, before any module that uses them when loaded.
 */
const g = globalThis as Record<string, unknown>;
if ((globalThis.crypto as Crypto | undefined)?.subtle === undefined)
  Object.defineProperty(globalThis, "crypto", { configurable: true, value: webcrypto });
if (g.TextEncoder === undefined) g.TextEncoder = TextEncoder;
if (g.TextDecoder === undefined) g.TextDecoder = TextDecoder;
