import type { RevalidationSender } from "./outbox.ts";
import { signRequest } from "./signature.ts";

/**
 * A sender that asks the public site at `revalidateUrl` (its /api/revalidate) to expire cache
 * tags; it throws with the reason when the site does not confirm.
 */
export function publicSiteSender({ revalidateUrl, secret }: { revalidateUrl: string; secret: string | undefined }): RevalidationSender {
  return async (tags, { lsn }) => {
    if (!secret) throw new Error("REVALIDATE_SECRET is not set: the public site cannot be told to refresh.");
    let res: Response;
    try {
      const body = JSON.stringify({ tags, lsn });
      res = await fetch(revalidateUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...signRequest(secret, body) },
        body,
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      throw new Error(`The public site did not answer at ${revalidateUrl} (${(error as Error).message}).`, { cause: error });
    }
    if (!res.ok) throw new Error(`The public site refused the refresh: HTTP ${res.status} ${(await res.text().catch(() => "")).slice(0, 200)}`);
  };
}
