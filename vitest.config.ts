import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

// One run for every package's unit and integration tests. Integration tests get a database of
// their own (@atlas/db/testing) copied from templates built once per run (tooling/vitest): on the
// server named by DATABASE_URL when it is set, as in CI, or on an embedded PostgreSQL otherwise.
export default defineConfig({
  resolve: {
    alias: {
      // Admin server actions run in tests outside Next: "@/" is the admin app's source, and the
      // server-only guard (which refuses anything but React's server layer) is a no-op.
      "@/": fileURLToPath(new URL("apps/admin/src/", import.meta.url)),
      "server-only": fileURLToPath(new URL("tooling/vitest/src/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.{ts,tsx}", "apps/*/test/**/*.test.{ts,tsx}", "tooling/*/test/**/*.test.{ts,tsx}"],
    globalSetup: ["tooling/vitest/src/global-setup.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
