import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { previewRevision } from "@atlas/core";
import { Alert } from "@atlas/ui";
import { CountryView, EventView, OrganizationView, PersonView } from "@atlas/ui/public";

import { env } from "@/env";
import { orNotFound } from "@/lib/not-found";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Preview" };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("entry.read", `/revisions/${id}/preview`);
  const preview = await orNotFound(previewRevision({ db: db(), actor, input: { revisionId: id } }));
  const link = (path: string) => `${env.publicSiteUrl}${path}`;
  return (
    <div className="-mx-4 -my-6 sm:-mx-8">
      <div className="sticky top-0 z-10 border-b border-amber-700/30 bg-amber-50 px-6 py-2 text-sm text-amber-700">
        <strong>Preview.</strong> This is how {preview.path ? <code>{preview.path}</code> : "the site"} will look once this revision is published. Nothing here is public yet.{" "}
        <Link href={`/revisions/${id}`} className="font-medium underline">
          Back to the revision
        </Link>
      </div>
      <div className="bg-ink-50">
        {preview.page === "country" && <CountryView page={preview.data} link={link} />}
        {preview.page === "event" && <EventView event={preview.data} link={link} />}
        {preview.page === "organization" && <OrganizationView page={preview.data} link={link} />}
        {preview.page === "person" && <PersonView page={preview.data} link={link} />}
        {preview.page === "none" && (
          <div className="p-8">
            <Alert tone="info">This kind of entry has no public page of its own; it shows up on the pages of the entries that cite or include it.</Alert>
          </div>
        )}
      </div>
    </div>
  );
}
