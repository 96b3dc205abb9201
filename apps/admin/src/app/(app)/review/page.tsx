import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { describeCount, kindName, listCountryChoices, listQueueAuthors, listReviewQueue } from "@atlas/core";
import { KINDS } from "@atlas/core/kinds";
import { EntryKind } from "@atlas/db/enums";
import { Alert, Badge, buttonClass, CursorPagination, EmptyState, inputClass } from "@atlas/ui";

import { PageTitle } from "@/components/page-title";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Review queue" };

const waited = (d: Date | null) => {
  if (!d) return "";
  const h = Math.round((Date.now() - d.getTime()) / 3_600_000);
  return h < 1 ? "under an hour" : h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
};

const WAIT_STATE = { writing: "still a draft", submitted: "waiting for review too", scheduled: "scheduled" } as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("review.read", "/review");
  const sp = await searchParams;
  const filter = { kind: one(sp.kind), countryId: one(sp.country), authorId: one(sp.author), after: one(sp.after), before: one(sp.before) };
  const [queue, countries, users] = await Promise.all([
    listReviewQueue({ db: db(), actor, input: filter }),
    listCountryChoices({ db: db(), actor }),
    listQueueAuthors({ db: db(), actor }),
  ]);
  return (
    <div className="max-w-6xl">
      <PageTitle title="Review queue">
        Work waiting for review, a change set at a time, oldest first. A change set is approved or sent back whole; approving publishes at once (or at the time you set) and the
        public pages refresh within a second.
      </PageTitle>
      {one(sp.published) === "1" && (
        <Alert tone="success" className="mb-4">
          Published. The public pages it touches are refreshed.
        </Alert>
      )}
      {one(sp.published) === "pending" && (
        <Alert tone="warning" className="mb-4">
          Published, but the public site did not confirm the refresh yet; it is retried in the background (see the dashboard).
        </Alert>
      )}
      {one(sp.published) === "scheduled" && (
        <Alert tone="success" className="mb-4">
          Approved and scheduled. It is published at the time you set; the dashboard lists it until then, and it can be cancelled there.
        </Alert>
      )}
      {one(sp.returned) === "1" && (
        <Alert tone="success" className="mb-4">
          Sent back to its author with your comment.
        </Alert>
      )}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-ink-200 bg-white p-3">
        <label className="block text-xs font-medium text-ink-700">
          Kind
          <select name="kind" defaultValue={filter.kind ?? ""} className={inputClass()}>
            <option value="">All kinds</option>
            {Object.values(EntryKind).map((k) => (
              <option key={k} value={k}>
                {KINDS[k].names.title}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-ink-700">
          Country
          <select name="country" defaultValue={filter.countryId ?? ""} className={inputClass()}>
            <option value="">Any country</option>
            {countries.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-ink-700">
          Author
          <select name="author" defaultValue={filter.authorId ?? ""} className={inputClass()}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button className={buttonClass("secondary")}>Filter</button>
      </form>
      {queue.rows.length > 0 && <p className="mb-2 text-sm text-ink-600">{describeCount(queue.total, "change set", "change sets")} waiting, oldest first</p>}
      {queue.rows.length === 0 ? (
        <EmptyState title="Nothing waits for review" />
      ) : (
        <ol className="space-y-3">
          {queue.rows.map((set) => (
            <li key={set.id} className="rounded-lg border border-ink-200 bg-white">
              <div className="flex flex-wrap items-center gap-3 border-b border-ink-100 px-4 py-3">
                {/* A set of one is reviewed on its revision's page (which sends a set that waits for another to the set's page). */}
                <Link
                  href={set.entries.length === 1 ? `/review/${set.entries[0]!.revisionId}` : `/change-sets/${set.id}`}
                  className="font-serif text-lg font-semibold text-sky-800 hover:underline"
                >
                  {set.title}
                </Link>
                <span className="text-sm text-ink-600">
                  {set.entries.length} {set.entries.length === 1 ? "entry" : "entries"} by {set.author?.name ?? "?"} · waiting {waited(set.submittedAt)}
                </span>
                {set.entries.some((e) => e.conflict) && <Badge tone="red">conflict</Badge>}
              </div>
              {set.waitsFor.length > 0 && (
                <p className="border-b border-ink-100 bg-amber-50/60 px-4 py-2 text-sm text-ink-800">
                  Waits for{" "}
                  {set.waitsFor.map((d, i) => (
                    <span key={d.changeSetId}>
                      {i > 0 && ", "}
                      <Link href={`/change-sets/${d.changeSetId}`} className="font-medium text-sky-800 underline">
                        {d.title}
                      </Link>{" "}
                      ({WAIT_STATE[d.state]})
                    </span>
                  ))}
                  : approved with it, or after it.
                </p>
              )}
              <ul className="divide-y divide-ink-100" aria-label={`Entries of ${set.title}`}>
                {set.entries.map((e) => (
                  <li key={e.revisionId} className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm">
                    <span className="text-ink-900">{e.label}</span>
                    <Badge>{kindName(e.kind)}</Badge>
                    {e.action !== "UPSERT" && <Badge tone="amber">{e.action.toLowerCase()}</Badge>}
                    {e.isNew && <Badge tone="blue">new</Badge>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <CursorPagination
        previous={queue.previous}
        next={queue.next}
        hrefFor={(position) =>
          `/review?${new URLSearchParams(Object.entries({ kind: queue.filter.kind, country: queue.filter.countryId, author: queue.filter.authorId, ...position }).filter((e): e is [string, string] => Boolean(e[1])))}`
        }
        label="Queue pages"
        previousText="← Waited longer"
        nextText="Newer →"
      />
    </div>
  );
}
