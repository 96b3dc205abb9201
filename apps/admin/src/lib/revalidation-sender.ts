import { publicSiteSender, type RevalidationSender } from "@atlas/core";

import { env } from "../env";

/** Asks the public site to expire cache tags; throws with the reason when it does not confirm. */
export const sendToPublicSite: RevalidationSender = (tags, at) => {
  return publicSiteSender({ revalidateUrl: env.revalidateUrl, secret: env.REVALIDATE_SECRET })(tags, at);
};
