import "server-only";

import { env } from "@/env";

export const siteUrl = env.PUBLIC_SITE_URL;
export const absolute = (path: string) => `${siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
