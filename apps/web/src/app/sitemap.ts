import type { MetadataRoute } from "next";
import { connection } from "next/server";

import { KINDS, PAGED_KINDS, pathOf, routes } from "@atlas/core/public";

import { getCounterparts, getDataset } from "@/lib/data";
import { absolute } from "@/lib/site-url";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built at request time: `next build` has no database
  const [countries, data] = await Promise.all([getCounterparts({}), getDataset()]);
  const fixed = ["/", "/countries", "/map", "/timeline", "/organizations", "/people", "/sources", "/data", "/about", "/license", "/contact"].map((p) => ({
    url: absolute(p),
    changeFrequency: "weekly" as const,
  }));
  const lastModified = (item: { publishedAt: string | null }) => (item.publishedAt ? new Date(item.publishedAt) : undefined);
  return [
    ...fixed,
    ...countries.map((c) => ({ url: absolute(routes.country(c.slug)), changeFrequency: "weekly" as const, priority: 0.8 })),
    // Every other page addressed by slug, kind by kind, from the open data's sets.
    ...PAGED_KINDS.filter((k) => KINDS[k].route !== "country").flatMap((k) =>
      (data[KINDS[k].exportSet] ?? []).map((item) => ({ url: absolute(pathOf({ route: KINDS[k].route!, slug: String(item.slug) })), lastModified: lastModified(item) })),
    ),
  ];
}
