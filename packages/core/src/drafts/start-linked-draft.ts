import { z } from "zod";

import type { Db } from "@atlas/db";
import { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { findSimilarEntries, inSentence } from "../entries/find-similar-entries.ts";
import { ConflictError, parseOrThrow, ValidationError } from "../errors.ts";
import { nameField } from "../kinds/forms.ts";
import { KINDS } from "../kinds/registry.ts";
import { slugFor } from "../kinds/slugs.ts";
import { storableText } from "../text.ts";
import { saveDraftIn } from "./save-draft.ts";
import { ZSaveDraft } from "./schemas.ts";

export const ZStartLinkedDraft = z.object({
  kind: z.enum(EntryKind, { error: "Unknown kind of entry." }),
  name: z.string().trim().min(1, { error: "Type its name first." }).max(300, { error: "At most 300 characters." }).superRefine(storableText),
  changeSetId: z.uuid({ error: "Not a valid change set." }).optional(),
  /** The editor saw the entries it resembles and wants a new one all the same. */
  anyway: z.boolean().default(false),
});
export type TStartLinkedDraft = z.input<typeof ZStartLinkedDraft>;

/**
 * "Create India…" from a picker: a draft of the missing entry, named as typed, in the same change
 * set as the form it was created from (a new one when that form has none yet). It may be chosen at
 * once; the change set's page lists what it still needs before the set can be submitted.
 */
export async function startLinkedDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TStartLinkedDraft }) {
  assertCan(actor, "revision.create");
  const { kind, name, changeSetId, anyway } = parseOrThrow(ZStartLinkedDraft, input);
  // The field the kind's slug is made from ("name", "title") is the one its name goes in.
  const field = nameField(kind);
  if (!field) throw new ValidationError({ kind: [`A ${KINDS[kind].names.one} cannot be created from a picker.`] });
  // What the atlas (or the editor's own work) already has by that name, acronym, address or code comes first.
  const similar = anyway ? [] : await findSimilarEntries({ db, actor, input: { kind, values: [name] } });
  if (similar.length)
    throw new ConflictError(
      `The atlas already has ${similar.map((s) => `“${s.label}”${s.draft ? " (your draft)" : ""} with this ${inSentence(s.fieldLabel)}`).join(", ")}: choose it, or create a new one anyway.`,
      { similar },
    );
  const saved = await db.$transaction((tx) => saveDraftIn(tx, actor, ZSaveDraft.parse({ kind, changeSetId, payload: { [field]: name, slug: slugFor(kind, { [field]: name }) } })));
  return { entryId: saved.entryId, label: saved.label, changeSetId: saved.changeSetId, revisionId: saved.revisionId };
}
