import type { Metadata } from "next";
import { connection } from "next/server";

import { EventView } from "@atlas/ui/public";

import { PageVersion, versionMetadata } from "@/components/page-version";
import { eventTitle } from "@/lib/titles";

type Props = { params: Promise<{ slug: string; at: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return versionMetadata({ route: "event", ...(await params), title: eventTitle });
}

/** The page as it stood at a moment (see lib/versions.ts), rendered per request from data cached for good. */
export default async function Version({ params }: Props) {
  await connection();
  return (
    <PageVersion route="event" {...await params} title={eventTitle}>
      {(data) => <EventView event={data} />}
    </PageVersion>
  );
}
