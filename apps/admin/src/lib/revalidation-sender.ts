import { publicSiteSender, type RevalidationSender } from "@atlas/core";

import { parseEnv } from "../env-schema";

/** Asks the public site to expire cache tags; throws with the reason when it does not confirm. */
export const sendToPublicSite: RevalidationSender = (tags) => {
  const { env } = parseEnv(process.env);
  return publicSiteSender({ revalidateUrl: env!.revalidateUrl, secret: env?.REVALIDATE_SECRET })(tags);
};
