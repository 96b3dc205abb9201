/** Template databases built once per run; each test file gets its own copy of one. */
export type TestDatabaseTemplates = { adminUrl: string; empty: string; seeded: string };

declare module "vitest" {
  export interface ProvidedContext {
    atlasDatabases: TestDatabaseTemplates;
  }
}
