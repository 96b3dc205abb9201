import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { requirePermission } from "@atlas/auth";
import { can, getRevision, labelsForPayload } from "@atlas/core";
import { KINDS } from "@atlas/core/kinds";

import { EntryForm } from "@/components/editor/entry-form";
import { PageTitle } from "@/components/page-title";
import { orNotFound } from "@/lib/not-found";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Edit draft" };

export default async function EditRevisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("revision.create", `/revisions/${id}/edit`);
  const { revision } = await orNotFound(getRevision({ db: db(), actor, input: { revisionId: id } }));
  // Only the author's own open drafts are editable; everything else is shown read-only.
  if (!can(actor, "revision.edit", revision) || revision.action !== "UPSERT") redirect(`/revisions/${id}`);
  const labels = await labelsForPayload({ db: db(), actor, payload: revision.payload });
  return (
    <div>
      <PageTitle eyebrow={`Edit draft · ${KINDS[revision.kind].names.title.toLowerCase()}`} title={revision.label} />
      <EntryForm kind={revision.kind} entryId={revision.entryId} revisionId={revision.id} initialPayload={revision.payload as Record<string, unknown>} initialLabels={labels} />
    </div>
  );
}
