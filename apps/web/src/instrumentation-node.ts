// Next keeps serving (every request a 500) when register() throws, so a missing or invalid
// setting in production ends the process instead, with the reason.
// An invalid setting makes env.ts throw: that is a reason too.
const problems = await import("./env").then(
  (m) => m.missingForProduction(),
  (error: Error) => [error.message],
);
if (problems.length) {
  console.error(`The public site cannot start: ${problems.join("; ")}.`);
  process.exit(1);
}
