import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

import { Prisma, type Db, type Tx } from "@atlas/db";
import type { EntryKind, EntryStatus } from "@atlas/db/enums";
import { readMigrations } from "@atlas/db/migrate";
import { migrationsDir } from "@atlas/db/paths";

import { writeAudit } from "../audit/write-audit.ts";
import { REFRESH_BATCH, refreshEntriesIn } from "../entries/search-refresh.ts";
import { writeReadModel } from "../entries/write-entry.ts";
import { DomainError } from "../errors.ts";
import { KIND_ORDER, type AnyPayload } from "../kinds/registry.ts";
import { BACKUP_TABLES, TABLE_ORDER, ZBackupHeader, type BackupHeader, type BackupTable } from "./backup-format.ts";

/** The file is not a backup this version can restore, or the database is not empty. */
export class BackupError extends DomainError {
  constructor(message: string) {
    super("VALIDATION", message);
    this.name = "BackupError";
  }
}

const BATCH = 1000;
type Row = Record<string, unknown>;

async function insert(tx: Tx, table: BackupTable, rows: Row[]): Promise<void> {
  if (!rows.length || table === "site") return;
  // Nullable JSON columns take Prisma's marker for SQL NULL.
  const data = table === "revision" ? rows.map((r) => ({ ...r, payload: r.payload ?? Prisma.DbNull })) : rows;
  await (tx[table] as unknown as { createMany(a: { data: Row[] }): Promise<unknown> }).createMany({ data });
}

/** Countries before the countries they name as successors; other kinds in the order of KIND_ORDER. */
function inWritingOrder<E extends { id: string; kind: EntryKind; payload: AnyPayload }>(entries: E[]): E[] {
  const rank = (k: EntryKind) => KIND_ORDER.indexOf(k);
  const sorted = [...entries].sort((a, b) => rank(a.kind) - rank(b.kind));
  const countries = sorted.filter((e) => e.kind === "COUNTRY");
  const done = new Set<string>();
  const ordered: E[] = [];
  while (ordered.length < countries.length) {
    const ready = countries.filter(
      (c) => !done.has(c.id) && !((c.payload as { successorId?: string | null }).successorId && !done.has((c.payload as { successorId: string }).successorId)),
    );
    // A cycle of successors cannot be ordered: write the rest as they come and let the database judge.
    for (const c of ready.length ? ready : countries.filter((x) => !done.has(x.id))) {
      done.add(c.id);
      ordered.push(c);
    }
  }
  return [...sorted.filter((e) => rank(e.kind) < rank("COUNTRY")), ...ordered, ...sorted.filter((e) => rank(e.kind) > rank("COUNTRY"))];
}

/** Rebuilds what the history implies: the public read model, statuses, the site, search documents. */
async function rebuildReadModel(tx: Tx, statuses: Map<string, EntryStatus>, site: Row | null): Promise<void> {
  const published = await tx.$queryRaw<{ id: string; kind: EntryKind; label: string; payload: AnyPayload }[]>`
    SELECT DISTINCT ON (r."entryId") r."entryId" AS id, e."kind"::text AS kind, e."label", r."payload"
    FROM "Revision" r JOIN "Entry" e ON e."id" = r."entryId"
    WHERE r."status" = 'PUBLISHED' AND r."action" = 'UPSERT' AND r."publishedVersion" <= e."version"
    ORDER BY r."entryId", r."publishedVersion" DESC`;
  for (const e of inWritingOrder(published)) await writeReadModel(tx, e);
  const changed = [...statuses].filter(([, s]) => s !== "DRAFT");
  // Entries were written as drafts; their real status now takes what is not published off the site.
  if (changed.length) {
    await tx.$executeRaw`UPDATE "Entry" e SET "status" = u.status::"EntryStatus"
      FROM unnest(${changed.map((c) => c[0])}::text[], ${changed.map((c) => c[1])}::text[]) AS u(id, status) WHERE e."id" = u.id`;
  }
  if (site) await tx.site.create({ data: site as Prisma.SiteCreateManyInput });
  const live = changed.filter(([, s]) => s === "PUBLISHED").map(([id]) => id);
  for (let i = 0; i < live.length; i += REFRESH_BATCH) await refreshEntriesIn(tx, live.slice(i, i + REFRESH_BATCH));
  await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"AuditLog"', 'id'), (SELECT coalesce(max("id"), 1) FROM "AuditLog"))`);
}

