import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import type { Db } from "@atlas/db";
import { seedDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";

import { upgradeDatabase } from "../src/jobs/upgrade-database.ts";
import { importSeed, SeedError } from "../src/seed/index.ts";

async function counts(db: Db) {
  const [entries, revisions, citations, events, audits, sites] = await Promise.all([
    db.entry.count(),
    db.revision.count(),
    db.citation.count(),
    db.event.count(),
    db.auditLog.count(),
    db.site.count(),
  ]);
  return { entries, revisions, citations, events, audits, sites };
}

async function seedCopy(edit?: (file: string, data: unknown[]) => void, file = "events.json"): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-seed-"));
  await cp(seedDir, dir, { recursive: true });
  if (edit) {
    const data = JSON.parse(await readFile(path.join(dir, file), "utf8")) as unknown[];
    edit(file, data);
    await writeFile(path.join(dir, file), JSON.stringify(data));
  }
  return dir;
}

describe("seed import", () => {
  const t = freshDatabase("empty");

  it("refuses a malformed file, naming the file, entry and field, and writes nothing", async () => {
    await upgradeDatabase(t.url);
    const dir = await seedCopy((_f, data) => {
      (data[2] as Record<string, unknown>).start = "2011-02-30";
    });
    const error = await importSeed({ db: t.db, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toContain("events.json › event_1961-mongolia-joins-the-un: start: February 2011 has no day 30.");
    expect(await counts(t.db)).toEqual({ entries: 0, revisions: 0, citations: 0, events: 0, audits: 0, sites: 0 });
  });

  it("refuses a file that is not JSON", async () => {
    const dir = await seedCopy();
    await writeFile(path.join(dir, "missions.json"), "[{ nope");
    await expect(importSeed({ db: t.db, dir })).rejects.toThrow(/missions\.json › \(file\): not valid JSON/);
  });

  it("rolls everything back when the database refuses an entry late in the import", async () => {
    const dir = await seedCopy((_f, data) => {
      (data.at(-1) as Record<string, unknown>).countryId = "country_atlantis";
    }, "facts.json");
    const error = await importSeed({ db: t.db, dir }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/facts\.json › fact_north-korean-refugees-per-month: countryId: No country has the id "country_atlantis"\./);
    expect(await counts(t.db)).toEqual({ entries: 0, revisions: 0, citations: 0, events: 0, audits: 0, sites: 0 });
  });

  it("imports everything once, then changes nothing when run again", async () => {
    const first = await importSeed({ db: t.db, dir: seedDir });
    expect(first.created).toBeGreaterThan(100);
    const after = await counts(t.db);
    const snapshot = await t.db.entry.findMany({ orderBy: { id: "asc" } });

    const second = await importSeed({ db: t.db, dir: seedDir });
    expect(second).toEqual({ created: 0, updated: 0, unchanged: first.created, keptEdited: [] });
    expect(await counts(t.db)).toEqual(after);
    expect(await t.db.entry.findMany({ orderBy: { id: "asc" } })).toEqual(snapshot);
  });

  it("applies a changed seed entry as a new version, but keeps entries editors changed since", async () => {
    const dir = await seedCopy((_f, data) => {
      const e = data.find((x) => (x as { id: string }).id === "event_2020-qatar-memorandum") as Record<string, unknown>;
      e.title = "Mongolia and Qatar sign a memorandum on political consultations";
    });
    // An editor has since published a new version of the Biden visit.
    await t.db.entry.update({ where: { id: "event_2011-08-biden-visit" }, data: { version: 2 } });
    const dir2 = await seedCopy((_f, data) => {
      const e = data.find((x) => (x as { id: string }).id === "event_2011-08-biden-visit") as Record<string, unknown>;
      e.title = "Seed change that must not overwrite the editors";
    });
    const report = await importSeed({ db: t.db, dir });
    expect(report).toMatchObject({ updated: 1, created: 0 });
    const qatar = await t.db.event.findUniqueOrThrow({ where: { id: "event_2020-qatar-memorandum" }, include: { entry: { include: { revisions: true } } } });
    expect(qatar.title).toBe("Mongolia and Qatar sign a memorandum on political consultations");
    expect(qatar.entry.version).toBe(2);
    expect(qatar.entry.revisions.map((r) => r.publishedVersion).sort()).toEqual([1, 2]);

    const kept = await importSeed({ db: t.db, dir: dir2 });
    expect(kept.keptEdited).toEqual(["event_2011-08-biden-visit"]);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: "event_2011-08-biden-visit" } })).title).toBe("Vice President Joe Biden visits Mongolia");
  });
});
