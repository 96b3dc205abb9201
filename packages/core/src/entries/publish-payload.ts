import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { KINDS, type AnyPayload, type PayloadOf } from "../kinds/registry.ts";
import { latestPublishedPayload } from "./published-payload.ts";
import { indexEntries } from "./search-document.ts";
import { queueSearchRefresh } from "./search-refresh.ts";
import { writeEntry } from "./write-entry.ts";

export type PublishInput<K extends EntryKind> = {
  id: string;
  kind: K;
  payload: PayloadOf<K>;
  /** The revision being published; when absent (seed import) one is recorded. */
  revisionId?: string;
  message?: string;
  /** Set by the seed import: the hash of the seed payload that produced this version. */
  seedHash?: string;
};

/**
 * Makes a payload the published state of an entry: the read model, a new version number and
 * the revision that records it, its own search document and the refresh of what quotes it (a
 * job, after commit), all in the caller's transaction. The one way content goes public
 * (approvals and the seed import both come through here).
 */
export async function publishPayload<K extends EntryKind>(tx: Tx, input: PublishInput<K>): Promise<{ version: number; label: string }> {
  const now = new Date();
  const existing = await tx.entry.findUnique({ where: { id: input.id }, select: { version: true } });
  if (!existing) await tx.entry.create({ data: { id: input.id, kind: input.kind, label: input.id } });
  const version = (existing?.version ?? 0) + 1;
  // Stryker disable next-line OptionalChaining: an entry with a version was published by a revision, so its payload is found
  const before = existing?.version ? ((await latestPublishedPayload(tx, input.id))?.payload ?? null) : null;
  await keepOldAddress(tx, input, before);
  const label = await writeEntry(tx, input);
  await tx.entry.update({
    where: { id: input.id },
    data: {
      status: "PUBLISHED",
      version,
      publishedAt: now,
      ...(input.seedHash ? { seedHash: input.seedHash, seedVersion: version } : {}),
    },
  });
  await indexEntries(tx, [{ id: input.id, kind: input.kind, payload: input.payload, label }]);
  await queueSearchRefresh(tx, { id: input.id, kind: input.kind, before, after: input.payload });
  const published = { status: "PUBLISHED" as const, publishedVersion: version, label, payload: input.payload as object };
  if (input.revisionId) {
    await tx.revision.update({ where: { id: input.revisionId }, data: published });
  } else {
    // Published without review (the seed import): a change set of one, with no author.
    // Stryker disable next-line ObjectLiteral: `select: {}` returns every column, the id among them
    const changeSet = await tx.changeSet.create({ data: {}, select: { id: true } });
    await tx.revision.create({
      data: {
        ...published,
        changeSetId: changeSet.id,
        entryId: input.id,
        kind: input.kind,
        baseVersion: version - 1,
        message: input.message ?? null,
        submittedAt: now,
        reviewedAt: now,
      },
    });
  }
  return { version, label };
}

// Pages are linked to and cited: when a slug changes, the old address is kept as a redirect to
// the entry. A slug taken (back) by a page stops redirecting.
async function keepOldAddress(tx: Tx, input: { id: string; kind: EntryKind; payload: unknown }, published: AnyPayload | null) {
  // Stryker disable next-line ConditionalExpression: kinds without pages have no slug, and no redirects to clear or keep
  if (!KINDS[input.kind].route) return;
  const slug = (input.payload as { slug: string }).slug;
  await tx.slugRedirect.deleteMany({ where: { kind: input.kind, fromSlug: slug } });
  const before = published as { slug?: string } | null;
  if (before?.slug && before.slug !== slug) {
    await tx.slugRedirect.upsert({
      where: { kind_fromSlug: { kind: input.kind, fromSlug: before.slug } },
      create: { kind: input.kind, fromSlug: before.slug, entryId: input.id },
      // Stryker disable next-line ObjectLiteral: unreachable; the old slug's redirect was cleared when this entry took it, and no other entry of the kind can hold it since
      update: { entryId: input.id },
    });
  }
}
