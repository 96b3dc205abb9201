import { routes, toApiCountry } from "@atlas/core/public";

import { json, notFoundJson } from "@/lib/api";
import { getCountryPage, getMovedSlug } from "@/lib/data";

/** GET /api/v1/countries/{slug} — a country and the focus country's relations with it, with their sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await getCountryPage(slug);
  if (page) return json({ data: toApiCountry(page) });
  // A country whose slug changed answers at its new address, as its page does.
  const moved = await getMovedSlug("country", slug);
  if (moved) return new Response(null, { status: 308, headers: { location: routes.countryApi(moved) } });
  return notFoundJson(`Country “${slug.slice(0, 80)}”`);
}
