import type { Metadata } from "next";
import Link from "next/link";

import { requireRole } from "@atlas/auth";

import { KIND_TITLES } from "@/components/editor/field-specs";
import { PageTitle } from "@/components/page-title";

export const metadata: Metadata = { title: "New entry" };

const HINTS: Record<keyof typeof KIND_TITLES, string> = {
  EVENT: "A dated happening: a visit, an agreement, a recognition…",
  RELATIONSHIP: "The summary of relations with one country.",
  MISSION: "An embassy, consulate or office in another country.",
  MEMBERSHIP: "A country's status in an international organisation.",
  FACT: "A figure with its unit, year and attribution.",
  BODY: "A society, company or other non-state body.",
  COUNTRY: "A state or historical polity.",
  ORGANIZATION: "An international organisation.",
  PERSON: "Someone who appears in events.",
  SOURCE: "A work cited, with passages.",
};

export default async function NewEntryPage() {
  await requireRole("EDITOR", "/entries/new");
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
        {Object.entries(KIND_TITLES).map(([kind, title]) => (
          <li key={kind}>
            <Link href={`/entries/new/${kind.toLowerCase()}`} className="block rounded-lg border border-ink-200 bg-white p-4 hover:border-sky-300 hover:bg-sky-50">
              <span className="font-semibold text-ink-900">{title}</span>
              <span className="mt-1 block text-sm text-ink-600">{HINTS[kind as keyof typeof HINTS]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
