import type { NextRequest } from "next/server";

import { parseCountriesQuery, toApiCounterpart } from "@atlas/core/public";

import { badRequest, json } from "@/lib/api";
import { getCounterparts, getRegions } from "@/lib/data";

/** GET /api/v1/countries?region=&mission=1&before=1990 — the counterparts, as on /countries. */
export async function GET(request: NextRequest) {
  const { value, problems } = parseCountriesQuery(request.nextUrl.searchParams, await getRegions());
  if (problems.length) return badRequest(problems);
  return json({ data: (await getCounterparts(value)).map(toApiCounterpart) });
}
