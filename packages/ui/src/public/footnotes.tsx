import type { CitedText, Footnote, NotedDispute, Reference } from "@atlas/core/public";
import { routes } from "@atlas/core/routes";

import { Markdown } from "../markdown.tsx";
import { sameSite, type Linker } from "./link.ts";

// Footnotes as Wikipedia readers know them: a marker right after the sentence it supports, a
// preview of the source on hover and on keyboard focus, and one numbered reference per source
// at the end of the page, with back links (a, b, c) to every place that cites it.

/** The markup a group of footnote markers becomes in cited Markdown (see core's FOOTNOTE_HREF). */
const FOOTNOTE_LINK = /^#fn-(\d+)$/;

/** One statement's footnote markers, each with its preview. */
export function FootnoteRefs({ notes }: { notes: Footnote[] }) {
  if (!notes.length) return null;
  return (
    <span className="footnote-ref whitespace-nowrap">
      {notes.map((f) => (
        <span key={f.id} className="group relative">
          <a id={f.id} href={`#ref-${f.n}`} className="text-sky-700 focus-visible:outline-2 focus-visible:outline-sky-700" aria-describedby={`${f.id}-preview`}>
            <span className="sr-only">Source </span>[{f.n}]
          </a>
          <span
            id={`${f.id}-preview`}
            role="tooltip"
            className="footnote-preview absolute bottom-full left-1/2 z-20 mb-1 hidden w-72 max-w-[80vw] -translate-x-1/2 rounded-md border border-ink-200 bg-white p-3 text-left text-xs leading-snug font-normal whitespace-normal text-ink-800 shadow-lg group-focus-within:block group-hover:block"
          >
            <span className="block font-semibold text-ink-900">{f.source.title}</span>
            {f.passages.map((p, i) => (
              <span key={i} className="mt-1 block text-ink-700 italic">
                {p.excerpt ? `“${p.excerpt}”` : null}
                {p.locator ? <span className="not-italic"> ({p.locator})</span> : null}
              </span>
            ))}
          </span>
        </span>
      ))}
    </span>
  );
}

/** Said beside a statement nothing published supports yet (editors see the same list on their dashboard). */
export function Unsourced() {
  return (
    <span className="unsourced ml-1 inline-block rounded-sm bg-amber-50 px-1 align-baseline text-xs leading-normal font-medium whitespace-nowrap text-amber-900 ring-1 ring-amber-700/30">
      unsourced<span className="sr-only">: no published source supports this yet</span>
    </span>
  );
}

/** A statement's footnote markers, or the mark saying it has none. */
export function Sourced({ notes }: { notes: Footnote[] }) {
  return notes.length ? <FootnoteRefs notes={notes} /> : <Unsourced />;
}

/** Markdown whose footnote markers sit after the sentences they support. */
export function CitedMarkdown({ cited, className }: { cited: CitedText; className?: string }) {
  return (
    <Markdown
      className={className}
      components={{
        a: ({ href, children }) => {
          const m = href ? FOOTNOTE_LINK.exec(href) : null;
          if (m) return <FootnoteRefs notes={cited.groups[Number(m[1])] ?? []} />;
          return <a href={href}>{children}</a>;
        },
      }}
    >
      {cited.markdown}
    </Markdown>
  );
}

/** A text with its footnotes: inline where its sentences are marked, the rest after it. */
export function Noted({ text, cited, notes, className }: { text: string; cited?: CitedText | null; notes: Footnote[]; className?: string }) {
  return (
    <div className={`noted ${className ?? ""}`}>
      {cited ? <CitedMarkdown cited={cited} /> : <Markdown>{text}</Markdown>}
      {cited?.groups.length ? <FootnoteRefs notes={notes} /> : <Sourced notes={notes} />}
    </div>
  );
}

/** A disputed statement: the other readings, each with its sources, and why the shown one is preferred. */
export function DisputeNote({ dispute, shown }: { dispute: NotedDispute | null; shown: string }) {
  if (!dispute?.alternatives.length) return null;
  return (
    <details className="dispute mt-1 text-xs font-normal text-ink-700">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded-sm bg-amber-50 px-1.5 py-0.5 font-medium text-amber-900 ring-1 ring-amber-700/30">
        disputed<span className="sr-only">: sources disagree on “{shown}”</span>
      </summary>
      <div className="mt-1 space-y-1 rounded-md border border-amber-200 bg-amber-50/50 p-2">
        <p>
          Shown: <strong>{shown}</strong>
          {dispute.preferredReason && <> — {dispute.preferredReason}</>}
        </p>
        {dispute.alternatives.map((a) => (
          <p key={a.value}>
            Another reading: <strong>{a.label}</strong>
            <FootnoteRefs notes={a.notes} />
            {a.note && <span className="block text-ink-600">{a.note}</span>}
          </p>
        ))}
      </div>
    </details>
  );
}

export function ReferenceList({ references, link = sameSite }: { references: Reference[]; link?: Linker }) {
  if (!references.length) return null;
  return (
    <section aria-labelledby="references" className="references mt-12 border-t border-ink-200 pt-6">
      <h2 id="references" className="font-serif text-2xl font-semibold text-ink-900">
        References
      </h2>
      <ol className="mt-4 space-y-3 text-sm text-ink-700">
        {references.map((r) => (
          <li key={r.n} id={`ref-${r.n}`} className="grid grid-cols-[2.25rem_1fr] gap-1 p-1">
            <span className="font-mono text-ink-500">{r.n}.</span>
            <div>
              <a className="font-medium text-sky-700 hover:underline" href={link(routes.source(r.source.slug))}>
                {r.source.title}
              </a>
              {r.source.url && (
                <>
                  {" · "}
                  <a className="text-sky-700 hover:underline" href={r.source.url} rel="noopener noreferrer">
                    original<span className="sr-only"> of {r.source.title}</span>
                  </a>
                </>
              )}
              {!r.source.checkable && <span className="text-ink-600"> · details not yet recorded</span>}
              <ul className="mt-1 space-y-1">
                {r.passages.map((p, i) => (
                  <li key={i}>
                    <span className="mr-1 inline-flex flex-wrap gap-x-1">
                      {p.uses.map((u, k) => (
                        <a key={u.id} href={`#${u.id}`} className="text-sky-700 no-underline hover:underline">
                          <span className="sr-only">
                            Back to the text citing source {r.n}
                            {u.letter ? `, place ${u.letter}` : ""}:{" "}
                          </span>
                          {k === 0 || !u.letter ? "↑" : ""}
                          {u.letter ? <sup>{u.letter}</sup> : null}
                        </a>
                      ))}
                    </span>
                    {p.locator && <span className="text-ink-600">{p.locator}</span>}
                    {p.excerpt && <blockquote className="mt-1 border-l-2 border-ink-200 pl-3 text-ink-600 italic">“{p.excerpt}”</blockquote>}
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
