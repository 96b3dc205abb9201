import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getSession, safeReturnPath, SIGN_IN_MESSAGES } from "@atlas/auth";

import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSession()) redirect(callbackUrl);
  const code = typeof params.code === "string" ? params.code : typeof params.error === "string" ? "credentials" : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center bg-ink-100 px-4">
      <div className="w-full max-w-sm">
        <p className="text-center font-serif text-2xl font-semibold text-ink-900">
          <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-full bg-ember-500 ring-4 ring-ember-100" />
          Atlas admin
        </p>
        <div className="mt-6 rounded-lg border border-ink-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-ink-900">Sign in</h1>
          <p className="mt-1 text-sm text-ink-600">For editors and admins of the Foreign Relations Atlas.</p>
          <LoginForm callbackUrl={callbackUrl} initialMessage={code ? SIGN_IN_MESSAGES[code] : undefined} />
        </div>
      </div>
    </main>
  );
}
