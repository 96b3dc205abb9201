// pnpm start — both apps from their production builds, on DATABASE_URL when set, otherwise on
// the embedded database (migrated, seeded, with demo sign-ins printed).
import path from "node:path";

import { redact, resolveTarget } from "@atlas/db/target";

import { assertPortFree, startApp, waitForHttp } from "./app-process.ts";
import { bold } from "./cli.ts";
import { ensureDemoUsers, type SignIn } from "./demo-users.ts";
import { launcherEnv, productionRefusal } from "./env.ts";
import { localSecrets } from "./local-secrets.ts";
import { prepareDatabase } from "./prepare-database.ts";

async function main() {
  const env = launcherEnv();
  const embedded = !env.DATABASE_URL;
  const refusal = productionRefusal(env);
  if (refusal) throw new Error(refusal);
  await Promise.all([assertPortFree(env.ATLAS_WEB_PORT), assertPortFree(env.ATLAS_ADMIN_PORT)]);

  console.log(embedded ? "Starting the embedded database…" : "Connecting to DATABASE_URL…");
  const target = await resolveTarget({ dataRoot: env.dataRoot, port: env.ATLAS_DB_PORT });
  const children: ReturnType<typeof startApp>[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : Promise.resolve())));
    await target.release();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const { applied, seed } = await prepareDatabase(target);
    console.log(`Database: ${target.description}; ${applied.length} migration(s) applied; seed ${seed.created} created, ${seed.updated} updated, ${seed.unchanged} unchanged.`);
    const signIns: SignIn[] = embedded ? await ensureDemoUsers(target.url, env.dataRoot) : [];
    const secrets = embedded ? localSecrets(env.dataRoot) : { AUTH_SECRET: env.AUTH_SECRET!, REVALIDATE_SECRET: env.REVALIDATE_SECRET! };
    const webUrl = env.PUBLIC_SITE_URL ?? `http://localhost:${env.ATLAS_WEB_PORT}`;
    const adminUrl = env.ADMIN_SITE_URL ?? `http://localhost:${env.ATLAS_ADMIN_PORT}`;
    const shared = { DATABASE_URL: target.url, REVALIDATE_SECRET: secrets.REVALIDATE_SECRET, PUBLIC_SITE_URL: webUrl, ADMIN_SITE_URL: adminUrl };
    const web = startApp("web", env.ATLAS_WEB_PORT, shared);
    const admin = startApp("admin", env.ATLAS_ADMIN_PORT, {
      ...shared,
      AUTH_SECRET: secrets.AUTH_SECRET,
      // The admin tells the public site what to refresh; it reaches it directly, not via a proxy.
      PUBLIC_SITE_INTERNAL_URL: `http://127.0.0.1:${env.ATLAS_WEB_PORT}`,
    });
    // The worker runs scheduled publications: it tells the public site too.
    const worker = startApp("worker", 0, { ...shared, PUBLIC_SITE_INTERNAL_URL: `http://127.0.0.1:${env.ATLAS_WEB_PORT}` });
    children.push(web, admin, worker);
    for (const child of children) child.once("exit", (code) => !stopping && (console.error(`An app stopped (exit code ${code}); shutting down.`), void stop(1)));
    await Promise.all([waitForHttp(`http://127.0.0.1:${env.ATLAS_WEB_PORT}/`, web), waitForHttp(`http://127.0.0.1:${env.ATLAS_ADMIN_PORT}/login`, admin)]);

    const lines = [
      "",
      bold("Foreign Relations Atlas is running."),
      `  Public site:  ${webUrl}`,
      `  Admin app:    ${adminUrl}`,
      `  Database:     ${target.description}${embedded ? `  (${redact(target.url)}; password in ${path.join(env.dataRoot, "postgres-password")})` : ""}`,
      ...(signIns.length
        ? ["", "  Demo sign-ins (embedded database only; kept in .data/demo-sign-ins.json):", ...signIns.map((s) => `    ${s.role.padEnd(6)}  ${s.email}  /  ${s.password}`)]
        : []),
      "",
      "  Press Ctrl+C to stop.",
      "",
    ];
    console.log(lines.join("\n"));
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
});
