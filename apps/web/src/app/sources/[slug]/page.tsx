import type { Metadata } from "next";
import Link from "next/link";

import { count, NOT_ASSESSED, routes } from "@atlas/core/public";
import { Badge, Container, SectionHeading } from "@atlas/ui";

import { JsonLd } from "@/components/json-ld";
import { SuggestCorrection } from "@/components/suggest-correction";
import { getSourcePage } from "@/lib/data";
import { notFoundOrMoved } from "@/lib/not-found-or-moved";
import { absolute } from "@/lib/site-url";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getSourcePage((await params).slug);
  if (!page) return { title: "Source not found" };
  return {
    title: page.source.title,
    description: `${page.source.title}: ${count(page.citedBy.length, "entry", "entries")} of the atlas cite it.`,
    alternates: { canonical: routes.source(page.source.slug) },
  };
}

const link = "text-sky-700 underline decoration-sky-300 hover:decoration-sky-700";

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  const page = (await getSourcePage(slug)) ?? (await notFoundOrMoved("source", slug));
  const s = page.source;
  const details: [string, string | null][] = [
    ["Kind", s.kindLabel],
    ["Author(s)", s.author],
    ["Publisher", s.publisher],
    ["Published", s.publishedOn?.display ?? null],
    ["Language", s.language?.name ?? null],
    ["Consulted", s.accessedOn?.display ?? null],
    ["Reference number", s.marker],
  ];
  const addresses: [string, string | null][] = [
    ["Address", s.url],
    ["Archived copy", s.archiveUrl],
  ];
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "CreativeWork",
          name: s.title,
          url: absolute(routes.source(s.slug)),
          ...(s.url ? { sameAs: s.url } : {}),
          ...(s.author ? { author: s.author } : {}),
          ...(s.publisher ? { publisher: s.publisher } : {}),
          ...(s.publishedOn ? { datePublished: s.publishedOn.edtf } : {}),
          ...(s.language ? { inLanguage: s.language.code } : {}),
        }}
      />
      <Container className="py-8">
        <nav aria-label="Breadcrumb" className="text-sm text-ink-600">
          <Link href={routes.sources} className={link}>
            Sources
          </Link>{" "}
          / <span aria-current="page">{s.title}</span>
        </nav>
        <h1 className="mt-3 font-serif text-3xl font-semibold tracking-tight text-ink-900 sm:text-4xl">{s.title}</h1>
        {s.missing.length > 0 && (
          <p id="details-missing" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-700/30">
            <strong>Details not yet recorded:</strong> {s.missing.join(", ")}. Until they are, a reader cannot look this source up; the passages below are what the atlas has of it.
          </p>
        )}
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {details
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium text-ink-700">{k}</dt>
                <dd className="text-ink-800">{v}</dd>
              </div>
            ))}
          {addresses
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium text-ink-700">{k}</dt>
                <dd className="break-all">
                  <a href={v!} className="text-sky-700 hover:underline" rel="noopener noreferrer">
                    {v}
                  </a>
                </dd>
              </div>
            ))}
          <div className="contents">
            <dt className="font-medium text-ink-700">Reliability</dt>
            <dd className="text-ink-800">
              {s.reliability ? (
                <>
                  {s.reliability.label} <span className="text-ink-600">— {s.reliability.meaning}</span>
                </>
              ) : (
                NOT_ASSESSED
              )}
              {" · "}
              <Link href="/about#reliability" className={link}>
                what the tiers mean
              </Link>
            </dd>
          </div>
        </dl>
        {s.note && <p className="mt-4 text-ink-700">{s.note}</p>}

        <section aria-labelledby="passages" className="mt-8">
          <SectionHeading id="passages" count={page.passages.length}>
            Passages cited
          </SectionHeading>
          {page.passages.length === 0 && <p className="text-sm text-ink-600">No page of the atlas quotes this source yet.</p>}
          <ol className="space-y-4">
            {page.passages.map((e) => (
              <li key={e.id} id={e.id} className="rounded-lg border border-ink-200 bg-white p-4">
                {e.text ? <blockquote className="border-l-2 border-ink-200 pl-3 text-ink-800 italic">“{e.text}”</blockquote> : <p className="text-ink-800">At {e.locator}</p>}
                {e.quotedFrom && (
                  <p className="mt-2 text-sm text-ink-600">
                    Words kept with{" "}
                    <Link href={`${routes.source(e.quotedFrom.slug)}#${e.id}`} className={link}>
                      {e.quotedFrom.title}
                    </Link>
                    , which names this source for them.
                  </p>
                )}
                {e.citedBy.length > 0 && (
                  <p className="mt-2 text-sm text-ink-600">
                    Cited by{" "}
                    {e.citedBy.map((c, i) => (
                      <span key={`${c.id}-${i}`}>
                        {i > 0 && "; "}
                        <Link href={c.path} className={link}>
                          {c.label}
                        </Link>{" "}
                        <span className="text-ink-600">
                          ({c.kindLabel.toLowerCase()}
                          {c.alternative ? ", for another reading" : ""})
                        </span>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="cited-by" className="mt-8">
          <SectionHeading id="cited-by" count={page.citedBy.length}>
            What cites this
          </SectionHeading>
          <ul className="space-y-1 text-sm">
            {page.citedBy.map((c) => (
              <li key={c.id}>
                <Badge>{c.kindLabel}</Badge>{" "}
                <Link href={c.path} className="text-sky-700 hover:underline">
                  {c.label}
                </Link>
              </li>
            ))}
          </ul>
          {page.pages.length > 0 && (
            <>
              <h3 className="mt-6 font-serif text-lg font-semibold text-ink-900">Pages that show it</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {page.pages.map((p) => (
                  <li key={p.path}>
                    <Link href={p.path} className="text-sky-700 hover:underline">
                      {p.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </Container>
      <SuggestCorrection entryId={s.id} pagePath={routes.source(s.slug)} about={`“${s.title}”`} wide={false} />
    </>
  );
}
