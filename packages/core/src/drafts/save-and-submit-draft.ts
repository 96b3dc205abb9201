import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { saveDraftIn } from "./save-draft.ts";
import { ZSaveDraft, type TSaveDraft } from "./schemas.ts";
import { submitRevisionIn } from "./submit-revision.ts";

/**
 * "Save and submit" as one step: the draft is saved and sent to review in one transaction, so a
 * submit that is refused (the entry moved on) leaves no half-done draft behind; the form keeps
 * the editor's text either way.
 */
export async function saveAndSubmitDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TSaveDraft }) {
  assertCan(actor, "revision.create");
  const parsed = parseOrThrow(ZSaveDraft, input);
  return db.$transaction(async (tx) => {
    const saved = await saveDraftIn(tx, actor, parsed);
    await submitRevisionIn(tx, actor, saved.revisionId);
    return saved;
  });
}
