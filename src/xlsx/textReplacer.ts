/**
 * A fast substring replacer for the package scrubber (scrub.ts): given values and what each
 * becomes (a pseudonym, or "" to remove it), it finds them inside any text ignoring case (after
 * trimming and NFC normalisation, as the engine compares ids), the longest first, and gives the
 * text with every occurrence replaced — or undefined when there is none. Candidates are found
 * through their first three characters, so thousands of values cost little per text.
 */

export interface TextReplacement {
  /** The value searched (trimmed, compared ignoring case). */
  value: string;
  /** What an occurrence becomes ("" removes it). */
  by: string;
}

const keyOf = (value: string): string => value.trim().normalize("NFC").toLowerCase();
const PREFIX = 3;
const WORD = /[\p{L}\p{N}]/u;

/**
 * A value is found as a whole word: not inside a longer word or number ("Max" is not found in
 * "minMax", "F01" not in "F012"). A letter just after "&" counts as a boundary: the codes of
 * headers and footers ("&LMaria Rossi", "&CTO-2023-001").
 */
function atBoundary(text: string, start: number, end: number): boolean {
  const before =
    start === 0 ||
    !WORD.test(text[start - 1]) ||
    !WORD.test(text[start]) ||
    (start >= 2 && text[start - 2] === "&" && /[A-Za-z]/.test(text[start - 1]));
  return before && (end >= text.length || !WORD.test(text[end]) || !WORD.test(text[end - 1]));
}

export function textReplacer(replacements: readonly TextReplacement[]): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const r of replacements) {
    const key = keyOf(r.value);
    // The first given wins (ids before removed values).
    if (key.length >= PREFIX && !byKey.has(key)) byKey.set(key, r.by);
  }
  const byPrefix = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const prefix = key.slice(0, PREFIX);
    const list = byPrefix.get(prefix) ?? [];
    list.push(key);
    byPrefix.set(prefix, list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  if (byKey.size === 0) return () => undefined;

  const regexReplace = (text: string, lower: string): string | undefined => {
    const present = [...byKey.keys()].filter((k) => lower.includes(k)).sort((a, b) => b.length - a.length);
    if (present.length === 0) return undefined;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${present.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`,
      "giu",
    );
    let found = false;
    const out = text.replace(pattern, (m) => {
      const by = byKey.get(m.toLowerCase()) ?? byKey.get(m.normalize("NFC").toLowerCase());
      if (by === undefined) return m;
      found = true;
      return by;
    });
    return found && out !== text ? out : undefined;
  };

  return (original: string): string | undefined => {
    if (original.length < PREFIX) return undefined;
    const text = original.normalize("NFC");
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return regexReplace(text, lower);
    let out = "";
    let copied = 0;
    for (let i = 0; i + PREFIX <= lower.length;) {
      const candidates = byPrefix.get(lower.slice(i, i + PREFIX));
      const key = candidates?.find((k) => lower.startsWith(k, i) && atBoundary(lower, i, i + k.length));
      if (key === undefined) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + (byKey.get(key) as string);
      i += key.length;
      copied = i;
    }
    if (copied === 0) return undefined;
    out += text.slice(copied);
    return out === original ? undefined : out;
  };
}
