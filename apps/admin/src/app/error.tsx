"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="font-serif text-3xl font-semibold text-ink-900">Something went wrong on our side</h1>
      <p className="mt-3 text-ink-600">Nothing you entered was lost or half-saved. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
        Try again
      </button>
    </main>
  );
}
