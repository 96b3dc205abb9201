/** The environment a benchmark's child process inherits, with these settings on top. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra });
