import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = {
  /** postgresql:// URL on 127.0.0.1 that any pg client (and so Prisma) can use. */
  url: string;
  port: number;
  /** A snapshot of the data directory, to start identical copies quickly (test templates). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  /** Folder for the data; null keeps everything in memory (tests, shadow databases). */
  dataDir: string | null;
  /** 0 picks a free port. */
  port?: number;
  /** A snapshot (from dump()) to start from; only with dataDir null. */
  loadDump?: Blob;
};

// All connections share PGlite's single session, so a pool larger than this would only queue;
// it must still be at least the largest pool we open (two apps, tests, the launcher).
const MAX_CONNECTIONS = 64;

/** Real Postgres (PGlite, compiled to WebAssembly) served over the wire protocol. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDump ? { loadDataDir: options.loadDump } : {}),
  });
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
  });
  await server.start();
  const port = Number(server.getServerConn().split(":").at(-1));
  return {
    // The application name tells our clients that this is the embedded server (one shared session).
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=atlas-embedded`,
    port,
    dump: () => db.dumpDataDir("none"),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** PGlite reports itself in version(); it ignores database names, which callers must know. */
export async function isEmbeddedServer(query: (sql: string) => Promise<{ rows: { v: string }[] }>): Promise<boolean> {
  const { rows } = await query("select version() as v");
  return /PGlite/i.test(rows[0]?.v ?? "");
}
