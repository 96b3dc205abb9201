import "server-only";

import { env } from "@/env";

// Only a server in development runs without it (production refuses to start: env.ts).
export const siteUrl = env.PUBLIC_SITE_URL ?? "http://localhost:3000";
export const absolute = (path: string) => `${siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
