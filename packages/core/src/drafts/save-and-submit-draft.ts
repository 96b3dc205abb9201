import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { submitChangeSetIn } from "../change-sets/submit-change-set.ts";
import { parseOrThrow } from "../errors.ts";
import { saveDraftIn } from "./save-draft.ts";
import { ZSaveDraft, type TSaveDraft } from "./schemas.ts";

/**
 * "Save and submit" as one step: the draft is saved and its change set sent to review in one
 * transaction, so a submit that is refused (something missing, the entry moved on) leaves no
 * half-done state behind; the form keeps the editor's text either way.
 */
export async function saveAndSubmitDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TSaveDraft }) {
  assertCan(actor, "revision.create");
  const parsed = parseOrThrow(ZSaveDraft, input);
  return db.$transaction(async (tx) => {
    const saved = await saveDraftIn(tx, actor, parsed);
    await submitChangeSetIn(tx, actor, saved.changeSetId);
    return saved;
  });
}
