import { z } from "zod";

import { atlas, checkSignature, revalidationReplayGuard, SIGNATURE_HEADERS } from "@atlas/core/public";

import { env } from "@/env";
import { purgeCdn } from "@/lib/cdn-purge";
import { sharedCache } from "../../../../cache/shared-cache.mjs";

const ZBody = z.object({
  tags: z.array(z.string().min(1).max(256)).min(1).max(128),
  /** Where the primary's write-ahead log stood after the publish (read replicas must reach it). */
  lsn: z
    .string()
    .regex(/^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i)
    .optional(),
});

/**
 * Called by the admin app after a publish: expires the given cache tags on every instance of the
 * site (through the shared cache), so the next visitor gets the new content. The request is
 * signed with the shared REVALIDATE_SECRET (an HMAC of its time and body, accepted within 60
 * seconds and only once: used signatures are kept in the database, so every instance refuses a
 * replay, across restarts). It answers 200 only once the expiry is recorded where every instance
 * sees it, and — with read replicas — once they have the publish: otherwise 503, and the admin
 * app's outbox tries again. (Next's revalidateTag() would run after the answer, unconfirmed.)
 */
export async function POST(request: Request) {
  const body = await request.text().catch(() => "");
  if (body.length > 64 * 1024) return Response.json({ error: "The body is too large." }, { status: 413 });
  let refused: string | null;
  try {
    refused = await checkSignature({
      secret: env.REVALIDATE_SECRET,
      timestamp: request.headers.get(SIGNATURE_HEADERS.timestamp),
      signature: request.headers.get(SIGNATURE_HEADERS.signature),
      body,
      guard: revalidationReplayGuard,
    });
  } catch (error) {
    // The used signatures could not be read (the database is away): the admin app tries again.
    return Response.json({ error: `The request could not be checked: ${(error as Error).message}.` }, { status: 503 });
  }
  if (refused) return Response.json({ error: refused }, { status: 401 });
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    // answered below
  }
  const parsed = ZBody.safeParse(json);
  if (!parsed.success) return Response.json({ error: 'Send {"tags": ["…"], "lsn": "0/16B3740"} with 1 to 128 tags (lsn optional).' }, { status: 400 });
  const { tags, lsn } = parsed.data;
  // Pages rendered from a replica that lacks the publish would be cached as new: wait for it.
  if (lsn && !(await atlas.replicasReached(lsn, env.ATLAS_REPLICA_WAIT_MS)))
    return Response.json({ error: `The read replicas have not replayed the publish (${lsn}) yet.` }, { status: 503 });
  try {
    await sharedCache().expire(tags);
  } catch (error) {
    return Response.json({ error: `The pages could not be expired: ${(error as Error).message}.` }, { status: 503 });
  }
  // The CDN is purged after the instances expired their copies, or it could fetch the old page again.
  if (env.CDN_PURGE_URL) {
    const failed = await purgeCdn(env.CDN_PURGE_URL, env.CDN_PURGE_TOKEN, tags);
    if (failed) return Response.json({ error: failed }, { status: 503 });
  }
  return Response.json({ revalidated: tags, at: new Date().toISOString() });
}
