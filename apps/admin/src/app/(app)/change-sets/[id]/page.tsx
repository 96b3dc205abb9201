import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { can, fieldLabel, getChangeSet, listOpenChangeSets } from "@atlas/core";
import { utcTime } from "@atlas/core/titles";
import { Alert } from "@atlas/ui";

import { submitChangeSetAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";
import { PageTitle } from "@/components/page-title";
import { SubmitButton } from "@/components/submit-button";
import { env } from "@/env";
import { orNotFound } from "@/lib/not-found";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";
import { MergeForm } from "./arrange-forms";
import { ChangeSetEntry } from "./change-set-entry";
import { ReviewChangeSet } from "./review-change-set";
import { WaitsFor } from "./waits-for";

export const metadata: Metadata = { title: "Change set" };

const DONE: Record<string, string> = {
  built: "Drafts made from the sentence. Check each one (the pasted text is kept above), complete what is missing, then submit them together.",
  submitted: "Submitted for review as one change set. An admin will publish it or send it back with comments.",
  moved: "Moved. Each change set is submitted, reviewed and published on its own; one that uses the other's new entries waits for it.",
  merged: "Merged: the drafts of both are now one change set, submitted and reviewed together.",
};

export default async function ChangeSetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = DONE[one((await searchParams).done) ?? ""];
  const actor = await requirePermission("entry.read", `/change-sets/${id}`);
  const set = await orNotFound(getChangeSet({ db: db(), actor, input: { changeSetId: id } }));
  const mine = set.author?.id === actor.id;
  const arranging = mine && set.editable && !set.submitted;
  const others = arranging ? (await listOpenChangeSets({ db: db(), actor })).filter((s) => s.id !== set.id) : [];
  const missing = set.entries.filter((e) => Object.keys(e.missing).length);
  const reviewable = set.submitted && can(actor, "review.read") && !mine;
  return (
    <div className="max-w-6xl space-y-6">
      <PageTitle eyebrow="Change set" title={set.title}>
        <span className="text-sm text-ink-600">
          by {set.author?.name ?? "the seed import"} · {set.entries.length} {set.entries.length === 1 ? "entry" : "entries"}, reviewed and published together
        </span>
      </PageTitle>
      {done && <Alert tone="success">{done}</Alert>}
      {set.note && (
        <figure className="rounded-lg border border-sky-100 bg-sky-50 p-4">
          <figcaption className="text-xs font-semibold uppercase tracking-wider text-sky-800">Pasted text</figcaption>
          <blockquote className="mt-1 whitespace-pre-line font-serif text-ink-900">{set.note}</blockquote>
        </figure>
      )}
      {set.schedules.map((s) => (
        <Alert key={s.id} tone="info">
          {s.action === "PUBLISH" ? "To be published" : "To be taken down"} at {utcTime(s.runAt)}.
        </Alert>
      ))}
      <WaitsFor waitsFor={set.waitsFor} usedBy={set.usedBy} />

      {missing.length > 0 && set.editable && (
        <Alert tone="warning" title="Not ready for review yet">
          <ul className="list-disc pl-5">
            {missing.flatMap((e) =>
              Object.entries(e.missing).map(([path, messages]) => (
                <li key={`${e.revisionId}-${path}`}>
                  <Link href={`/revisions/${e.revisionId}/edit#field-${path.split(".")[0]}`} className="underline">
                    {e.label} · {path ? fieldLabel(e.kind, path.split(".")[0]!) : "the entry"}
                  </Link>
                  : {messages.join(" ")}
                </li>
              )),
            )}
          </ul>
        </Alert>
      )}
      {mine && set.editable && (
        <ActionForm action={submitChangeSetAction} hidden={{ changeSetId: set.id }}>
          <SubmitButton pendingText="Submitting…">Submit {set.entries.length === 1 ? "" : `all ${set.entries.length} `}for review</SubmitButton>
        </ActionForm>
      )}

      {set.entries.map((e) => (
        <ChangeSetEntry key={e.revisionId} e={e} editable={mine && set.editable} moveTo={arranging && (e.state.key === "draft" || e.state.key === "changes") ? others : null} />
      ))}
      {arranging && <MergeForm changeSetId={set.id} sets={others} />}

      {set.blastRadius.length > 0 && (
        <section aria-labelledby="blast" className="rounded-lg border border-ink-200 bg-white p-4">
          <h2 id="blast" className="font-serif text-lg font-semibold">
            What publishing it refreshes
          </h2>
          <p className="text-sm text-ink-600">The public pages and feeds the approval will refresh (the same list the site is sent).</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {set.blastRadius.map((b) => (
              <li key={b.tag}>{b.path ? <a href={`${env.publicSiteUrl}${b.path}`}>{b.label}</a> : b.label}</li>
            ))}
          </ul>
        </section>
      )}

      {mine && set.submitted && can(actor, "review.read") && (
        <Alert tone="warning">This is your own work. Another admin must approve it (unless this site allows self-approval, which is then recorded in the audit log).</Alert>
      )}
      {reviewable && (
        <ReviewChangeSet
          changeSetId={set.id}
          entries={set.entries.filter((e) => e.status === "SUBMITTED").map((e) => ({ revisionId: e.revisionId, label: e.label }))}
          conflict={set.entries.some((e) => e.conflict)}
          waitsFor={set.waitsFor}
        />
      )}
    </div>
  );
}
