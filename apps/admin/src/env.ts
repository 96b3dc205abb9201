import "server-only";

import { parseEnv } from "./env-schema";

const { env: parsed, problems } = parseEnv(process.env);
if (!parsed) throw new Error(`Invalid environment: ${problems.join("; ")}`);

export const env = parsed;
