import type { NextRequest } from "next/server";

import { parseCountriesQuery, toApiCounterpart } from "@atlas/core/public";

import { badRequest, json } from "@/lib/api";
import { getCounterparts, getRegions, getSite } from "@/lib/data";
import { licenseLink } from "@/lib/license";

/** GET /api/v1/countries?region=&mission=1&before=1990 — the counterparts, as on /countries. */
export async function GET(request: NextRequest) {
  const { value, problems } = parseCountriesQuery(request.nextUrl.searchParams, await getRegions());
  if (problems.length) return badRequest(problems);
  const [counterparts, { license }] = await Promise.all([getCounterparts(value), getSite()]);
  return json({ data: counterparts.map(toApiCounterpart), license }, 200, licenseLink(license));
}
