#!/usr/bin/env node
// Completes an app's standalone output (.next/standalone: what its Docker image runs). Next
// traces what its own server needs, but the apps run their own server.mjs (request checks, the
// page cache), and the static files are left for the deployer to copy: both are added here. The
// server is bundled with what it imports from the workspace; next and redis stay outside (they
// are in the traced node_modules, and Next loads the cache handler that uses redis itself).
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";

const appDir = process.cwd();
const repoRoot = path.resolve(appDir, "..", "..");
const out = path.join(appDir, ".next", "standalone", path.relative(repoRoot, appDir));
if (!existsSync(out)) throw new Error(`No standalone output in ${out}: is output: "standalone" set in next.config.ts?`);

// As Next's own standalone server.js does: the configuration the build recorded is handed to
// Next before it loads, so that it never looks for next.config.ts (absent there; TypeScript).
const { config } = JSON.parse(readFileSync(path.join(appDir, ".next", "required-server-files.json"), "utf8"));
const standaloneConfig = `process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= ${JSON.stringify(JSON.stringify(config))};`;

await build({
  entryPoints: [path.join(appDir, "server.mjs")],
  outfile: path.join(out, "server.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["next", "redis"],
  // Bundled CommonJS (busboy) still calls require().
  banner: { js: `import { createRequire as atlasRequire } from "node:module"; const require = atlasRequire(import.meta.url); ${standaloneConfig}` },
  logLevel: "warning",
});
// Next's own server.js there would skip the request checks: only server.mjs may be started.
rmSync(path.join(out, "server.js"), { force: true });
cpSync(path.join(appDir, ".next", "static"), path.join(out, ".next", "static"), { recursive: true });
if (existsSync(path.join(appDir, "public"))) cpSync(path.join(appDir, "public"), path.join(out, "public"), { recursive: true });
console.log(`Standalone server: ${path.relative(repoRoot, out)}/server.mjs`);
