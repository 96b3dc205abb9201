// `prisma generate`, offline. The Prisma CLI wants a native schema engine at start and downloads
// one when it is missing; generating the client never runs it, so any existing file will do.
// Where the variable is already set (or the engine present), nothing changes.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
// The environment passes through to Prisma's CLI: it is not read as settings here.
/* eslint-disable no-restricted-properties */
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
/* eslint-enable no-restricted-properties */
const schema = path.resolve(import.meta.dirname, "../../../prisma/schema.prisma");
const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], { stdio: "inherit", env });
process.exit(result.status ?? 1);
