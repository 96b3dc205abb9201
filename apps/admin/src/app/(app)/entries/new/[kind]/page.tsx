import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requirePermission } from "@atlas/auth";
import { getFocusCountry } from "@atlas/core";
import { emptyPayload, KINDS } from "@atlas/core/kinds";
import { EntryKind } from "@atlas/db/enums";

import { EntryForm } from "@/components/editor/entry-form";
import { PageTitle } from "@/components/page-title";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "New entry" };

export default async function NewEntryOfKind({ params }: { params: Promise<{ kind: string }> }) {
  const { kind: raw } = await params;
  const kind = raw.toUpperCase() as EntryKind;
  if (!(Object.values(EntryKind) as string[]).includes(kind)) notFound();
  await requirePermission("revision.create", `/entries/new/${raw}`);
  const payload = emptyPayload(kind);
  const labels: Record<string, string> = {};
  // Relationships are always the focus country's: start with it chosen.
  if (kind === "RELATIONSHIP") {
    const focus = await getFocusCountry({ db: db() });
    if (focus) {
      payload.subjectId = focus.id;
      labels[focus.id] = focus.label;
    }
  }
  return (
    <div>
      <PageTitle eyebrow="New entry" title={`New ${KINDS[kind].names.title.toLowerCase()}`} />
      <EntryForm kind={kind} initialPayload={payload} initialLabels={labels} />
    </div>
  );
}
