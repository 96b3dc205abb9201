import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-ember-600">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold text-ink-900">Nothing here</h1>
      <p className="mt-3 text-ink-600">That page, entry or revision does not exist (or is not yours to see).</p>
      <Link href="/" className="mt-6 inline-block text-sky-700 hover:underline">
        Back to the dashboard
      </Link>
    </main>
  );
}
