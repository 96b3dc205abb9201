import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { bootstrapUser } from "@atlas/core/users";
import { createDb } from "@atlas/db";

export type SignIn = { role: "EDITOR" | "ADMIN"; name: string; email: string; password: string };

/**
 * The embedded demo's two accounts (never created with DATABASE_URL, i.e. in production).
 * Passwords are random per machine, kept in the git-ignored data folder and printed at start.
 */
export async function ensureDemoUsers(url: string, dataDir: string): Promise<SignIn[]> {
  const file = path.join(dataDir, "demo-sign-ins.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as SignIn[];
  const password = () => randomBytes(9).toString("base64url");
  const users: SignIn[] = [
    { role: "EDITOR", name: "Demo Editor", email: "editor@atlas.local", password: password() },
    { role: "ADMIN", name: "Demo Admin", email: "admin@atlas.local", password: password() },
  ];
  const db = createDb(url, { max: 2 });
  try {
    for (const u of users) await bootstrapUser({ db, input: u, via: "pnpm start (embedded demo)" });
  } finally {
    await db.$disconnect();
  }
  writeFileSync(file, JSON.stringify(users, null, 2), { mode: 0o600 });
  return users;
}
