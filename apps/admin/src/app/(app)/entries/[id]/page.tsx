import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { requirePermission } from "@atlas/auth";
import { can, getEntryHistory, isWatching, kindName, NotFoundError } from "@atlas/core";
import { Badge, buttonClass, DataTable, inputClass } from "@atlas/ui";

import { removalAction, revertAction } from "@/actions/entries";
import { watchAction } from "@/actions/inbox";
import { ActionForm } from "@/components/action-form";
import { PageTitle } from "@/components/page-title";
import { RevisionStatusBadge } from "@/components/revision-status";
import { env } from "@/env";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Entry" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "");

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("entry.read", `/entries/${id}`);
  const history = await getEntryHistory({ db: db(), actor, input: { entryId: id } }).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { entry, revisions } = history;
  const watching = await isWatching({ db: db(), actor, input: { entryId: id } });
  const revisionOptions = revisions.map((r) => (
    <option key={r.id} value={r.id}>
      {r.publishedVersion ? `Version ${r.publishedVersion}` : `${r.status.toLowerCase()} of ${when(r.createdAt)}`}
    </option>
  ));
  const published = revisions.filter((r) => r.status === "PUBLISHED" && r.action === "UPSERT" && r.publishedVersion !== null);
  return (
    <div className="max-w-5xl space-y-8">
      <PageTitle
        eyebrow={kindName(entry.kind)}
        title={entry.label}
        actions={
          <>
            {entry.status !== "DELETED" && can(actor, "entry.draft", entry) && (
              <Link href={`/entries/${entry.id}/edit`} className={buttonClass("primary")}>
                Edit
              </Link>
            )}
            <ActionForm action={watchAction} hidden={{ entryId: entry.id, watch: String(!watching) }}>
              <button className={buttonClass("secondary")} aria-pressed={watching}>
                {watching ? "Watching ✓" : "Watch"}
              </button>
            </ActionForm>
            {entry.status === "PUBLISHED" && entry.search?.path && (
              <a href={`${env.publicSiteUrl}${entry.search.path}`} className={buttonClass("secondary")}>
                View on the public site ↗
              </a>
            )}
          </>
        }
      >
        <span className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={entry.status === "PUBLISHED" ? "green" : entry.status === "DRAFT" ? "neutral" : "amber"}>{entry.status.toLowerCase()}</Badge>
          <span>version {entry.version || "— (never published)"}</span>
          <span className="font-mono text-xs text-ink-500">{entry.id}</span>
        </span>
      </PageTitle>

      <section aria-labelledby="history">
        <h2 id="history" className="mb-3 font-serif text-xl font-semibold">
          History
        </h2>
        <DataTable dense columns={["Revision", "Status", "Author", "Reviewed by", "When (UTC)"]}>
          {revisions.map((r) => (
            <tr key={r.id} className="border-b border-ink-100 align-top last:border-0">
              <td className="px-3 py-2">
                <Link href={`/revisions/${r.id}`} className="font-medium text-sky-700 hover:underline">
                  {r.publishedVersion ? `Version ${r.publishedVersion}` : r.action === "UPSERT" ? "Edit" : r.action.toLowerCase()}
                </Link>
                {r.action !== "UPSERT" && (
                  <Badge tone="amber" className="ml-2">
                    {r.action.toLowerCase()}
                  </Badge>
                )}
                {r.message && <p className="text-xs text-ink-600">“{r.message}”</p>}
              </td>
              <td className="px-3 py-2">
                <RevisionStatusBadge state={r.state} />
                {r.reviewComment && <p className="text-xs text-ink-600">Reviewer: “{r.reviewComment}”</p>}
              </td>
              <td className="px-3 py-2">{r.author?.name ?? "Seed import"}</td>
              <td className="px-3 py-2">{r.reviewer?.name ?? ""}</td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{when(r.reviewedAt ?? r.submittedAt ?? r.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
        {revisions.length > 1 && (
          <form action={`/entries/${entry.id}/compare`} method="get" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
            <label className="block">
              <span className="block text-xs font-medium text-ink-700">Compare</span>
              <select name="from" className={inputClass()} defaultValue={revisions[1]?.id}>
                {revisionOptions}
              </select>
            </label>
            <label className="block">
              <span className="block text-xs font-medium text-ink-700">with</span>
              <select name="to" className={inputClass()} defaultValue={revisions[0]?.id}>
                {revisionOptions}
              </select>
            </label>
            <button className={buttonClass("secondary")}>Show the differences</button>
          </form>
        )}
      </section>

      {published.length > 1 && (
        <section aria-labelledby="revert" className="rounded-lg border border-ink-200 bg-white p-5">
          <h2 id="revert" className="font-serif text-lg font-semibold">
            Go back to an earlier version
          </h2>
          <p className="mt-1 text-sm text-ink-600">Starts a draft holding that version; it is published only after review.</p>
          <ActionForm action={revertAction} hidden={{ entryId: entry.id }} className="mt-3 flex flex-wrap items-end gap-2">
            <select name="toVersion" className={`${inputClass()} w-auto`} aria-label="Version">
              {published
                .filter((r) => r.publishedVersion !== entry.version)
                .map((r) => (
                  <option key={r.id} value={r.publishedVersion!}>
                    Version {r.publishedVersion}
                  </option>
                ))}
            </select>
            <button className={buttonClass("secondary")}>Start a draft from it</button>
          </ActionForm>
        </section>
      )}

      {entry.version > 0 && entry.status !== "DELETED" && (
        <section aria-labelledby="remove" className="rounded-lg border border-ember-100 bg-white p-5">
          <h2 id="remove" className="font-serif text-lg font-semibold">
            Take it off the site
          </h2>
          <p className="mt-1 text-sm text-ink-600">Unpublishing hides it; deleting retires it for good. Both keep its history, and both need an admin&apos;s approval.</p>
          <ActionForm action={removalAction} hidden={{ entryId: entry.id }} className="mt-3 space-y-2" confirm="Send this request for review?">
            <label htmlFor="removal-message" className="block text-sm font-medium text-ink-800">
              Why (for the reviewer)
            </label>
            <input id="removal-message" name="message" className={inputClass()} />
            <div className="flex gap-2">
              {entry.status === "PUBLISHED" && (
                <button name="action" value="UNPUBLISH" className={buttonClass("secondary")}>
                  Propose unpublishing
                </button>
              )}
              <button name="action" value="DELETE" className={buttonClass("danger")}>
                Propose deleting
              </button>
            </div>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
