import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { requirePermission } from "@atlas/auth";
import { can, getRevision, labelsForPayload } from "@atlas/core";
import { KINDS } from "@atlas/core/kinds";

import { EntryForm } from "@/components/editor/entry-form";
import { PageTitle } from "@/components/page-title";
import { ReviewerComment } from "@/components/reviewer-comment";
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
  const { changeSet } = revision;
  return (
    <div>
      <PageTitle eyebrow={`Edit draft · ${KINDS[revision.kind].names.title.toLowerCase()}`} title={revision.label}>
        {changeSet._count.revisions > 1 && (
          <Link href={`/change-sets/${changeSet.id}`} className="text-sm text-sky-700 hover:underline">
            Part of a change set of {changeSet._count.revisions} entries, submitted together
          </Link>
        )}
      </PageTitle>
      <ReviewerComment revision={revision} />
      <div className={changeSet.note ? "gap-6 xl:grid xl:grid-cols-[1fr_20rem]" : undefined}>
        <EntryForm
          kind={revision.kind}
          entryId={revision.entryId}
          revisionId={revision.id}
          changeSetId={changeSet.id}
          draftVersion={revision.draftVersion}
          initialPayload={revision.payload as Record<string, unknown>}
          initialLabels={labels}
          initialMessage={revision.message}
        />
        {changeSet.note && (
          // The pasted sentence stays in sight while the drafts made from it are checked.
          <aside aria-label="Pasted text" className="order-first mb-6 self-start rounded-lg border border-sky-100 bg-sky-50 p-4 xl:sticky xl:top-4 xl:order-last">
            <p className="text-xs font-semibold uppercase tracking-wider text-sky-800">Pasted text</p>
            <blockquote className="mt-1 font-serif text-ink-900">{changeSet.note}</blockquote>
          </aside>
        )}
      </div>
    </div>
  );
}
