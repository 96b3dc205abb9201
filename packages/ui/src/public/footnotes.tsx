import type { Reference } from "@atlas/core/public";

import { Markdown } from "../markdown.tsx";

/**
 * A statement's footnote markers: each links to its entry in the page's reference list, whose
 * back links return to the marker.
 */
export function FootnoteRefs({ notes, statementId }: { notes: number[]; statementId: string }) {
  if (!notes.length) return null;
  return (
    <span className="footnote-ref whitespace-nowrap">
      {notes.map((n) => (
        <a key={n} id={`cite-${statementId}-${n}`} href={`#ref-${n}`} className="text-sky-700">
          <span className="sr-only">Source </span>[{n}]
        </a>
      ))}
    </span>
  );
}

/** Markdown text followed by its footnote markers. */
export function Noted({ text, notes, statementId, className }: { text: string; notes: number[]; statementId: string; className?: string }) {
  return (
    <div className={`noted ${className ?? ""}`}>
      <Markdown>{text}</Markdown>
      <FootnoteRefs notes={notes} statementId={statementId} />
    </div>
  );
}

export function ReferenceList({ references }: { references: Reference[] }) {
  if (!references.length) return null;
  return (
    <section aria-labelledby="references" className="mt-12 border-t border-ink-200 pt-6">
      <h2 id="references" className="font-serif text-2xl font-semibold text-ink-900">
        References
      </h2>
      <ol className="mt-4 space-y-3 text-sm text-ink-700">
        {references.map((r) => (
          <li key={r.n} id={`ref-${r.n}`} className="grid grid-cols-[2.25rem_1fr] gap-1 p-1">
            <span className="font-mono text-ink-500">{r.n}.</span>
            <div>
              <span className="mr-1 inline-flex flex-wrap gap-x-1">
                {r.citedBy.map((key, i) => (
                  <a key={key} href={`#cite-${key}-${r.n}`} className="text-sky-700 no-underline hover:underline">
                    <span className="sr-only">
                      Back to the text citing source {r.n}
                      {r.citedBy.length > 1 ? `, place ${i + 1}` : ""}:{" "}
                    </span>
                    ↑{r.citedBy.length > 1 ? <sup>{String.fromCharCode(97 + i)}</sup> : null}
                  </a>
                ))}
              </span>
              <span className="font-medium text-ink-900">
                {r.citation.source.url ? (
                  <a className="text-sky-700 hover:underline" href={r.citation.source.url} rel="noopener noreferrer">
                    {r.citation.source.title}
                  </a>
                ) : (
                  r.citation.source.title
                )}
              </span>
              {r.citation.locator && <span className="text-ink-600">, {r.citation.locator}</span>}
              {r.citation.excerpt && <blockquote className="mt-1 border-l-2 border-ink-200 pl-3 text-ink-600 italic">“{r.citation.excerpt}”</blockquote>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
