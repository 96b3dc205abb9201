import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type * as Db from "@atlas/db";
import { createDb } from "@atlas/db";
import { seedDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";
import { canCopy, SLOT_PREFIX, startPrivatePrimary, startStreamingReplica, type TestPrimary, type TestReplica } from "@atlas/db/testing/replica";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { upgradeDatabase } from "../src/jobs/upgrade-database.ts";
import type * as PublicSite from "../src/public/index.ts";
import { processRevalidationJobs, type RevalidationSender } from "../src/revalidation/outbox.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { importSeed } from "../src/seed/import-seed.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

const ENTRY = "event_2020-qatar-memorandum";

// A real streaming replica (pg_basebackup -R into a second cluster) behind the public read layer,
// configured as production configures it: DATABASE_REPLICA_URLS.
describe("read replicas", () => {
  // On CI's server the test copies its own database's server; on the embedded default (whose npm
  // binaries have no pg_basebackup) it runs a private Debian PostgreSQL primary, migrated and seeded.
  const shared = freshDatabase("seeded");
  let ownDb: Db.Db | null = null;
  const t = {
    url: "",
    get db() {
      return ownDb ?? shared.db;
    },
  };
  let own: TestPrimary | null = null;
  let replica: TestReplica;
  let replicaSql: pg.Client;
  let publicSite: typeof PublicSite;
  let primaryDb: typeof Db;

  beforeAll(async () => {
    t.url = shared.url;
    if (!(await canCopy(shared.url))) {
      own = await startPrivatePrimary();
      const u = new URL(own.url);
      u.pathname = "/atlas_replica_test";
      const admin = new pg.Client({ connectionString: own.url });
      await admin.connect();
      await admin.query("CREATE DATABASE atlas_replica_test");
      await admin.end();
      t.url = u.toString();
      await upgradeDatabase(t.url);
      ownDb = createDb(t.url, { max: 4 });
      await importSeed({ db: ownDb, dir: seedDir });
    }
    // An inactive slot as a run killed mid-test leaves it (see the last test).
    const primarySql = new pg.Client({ connectionString: t.url });
    await primarySql.connect();
    await primarySql.query(`SELECT pg_create_physical_replication_slot('${SLOT_PREFIX}1', true)`).finally(() => primarySql.end());
    replica = await startStreamingReplica(t.url);
    replicaSql = new pg.Client({ connectionString: replica.urlFor(t.url) });
    await replicaSql.connect();
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("DATABASE_REPLICA_URLS", replica.urlFor(t.url));
    vi.resetModules();
    publicSite = await import("../src/public/index.ts");
    primaryDb = await import("@atlas/db");
  }, 180_000);
  afterAll(async () => {
    await replicaSql?.query("SELECT pg_wal_replay_resume()").catch(() => {});
    await replicaSql?.end();
    await primaryDb?.getDb().$disconnect();
    await replica?.stop();
    if (own) {
      await ownDb?.$disconnect();
      own.stop();
    }
    vi.unstubAllEnvs();
  });

  it("shows a publish on the public site only once the replica has it, and never confirms the refresh before", async () => {
    const { atlas } = publicSite;
    const before = await publishedPayload(t.db, ENTRY);
    const slug = before.slug as string;
    expect((await atlas.event(slug))?.title).toBe(before.title);
    expect((await replicaSql.query<{ r: boolean }>("SELECT pg_is_in_recovery() AS r")).rows[0]!.r).toBe(true);

    // The replica falls behind: it stops replaying the primary's log.
    await replicaSql.query("SELECT pg_wal_replay_pause()");
    const a = await makeActors(t.db);
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "EVENT", entryId: ENTRY, payload: { ...before, title: "Qatar memorandum, as renamed" } } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    const { jobId } = await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });

    // The admin side (and every read after a write) reads the primary; the public site the replica.
    expect((await primaryDb.getDb().event.findUniqueOrThrow({ where: { id: ENTRY } })).title).toBe("Qatar memorandum, as renamed");
    expect((await atlas.event(slug))?.title).toBe(before.title);

    // What /api/revalidate does: confirm the refresh only once the replicas reached the publish.
    let waitMs = 300;
    const site: RevalidationSender = async (_tags, { lsn }) => {
      if (!(await atlas.replicasReached(lsn, waitMs))) throw new Error(`The read replicas have not replayed the publish (${lsn}) yet.`);
    };
    await processRevalidationJobs({ db: t.db, send: site, ids: [jobId] });
    const waiting = await t.db.revalidationJob.findUniqueOrThrow({ where: { id: jobId } });
    expect([waiting.status, waiting.lastError]).toEqual(["PENDING", expect.stringMatching(/have not replayed/)]);

    await replicaSql.query("SELECT pg_wal_replay_resume()");
    waitMs = 15_000; // as long as replaying takes on a busy machine; the site waits 3 s, then the outbox retries
    await processRevalidationJobs({ db: t.db, send: site, ids: [jobId] });
    expect((await t.db.revalidationJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("DONE");
    // Confirmed means replayed: the next public read, from the replica, is the new version.
    expect((await atlas.event(slug))?.title).toBe("Qatar memorandum, as renamed");
  });

  it("drops the slot an interrupted earlier run left, which would otherwise keep the server's log until the disk is full", async () => {
    const primarySql = new pg.Client({ connectionString: t.url });
    await primarySql.connect();
    const { rows } = await primarySql
      .query<{ slot_name: string; active: boolean }>("SELECT slot_name, active FROM pg_replication_slots ORDER BY slot_name")
      .finally(() => primarySql.end());
    expect(rows).toEqual([{ slot_name: `${SLOT_PREFIX}${replica.port}`, active: true }]);
  });
});
