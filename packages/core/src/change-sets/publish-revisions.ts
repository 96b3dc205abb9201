import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { writeAudit } from "../audit/write-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { publishedDependents } from "../entries/dependents.ts";
import { publishPayload } from "../entries/publish-payload.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { unindexEntry } from "../entries/search-document.ts";
import { queueSearchRefresh } from "../entries/search-refresh.ts";
import { ConflictError, StateError, ValidationError, type FieldErrors } from "../errors.ts";
import { fieldLabel } from "../kinds/forms.ts";
import { KIND_ORDER, KINDS, type AnyPayload } from "../kinds/registry.ts";
import { tagsForChange } from "../revalidation/tags.ts";

type Revision = {
  id: string;
  entryId: string;
  kind: EntryKind;
  action: "UPSERT" | "UNPUBLISH" | "DELETE";
  label: string;
  baseVersion: number;
  payload: unknown;
  authorId: string | null;
  entry: { version: number; label: string };
};

/** What a publish changed: each entry's new version, the caches to refresh, the countries it touched. */
export type Published = { versions: Map<string, number>; tags: string[]; countryIds: string[]; entryIds: string[] };

/**
 * Writes entries before what links to them (a new country before the event naming it, a new
 * state before the one naming it as successor) and takes them down in the reverse order.
 */
function inPublishingOrder<R extends Revision>(revisions: R[]): R[] {
  const rank = (r: R) => KIND_ORDER.indexOf(r.kind);
  const upserts = linksFirst(revisions.filter((r) => r.action === "UPSERT").sort((a, b) => rank(a) - rank(b)));
  const removals = revisions.filter((r) => r.action !== "UPSERT").sort((a, b) => rank(b) - rank(a));
  return [...upserts, ...removals];
}

/** Kind order first; within it, an entry after the entries of the set its payload names (ids are quoted strings). */
function linksFirst<R extends Revision>(sorted: R[]): R[] {
  const text = new Map(sorted.map((r) => [r.id, JSON.stringify(r.payload ?? null)]));
  const names = (r: R, other: R) => other.entryId !== r.entryId && text.get(r.id)!.includes(`"${other.entryId}"`);
  const placed: R[] = [];
  const left = [...sorted];
  while (left.length) {
    // A cycle (two entries naming each other) falls back to kind order; the database checks the rest.
    const i = Math.max(
      0,
      left.findIndex((r) => !left.some((o) => names(r, o))),
    );
    placed.push(...left.splice(i, 1));
  }
  return placed;
}

/**
 * A check that failed at approval, said so that the reviewer knows where: the entry, then each
 * field by the label its form shows ("Mu talks · Countries involved: “Mu” is not published.").
 */
function cannotPublish(r: Revision, error: ValidationError): ValidationError {
  const named: FieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([path, messages]) => {
      const where = `${r.label} · ${path ? fieldLabel(r.kind, path.split(".")[0]!) : "the entry"}`;
      return [path, messages.map((m) => `${where}: ${m}`)];
    }),
  );
  return new ValidationError(named, `“${r.label}” cannot be published as it stands; nothing was published.`);
}

/** Stops before anything is written when an entry was published again after its revision began. */
export async function assertNoConflicts(tx: Tx, revisions: Revision[]): Promise<void> {
  for (const r of revisions) {
    if (r.entry.version === r.baseVersion) continue;
    const before = await latestPublishedPayload(tx, r.entryId);
    throw new ConflictError(
      `“${r.entry.label}” was published as version ${r.entry.version} after this revision was written against version ${r.baseVersion}. Ask the author to bring their text onto the current version.`,
      { entryId: r.entryId, revisionId: r.id, baseVersion: r.baseVersion, currentVersion: r.entry.version, published: before?.payload ?? null, yours: r.payload },
    );
  }
}

/**
 * Publishes a change set's approved revisions in the caller's transaction: all of them or, when
 * one fails its checks, none. Each entry gets its read model, search document and audit rows; the
 * caller records the pages to refresh and tells the people concerned.
 */
export async function publishRevisions(tx: Tx, actor: Actor, revisions: Revision[], audit: Record<string, unknown> = {}): Promise<Published> {
  await assertNoConflicts(tx, revisions);
  const versions = new Map<string, number>();
  const tags = new Set<string>();
  const countryIds = new Set<string>();
  for (const r of inPublishingOrder(revisions)) {
    const before = await latestPublishedPayload(tx, r.entryId);
    let version: number;
    let after: AnyPayload | null = null;
    if (r.action === "UPSERT") {
      const { payload } = await validatePayload(tx, r.kind, r.entryId, r.payload).catch((error: unknown) => {
        throw error instanceof ValidationError ? cannotPublish(r, error) : error;
      });
      ({ version } = await publishPayload(tx, { id: r.entryId, kind: r.kind, payload, revisionId: r.id }));
      after = payload;
    } else {
      const dependents = await publishedDependents(tx, r.kind, r.entryId);
      if (dependents.count)
        throw new StateError(`Still used by published entries: ${dependents.labels.join("; ")}${dependents.count > dependents.labels.length ? "…" : ""}. Change those first.`);
      version = r.entry.version + 1;
      await tx.entry.update({ where: { id: r.entryId }, data: { status: r.action === "DELETE" ? "DELETED" : "UNPUBLISHED", version } });
      await tx.revision.update({ where: { id: r.id }, data: { status: "PUBLISHED", publishedVersion: version } });
      await unindexEntry(tx, r.entryId);
      await queueSearchRefresh(tx, { id: r.entryId, kind: r.kind, before: before?.payload ?? null, after: null });
    }
    versions.set(r.id, version);
    await tx.revision.update({ where: { id: r.id }, data: { reviewerId: actor.id, reviewedAt: new Date() } });
    for (const tag of await tagsForChange(tx, { kind: r.kind, before: before?.payload ?? null, after })) tags.add(tag);
    for (const p of [before?.payload ?? null, after]) if (p) for (const id of KINDS[r.kind].tags(p as never).countries ?? []) if (id) countryIds.add(id);
    if (r.kind === "COUNTRY") countryIds.add(r.entryId);
    await writeAudit(tx, {
      actor,
      action: "revision.approve",
      targetType: "Revision",
      targetId: r.id,
      data: { entryId: r.entryId, version, ...(r.authorId === actor.id ? { selfApproved: true } : {}), ...audit },
    });
    await writeAudit(tx, {
      actor,
      action: r.action === "UPSERT" ? "entry.publish" : r.action === "DELETE" ? "entry.delete" : "entry.unpublish",
      targetType: r.kind,
      targetId: r.entryId,
      data: { version, label: r.label },
    });
  }
  return { versions, tags: [...tags], countryIds: [...countryIds], entryIds: revisions.map((r) => r.entryId) };
}
