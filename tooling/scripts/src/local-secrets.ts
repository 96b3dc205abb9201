import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type LocalSecrets = { AUTH_SECRET: string; REVALIDATE_SECRET: string };

/**
 * Secrets for the embedded setup: random per machine, generated once and kept (mode 600) in the
 * git-ignored data folder, so sessions survive restarts. Never a default baked into the code.
 */
export function localSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets = { AUTH_SECRET: randomBytes(32).toString("base64url"), REVALIDATE_SECRET: randomBytes(32).toString("base64url") };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
