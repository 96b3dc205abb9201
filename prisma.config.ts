// Used by the Prisma CLI where its native engines are available (`prisma migrate deploy`
// works unchanged there). Offline, `pnpm db:*` runs the same migrations through the
// WebAssembly schema engine instead: see packages/db/src/migrate.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
