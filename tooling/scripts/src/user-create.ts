// pnpm user:create EMAIL "NAME" ROLE — creates (or resets) an account from the command line, e.g.
// the first admin of a deployment. The password is read from ATLAS_NEW_PASSWORD or asked for.
import { createInterface } from "node:readline/promises";

import { bootstrapUser } from "@atlas/core/users";
import { createDb } from "@atlas/db";
import { resolveTarget } from "@atlas/db/target";

import { runCli } from "./cli.ts";
import { launcherEnv } from "./env.ts";

runCli(async () => {
  const [email, name, role = "EDITOR"] = process.argv.slice(2);
  if (!email || !name) {
    console.error('Usage: pnpm user:create <email> "<name>" [EDITOR|ADMIN]');
    return 2;
  }
  let password = launcherEnv().ATLAS_NEW_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question("Password (12+ characters): ");
    rl.close();
  }
  const target = await resolveTarget();
  const db = createDb(target.url, { max: 2 });
  try {
    const user = await bootstrapUser({ db, input: { email, name, role: role.toUpperCase() as "EDITOR" | "ADMIN", password }, via: "pnpm user:create" });
    console.log(`Account ready: ${user.email} (${user.role.toLowerCase()}).`);
  } finally {
    await db.$disconnect();
    await target.release();
  }
});
