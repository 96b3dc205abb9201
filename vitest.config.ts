import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

// One run for every package's unit and integration tests. Integration tests get a database of
// their own from templates built once (tooling/vitest): the server named by DATABASE_URL when it
// is set, as in CI, or embedded PGlite otherwise.
export default defineConfig({
  // The test harness is used by packages it depends on, so it is aliased, not a dependency.
  resolve: { alias: { "@atlas/vitest": fileURLToPath(new URL("tooling/vitest/src", import.meta.url)) } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts", "tooling/*/test/**/*.test.ts"],
    globalSetup: ["tooling/vitest/src/global-setup.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
