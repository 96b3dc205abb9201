import type { Metadata } from "next";

import { routes, TAGS } from "@atlas/core/public";
import { EventView } from "@atlas/ui/public";

import { JsonLd } from "@/components/json-ld";
import { CiteCurrentPage } from "@/components/page-version";
import { SuggestCorrection } from "@/components/suggest-correction";
import { getEvent } from "@/lib/data";
import { notFoundOrMoved } from "@/lib/not-found-or-moved";
import { absolute } from "@/lib/site-url";
import { eventTitle } from "@/lib/titles";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).slug);
  if (!event) return { title: "Event not found" };
  const path = routes.event(event.slug);
  return {
    title: `${event.title} (${event.start.display})`,
    description: event.description.slice(0, 200),
    alternates: { canonical: path },
    openGraph: { title: event.title, description: event.description.slice(0, 200), url: path, type: "article" },
  };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const event = (await getEvent(slug)) ?? (await notFoundOrMoved("event", slug));
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Event",
          name: event.title,
          description: event.description,
          startDate: event.start.edtf,
          ...(event.end ? { endDate: event.end.edtf } : {}),
          url: absolute(routes.event(event.slug)),
          ...(event.place || event.placeCountry ? { location: { "@type": "Place", name: [event.place, event.placeCountry?.name].filter(Boolean).join(", ") } } : {}),
          performer: event.participants.map((p) => ({ "@type": "Person", name: p.person.name, jobTitle: p.role })),
        }}
      />
      <EventView event={event} />
      <CiteCurrentPage route="event" slug={event.slug} title={eventTitle(event)} tag={TAGS.event(event.slug)} />
      <SuggestCorrection entryId={event.id} pagePath={routes.event(event.slug)} about="this event" wide={false} />
    </>
  );
}
