export { createDb, getDb, type Db, type Tx } from "./client.ts";
export { dataRootFromEnv, databaseUrlFromEnv } from "./env.ts";
export { Prisma } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export type * from "./generated/prisma/models.ts";
export { getReadDb, primaryWalPosition, replicasReached } from "./replicas.ts";
