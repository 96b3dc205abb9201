export { importSeed, seedHash, type SeedReport } from "./import-seed.ts";
export { loadSeedFiles, SEED_FILES, SeedError, type SeedEntry, type SeedProblem } from "./load-seed-files.ts";
