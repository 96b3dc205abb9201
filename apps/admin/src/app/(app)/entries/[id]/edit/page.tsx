import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { requirePermission } from "@atlas/auth";
import { getEntryForEdit, labelsForPayload } from "@atlas/core";
import { KINDS } from "@atlas/core/kinds";
import { Alert } from "@atlas/ui";

import { EntryForm } from "@/components/editor/entry-form";
import { PageTitle } from "@/components/page-title";
import { ReviewerComment } from "@/components/reviewer-comment";
import { orNotFound } from "@/lib/not-found";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Edit" };

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("revision.create", `/entries/${id}/edit`);
  const { entry, draft, payload } = await orNotFound(getEntryForEdit({ db: db(), actor, input: { entryId: id } }));
  if (!payload) notFound();
  const labels = await labelsForPayload({ db: db(), actor, payload });
  return (
    <div>
      <PageTitle eyebrow={`Edit ${KINDS[entry.kind].names.title.toLowerCase()}`} title={entry.label} />
      {draft ? (
        <Alert tone="info" className="mb-6 max-w-3xl">
          You are continuing your draft of {draft.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC.{" "}
          <Link href={`/revisions/${draft.id}`} className="underline">
            See it against the published version
          </Link>
          .
        </Alert>
      ) : (
        <Alert tone="info" className="mb-6 max-w-3xl">
          Editing from published version {entry.version}. Saving creates your draft; the public page does not change until an admin approves it.
        </Alert>
      )}
      {draft && <ReviewerComment revision={draft} />}
      <EntryForm
        kind={entry.kind}
        entryId={entry.id}
        revisionId={draft?.id}
        draftVersion={draft?.draftVersion ?? 0}
        initialPayload={payload as Record<string, unknown>}
        initialLabels={labels}
        initialMessage={draft?.message}
      />
    </div>
  );
}
