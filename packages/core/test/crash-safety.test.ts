import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";

import { repoRoot, seedDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { startJobWorker } from "../src/jobs/start-job-worker.ts";
import { upgradeDatabase } from "../src/jobs/upgrade-database.ts";
import { search } from "../src/public/search.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { importSeed } from "../src/seed/import-seed.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";
import { inconsistencies } from "./support/consistency.ts";

// Each piece of work runs in a child process that is killed with SIGKILL while its transaction is
// open. To kill it there (and not a moment before or after), the test holds a lock the work needs
// near its end, waits until the child's connection is waiting for it, kills the child, and lets go.

// Node itself with tsx's loader (tsx's own command line would run the script in a grandchild,
// which a SIGKILL of its parent leaves running).
function child(work: string, url: string, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "support/crash-child.ts"), work, url, ...args], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function killWhenBlocked(proc: ChildProcess, holder: pg.Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    // Activity statistics are cached for the rest of a transaction: look afresh each time.
    await holder.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await holder.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
    if (rows.length) break;
    if (proc.exitCode !== null) throw new Error(`The child finished (exit ${proc.exitCode}) before it reached the lock.`);
    if (Date.now() > deadline) throw new Error("The child never reached the lock.");
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGKILL");
  await exited;
  await holder.query("ROLLBACK");
}

async function holding(url: string, lock: string): Promise<pg.Client> {
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(lock);
  return holder;
}

describe("killed in the middle of an approval or a re-index job", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const submittedRename = async (entryId: string, name: string) => {
    const payload = { ...(await publishedPayload(t.db, entryId)), name };
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", entryId, payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    return saved;
  };

  it("an approval killed before it commits leaves nothing half-published, and can be approved again", async () => {
    const { revisionId } = await submittedRename("country_qatar", "State of Qatar");
    const before = await t.db.entry.findUniqueOrThrow({ where: { id: "country_qatar" } });
    // The approval writes the entry, its links, its search document and the page refresh, then
    // its audit rows: it stops there while the audit log is held.
    const holder = await holding(t.url, `LOCK TABLE "AuditLog" IN SHARE ROW EXCLUSIVE MODE`);
    await killWhenBlocked(child("approve", t.url, [revisionId, a.admin.id, a.admin.email]), holder);
    await holder.end();

    expect(await t.db.entry.findUniqueOrThrow({ where: { id: "country_qatar" } })).toMatchObject({ version: before.version, label: "Qatar" });
    expect(await t.db.revision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({ status: "SUBMITTED", publishedVersion: null });
    expect(await t.db.revalidationJob.count({ where: { revisionId } })).toBe(0);
    expect((await t.db.searchDocument.findUniqueOrThrow({ where: { entryId: "country_qatar" } })).title).toBe("Qatar");
    expect(await inconsistencies(t.db)).toEqual([]);

    await approveRevision({ db: t.db, actor: a.admin, input: { revisionId }, policy: { allowSelfApproval: false } });
    await drainJobs({ url: t.url, db: t.db });
    expect((await t.db.country.findUniqueOrThrow({ where: { id: "country_qatar" } })).name).toBe("State of Qatar");
    expect(await inconsistencies(t.db)).toEqual([]);
  });

  it("a re-index job killed in the middle resumes in another worker, and the documents end up right", async () => {
    const { revisionId } = await submittedRename("country_russia", "Russian Federation");
    await approveRevision({ db: t.db, actor: a.admin, input: { revisionId }, policy: { allowSelfApproval: false } });
    expect(await inconsistencies(t.db)).not.toEqual([]); // the missions still quote the old name
    // The refresh writes labels first, then documents: it stops at the embassy's document.
    const holder = await holding(t.url, `SELECT 1 FROM "SearchDocument" WHERE "entryId" = 'mission_mongolia-in-moscow' FOR UPDATE`);
    await killWhenBlocked(child("worker", t.url), holder);
    await holder.end();

    const worker = await startJobWorker({ url: t.url, db: t.db, concurrency: 1, log: { error: () => undefined } });
    try {
      const deadline = Date.now() + 90_000;
      while ((await inconsistencies(t.db)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    } finally {
      await worker.stop();
    }
    expect(await inconsistencies(t.db)).toEqual([]);
    const missions = (await search(t.db, "embassy Moscow")).hits.filter((h) => h.kind === "MISSION");
    expect(missions.map((m) => m.id)).toContain("mission_mongolia-in-moscow");
    expect((await t.db.searchDocument.findUniqueOrThrow({ where: { entryId: "mission_mongolia-in-moscow" } })).body).toContain("Russian Federation");
    expect((await t.db.entry.findUniqueOrThrow({ where: { id: "rel_russia" } })).label).toBe("Mongolia – Russian Federation relations");
  }, 120_000);
});

describe("killed in the middle of the seed import", () => {
  const t = freshDatabase("empty");

  it("leaves an empty database, and the next import brings in everything", async () => {
    await upgradeDatabase(t.url);
    // Facts are imported last: the import stops at the first one while the table is held.
    const holder = await holding(t.url, `LOCK TABLE "Fact" IN SHARE ROW EXCLUSIVE MODE`);
    await killWhenBlocked(child("seed", t.url), holder);
    await holder.end();
    expect(await t.db.entry.count()).toBe(0);
    expect(await t.db.revision.count()).toBe(0);
    expect(await t.db.searchDocument.count()).toBe(0);

    const report = await importSeed({ db: t.db, dir: seedDir });
    expect(report.created).toBeGreaterThan(100);
    await drainJobs({ url: t.url, db: t.db });
    expect(await inconsistencies(t.db)).toEqual([]);
  });
});
