import type { MetadataRoute } from "next";
import { connection } from "next/server";

import { getCounterparts, getDataset } from "@/lib/data";
import { absolute } from "@/lib/site-url";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built at request time: `next build` has no database
  const [countries, data] = await Promise.all([getCounterparts({}), getDataset()]);
  const fixed = ["/", "/countries", "/timeline", "/organizations", "/data"].map((p) => ({ url: absolute(p), changeFrequency: "weekly" as const }));
  const lastModified = (item: { publishedAt: string | null }) => (item.publishedAt ? new Date(item.publishedAt) : undefined);
  return [
    ...fixed,
    ...countries.map((c) => ({ url: absolute(`/countries/${c.slug}`), changeFrequency: "weekly" as const, priority: 0.8 })),
    ...data.events.map((e) => ({ url: absolute(`/events/${String(e.slug)}`), lastModified: lastModified(e) })),
    ...data.organizations.map((o) => ({ url: absolute(`/organizations/${String(o.slug)}`), lastModified: lastModified(o) })),
    ...data.people.map((p) => ({ url: absolute(`/people/${String(p.slug)}`), lastModified: lastModified(p) })),
  ];
}
