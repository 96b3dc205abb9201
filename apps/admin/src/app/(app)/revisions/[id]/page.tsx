import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { can, getRevision, isOpen, kindName, type RevisionPermission } from "@atlas/core";
import { Alert, Badge, buttonClass } from "@atlas/ui";

import { revisionAction } from "@/actions/entries";
import { ActionForm } from "@/components/action-form";
import { DiffTable } from "@/components/diff-table";
import { PageTitle } from "@/components/page-title";
import { RevisionStatusBadge } from "@/components/revision-status";
import { SubmitButton } from "@/components/submit-button";
import { orNotFound } from "@/lib/not-found";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Revision" };

const DONE: Record<string, string> = {
  save: "Draft saved. Nothing is public until an admin approves it.",
  submit: "Submitted for review. An admin will approve it or send it back with a comment.",
  withdraw: "Withdrawn from review: it is a draft again.",
  discard: "Draft discarded. It stays in the entry's history.",
  rebase: "Your text now stands on the current version. Check it, then submit.",
};

export default async function RevisionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = DONE[one((await searchParams).done) ?? ""];
  const actor = await requirePermission("entry.read", `/revisions/${id}`);
  const { revision, diff, conflict, state } = await orNotFound(getRevision({ db: db(), actor, input: { revisionId: id } }));
  const mine = revision.authorId === actor.id;
  const may = (permission: RevisionPermission) => can(actor, permission, revision);
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle
        eyebrow={
          <Link href={`/entries/${revision.entryId}`} className="hover:underline">
            {kindName(revision.kind)} · all versions
          </Link>
        }
        title={revision.label}
      >
        <span className="flex flex-wrap items-center gap-2 text-sm">
          <RevisionStatusBadge state={state} />
          {revision.action !== "UPSERT" && <Badge tone="amber">proposes to {revision.action.toLowerCase()}</Badge>}
          <span>
            by {revision.author?.name ?? "the seed import"}, written against version {revision.baseVersion || "— (new entry)"}
          </span>
        </span>
      </PageTitle>

      {done && <Alert tone="success">{done}</Alert>}
      <p>
        <Link href={`/change-sets/${revision.changeSet.id}`} className="font-medium text-sky-700 hover:underline">
          {revision.changeSet._count.revisions > 1
            ? `Part of a change set of ${revision.changeSet._count.revisions} entries: review, submit and publish them together →`
            : "Its change set: what it waits for, moving it to another →"}
        </Link>
      </p>
      {revision.reviewComment && (
        <Alert
          tone={revision.status === "REJECTED" ? "error" : "warning"}
          title={`${revision.reviewer?.name ?? "The reviewer"} ${revision.status === "REJECTED" ? "rejected it" : "asked for changes"}`}
        >
          “{revision.reviewComment}”
        </Alert>
      )}
      {revision.message && <p className="text-sm text-ink-700">Note from the author: “{revision.message}”</p>}

      {conflict && (
        <Alert tone="error" title="The published entry changed after this revision began">
          <p>
            Version {revision.entry.version} was published while this revision was based on version {revision.baseVersion}. Nothing has been overwritten: the table below shows the
            published version next to this one.{" "}
            {mine
              ? "Keep your text on top of the new version (then check and submit it), or discard your draft and start again from the published version."
              : "Its author must bring it onto the current version."}
          </p>
          {may("revision.rebase") && (
            <div className="mt-3 flex flex-wrap gap-2">
              <ActionForm action={revisionAction} hidden={{ revisionId: revision.id, intent: "rebase" }}>
                <button className={buttonClass("primary", "sm")}>Keep my text on version {revision.entry.version}</button>
              </ActionForm>
              <ActionForm action={revisionAction} hidden={{ revisionId: revision.id, intent: "discard" }} confirm="Discard your draft? It stays in the history.">
                <button className={buttonClass("secondary", "sm")}>Discard my draft</button>
              </ActionForm>
            </div>
          )}
        </Alert>
      )}

      {mine && (
        <div className="flex flex-wrap gap-2">
          {may("revision.edit") && revision.action === "UPSERT" && (
            <Link href={`/revisions/${revision.id}/edit`} className={buttonClass("secondary")}>
              Edit draft
            </Link>
          )}
          {revision.action === "UPSERT" && isOpen(revision.status) && may("revision.preview") && (
            <Link href={`/revisions/${revision.id}/preview`} className={buttonClass("secondary")}>
              Preview on the public page
            </Link>
          )}
          {may("revision.submit") && !conflict && (
            <ActionForm action={revisionAction} hidden={{ revisionId: revision.id, intent: "submit" }}>
              <SubmitButton pendingText="Submitting…">Submit for review</SubmitButton>
            </ActionForm>
          )}
          {may("revision.withdraw") && (
            <ActionForm action={revisionAction} hidden={{ revisionId: revision.id, intent: "withdraw" }}>
              <button className={buttonClass("secondary")}>Withdraw from review</button>
            </ActionForm>
          )}
          {may("revision.discard") && !conflict && (
            <ActionForm action={revisionAction} hidden={{ revisionId: revision.id, intent: "discard" }} confirm="Discard this draft? It stays in the history.">
              <button className={buttonClass("ghost")}>Discard</button>
            </ActionForm>
          )}
        </div>
      )}
      {may("revision.approve") && (
        <Link href={`/review/${revision.id}`} className={buttonClass("primary")}>
          Review it
        </Link>
      )}

      <section aria-labelledby="changes">
        <h2 id="changes" className="mb-3 font-serif text-xl font-semibold">
          {revision.action === "UPSERT" ? "Changes against the published version" : "What would leave the site"}
        </h2>
        <DiffTable diff={diff} beforeTitle={revision.entry.version ? `Published (version ${revision.entry.version})` : "Published (none yet)"} afterTitle="This revision" />
      </section>
    </div>
  );
}
