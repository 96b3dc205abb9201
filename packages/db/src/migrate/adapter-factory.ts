import { randomUUID } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import pg from "pg";

import { CharAsTextClient, markCharColumns } from "./pg-client.ts";
import { runScriptAtomically } from "./run-script.ts";

function poolFor(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, max: 2, Client: CharAsTextClient });
}

/** Discrete settings: the adapter's own shadow logic lets a connection string win (trap 1). */
export function discreteConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || undefined,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

async function adapterOver(pool: pg.Pool, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPg(pool).connect();
  // Delegate everything but what we must replace (the traps in the environment notes).
  return Object.assign(Object.create(inner) as SqlDriverAdapter, {
    queryRaw: async (query: SqlQuery) => markCharColumns(await inner.queryRaw(query)),
    startTransaction: async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
      const tx = await inner.startTransaction(...args);
      return Object.assign(Object.create(tx) as Transaction, {
        queryRaw: async (query: SqlQuery) => markCharColumns(await tx.queryRaw(query)),
      });
    },
    executeScript: (script: string) => runScriptAtomically(pool, script),
    dispose: onDispose,
  });
}

/**
 * The driver adapter factory handed to Prisma's WebAssembly schema engine.
 * Every connection is ours, so we know what to close when the engine lets go.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@atlas/db-migrate";

  // Freeing the engine does not dispose its adapters, and an open connection keeps holding
  // Prisma's migration advisory lock: we close whatever is still open ourselves.
  private readonly open = new Set<() => Promise<void>>();

  constructor(private readonly url: string) {}

  async close(): Promise<void> {
    for (const dispose of [...this.open]) await dispose();
  }

  private track(dispose: () => Promise<void>): () => Promise<void> {
    let done: Promise<void> | null = null;
    const once = () => {
      this.open.delete(once);
      return (done ??= dispose());
    };
    this.open.add(once);
    return once;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const pool = poolFor(discreteConfig(this.url));
    return adapterOver(
      pool,
      this.track(() => pool.end()),
    );
  }

  /** A throwaway database on the same server, dropped when the engine lets go of it. */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const config = discreteConfig(this.url);
    const name = `atlas_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(config);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const pool = poolFor({ ...config, database: name });
    return adapterOver(
      pool,
      this.track(async () => {
        await pool.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      }),
    );
  }
}
