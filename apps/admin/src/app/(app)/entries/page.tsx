import type { Metadata } from "next";
import Link from "next/link";

import { requirePermission } from "@atlas/auth";
import { describeCount, kindName, listEntries, searchEntries } from "@atlas/core";
import { KINDS } from "@atlas/core/kinds";
import { EntryKind, EntryStatus } from "@atlas/db/enums";
import { Badge, buttonClass, CursorPagination, DataTable, EmptyState, FilterField, inputClass } from "@atlas/ui";

import { PageTitle } from "@/components/page-title";
import { one, type SearchParams } from "@/lib/search-params";
import { db } from "@/lib/session";
import { SearchResults } from "./search-results";

export const metadata: Metadata = { title: "Entries" };

const STATUS_TONE = { PUBLISHED: "green", DRAFT: "neutral", UNPUBLISHED: "amber", DELETED: "red" } as const;

export default async function EntriesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("entry.read", "/entries");
  const sp = await searchParams;
  const filter = { kind: one(sp.kind), status: one(sp.status), q: one(sp.q) };
  // Words typed: every text of every entry is searched (drafts too); an entry's id, or nothing, lists.
  const words = filter.q && !/^[a-z]+_[a-z0-9-]+$/i.test(filter.q.trim());
  const found = words ? await searchEntries({ db: db(), actor, input: { ...filter, page: one(sp.page) } }) : null;
  const result = found ? null : await listEntries({ db: db(), actor, input: { ...filter, after: one(sp.after), before: one(sp.before) } });
  const f = found?.filter ?? result!.filter;
  const href = (position: { after?: string; before?: string }) =>
    `/entries?${new URLSearchParams(Object.entries({ kind: f.kind, status: f.status, q: f.q, ...position }).filter((e): e is [string, string] => Boolean(e[1])))}`;
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
        <FilterField htmlFor="q" label="Search every text">
          <input id="q" name="q" defaultValue={f.q ?? ""} maxLength={200} className={inputClass()} />
        </FilterField>
        <FilterField htmlFor="kind" label="Kind">
          <select id="kind" name="kind" defaultValue={f.kind ?? ""} className={inputClass()}>
            <option value="">All kinds</option>
            {Object.values(EntryKind).map((k) => (
              <option key={k} value={k}>
                {KINDS[k].names.title}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField htmlFor="status" label="Status">
          <select id="status" name="status" defaultValue={f.status ?? ""} className={inputClass()}>
            <option value="">Any status</option>
            {Object.values(EntryStatus).map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </FilterField>
        <button className={buttonClass("secondary")}>Filter</button>
      </form>
      {found ? (
        <SearchResults
          found={found}
          href={(page) => `/entries?${new URLSearchParams(Object.entries({ ...filter, q: found.q, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])))}`}
        />
      ) : (
        <EntryList result={result!} href={href} />
      )}
    </div>
  );
}

function EntryList({ result, href }: { result: Awaited<ReturnType<typeof listEntries>>; href: (position: { after?: string; before?: string }) => string }) {
  return (
    <>
      <p className="mb-2 text-sm text-ink-600">{describeCount(result.total, "entry", "entries")}, most recently changed first</p>
      {result.rows.length === 0 ? (
        <EmptyState title="No entry matches" />
      ) : (
        <DataTable columns={["Entry", "Kind", "Status", "Version", "Open revisions"]}>
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
        </DataTable>
      )}
      <CursorPagination previous={result.previous} next={result.next} hrefFor={href} label="Entry pages" previousText="← Newer" nextText="Older →" />
    </>
  );
}
