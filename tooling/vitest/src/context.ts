/** How test files get their own database: copies of templates built once per run. */
export type TestDatabaseTemplates = { kind: "server"; adminUrl: string; empty: string; seeded: string } | { kind: "embedded"; emptyDump: string; seededDump: string };

declare module "vitest" {
  export interface ProvidedContext {
    atlasDatabases: TestDatabaseTemplates;
  }
}
