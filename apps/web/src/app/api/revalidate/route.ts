import { revalidateTag } from "next/cache";
import { z } from "zod";

import { checkSignature, ReplayGuard, SIGNATURE_HEADERS } from "@atlas/core/public";

import { env } from "@/env";
import { clearPageCache } from "@/lib/page-cache";

const ZBody = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(128) });

// One per process: a signature this instance accepted is refused the second time.
const guard = ((globalThis as { atlasReplayGuard?: ReplayGuard }).atlasReplayGuard ??= new ReplayGuard());

/**
 * Called by the admin app after a publish: expires the given cache tags at once, so the next
 * visitor gets the new content. The request is signed with the shared REVALIDATE_SECRET (an
 * HMAC of its time and body, accepted within 60 seconds and only once).
 */
export async function POST(request: Request) {
  const body = await request.text().catch(() => "");
  if (body.length > 64 * 1024) return Response.json({ error: "The body is too large." }, { status: 413 });
  const refused = checkSignature({
    secret: env.REVALIDATE_SECRET,
    timestamp: request.headers.get(SIGNATURE_HEADERS.timestamp),
    signature: request.headers.get(SIGNATURE_HEADERS.signature),
    body,
    guard,
  });
  if (refused) return Response.json({ error: refused }, { status: 401 });
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    // answered below
  }
  const parsed = ZBody.safeParse(json);
  if (!parsed.success) return Response.json({ error: 'Send {"tags": ["…"]} with 1 to 128 tags.' }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  clearPageCache();
  return Response.json({ revalidated: parsed.data.tags, at: new Date().toISOString() });
}
