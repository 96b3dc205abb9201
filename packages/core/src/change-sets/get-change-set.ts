import type { Db, Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan, hasRole, isEditable, isOpen } from "../auth/permissions.ts";
import { ZChangeSetId } from "../drafts/schemas.ts";
import { validatePayload } from "../drafts/validate-payload.ts";
import { latestPublishedPayload } from "../entries/published-payload.ts";
import { idOrNotFound, NotFoundError, ValidationError, type FieldErrors } from "../errors.ts";
import { describeTag, tagsForChange } from "../revalidation/tags.ts";
import { diffPayloads } from "../review/diff-payloads.ts";
import { PENDING_TAKEDOWN, revisionState, type StateSource } from "../review/revision-state.ts";
import { pendingOf } from "./change-set-entries.ts";
import { changeSetTitle, changeSetTitles, dependenciesOf, dependentsOf, workElsewhere } from "./work-elsewhere.ts";

class Rollback extends Error {}

/**
 * A change set as its author and its reviewer see it: each entry's diff against what is
 * published, what is still missing before review, and the blast radius — the public pages and
 * feeds approving it will refresh (the tags the outbox will carry). Reads only: the checks run in
 * a transaction that is rolled back.
 */
export async function getChangeSet({ db, actor, input }: { db: Db; actor: Actor | null; input: { changeSetId: string } }) {
  assertCan(actor, "entry.read");
  const set = await db.changeSet.findUnique({
    where: { id: idOrNotFound(ZChangeSetId, input.changeSetId, "That change set does not exist.") },
    include: {
      author: { select: { id: true, name: true } },
      revisions: { orderBy: { createdAt: "asc" }, include: { entry: { include: { schedules: PENDING_TAKEDOWN } }, reviewer: { select: { name: true } } } },
      schedules: { where: { status: "PENDING" }, select: { id: true, action: true, runAt: true }, orderBy: { runAt: "asc" } },
    },
  });
  // Someone else's unfinished work is not theirs to see (as for revisions).
  if (!set || (set.authorId !== actor.id && !hasRole(actor, "ADMIN"))) throw new NotFoundError("That change set does not exist.");
  const pending = pendingOf(
    set.revisions.filter((r) => isOpen(r.status)),
    await workElsewhere(db, set.authorId, set.id),
  );
  // Other pieces of the author's work this one waits for, and those waiting for this one.
  const onItsWay = set.revisions.filter((r) => isOpen(r.status) || r.status === "SCHEDULED");
  const [waitsFor, usedBy] = await Promise.all([dependenciesOf(db, onItsWay, [set.id]), dependentsOf(db, onItsWay, set.id)]);
  const titles = await changeSetTitles(db, [...waitsFor.map((d) => d.changeSetId), ...usedBy.map((d) => d.changeSetId)]);
  let result: Awaited<ReturnType<typeof inspect>> | null = null;
  await db
    .$transaction(async (tx) => {
      result = await inspect(tx, set.revisions, pending, { publishAt: set.publishAt, schedules: set.schedules.filter((s) => s.action === "UNPUBLISH") });
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  const { entries, tags } = result!;
  return {
    id: set.id,
    author: set.author,
    note: set.note,
    publishAt: set.publishAt,
    schedules: set.schedules,
    title: changeSetTitle(set.revisions),
    entries,
    waitsFor: waitsFor.map((d) => ({ ...d, title: titles.get(d.changeSetId)! })),
    usedBy: usedBy.map((d) => ({ ...d, title: titles.get(d.changeSetId)! })),
    blastRadius: tags.map((tag) => ({ tag, ...describeTag(tag) })),
    submitted: entries.some((e) => e.status === "SUBMITTED"),
    editable: entries.some((e) => isEditable(e.status)),
  };
}

/** The passages of the set's new sources, by id, as diffs name them (they are in no table yet). */
function pendingExcerpts(revisions: RevisionRow[]): Map<string, string> {
  const short = (t: string) => (t.length > 90 ? `${t.slice(0, 90)}…` : t);
  return new Map(
    revisions.flatMap((r) => {
      const excerpts = (r.payload as { excerpts?: { id?: unknown; text?: unknown }[] } | null)?.excerpts;
      return Array.isArray(excerpts) ? excerpts.flatMap((e) => (typeof e.id === "string" && typeof e.text === "string" ? [[e.id, short(e.text)] as const] : [])) : [];
    }),
  );
}

async function inspect(tx: Tx, revisions: RevisionRow[], pending: ReturnType<typeof pendingOf>, changeSet: StateSource["changeSet"]) {
  const excerpts = pendingExcerpts(revisions);
  const tags = new Set<string>();
  const entries = [];
  for (const r of revisions) {
    const published = await latestPublishedPayload(tx, r.entryId);
    let missing: FieldErrors = {};
    let after: unknown = r.action === "UPSERT" ? r.payload : null;
    if (isOpen(r.status) && r.action === "UPSERT") {
      try {
        after = (await validatePayload(tx, r.kind, r.entryId, r.payload, { mode: "submit", pending, authorId: r.authorId ?? undefined })).payload;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        missing = error.fieldErrors;
        after = null;
      }
    }
    if (isOpen(r.status) && (after !== null || r.action !== "UPSERT"))
      for (const t of await tagsForChange(tx, { kind: r.kind, before: published?.payload ?? null, after: after as never })) tags.add(t);
    entries.push({
      revisionId: r.id,
      entryId: r.entryId,
      kind: r.kind,
      action: r.action,
      label: r.label,
      status: r.status,
      state: revisionState({ ...r, changeSet }),
      authorId: r.authorId,
      reviewer: r.reviewer?.name ?? null,
      reviewComment: r.reviewComment,
      message: r.message,
      isNew: r.baseVersion === 0,
      conflict: isOpen(r.status) && r.entry.version !== r.baseVersion,
      missing,
      diff: await diffPayloads(tx, r.kind, published?.payload ?? null, r.action === "UPSERT" ? r.payload : null, excerpts),
    });
  }
  return { entries, tags: [...tags].sort() };
}

type RevisionRow = Awaited<ReturnType<Db["revision"]["findMany"]>>[number] & {
  entry: { version: number; status: string; schedules: { runAt: Date }[] };
  reviewer: { name: string } | null;
};
