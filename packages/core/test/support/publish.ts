import type { Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { requestRemoval } from "../../src/drafts/request-removal.ts";
import { saveDraft } from "../../src/drafts/save-draft.ts";
import { submitRevision } from "../../src/drafts/submit-revision.ts";
import { ValidationError } from "../../src/errors.ts";
import { approveRevision } from "../../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./actors.ts";

const STRICT = { allowSelfApproval: false };

/** An editor and an admin taking entries through the real workflow: draft, review, approval. */
export async function editorial(db: Db) {
  const a = await makeActors(db);
  /** A saved draft that is never submitted. */
  const draft = async (kind: EntryKind, payload: Record<string, unknown>, entryId?: string) =>
    saveDraft({ db, actor: a.editor, input: { kind, payload, ...(entryId ? { entryId } : {}) } }).catch((e: unknown) => {
      // Name the fields at fault: a fixture's mistake should say which.
      throw e instanceof ValidationError ? new Error(`${kind}: ${JSON.stringify(e.fieldErrors)}`) : e;
    });
  /** Drafted, submitted and approved by someone else: published. Returns the entry id. */
  const publish = async (kind: EntryKind, payload: Record<string, unknown>, entryId?: string) => {
    const saved = await draft(kind, payload, entryId);
    await submitRevision({ db, actor: a.editor, input: saved });
    await approveRevision({ db, actor: a.admin, input: saved, policy: STRICT });
    return saved.entryId;
  };
  /** A published entry edited: its published payload with `changes`. */
  const edit = async (kind: EntryKind, entryId: string, changes: Record<string, unknown>) => publish(kind, { ...(await publishedPayload(db, entryId)), ...changes }, entryId);
  const remove = async (entryId: string, action: "UNPUBLISH" | "DELETE" = "UNPUBLISH") => {
    const removal = await requestRemoval({ db, actor: a.editor, input: { entryId }, action });
    await approveRevision({ db, actor: a.admin, input: removal, policy: STRICT });
  };
  return { actors: a, draft, publish, edit, remove };
}

/**
 * An entry off the public site while published entries still point at it. The workflow refuses
 * to take down what others use, but the read layer must hold without relying on that: a status
 * changed at the database (a repair, an old import) still keeps it off every page.
 */
export async function setStatusDirectly(db: Db, entryId: string, status: "PUBLISHED" | "UNPUBLISHED" | "DELETED" | "DRAFT") {
  await db.entry.update({ where: { id: entryId }, data: { status } });
}
