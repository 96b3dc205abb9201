// In production the admin app refuses to start without its secrets: Next would otherwise keep
// serving 500s (it does when register() throws), so the process ends, with the reason.
// An invalid setting makes env.ts throw: that is a reason too.
const problems = await import("./env").then(
  (m) => m.missingForProduction(),
  (error: Error) => [error.message],
);
if (problems.length) {
  console.error(`The admin app cannot start: ${problems.join("; ")}.`);
  process.exit(1);
}

// Page refreshes that failed (the public site was down) are retried in the background.
const { startRevalidationRetries } = await import("./lib/revalidation-worker");
startRevalidationRetries();
