/** "At most 20,000 characters: this has 20,911." — the words for text over its limit (counted as the server counts: trimmed). */
export function overLimit(text: string, max: number | undefined): string | null {
  const length = text.trim().length;
  return max !== undefined && length > max ? `At most ${max.toLocaleString("en")} characters: this has ${length.toLocaleString("en")}. Nothing was cut; shorten it to save.` : null;
}

/**
 * A live count under a text input, from 90 % of its limit on (or always, for long texts): text over
 * the limit is kept as typed and refused with these words, never cut by the browser.
 */
export function CharacterCount({ id, value, max, always = false }: { id?: string; value: string; max: number | undefined; always?: boolean }) {
  if (max === undefined || (!always && value.length < max * 0.9)) return null;
  const over = overLimit(value, max);
  return (
    <p id={id} className={`mt-1 text-right text-xs ${over ? "font-medium text-ember-700" : "text-ink-500"}`} aria-live="polite">
      {value.length.toLocaleString("en")} / {max.toLocaleString("en")}
      {over && <span className="block">{over}</span>}
    </p>
  );
}
