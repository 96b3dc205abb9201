import { createHash } from "node:crypto";

import type { Db, Tx } from "@atlas/db";

import { publishPayload } from "../entries/publish-payload.ts";
import { refreshEntriesIn } from "../entries/search-refresh.ts";
import { DomainError, ValidationError } from "../errors.ts";
import { enqueueJobs } from "../jobs/enqueue-job.ts";
import { loadSeedFiles, SeedError, type SeedEntry, type SiteSeed } from "./load-seed-files.ts";

export type SeedReport = { created: number; updated: number; unchanged: number; keptEdited: string[] };

/** Key order must not change the hash: sort object keys recursively. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export const seedHash = (entry: SeedEntry) =>
  createHash("sha256")
    .update(canonical({ kind: entry.kind, payload: entry.payload }))
    .digest("hex");

function describe(error: unknown): string {
  if (error instanceof ValidationError) {
    return Object.entries(error.fieldErrors)
      .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
      .join("; ");
  }
  if (error instanceof DomainError) return error.message;
  const e = error as { message?: string };
  return (e.message ?? String(error)).split("\n").filter(Boolean).at(-1) ?? String(error);
}

async function syncSite(tx: Tx, site: SiteSeed): Promise<void> {
  const data = { ...site };
  const existing = await tx.site.findUnique({ where: { id: 1 } });
  if (!existing || (Object.keys(data) as (keyof SiteSeed)[]).some((k) => existing[k] !== data[k])) {
    await tx.site.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    if (existing?.focusCountryId === site.focusCountryId) return;
    // Search results about the focus country link to the home page, not to a country page: the
    // two countries' documents are written again now, those of what links to them after commit.
    const countries = [site.focusCountryId, ...(existing ? [existing.focusCountryId] : [])];
    await refreshEntriesIn(tx, countries);
    if (existing) {
      await enqueueJobs(
        tx,
        "search.plan-refresh",
        countries.map((entryId) => ({ entryId })),
      );
    }
  }
}

/**
 * Imports the curated data files in one transaction: all or nothing. Idempotent: an entry whose
 * seed payload is unchanged is left alone, and an entry edited in the CMS since its import keeps
 * the editors' version (reported in keptEdited).
 */
export async function importSeed({ db, dir }: { db: Db; dir: string }): Promise<SeedReport> {
  const { entries, site } = await loadSeedFiles(dir);
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, keptEdited: [] };
  let current: SeedEntry | null = null;
  try {
    await db.$transaction(
      async (tx) => {
        // Set as soon as the focus country exists: search documents written from then on know
        // which country is the focus (its statements live on the home page, not a country page).
        if (await tx.country.findUnique({ where: { id: site.focusCountryId }, select: { id: true } })) await syncSite(tx, site);
        for (const entry of entries) {
          current = entry;
          const hash = seedHash(entry);
          const existing = await tx.entry.findUnique({ where: { id: entry.id }, select: { kind: true, status: true, version: true, seedHash: true, seedVersion: true } });
          if (existing && existing.kind !== entry.kind) throw new Error(`id is already used by a ${existing.kind.toLowerCase()}`);
          if (existing?.seedHash === hash) {
            report.unchanged++;
            continue;
          }
          if (existing && (existing.version !== existing.seedVersion || existing.status !== "PUBLISHED")) {
            report.keptEdited.push(entry.id);
            continue;
          }
          await publishPayload(tx, { id: entry.id, kind: entry.kind, payload: entry.payload, seedHash: hash, message: "Imported from the seed data" });
          report[existing ? "updated" : "created"]++;
          if (entry.id === site.focusCountryId) await syncSite(tx, site);
        }
        current = null;
        await syncSite(tx, site);
        if (report.created || report.updated) {
          await tx.auditLog.create({ data: { action: "seed.import", data: { created: report.created, updated: report.updated, keptEdited: report.keptEdited } } });
        }
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof SeedError) throw error;
    const at = current as SeedEntry | null;
    throw new SeedError([{ file: at?.file ?? "(all files)", entry: at?.id ?? "(at commit)", message: describe(error) }]);
  }
  return report;
}
