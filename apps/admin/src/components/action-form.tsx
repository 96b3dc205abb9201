"use client";

import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";

import { Alert } from "@atlas/ui";

import { stateOf, type ActionResult } from "@/lib/action-state";
import { FormPending } from "./form-pending";

/** A small form posting to a server action, showing its answer (success or the reason it failed). */
/** `action` is a next-safe-action stateAction; its result type is whatever that action answers. */
export function ActionForm<R extends ActionResult>({
  action,
  hidden = {},
  children,
  className,
  confirm,
}: {
  action: (prev: Awaited<R>, form: FormData) => Promise<R>;
  hidden?: Record<string, string>;
  children: ReactNode;
  className?: string;
  confirm?: string;
}) {
  // Before the first answer, nothing to show: an empty result fits every action's result type.
  const [result, formAction, pending] = useActionState(action, {} as Awaited<R>);
  const state = stateOf(result);
  const form = useRef<HTMLFormElement>(null);
  // Cleared once it went through (as React clears a form after its action); kept as typed when refused.
  useEffect(() => {
    if (stateOf(result).ok) form.current?.reset();
  }, [result]);
  return (
    <form
      ref={form}
      action={formAction}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !window.confirm(confirm)) return;
        // React 19 resets a form after its action even when the action refused it, wiping what was
        // typed: sent by hand, the fields stay until the answer is a success (see the effect above).
        const data = new FormData(e.currentTarget, e.nativeEvent.submitter);
        startTransition(() => formAction(data));
      }}
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state.message && (
        <Alert tone={state.ok ? "success" : "error"} className="mb-3">
          {state.message}
          {state.fieldErrors && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(state.fieldErrors).map(([k, v]) => (
                <li key={k}>{v.join(" ")}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <FormPending value={pending}>{children}</FormPending>
    </form>
  );
}
