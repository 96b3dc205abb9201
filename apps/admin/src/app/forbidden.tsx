import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-ember-600">403</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold text-ink-900">Not for your role</h1>
      <p className="mt-3 text-ink-600">This page is for admins. If you need it, ask an admin to change your role.</p>
      <Link href="/" className="mt-6 inline-block text-sky-700 hover:underline">
        Back to the dashboard
      </Link>
    </main>
  );
}
