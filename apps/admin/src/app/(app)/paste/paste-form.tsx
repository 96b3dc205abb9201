"use client";

import { useActionState, useState } from "react";

import { Alert, buttonClass, inputClass } from "@atlas/ui";

import { pasteAction } from "@/actions/paste";
import { CharacterCount } from "@/components/character-count";
import { stateOf } from "@/lib/action-state";

/** The sentence and where it comes from. Controlled: React empties a form after its action, even a refused one, and nothing typed here may be lost. */
export function PasteForm() {
  const [result, action, pending] = useActionState(pasteAction, {});
  const [text, setText] = useState("");
  const [sourceTitle, setSourceTitle] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const state = stateOf(result);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-3xl space-y-4">
      {!state.ok && state.message && <Alert tone="error">{state.message}</Alert>}
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
          aria-describedby="text-hint"
          aria-invalid={!!errors.text || undefined}
          className={inputClass(!!errors.text)}
        />
        <CharacterCount value={text} max={2000} />
        {errors.text && <p className="mt-1 text-sm text-ember-700">{errors.text.join(" ")}</p>}
        <p id="text-hint" className="mt-1 text-xs text-ink-500">
          For example: “In August 2011, Joe Biden made the first visit to Mongolia…”. Markers like [24] cite that source; countries, people and organisations the atlas knows are
          linked, and drafts are made for the ones it does not know yet.
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
            aria-invalid={!!errors.sourceTitle || undefined}
            className={inputClass(!!errors.sourceTitle)}
          />
          <CharacterCount value={sourceTitle} max={300} />
          {errors.sourceTitle && <p className="mt-1 text-sm text-ember-700">{errors.sourceTitle.join(" ")}</p>}
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
            aria-invalid={!!errors.sourceUrl || undefined}
            className={inputClass(!!errors.sourceUrl)}
          />
          {errors.sourceUrl && <p className="mt-1 text-sm text-ember-700">{errors.sourceUrl.join(" ")}</p>}
        </div>
      </fieldset>
      <button className={buttonClass("primary")} disabled={pending}>
        {pending ? "Reading…" : "Make the drafts"}
      </button>
    </form>
  );
}
