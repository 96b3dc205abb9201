import { parseEnv } from "./env-schema";

// Next keeps serving (every request a 500) when register() throws, so a missing or invalid
// setting in production ends the process instead, with the reason.
const { problems } = parseEnv(process.env);
if (problems.length && process.env.NODE_ENV === "production") {
  console.error(`The public site cannot start: ${problems.join("; ")}.`);
  process.exit(1);
}
