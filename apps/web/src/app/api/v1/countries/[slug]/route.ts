import type { NextRequest } from "next/server";

import { asOfParam, routes, toApiCountry, type CountryPage } from "@atlas/core/public";

import { badRequest, json, notFoundJson, versionJson } from "@/lib/api";
import { getCountryPage, getMovedSlug, getSite } from "@/lib/data";
import { licenseLink } from "@/lib/license";
import { readVersion } from "@/lib/versions";

/** GET /api/v1/countries/{slug}[?as-of=2026-12-01] — a country and the focus country's relations with it, with their sources. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { asOf, problems } = asOfParam(request.nextUrl.searchParams.get("as-of"));
  if (problems.length) return badRequest(problems);
  const { license } = await getSite();
  if (asOf) {
    const then = await readVersion("country", slug, asOf.at.toISOString());
    if (!then) return notFoundJson(`Country “${slug.slice(0, 80)}” as of ${asOf.key}`);
    return versionJson({ data: toApiCountry(then.data as CountryPage), license, meta: { asOf: asOf.key } }, licenseLink(license));
  }
  const page = await getCountryPage(slug);
  if (page) return json({ data: toApiCountry(page), license }, 200, licenseLink(license));
  // A country whose slug changed answers at its new address, as its page does.
  const moved = await getMovedSlug("country", slug);
  if (moved) return new Response(null, { status: 308, headers: { location: routes.countryApi(moved) } });
  return notFoundJson(`Country “${slug.slice(0, 80)}”`);
}
