import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { ALL_KINDS, KINDS } from "@atlas/core/kinds";

import { PageTitle } from "@/components/page-title";

export const metadata: Metadata = { title: "New entry" };

export default async function NewEntryPage() {
  await requirePermission("revision.create", "/entries/new");
  return (
    <div className="max-w-4xl">
      <PageTitle title="New entry">
        What are you adding? You can also{" "}
        <Link href="/paste" className="text-sky-700 underline">
          paste a sourced sentence
        </Link>{" "}
        and get an event draft filled in.
      </PageTitle>
      <ul className="grid gap-3 sm:grid-cols-2">
        {ALL_KINDS.map((kind) => (
          <li key={kind}>
            <Link href={`/entries/new/${kind.toLowerCase()}`} className="block rounded-lg border border-ink-200 bg-white p-4 hover:border-sky-300 hover:bg-sky-50">
              <span className="font-semibold text-ink-900">{KINDS[kind].names.title}</span>
              <span className="mt-1 block text-sm text-ink-600">{KINDS[kind].names.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
