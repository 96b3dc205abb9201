"use client";

import { useActionState, useState } from "react";

import { Alert, buttonClass, inputClass } from "@atlas/ui";

import { pasteAction, readSentenceAction } from "@/actions/paste";
import { CharacterCount } from "@/components/character-count";
import { stateOf } from "@/lib/action-state";
import { SentenceReview } from "./sentence-review";

/**
 * Two steps in one form: "Read the sentence" shows every guess with the words it came from;
 * "Make the drafts" drafts what the editor kept. Controlled: React empties a form after its
 * action, even a refused one, and nothing typed here may be lost (over a limit, it is refused, not cut).
 */
export function PasteForm() {
  const [readResult, read, reading] = useActionState(readSentenceAction, {});
  const [pasteResult, paste, drafting] = useActionState(pasteAction, {});
  const readState = stateOf(readResult);
  const pasteState = stateOf(pasteResult);
  const [text, setText] = useState("");
  const [sourceTitle, setSourceTitle] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const errors = { ...readState.fieldErrors, ...pasteState.fieldErrors };
  const failed = [readState, pasteState].find((s) => !s.ok && s.message);
  const result = readState.ok ? readState.data : undefined;
  const changed = !!result && result.text !== text.trim();

  return (
    <form className="max-w-4xl space-y-4">
      {failed && <Alert tone="error">{failed.message}</Alert>}
      <div>
        <label htmlFor="text" className="block text-sm font-medium text-ink-800">
          A sourced sentence <span className="text-ember-600">*</span>
        </label>
        <textarea
          id="text"
          name="text"
          rows={4}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={errors.text ? "text-hint text-error" : "text-hint"}
          aria-invalid={!!errors.text || undefined}
          className={inputClass(!!errors.text)}
        />
        <CharacterCount value={text} max={2000} />
        {errors.text && (
          <p id="text-error" className="mt-1 text-sm text-ember-700">
            {errors.text.join(" ")}
          </p>
        )}
        <p id="text-hint" className="mt-1 text-xs text-ink-500">
          For example: “Mongolia joined the International Solar Alliance in 2022 as a full member.” Markers like [24] cite that source. You will see what the sentence is read as
          before anything is drafted.
        </p>
      </div>
      <fieldset className="grid gap-3 rounded-lg border border-ink-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium text-ink-800">Where the sentence comes from (when it carries no [n] marker)</legend>
        <div>
          <label htmlFor="sourceTitle" className="block text-sm text-ink-700">
            Source title
          </label>
          <input
            id="sourceTitle"
            name="sourceTitle"
            value={sourceTitle}
            onChange={(e) => setSourceTitle(e.target.value)}
            aria-describedby={errors.sourceTitle ? "sourceTitle-error" : undefined}
            aria-invalid={!!errors.sourceTitle || undefined}
            className={inputClass(!!errors.sourceTitle)}
          />
          <CharacterCount value={sourceTitle} max={300} />
          {errors.sourceTitle && (
            <p id="sourceTitle-error" className="mt-1 text-sm text-ember-700">
              {errors.sourceTitle.join(" ")}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="sourceUrl" className="block text-sm text-ink-700">
            Source address
          </label>
          <input
            id="sourceUrl"
            name="sourceUrl"
            type="url"
            inputMode="url"
            value={sourceUrl}
            onChange={(e) => setSourceUrl(e.target.value)}
            aria-describedby={errors.sourceUrl ? "sourceUrl-error" : undefined}
            aria-invalid={!!errors.sourceUrl || undefined}
            className={inputClass(!!errors.sourceUrl)}
          />
          {errors.sourceUrl && (
            <p id="sourceUrl-error" className="mt-1 text-sm text-ember-700">
              {errors.sourceUrl.join(" ")}
            </p>
          )}
        </div>
      </fieldset>
      <button formAction={read} formNoValidate className={buttonClass(result && !changed ? "secondary" : "primary")} disabled={reading}>
        {reading ? "Reading…" : result ? "Read it again" : "Read the sentence"}
      </button>
      {changed && <p className="text-sm text-amber-700">The sentence changed since it was read: read it again to see what it says now.</p>}
      {result && !changed && <SentenceReview key={result.text} reading={result.reading} action={paste} pending={drafting} hasSource={!!sourceTitle || !!sourceUrl} />}
    </form>
  );
}
