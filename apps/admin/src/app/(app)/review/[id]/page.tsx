import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { requirePermission } from "@atlas/auth";
import { getChangeSet, getRevision, kindName } from "@atlas/core";
import { Alert, Badge, buttonClass, inputClass } from "@atlas/ui";

import { rejectAction } from "@/actions/review";
import { ActionForm } from "@/components/action-form";
import { ApproveForm } from "@/components/approve-form";
import { DiffTable } from "@/components/diff-table";
import { PageTitle } from "@/components/page-title";
import { orNotFound } from "@/lib/not-found";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("review.read", `/review/${id}`);
  const { revision, diff, conflict } = await orNotFound(getRevision({ db: db(), actor, input: { revisionId: id } }));
  if (revision.status !== "SUBMITTED") redirect(`/revisions/${id}`);
  // Part of a larger piece of work, or built on another: reviewed on its change set's page, which says so.
  if (revision.changeSet._count.revisions > 1) redirect(`/change-sets/${revision.changeSet.id}`);
  const { waitsFor } = await getChangeSet({ db: db(), actor, input: { changeSetId: revision.changeSet.id } });
  if (waitsFor.length) redirect(`/change-sets/${revision.changeSet.id}`);
  const own = revision.authorId === actor.id;
  return (
    <div className="max-w-6xl space-y-6">
      <PageTitle
        eyebrow={
          <Link href={`/entries/${revision.entryId}`} className="hover:underline">
            Review · {kindName(revision.kind)}
          </Link>
        }
        title={revision.label}
        actions={
          revision.action === "UPSERT" ? (
            <Link href={`/revisions/${id}/preview`} className={buttonClass("secondary")}>
              Preview the public page
            </Link>
          ) : null
        }
      >
        <span className="flex flex-wrap items-center gap-2 text-sm">
          {revision.action !== "UPSERT" ? (
            <Badge tone="amber">proposes to {revision.action.toLowerCase()}</Badge>
          ) : revision.entry.version === 0 ? (
            <Badge tone="blue">new entry</Badge>
          ) : (
            <Badge>edit of version {revision.baseVersion}</Badge>
          )}
          <span>
            by {revision.author?.name} ({revision.author?.email}), submitted {revision.submittedAt?.toISOString().slice(0, 16).replace("T", " ")} UTC
          </span>
        </span>
      </PageTitle>
      {revision.message && <p className="text-ink-700">Author&apos;s note: “{revision.message}”</p>}
      {conflict && (
        <Alert tone="error" title="Conflict">
          Version {revision.entry.version} was published after this revision was written against version {revision.baseVersion}. It cannot be approved as it is: ask the author to
          bring their text onto the current version.
        </Alert>
      )}
      {own && (
        <Alert tone="warning">This is your own revision. Another admin must approve it (unless this site allows self-approval, which is then recorded in the audit log).</Alert>
      )}

      <DiffTable diff={diff} beforeTitle={revision.entry.version ? `Published (version ${revision.entry.version})` : "Published (none yet)"} afterTitle="Proposed" />

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="approve" className="rounded-lg border border-moss-600/30 bg-white p-5">
          <h2 id="approve" className="font-serif text-lg font-semibold">
            Approve
          </h2>
          <p className="mt-1 text-sm text-ink-600">
            {revision.action === "UPSERT"
              ? "Publishes this revision, now or at the time you set, and refreshes the public pages it touches."
              : `Approves the request to ${revision.action.toLowerCase()} it, now or at the time you set.`}
          </p>
          <ApproveForm changeSetId={revision.changeSet.id} disabled={conflict} />
        </section>
        <section aria-labelledby="return" className="rounded-lg border border-ink-200 bg-white p-5">
          <h2 id="return" className="font-serif text-lg font-semibold">
            Send it back
          </h2>
          <ActionForm action={rejectAction} hidden={{ revisionId: id }} className="mt-2 space-y-2">
            <label htmlFor="comment" className="block text-sm font-medium text-ink-800">
              Comment for the author <span className="text-ember-600">*</span>
            </label>
            <textarea id="comment" name="comment" rows={3} required className={inputClass()} />
            <div className="flex flex-wrap gap-2">
              <button name="decision" value="changes" className={buttonClass("secondary")}>
                Request changes
              </button>
              <button name="decision" value="reject" className={buttonClass("danger")}>
                Reject
              </button>
            </div>
          </ActionForm>
        </section>
      </div>
    </div>
  );
}
