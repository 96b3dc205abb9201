import type { Metadata } from "next";
import Link from "next/link";

import { Container } from "@atlas/ui";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <Container className="py-24 text-center">
      <p className="text-sm font-semibold text-ember-600">404</p>
      <h1 className="mt-2 font-serif text-4xl font-semibold text-ink-900">Page not found</h1>
      <p className="mt-3 text-ink-600">There is no page at this address. It may have been renamed, or never existed.</p>
      <p className="mt-6 flex justify-center gap-4 text-sm">
        <Link href="/countries" className="text-sky-700 hover:underline">
          All countries
        </Link>
        <Link href="/search" className="text-sky-700 hover:underline">
          Search the atlas
        </Link>
        <Link href="/" className="text-sky-700 hover:underline">
          Home
        </Link>
      </p>
    </Container>
  );
}
