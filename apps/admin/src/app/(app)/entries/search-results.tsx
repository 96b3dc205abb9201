import Link from "next/link";

import { describeCount, kindName, type searchEntries } from "@atlas/core";
import { Badge, EmptyState, Highlight, Pagination } from "@atlas/ui";

type Found = Awaited<ReturnType<typeof searchEntries>>;

/** The admin's search results: each entry once, where its words were found (published or a draft), the words marked. */
export function SearchResults({ found, href }: { found: Found; href: (page: number) => string }) {
  return (
    <>
      <p className="mb-2 text-sm text-ink-600" role="status">
        {describeCount(found.total, "entry", "entries")} with “{found.suggestion ?? found.q}” in any text, drafts included, best matches first
        {found.prefixMatched ? " (words beginning so)" : ""}
      </p>
      {found.suggestion && (
        <p className="mb-2 text-sm text-ink-800">
          Nothing has “{found.q}”; showing results for <strong>{found.suggestion}</strong>.
        </p>
      )}
      {found.hits.length === 0 ? (
        <EmptyState title="Nothing has these words">Search looks in every text of every entry: names, descriptions, notes and passages.</EmptyState>
      ) : (
        <ol className="divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white">
          {found.hits.map((h) => (
            <li key={h.entryId} className="space-y-1 px-4 py-3">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/entries/${h.entryId}`} className="font-medium text-sky-700 hover:underline">
                  {h.label}
                </Link>
                <Badge>{kindName(h.kind)}</Badge>
                {h.foundIn === "draft" ? (
                  <Link href={`/revisions/${h.revisionId}`} className="text-sm text-sky-700 underline">
                    found in a draft
                  </Link>
                ) : (
                  <Badge tone="green">found in the published text</Badge>
                )}
              </div>
              {h.snippet && (
                <p className="text-sm text-ink-700">
                  <Highlight text={h.snippet} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {found.pageCount > 1 && <Pagination page={found.page} pageCount={found.pageCount} hrefFor={href} label="Search result pages" />}
    </>
  );
}
