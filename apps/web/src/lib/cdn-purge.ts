import "server-only";

/**
 * Asks a CDN (or a small adapter in front of one: Fastly, Cloudflare and others purge by these
 * keys) to drop every answer carrying one of `tags` as a surrogate key. Returns why it failed, or
 * null; a failure makes /api/revalidate answer 503, so the admin's outbox tries again.
 */
export async function purgeCdn(url: string, token: string | undefined, tags: string[]): Promise<string | null> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    });
    return res.ok ? null : `The CDN purge hook answered HTTP ${res.status}.`;
  } catch (error) {
    return `The CDN purge hook did not answer (${(error as Error).message}).`;
  }
}
