import type { Metadata } from "next";
import Link from "next/link";

import { requireRole } from "@atlas/auth";
import { kindName, listEntries } from "@atlas/core";
import { EntryKind, EntryStatus } from "@atlas/db/enums";
import { Badge, buttonClass, EmptyState, inputClass, Pagination } from "@atlas/ui";

import { KIND_TITLES } from "@/components/editor/field-specs";
import { PageTitle } from "@/components/page-title";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";

export const metadata: Metadata = { title: "Entries" };

const STATUS_TONE = { PUBLISHED: "green", DRAFT: "neutral", UNPUBLISHED: "amber", DELETED: "red" } as const;

export default async function EntriesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("EDITOR", "/entries");
  const sp = await searchParams;
  const result = await listEntries({ db: db(), actor, input: { kind: one(sp.kind) as never, status: one(sp.status) as never, q: one(sp.q), page: one(sp.page) as never } });
  const f = result.filter;
  const href = (page: number) => {
    const p = new URLSearchParams();
    if (f.kind) p.set("kind", f.kind);
    if (f.status) p.set("status", f.status);
    if (f.q) p.set("q", f.q);
    if (page > 1) p.set("page", String(page));
    return `/entries?${p}`;
  };
  return (
    <div className="max-w-6xl">
      <PageTitle
        title="Entries"
        actions={
          <Link href="/entries/new" className={buttonClass("primary")}>
            New entry
          </Link>
        }
      >
        Everything in the atlas. Editing an entry starts a draft; the public site changes only when an admin approves it.
      </PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-ink-200 bg-white p-3">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-ink-700">
            Name or id
          </label>
          <input id="q" name="q" defaultValue={f.q ?? ""} maxLength={200} className={inputClass()} />
        </div>
        <div>
          <label htmlFor="kind" className="block text-xs font-medium text-ink-700">
            Kind
          </label>
          <select id="kind" name="kind" defaultValue={f.kind ?? ""} className={inputClass()}>
            <option value="">All kinds</option>
            {Object.values(EntryKind).map((k) => (
              <option key={k} value={k}>
                {KIND_TITLES[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-xs font-medium text-ink-700">
            Status
          </label>
          <select id="status" name="status" defaultValue={f.status ?? ""} className={inputClass()}>
            <option value="">Any status</option>
            {Object.values(EntryStatus).map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <button className={buttonClass("secondary")}>Filter</button>
      </form>
      <p className="mb-2 text-sm text-ink-600">{result.total} entries</p>
      {result.rows.length === 0 ? (
        <EmptyState title="No entry matches" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-ink-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-ink-200 bg-ink-50 text-ink-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Entry</th>
                <th scope="col" className="px-4 py-2 font-medium">Kind</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
                <th scope="col" className="px-4 py-2 font-medium">Version</th>
                <th scope="col" className="px-4 py-2 font-medium">Open revisions</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((e) => (
                <tr key={e.id} className="border-b border-ink-100 last:border-0">
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/entries/${e.id}`} className="text-sky-700 hover:underline">
                      {e.label}
                    </Link>
                    <span className="block font-mono text-xs font-normal text-ink-500">{e.id}</span>
                  </th>
                  <td className="px-4 py-2">{kindName(e.kind)}</td>
                  <td className="px-4 py-2">
                    <Badge tone={STATUS_TONE[e.status]}>{e.status.toLowerCase()}</Badge>
                  </td>
                  <td className="px-4 py-2 tabular-nums">{e.version || "—"}</td>
                  <td className="px-4 py-2 tabular-nums">{e._count.revisions || ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={href} label="Entry pages" />
    </div>
  );
}
