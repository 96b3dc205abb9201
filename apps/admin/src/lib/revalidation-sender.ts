import type { RevalidationSender } from "@atlas/core";

import { parseEnv } from "../env-schema";

/** Asks the public site to expire cache tags; throws with the reason when it does not confirm. */
export const sendToPublicSite: RevalidationSender = async (tags) => {
  const { env } = parseEnv(process.env);
  if (!env?.REVALIDATE_SECRET) throw new Error("REVALIDATE_SECRET is not set: the public site cannot be told to refresh.");
  let res: Response;
  try {
    res = await fetch(env.revalidateUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${env.REVALIDATE_SECRET}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    throw new Error(`The public site did not answer at ${env.revalidateUrl} (${(error as Error).message}).`, { cause: error });
  }
  if (!res.ok) throw new Error(`The public site refused the refresh: HTTP ${res.status} ${(await res.text().catch(() => "")).slice(0, 200)}`);
};
