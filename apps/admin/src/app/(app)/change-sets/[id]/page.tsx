import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { can, fieldLabel, getChangeSet, kindName } from "@atlas/core";
import { Alert, Badge } from "@atlas/ui";

import { submitChangeSetAction } from "@/actions/change-sets";
import { ActionForm } from "@/components/action-form";
import { DiffTable } from "@/components/diff-table";
import { PageTitle } from "@/components/page-title";
import { RevisionStatusBadge } from "@/components/revision-status";
import { SubmitButton } from "@/components/submit-button";
import { env } from "@/env";
import { orNotFound } from "@/lib/not-found";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";
import { ReviewChangeSet } from "./review-change-set";

export const metadata: Metadata = { title: "Change set" };

const DONE: Record<string, string> = {
  built: "Drafts made from the sentence. Check each one (the pasted text is kept above), complete what is missing, then submit them together.",
  submitted: "Submitted for review as one change set. An admin will publish it or send it back with comments.",
};

export default async function ChangeSetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = DONE[one((await searchParams).done) ?? ""];
  const actor = await requirePermission("entry.read", `/change-sets/${id}`);
  const set = await orNotFound(getChangeSet({ db: db(), actor, input: { changeSetId: id } }));
  const mine = set.author?.id === actor.id;
  const missing = set.entries.filter((e) => Object.keys(e.missing).length);
  // Named after its main entry: the event a paste was about, else the first entry.
  const main = set.entries.find((e) => e.kind === "EVENT") ?? set.entries[0];
  const reviewable = set.submitted && can(actor, "review.read") && !mine;
  return (
    <div className="max-w-6xl space-y-6">
      <PageTitle eyebrow="Change set" title={!main ? "Empty change set" : set.entries.length === 1 ? main.label : `${main.label} and ${set.entries.length - 1} more`}>
        <span className="text-sm text-ink-600">
          by {set.author?.name ?? "the seed import"} · {set.entries.length} {set.entries.length === 1 ? "entry" : "entries"}, reviewed and published together
        </span>
      </PageTitle>
      {done && <Alert tone="success">{done}</Alert>}
      {set.note && (
        <figure className="rounded-lg border border-sky-100 bg-sky-50 p-4">
          <figcaption className="text-xs font-semibold uppercase tracking-wider text-sky-800">Pasted text</figcaption>
          <blockquote className="mt-1 font-serif text-ink-900">{set.note}</blockquote>
        </figure>
      )}
      {set.schedules.map((s) => (
        <Alert key={s.id} tone="info">
          {s.action === "PUBLISH" ? "To be published" : "To be taken down"} at {s.runAt.toISOString().slice(0, 16).replace("T", " ")} UTC.
        </Alert>
      ))}

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
        <section key={e.revisionId} aria-label={e.label} className="space-y-2 rounded-lg border border-ink-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="font-serif text-lg font-semibold text-ink-900">
              <Link href={`/revisions/${e.revisionId}`} className="hover:underline">
                {e.label}
              </Link>
            </h2>
            <Badge>{kindName(e.kind)}</Badge>
            {e.isNew && <Badge tone="blue">new entry</Badge>}
            {e.action !== "UPSERT" && <Badge tone="amber">proposes to {e.action.toLowerCase()}</Badge>}
            <RevisionStatusBadge status={e.status} />
            {e.conflict && <Badge tone="red">conflict: published meanwhile</Badge>}
            {mine && set.editable && e.action === "UPSERT" && (
              <Link href={`/revisions/${e.revisionId}/edit`} className="text-sm text-sky-700 hover:underline">
                Edit
              </Link>
            )}
          </div>
          {e.reviewComment && <p className="text-sm text-ember-700">Reviewer: “{e.reviewComment}”</p>}
          <DiffTable diff={e.diff} beforeTitle={e.isNew ? "Published (none yet)" : "Published"} afterTitle="Proposed" />
        </section>
      ))}

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

      {reviewable && (
        <ReviewChangeSet
          changeSetId={set.id}
          entries={set.entries.filter((e) => e.status === "SUBMITTED").map((e) => ({ revisionId: e.revisionId, label: e.label }))}
          conflict={set.entries.some((e) => e.conflict)}
        />
      )}
    </div>
  );
}
