import type { NextRequest } from "next/server";

import { asOfParam, parseCountriesQuery, toApiCounterpart } from "@atlas/core/public";

import { badRequest, json, versionJson } from "@/lib/api";
import { getCounterparts, getRegions, getSite } from "@/lib/data";
import { licenseLink } from "@/lib/license";
import { getCounterpartsAsOf } from "@/lib/versions";

/** GET /api/v1/countries?region=&mission=1&before=1990[&as-of=2026-12-01] — the counterparts, as on /countries. */
export async function GET(request: NextRequest) {
  const { value, problems } = parseCountriesQuery(request.nextUrl.searchParams, await getRegions());
  const { asOf, problems: moment } = asOfParam(request.nextUrl.searchParams.get("as-of"));
  if (problems.length || moment.length) return badRequest([...problems, ...moment]);
  const { license } = await getSite();
  if (asOf) {
    const then = await getCounterpartsAsOf(asOf.at.toISOString(), value);
    return versionJson({ data: then.map(toApiCounterpart), license, meta: { asOf: asOf.key } }, licenseLink(license));
  }
  return json({ data: (await getCounterparts(value)).map(toApiCounterpart), license }, 200, licenseLink(license));
}
