import { DomainError } from "@atlas/core/errors";
import { SeedError } from "@atlas/core/seed";
import { MigrationFailedError } from "@atlas/db/migrate";

/** Runs a command; user-facing failures print their message alone, the rest their stack. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const known = error instanceof MigrationFailedError || error instanceof SeedError || error instanceof DomainError;
      console.error(known ? `\n${(error as Error).message}\n` : error);
      process.exitCode = 1;
    },
  );
}

export const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[22m` : s);
