import { PassThrough, Readable } from "node:stream";
import { gzipSync } from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "@atlas/db";
import { createTestDatabase, freshDatabase, type TestDatabase } from "@atlas/db/testing";

import { backupDatabase } from "../src/backup/backup-database.ts";
import { BackupError, restoreDatabase } from "../src/backup/restore-database.ts";
import { issueFormToken } from "../src/corrections/form-token.ts";
import { submitCorrection } from "../src/corrections/submit-correction.ts";
import { requestRemoval } from "../src/drafts/request-removal.ts";
import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { drainJobs } from "../src/jobs/drain-jobs.ts";
import { upgradeDatabase } from "../src/jobs/upgrade-database.ts";
import { listCounterparts } from "../src/public/countries.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getEvent } from "../src/public/events.ts";
import { exportDataset } from "../src/public/export.ts";
import { eventsFeed } from "../src/public/feeds.ts";
import { getHomePage } from "../src/public/home.ts";
import { findMovedPage } from "../src/public/moved.ts";
import { getOrganizationPage, listFocusMemberships } from "../src/public/organizations.ts";
import { getPersonPage } from "../src/public/people.ts";
import { search } from "../src/public/search.ts";
import { listTimeline } from "../src/public/timeline.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

async function backupOf(db: Db): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await backupDatabase({ db, out });
  return Buffer.concat(chunks);
}

