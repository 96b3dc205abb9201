import { defineConfig } from "vitest/config";

import base from "./vitest.config.ts";

// Mutation testing (pnpm test:mutation) runs core's own tests only: the same global setup and
// template databases as `pnpm test:unit`, without the apps' and tooling's suites. Left out as
// well: the suites about processes and servers rather than the rules in core's folders — killed
// child processes (they run the code unmutated: Stryker switches mutants inside this process
// only), two admins racing, backup/restore, the seed import into an empty database and the streaming replica (pg_basebackup). They take
// most of the suite's time and would run for every mutant of publishing; `pnpm test` runs them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["packages/core/test/**/*.test.ts"],
    // Each mutant re-runs its covering tests file by file; not re-importing the modules for every
    // file saves about a second a file. Core's tests share no module state (each file has its own
    // database), and the whole set passes this way.
    isolate: false,
    exclude: [
      "packages/core/test/crash-safety.test.ts",
      "packages/core/test/concurrency.test.ts",
      "packages/core/test/backup.test.ts",
      "packages/core/test/seed-import.test.ts",
      "packages/core/test/read-replica.test.ts",
    ],
  },
});
