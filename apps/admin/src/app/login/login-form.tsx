"use client";

import { useActionState } from "react";

import { Alert, buttonClass, Field, inputClass } from "@atlas/ui";

import { signInAction } from "@/actions/auth";
import { stateOf } from "@/lib/action-state";

export function LoginForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const [result, action, pending] = useActionState(signInAction, {});
  const state = stateOf(result);
  const message = result.data?.failed ?? state.message ?? initialMessage;
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" required className={inputClass()} />}
      </Field>
      <Field id="password" label="Password">
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required className={inputClass()} />}
      </Field>
      <button type="submit" className={buttonClass("primary", "md", "w-full")} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
