import { routes, toApiCountry } from "@atlas/core/public";

import { json, notFoundJson } from "@/lib/api";
import { getCountryPage, getMovedSlug, getSite } from "@/lib/data";
import { licenseLink } from "@/lib/license";

/** GET /api/v1/countries/{slug} — a country and the focus country's relations with it, with their sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [page, { license }] = await Promise.all([getCountryPage(slug), getSite()]);
  if (page) return json({ data: toApiCountry(page), license }, 200, licenseLink(license));
  // A country whose slug changed answers at its new address, as its page does.
  const moved = await getMovedSlug("country", slug);
  if (moved) return new Response(null, { status: 308, headers: { location: routes.countryApi(moved) } });
  return notFoundJson(`Country “${slug.slice(0, 80)}”`);
}
