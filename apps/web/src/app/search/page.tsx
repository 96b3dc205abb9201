import type { Metadata } from "next";
import Link from "next/link";

import { count, MAX_QUERY_LENGTH, parseSearchQuery, type RawParams } from "@atlas/core/public";
import { Badge, Container, EmptyState, Highlight, inputClass, Pagination } from "@atlas/ui";

import { QueryProblems } from "@/components/query-problems";
import { runSearch } from "@/lib/data";

export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const { value } = parseSearchQuery(await searchParams);
  return { title: value.q ? `“${value.q}”: search` : "Search", robots: { index: false, follow: true } };
}

const SUGGESTIONS = ["refugees", "Biden", "trade", "embassy", "United Nations", "recognition"];

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { value: q, problems } = parseSearchQuery(await searchParams);
  const results = q.q ? await runSearch(q.q, q.page) : null;
  return (
    <Container className="py-8">
      <h1 className="font-serif text-3xl font-semibold text-ink-900">Search</h1>
      <form method="get" role="search" className="mt-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          Search the atlas
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Events, people, countries, organisations, facts…"
          className={inputClass()}
        />
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
          Search
        </button>
      </form>
      <div className="mt-6">
        <QueryProblems problems={problems} />
        {!results && (
          <p className="text-sm text-ink-600">
            Try{" "}
            {SUGGESTIONS.map((s, i) => (
              <span key={s}>
                {i > 0 && ", "}
                <Link href={`/search?q=${encodeURIComponent(s)}`} className="text-sky-700 hover:underline">
                  {s}
                </Link>
              </span>
            ))}
            . Use quotes for a phrase (“strategic alliance”) and a minus to leave a word out.
          </p>
        )}
        {results && (
          <>
            {results.suggestion && (
              <p className="mb-2 text-ink-800">
                Nothing matched “{results.q}”. Did you mean{" "}
                <Link href={`/search?q=${encodeURIComponent(results.suggestion)}`} className="font-semibold text-sky-700 hover:underline">
                  {results.suggestion}
                </Link>
                ? Showing its results.
              </p>
            )}
            <p className="mb-4 text-sm text-ink-600" aria-live="polite">
              {count(results.total, "result")} for “{results.suggestion ?? results.q}”{results.prefixMatched ? " (words starting with what you typed)" : ""}
            </p>
            {results.hits.length === 0 ? (
              <EmptyState title="Nothing found">Check the spelling, or try a broader word.</EmptyState>
            ) : (
              <ol className="space-y-4">
                {results.hits.map((h) => (
                  <li key={h.id} className="rounded-lg border border-ink-200 bg-white p-4">
                    <div className="flex items-center gap-2">
                      <Badge tone="blue">{h.kindLabel}</Badge>
                    </div>
                    <h2 className="mt-1 font-serif text-lg font-semibold">
                      <a href={h.path} className="text-ink-900 hover:text-sky-800 hover:underline">
                        <Highlight text={h.title} />
                      </a>
                    </h2>
                    {h.snippet && (
                      <p className="mt-1 text-sm text-ink-700">
                        <Highlight text={h.snippet} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <Pagination
              page={results.page}
              pageCount={results.pageCount}
              hrefFor={(p) => `/search?q=${encodeURIComponent(results.suggestion ?? results.q)}${p > 1 ? `&page=${p}` : ""}`}
              label="Result pages"
            />
          </>
        )}
      </div>
    </Container>
  );
}
