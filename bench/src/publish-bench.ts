import { approveRevision, processRevalidationJobs, publicSiteSender, saveDraft, submitRevision } from "@atlas/core";
import { startJobWorker } from "@atlas/core/jobs";
import { bootstrapUser } from "@atlas/core/users";
import { createDb, type Db } from "@atlas/db";

import { percentile, round } from "./stats.ts";
import type { WebServer } from "./web-server.ts";

const RUNS = 20;

async function payloadOf(db: Db, entryId: string): Promise<Record<string, unknown>> {
  const entry = await db.entry.findUniqueOrThrow({ where: { id: entryId } });
  return (await db.revision.findFirstOrThrow({ where: { entryId, publishedVersion: entry.version } })).payload as Record<string, unknown>;
}

/** Waits until `url` answers with `text` in it; returns when (performance.now()). */
async function freshAt(url: string, text: string, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if ((await (await fetch(url)).text()).includes(text)) return performance.now();
    if (performance.now() > deadline) throw new Error(`${url} never showed “${text}”`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function queueEmpty(db: Db): Promise<void> {
  for (;;) {
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name LIKE 'search.%' AND state IN ('created', 'retry', 'active')`;
    if (Number(rows[0]?.n ?? 0) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Publishing at size, as an admin does it: an editor's edit of the focus country and of the
 * counterpart with 10,000 events is approved (timed), the public site is told (as the admin app
 * does after every approval) and polled until its page shows the edit. Then both are renamed, and
 * the job worker re-indexes everything that quotes them: timed until the queue is empty.
 */
export async function measurePublish(url: string, web: WebServer) {
  const db = createDb(url);
  const workerDb = createDb(url, { max: 4 });
  const worker = await startJobWorker({ url, db: workerDb });
  const send = publicSiteSender({ revalidateUrl: `${web.url}/api/revalidate`, secret: web.secret });
  try {
    const make = async (email: string, role: "EDITOR" | "ADMIN") => {
      const u = await bootstrapUser({ db, input: { email, name: email, role, password: "bench password 1234" }, via: "bench" });
      return { id: u.id, email, name: email, role };
    };
    const [editor, admin] = [await make("bench-publisher@atlas.test", "EDITOR"), await make("bench-approver@atlas.test", "ADMIN")];
    const site = await db.site.findUniqueOrThrow({ where: { id: 1 } });
    // What each page shows of its country's own entry: the focus country's summary on the home
    // page, a counterpart's capital in its page's facts.
    const targets = [
      { label: "focus country", id: site.focusCountryId, page: "/", field: "summary" },
      { label: "counterpart with 10,000 events", id: "country_bench-1", page: "/countries/bench-1", field: "capital" },
    ];
    const approve = async (entryId: string, change: Record<string, unknown>) => {
      const saved = await saveDraft({ db, actor: editor, input: { kind: "COUNTRY", entryId, payload: { ...(await payloadOf(db, entryId)), ...change } } });
      await submitRevision({ db, actor: editor, input: saved });
      const start = performance.now();
      const { jobId } = await approveRevision({ db, actor: admin, input: saved, policy: { allowSelfApproval: false } });
      return { start, approved: performance.now(), jobId };
    };
    const results: Record<string, unknown> = {};
    for (const target of targets) {
      const approvals: number[] = [];
      const fresh: number[] = [];
      const original = ((await payloadOf(db, target.id))[target.field] as string | null) ?? "";
      await fetch(`${web.url}${target.page}`); // cached before the first edit
      for (let i = 0; i < RUNS; i++) {
        const marker = `Edited for the benchmark, run ${i}.`;
        const { start, approved, jobId } = await approve(target.id, { [target.field]: `${original} ${marker}`.trim() });
        await processRevalidationJobs({ db, send, ids: [jobId] });
        approvals.push(approved - start);
        fresh.push((await freshAt(`${web.url}${target.page}`, marker)) - start);
      }
      results[target.id] = {
        label: target.label,
        approvalP50: round(percentile(approvals, 50)),
        approvalP95: round(percentile(approvals, 95)),
        freshP95: round(percentile(fresh, 95)),
        runs: RUNS,
      };
    }
    // Renames: everything that quotes the name is re-indexed by the job worker.
    const reindex: Record<string, unknown> = {};
    for (const [target, name] of [
      [targets[1]!, "Benchland One"],
      [targets[0]!, "Mongolia (renamed)"],
    ] as const) {
      const dependents = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "EventCountry" WHERE "countryId" = ${target.id}`;
      const { start } = await approve(target.id, { name });
      await queueEmpty(db);
      const seconds = (performance.now() - start) / 1000;
      const stale = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "EventCountry" ec JOIN "SearchDocument" d ON d."entryId" = ec."eventId" WHERE ec."countryId" = ${target.id} AND d."body" NOT LIKE ${`%${name}%`}`;
      if (Number(stale[0]!.n)) throw new Error(`${stale[0]!.n} documents still quote the old name of ${target.id}`);
      reindex[target.id] = { label: target.label, events: Number(dependents[0]!.n), seconds: round(seconds) };
    }
    return { approvals: results, reindex };
  } finally {
    await worker.stop();
    await Promise.all([db.$disconnect(), workerDb.$disconnect()]);
  }
}
