// The configuration `next build` recorded, handed to Next by the app's own server (the `conf` of
// a custom server): Next's standalone output carries no next.config.ts, and the server must run
// with the settings the build was made with either way. `output: "standalone"` is a build
// setting only (Next warns when a server starts with it).
import { readFileSync } from "node:fs";
import path from "node:path";

export function builtConfig(dir) {
  const { config } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
  return { ...config, output: undefined };
}
