// Finding known names in a sentence: every name of every entry (and of every country in every
// language the reference data has) is looked up by the words it spans, longest first, so that
// "Mongolian People's Republic" wins over "Mongolian" and "Republic of China" over "China".

export type Span = { start: number; end: number };

/** Lower case, no accents, one kind of apostrophe and of spacing: "Türkiye" and "Turkiye" meet. */
export function normalizeName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\-–—‐]+/g, " ")
    .replace(/\borganisation\b/g, "organization")
    .replace(/\bco ?operation\b/g, "cooperation")
    .trim();
}

type Token = Span & { text: string };

/** Words with their places: "U.S." keeps its dots, "Mongolia's" is "Mongolia", a full stop sticks to no word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+(?:['’](?!s\b)[\p{L}\p{M}]+)*\$?/gu)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return tokens;
}

const cased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isCapitalised = (s: string) => !cased(s[0]!) || s[0] === s[0]!.toUpperCase();

export type IndexEntry<T> = { value: T; exact?: string };

/**
 * Names → values. An all-capitals or mixed-case short name ("UN", "AsDB", "WHO") must match
 * exactly as written; any other name matches whatever its case and accents, but only where the
 * sentence writes it with a capital ("China", not "china" the porcelain).
 */
export class NameIndex<T> {
  private readonly names = new Map<string, IndexEntry<T>[]>();
  private longest = 1;

  add(name: string, value: T) {
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    const key = normalizeName(trimmed);
    const acronym = /^[\p{Lu}\p{N}][\p{L}\p{N}.-]*$/u.test(trimmed) && trimmed.length <= 8 && /\p{Lu}.*\p{Lu}/u.test(trimmed) && !/\s/.test(trimmed);
    const list = this.names.get(key) ?? [];
    if (!list.some((e) => e.value === value && e.exact === (acronym ? trimmed : undefined))) list.push({ value, exact: acronym ? trimmed : undefined });
    this.names.set(key, list);
    this.longest = Math.max(this.longest, tokenize(trimmed).length);
  }

  /** Every match, left to right, none overlapping another or a blocked span. */
  find(text: string, blocked: Span[] = []): { value: T; span: Span; text: string }[] {
    const tokens = tokenize(text);
    const found: { value: T; span: Span; text: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(this.longest, tokens.length - i); n >= 1; n--) {
        const span = { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
        if (blocked.some((b) => b.start < span.end && span.start < b.end)) continue;
        const written = text.slice(span.start, span.end);
        const hit = this.names.get(normalizeName(written))?.find((e) => (e.exact ? e.exact === written : isCapitalised(written)));
        if (!hit) continue;
        found.push({ value: hit.value, span, text: written });
        i += n - 1;
        break;
      }
    }
    return found;
  }
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const inside = (a: Span, spans: Span[]) => spans.some((b) => overlaps(a, b));
