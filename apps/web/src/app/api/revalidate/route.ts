import { timingSafeEqual } from "node:crypto";

import { revalidateTag } from "next/cache";
import { z } from "zod";

import { env } from "@/env";
import { clearPageCache } from "@/lib/page-cache";

const ZBody = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(128) });

function authorized(header: string | null): boolean {
  if (!env.REVALIDATE_SECRET || !header) return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(`Bearer ${env.REVALIDATE_SECRET}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Called by the admin app after a publish: expires the given cache tags at once, so the next
 * visitor gets the new content. Protected by the shared REVALIDATE_SECRET.
 */
export async function POST(request: Request) {
  if (!authorized(request.headers.get("authorization"))) {
    return Response.json({ error: "Missing or wrong shared secret." }, { status: 401 });
  }
  const parsed = ZBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Send {"tags": ["…"]} with 1 to 128 tags.' }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  clearPageCache();
  return Response.json({ revalidated: parsed.data.tags, at: new Date().toISOString() });
}
