"use client";

import { useActionState, type ReactNode } from "react";

import { Alert } from "@atlas/ui";

import { stateOf, type ActionResult } from "@/lib/action-state";

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
  const [result, formAction] = useActionState(action, {} as Awaited<R>);
  const state = stateOf(result);
  return (
    <form
      action={formAction}
      className={className}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
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
      {children}
    </form>
  );
}