/** Every public page and the open data of a database, as the site would serve them. */
async function publicSite(db: Db) {
  const slugs = async (table: "event" | "organization" | "person") =>
    (
      (await (db[table] as unknown as { findMany(a: object): Promise<{ slug: string }[]> }).findMany({ select: { slug: true }, orderBy: { slug: "asc" } })) as { slug: string }[]
    ).map((r) => r.slug);
  const countries = (await db.country.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((c) => c.slug);
  const { generatedAt: _ignored, ...dataset } = await exportDataset(db);
  const pages: Record<string, unknown> = {
    home: await getHomePage(db),
    counterparts: await listCounterparts(db),
    memberships: await listFocusMemberships(db),
    timeline: await listTimeline(db, { page: 1 }),
    feed: (await eventsFeed(db, { siteUrl: "https://atlas.example" }))?.replace(/<updated>[^<]*<\/updated>/, ""),
    search: await Promise.all(["refugees", "Putin", "embassy", "Qatar"].map((q) => search(db, q))),
    dataset,
  };
  for (const slug of countries) pages[`country ${slug}`] = await getCountryPage(db, slug);
  for (const slug of await slugs("event")) pages[`event ${slug}`] = await getEvent(db, slug);
  for (const slug of await slugs("organization")) pages[`organization ${slug}`] = await getOrganizationPage(db, slug);
  for (const slug of await slugs("person")) pages[`person ${slug}`] = await getPersonPage(db, slug);
  return pages;
}

describe("backup and restore", () => {
  const t = freshDatabase("seeded");
  let restored: TestDatabase;
  let copy: Db;
  let backup: Buffer;

  beforeAll(async () => {
    const a = await makeActors(t.db);
    // A history worth keeping: an edit published, a page moved, an entry taken off the site and a draft.
    const edit = async (entryId: string, kind: "COUNTRY" | "EVENT", change: Record<string, unknown>) => {
      const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind, entryId, payload: { ...(await publishedPayload(t.db, entryId)), ...change } } });
      await submitRevision({ db: t.db, actor: a.editor, input: saved });
      await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
    };
    await edit("country_bulgaria", "COUNTRY", { slug: "republic-of-bulgaria", name: "Republic of Bulgaria" });
    await edit("event_2011-08-biden-visit", "EVENT", { description: "Joe Biden visited Ulaanbaatar in August 2011." });
    const removal = await requestRemoval({ db: t.db, actor: a.editor, input: { entryId: "fact_north-korean-refugees-per-month", message: null }, action: "UNPUBLISH" });
    await approveRevision({ db: t.db, actor: a.admin, input: removal, policy: { allowSelfApproval: false } });
    await saveDraft({
      db: t.db,
      actor: a.editor2,
      input: { kind: "EVENT", entryId: "event_2020-qatar-memorandum", payload: { ...(await publishedPayload(t.db, "event_2020-qatar-memorandum")), title: "A draft" } },
    });
    // A reader's correction waiting in the editors' inboxes.
    const secret = "a secret long enough to sign a correction form";
    await submitCorrection({
      db: t.db,
      input: { entryId: "rel_qatar", pagePath: "/countries/qatar", message: "The memorandum was signed in Doha.", token: issueFormToken(secret, "rel_qatar", Date.now() - 10_000) },
      client: { address: "198.51.100.1", secret },
    });
    await drainJobs({ url: t.url, db: t.db });

    backup = await backupOf(t.db);
    restored = await createTestDatabase("empty");
    await upgradeDatabase(restored.url);
    copy = createDb(restored.url, { max: 4 });
    await restoreDatabase({ db: copy, input: Readable.from(backup) });
  }, 180_000);
  afterAll(async () => {
    await copy?.$disconnect();
    await restored?.drop();
  });

  it("restores into an empty database a site whose every public page and export answer the same", async () => {
    const [original, again] = [await publicSite(t.db), await publicSite(copy)];
    expect(Object.keys(again)).toEqual(Object.keys(original));
    for (const key of Object.keys(original)) expect(again[key], key).toEqual(original[key]);
    expect(await findMovedPage(copy, "country", "bulgaria")).toBe("republic-of-bulgaria");
  });

  it("keeps the history: users, every revision (drafts too), readers' corrections and the editors' notices of them, and the audit log, with the restore audited", async () => {
    const count = (db: Db) =>
      Promise.all([
        db.user.count(),
        db.revision.count(),
        db.revision.count({ where: { status: "DRAFT" } }),
        db.report.count(),
        db.notification.count({ where: { reportId: { not: null } } }),
        db.auditLog.count(),
      ]);
    const [users, revisions, drafts, reports, notices, audits] = await count(t.db);
    expect([reports, notices]).toEqual([1, users]);
    expect(await count(copy)).toEqual([users, revisions, drafts, reports, notices, audits + 1]);
    expect(await copy.auditLog.findFirst({ orderBy: { id: "desc" }, select: { action: true } })).toEqual({ action: "database.restore" });
    // The restored site keeps working: a new audit row takes the next number.
    const last = await copy.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const created = await copy.auditLog.create({ data: { action: "auth.sign_out" } });
    expect(created.id).toBeGreaterThan(last.id);
  });

  it("refuses a database that is not empty, and writes nothing", async () => {
    const before = await copy.revision.count();
    await expect(restoreDatabase({ db: copy, input: Readable.from(backup) })).rejects.toThrow(/The database is not empty/);
    expect(await copy.revision.count()).toBe(before);
  });

  it("refuses files that are not a whole backup, naming what is wrong, and writes nothing", async () => {
    const empty = await createTestDatabase("empty");
    const db = createDb(empty.url, { max: 2 });
    try {
      await upgradeDatabase(empty.url);
      const attempt = (bytes: Buffer) => restoreDatabase({ db, input: Readable.from(bytes) });
      await expect(attempt(Buffer.from("not a backup"))).rejects.toThrow(/not a gzip-compressed backup/);
      await expect(attempt(gzipSync('{"format":"something else"}\n'))).rejects.toThrow(/not a backup of Foreign Relations Atlas/);
      const lines = (await import("node:zlib")).gunzipSync(backup).toString().split("\n");
      await expect(attempt(gzipSync(lines.slice(0, -40).join("\n")))).rejects.toThrow(/The backup is incomplete/);
      const broken = [...lines];
      broken[3] = broken[3]!.replace(/"email":"[^"]*"/, '"email":42');
      await expect(attempt(gzipSync(broken.join("\n")))).rejects.toThrow(/Line 4 of the backup cannot be restored \(email: /);
      const error = await attempt(gzipSync(broken.join("\n"))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect([await db.user.count(), await db.entry.count(), await db.auditLog.count()]).toEqual([0, 0, 0]);
    } finally {
      await db.$disconnect();
      await empty.drop();
    }
  });
});
