import { openApiDocument } from "@atlas/core/public";

import { json } from "@/lib/api";
import { getSite } from "@/lib/data";
import { siteUrl } from "@/lib/site-url";

/** GET /api/v1/openapi.json — the API described (OpenAPI 3.1), from the schemas its answers are made with. */
export async function GET() {
  return json(openApiDocument(siteUrl, (await getSite()).license));
}
