import "server-only";

import { randomBytes } from "node:crypto";

import { env } from "@/env";

// Correction forms are signed with a key derived from the site's secret (core's form-token.ts),
// which every instance shares in production. A development server without one signs with a key
// of its own process.
export const correctionSecret = env.REVALIDATE_SECRET ?? randomBytes(32).toString("hex");
