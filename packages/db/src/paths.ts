import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root (this file is packages/db/src/paths.ts). Only for CLIs and tests. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const prismaDir = path.join(repoRoot, "prisma");
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const seedDir = path.join(prismaDir, "seed");
/** Where the embedded database and the demo's local secrets live (git-ignored). */
export const defaultDataRoot = path.join(repoRoot, ".data");
