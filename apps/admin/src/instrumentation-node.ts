import { parseEnv } from "./env-schema";

// In production the admin app refuses to start without its secrets: Next would otherwise keep
// serving 500s (it does when register() throws), so the process ends, with the reason.
const { problems } = parseEnv(process.env);
if (problems.length && process.env.NODE_ENV === "production") {
  console.error(`The admin app cannot start: ${problems.join("; ")}.`);
  process.exit(1);
}

// Page refreshes that failed (the public site was down) are retried in the background.
const { startRevalidationRetries } = await import("./lib/revalidation-worker");
startRevalidationRetries();
