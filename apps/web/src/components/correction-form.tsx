"use client";

import { startTransition, useActionState, useRef, useState } from "react";

import { Field, inputClass } from "@atlas/ui";

import { freshCorrectionToken, sendCorrection } from "@/lib/correction-actions";
import type { CorrectionState } from "@/lib/correction-state";

type Props = { entryId: string | null; pagePath: string; token: string; about: string; open?: boolean };

const EMPTY = { message: "", email: "", name: "" };

/**
 * "Suggest a correction": no account needed. It works without JavaScript (the server action's
 * answer re-renders the page); with it, the form's token is renewed when the reader starts
 * writing, so the time it took them is measured from then, not from when the page was cached.
 */
export function CorrectionForm({ entryId, pagePath, token, about, open = false }: Props) {
  const [state, action, pending] = useActionState(sendCorrection, { status: "idle", values: EMPTY, token } satisfies CorrectionState);
  const [values, setValues] = useState(state.values);
  const [formToken, setFormToken] = useState(state.token);
  // Each answer brings back what was typed (empty once sent) and a new token.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setValues(state.values);
    setFormToken(state.token);
  }
  const started = useRef(false);
  const start = () => {
    if (started.current) return;
    started.current = true;
    startTransition(async () => setFormToken(await freshCorrectionToken(entryId)));
  };
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};

  return (
    <details open={open || state.status !== "idle"} className="correction group rounded-lg border border-ink-200 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-medium text-sky-800 hover:bg-sky-50">Suggest a correction to {about}</summary>
      <form action={action} onFocus={start} className="relative space-y-4 border-t border-ink-200 p-4" noValidate>
        <p className="text-sm text-ink-700">
          No account needed. An editor reads every suggestion and, if it holds, corrects the entry through the usual review. Naming a source helps. Leave an e-mail address only if
          you would like an answer.
        </p>
        {state.status === "sent" && (
          <p role="status" className="rounded-md bg-moss-50 p-3 text-sm font-medium text-moss-700 ring-1 ring-moss-600/20">
            {state.message}
          </p>
        )}
        {state.status === "error" && (
          <p role="alert" className="rounded-md bg-ember-50 p-3 text-sm font-medium text-ember-700 ring-1 ring-ember-100">
            {state.message}
          </p>
        )}
        <input type="hidden" name="entryId" value={entryId ?? ""} />
        <input type="hidden" name="pagePath" value={pagePath} />
        <input type="hidden" name="token" value={formToken} />
        <Field id="correction-message" label="What is wrong, and how do you know?" required errors={errors.message}>
          {(p) => (
            <textarea
              {...p}
              name="message"
              rows={4}
              maxLength={5000}
              required
              value={values.message}
              onChange={set("message")}
              className={inputClass(Boolean(p["aria-invalid"]))}
            />
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="correction-email" label="Your e-mail (optional)" hint="Only to answer you; never shown." errors={errors.email}>
            {(p) => (
              <input
                {...p}
                name="email"
                type="email"
                autoComplete="email"
                maxLength={200}
                value={values.email}
                onChange={set("email")}
                className={inputClass(Boolean(p["aria-invalid"]))}
              />
            )}
          </Field>
          <Field id="correction-name" label="Your name (optional)" errors={errors.name}>
            {(p) => <input {...p} name="name" autoComplete="name" maxLength={120} value={values.name} onChange={set("name")} className={inputClass(Boolean(p["aria-invalid"]))} />}
          </Field>
        </div>
        {/* A field people never see: bots fill it in, and what they send is dropped. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="correction-website">Leave this field empty</label>
          <input id="correction-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-60">
          {pending ? "Sending…" : "Send the correction"}
        </button>
      </form>
    </details>
  );
}
