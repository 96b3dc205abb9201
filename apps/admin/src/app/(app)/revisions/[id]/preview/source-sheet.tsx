import type { Preview } from "@atlas/core";

type SourcePage = Extract<Preview, { page: "source" }>["data"];

/** A source as its public page will list it: what it is, and what it lacks, and its passages numbered from 1. */
export function SourceSheet({ page }: { page: SourcePage }) {
  const { source, passages } = page;
  const by = [source.author, source.publisher].filter(Boolean).join(", ");
  return (
    <article className="mx-auto max-w-3xl space-y-4 p-8">
      <p className="text-sm text-ink-600">{source.kindLabel}</p>
      <h1 className="font-serif text-3xl text-ink-900">{source.title}</h1>
      {by && <p className="text-ink-700">{by}</p>}
      {source.url && <p className="break-all text-sm text-ink-700">{source.url}</p>}
      {source.missing.length > 0 && <p className="text-sm text-amber-700">Details not yet recorded: {source.missing.join(", ")}.</p>}
      <h2 className="font-serif text-xl text-ink-900">Passages ({passages.length})</h2>
      <ol className="space-y-2">
        {passages.map((x, i) => (
          <li key={x.id} className="rounded-md border border-ink-200 bg-white p-3 text-sm">
            <span className="font-medium text-ink-600">Passage {i + 1}. </span>
            {x.text ? <q className="whitespace-pre-wrap">{x.text}</q> : <span className="text-ink-600">(words not recorded)</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}
