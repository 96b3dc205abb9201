import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

import { MigrationAdapterFactory } from "./adapter-factory.ts";

export type SchemaEngine = glue.SchemaEngine;

declare global {
  // The engine reports a Rust panic here before trapping with "unreachable".
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | null = null;
let loaded: Promise<void> | null = null;

// The package is built for bundlers (it imports the .wasm as an ES module); in Node we
// instantiate it ourselves with the JS glue as its import object.
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => (lastPanic = m) };
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    const imports: WebAssembly.Imports = {};
    for (const { module: name } of WebAssembly.Module.imports(module)) imports[name] = glue;
    const instance = await WebAssembly.instantiate(module, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

type ErrorRegistry = { consumeError(id: number): { error: unknown } | undefined };

/**
 * Turns the engine's errors (and panics) into plain Errors with a readable message. An error
 * thrown by our own adapter reaches us as "External error id#N"; the registry holds the original.
 */
export function engineError(error: unknown, registry?: ErrorRegistry): Error {
  const external = /External error id#(\d+)/.exec((error as { message?: string })?.message ?? "");
  const original = external && registry?.consumeError(Number(external[1]))?.error;
  if (original instanceof Error) return original;
  if (error instanceof WebAssembly.RuntimeError && lastPanic) {
    return new Error(`Prisma schema engine panicked: ${lastPanic}`);
  }
  if (error instanceof Error) return error;
  const e = error as { message?: string; error_code?: string; meta?: unknown } | string;
  if (typeof e === "string") return new Error(e);
  return new Error(e.message ?? JSON.stringify(e));
}

export type OpenEngine = { engine: SchemaEngine; explain: (error: unknown) => Error; close: () => Promise<void> };

export async function openSchemaEngine(options: { url: string; schema: { path: string; content: string }; log?: (line: string) => void }): Promise<OpenEngine> {
  await loadWasm();
  const adapters = new MigrationAdapterFactory(options.url);
  const factory = bindMigrationAwareSqlAdapterFactory(adapters);
  const onLog = (line: string) => options.log?.(line);
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: [[options.schema.path, options.schema.content]] }, onLog, factory);
    return {
      engine,
      explain: (error) => engineError(error, factory.errorRegistry),
      async close() {
        engine.free();
        await adapters.close();
      },
    };
  } catch (error) {
    await adapters.close();
    throw engineError(error);
  }
}
