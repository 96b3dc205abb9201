"use client";

import { useActionState, type ReactNode } from "react";

import { Alert } from "@atlas/ui";

import { initialState, type ActionState } from "@/lib/action-state";

/** A small form posting to a server action, showing its answer (success or the reason it failed). */
export function ActionForm({
  action,
  hidden = {},
  children,
  className,
  confirm,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  hidden?: Record<string, string>;
  children: ReactNode;
  className?: string;
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, initialState);
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
