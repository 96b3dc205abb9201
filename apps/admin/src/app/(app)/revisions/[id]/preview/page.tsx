import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { previewRevision, StateError } from "@atlas/core";
import { Alert } from "@atlas/ui";
import { CountryView, EventView, OrganizationView, PersonView } from "@atlas/ui/public";

import { env } from "@/env";
import { orNotFound } from "@/lib/not-found";
import { db } from "@/lib/session";
import { DraftSheet } from "./draft-sheet";
import { SourceSheet } from "./source-sheet";

export const metadata: Metadata = { title: "Preview" };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("entry.read", `/revisions/${id}/preview`);
  const back = (
    <Link href={`/revisions/${id}`} className="font-medium underline">
      Back to the revision
    </Link>
  );
  const preview = await orNotFound(previewRevision({ db: db(), actor, input: { revisionId: id } })).catch((error: unknown) => {
    // A request to take an entry down has no page of its own to show: said, not failed.
    if (error instanceof StateError) return error;
    throw error;
  });
  if (preview instanceof StateError)
    return (
      <div className="max-w-3xl space-y-4">
        <Alert tone="info">{preview.message}</Alert>
        {back}
      </div>
    );
  const link = (path: string) => `${env.publicSiteUrl}${path}`;
  return (
    <div className="-mx-4 -my-6 sm:-mx-8">
      <div className="sticky top-0 z-10 border-b border-amber-700/30 bg-amber-50 px-6 py-2 text-sm text-amber-700">
        <strong>Preview.</strong>{" "}
        {preview.page === "draft" ? (
          <>This draft cannot be shown as its public page yet: below is what it has so far, with what it still needs.</>
        ) : (
          <>This is how {preview.path ? <code>{preview.path}</code> : "the site"} will look once this revision is published.</>
        )}{" "}
        Nothing here is public yet. {back}
        {preview.gaps.length > 0 && (
          <div role="note" aria-label="What the draft still needs" className="mt-1">
            Still needed before it can be published:
            <ul className="list-disc pl-5">
              {preview.gaps.map((g, i) => (
                <li key={i}>
                  {g.label}: {g.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="bg-ink-50">
        {preview.page === "country" && <CountryView page={preview.data} link={link} />}
        {preview.page === "event" && <EventView event={preview.data} link={link} />}
        {preview.page === "organization" && <OrganizationView page={preview.data} link={link} />}
        {preview.page === "person" && <PersonView page={preview.data} link={link} />}
        {preview.page === "source" && <SourceSheet page={preview.data} />}
        {preview.page === "draft" && (
          <div className="p-8">
            <h1 className="mx-auto mb-4 max-w-3xl font-serif text-2xl text-ink-900">What this draft has so far</h1>
            <DraftSheet fields={preview.data} gaps={preview.gaps} />
          </div>
        )}
        {preview.page === "none" && (
          <div className="p-8">
            <h1 className="mb-4 font-serif text-2xl text-ink-900">No page of its own</h1>
            <Alert tone="info">This kind of entry has no public page of its own; it shows up on the pages of the entries that cite or include it.</Alert>
          </div>
        )}
      </div>
    </div>
  );
}
