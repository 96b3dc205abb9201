"use client";

import { useActionState } from "react";

import { emptyPayload } from "@atlas/core/kinds";
import { Alert, buttonClass, inputClass } from "@atlas/ui";

import { pasteAction } from "@/actions/paste";
import { EntryForm } from "@/components/editor/entry-form";
import { stateOf } from "@/lib/action-state";

const EXAMPLE = "In August 2011, Joe Biden made the first visit to Mongolia by a sitting U.S. Vice President since Henry Wallace toured the region in 1944.";

export function PasteForm() {
  const [result, action, pending] = useActionState(pasteAction, {});
  const state = stateOf(result);
  const draft = result.data ?? null;
  return (
    <div className="space-y-8">
      <form action={action} className="max-w-3xl space-y-3">
        {!state.ok && state.message && (
          <Alert tone="error">
            {state.message} {state.fieldErrors?.text?.join(" ")}
          </Alert>
        )}
        <label htmlFor="text" className="block text-sm font-medium text-ink-800">
          A sourced sentence
        </label>
        <textarea id="text" name="text" rows={4} maxLength={2000} required placeholder={EXAMPLE} className={inputClass()} />
        <p className="text-xs text-ink-500">Citation markers like [24] become source slots. Countries, people and organisations are recognised from the atlas&apos;s own names.</p>
        <button className={buttonClass("primary")} disabled={pending}>
          {pending ? "Reading…" : "Fill in an event draft"}
        </button>
      </form>
      {draft && (
        <section aria-labelledby="prefilled">
          <h2 id="prefilled" className="mb-3 font-serif text-xl font-semibold">
            Check and complete the draft
          </h2>
          <EntryForm
            key={JSON.stringify(draft.payload)}
            kind="EVENT"
            initialPayload={{ ...emptyPayload("EVENT"), ...draft.payload }}
            initialLabels={draft.labels}
            notes={draft.notes}
          />
        </section>
      )}
    </div>
  );
}