/**
 * Restores a backup into an empty, migrated database, in one transaction: every row is checked
 * first, and a bad line stops it with its number and nothing written.
 */
export async function restoreDatabase({ db, input }: { db: Db; input: Readable }): Promise<BackupHeader> {
  const gunzip = createGunzip();
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity })[Symbol.asyncIterator]();
  gunzip.on("error", () => undefined); // reported through the line reader
  const next = async () => {
    try {
      return await lines.next();
    } catch {
      throw new BackupError("The file is not a gzip-compressed backup (or it was cut short).");
    }
  };
  let lineNo = 1;
  const first = await next();
  let header: BackupHeader;
  try {
    header = ZBackupHeader.parse(JSON.parse(String(first.value ?? "")));
  } catch (error) {
    throw new BackupError(
      `Line 1 is not a backup header: ${error instanceof SyntaxError ? "not JSON" : ((error as { issues?: { message: string }[] }).issues?.[0]?.message ?? String(error))}.`,
    );
  }
  const known = new Set((await readMigrations(migrationsDir)).migrationDirectories.map((m) => m.path));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new BackupError(`This backup was made by a newer version of the atlas (migrations ${unknown.join(", ")} are unknown here): update first.`);

  await db.$transaction(
    async (tx) => {
      const [entries, users] = await Promise.all([tx.entry.count(), tx.user.count()]);
      if (entries || users)
        throw new BackupError(`The database is not empty (${entries} entries, ${users} users): restore into a new database (see README, "Backup and restore").`);
      const statuses = new Map<string, EntryStatus>();
      const counts = Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as Record<BackupTable, number>;
      let site: Row | null = null;
      let current = 0;
      let buffer: Row[] = [];
      for (let item = await next(); !item.done; item = await next()) {
        lineNo++;
        if (!item.value.trim()) continue;
        let parsed: { table: BackupTable; row: Row };
        try {
          const raw = JSON.parse(item.value) as { table?: unknown; row?: unknown };
          const index = TABLE_ORDER.indexOf(raw.table as BackupTable);
          if (index < 0) throw new Error(`unknown table "${String(raw.table)}"`);
          if (index < current) throw new Error(`"${String(raw.table)}" rows must come before "${TABLE_ORDER[current]}" rows`);
          if (index > current) {
            await insert(tx, TABLE_ORDER[current]!, buffer);
            buffer = [];
            current = index;
          }
          parsed = { table: raw.table as BackupTable, row: BACKUP_TABLES[raw.table as BackupTable].parse(raw.row) };
        } catch (error) {
          const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
          const why = issue ? `${issue.path.join(".") || "row"}: ${issue.message}` : (error as Error).message;
          throw new BackupError(`Line ${lineNo} of the backup cannot be restored (${why}); nothing was restored.`);
        }
        counts[parsed.table]++;
        if (parsed.table === "entry") {
          statuses.set(parsed.row.id as string, parsed.row.status as EntryStatus);
          parsed.row.status = "DRAFT";
        }
        if (parsed.table === "site") site = parsed.row;
        else buffer.push(parsed.row);
        if (buffer.length >= BATCH) {
          await insert(tx, parsed.table, buffer);
          buffer = [];
        }
      }
      await insert(tx, TABLE_ORDER[current]!, buffer);
      const missing = TABLE_ORDER.filter((t) => (header.counts[t] ?? 0) !== counts[t]);
      if (missing.length)
        throw new BackupError(`The backup is incomplete: ${missing.map((t) => `${counts[t]} of ${header.counts[t] ?? 0} ${t} rows`).join(", ")}; nothing was restored.`);
      await rebuildReadModel(tx, statuses, site);
      await writeAudit(tx, { actor: null, action: "database.restore", data: { backupCreatedAt: header.createdAt, counts } });
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  return header;
}
