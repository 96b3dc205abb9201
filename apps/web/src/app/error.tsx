"use client";

import { Container } from "@atlas/ui";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Container className="py-24 text-center">
      <h1 className="font-serif text-3xl font-semibold text-ink-900">Something went wrong on our side</h1>
      <p className="mt-3 text-ink-600">The page could not be shown just now. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
        Try again
      </button>
    </Container>
  );
}
