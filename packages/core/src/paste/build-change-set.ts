import { randomBytes } from "node:crypto";

import { z } from "zod";

import type { Db } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { saveDraftIn } from "../drafts/save-draft.ts";
import { ZSaveDraft } from "../drafts/schemas.ts";
import { parseOrThrow } from "../errors.ts";
import { slugFor } from "../kinds/slugs.ts";
import { storableText } from "../text.ts";
import { applyCorrections } from "./apply-corrections.ts";
import { payloadsOf } from "./draft-payloads.ts";
import { ZPasteSentence } from "./read-pasted-sentence.ts";
import { readSentence } from "./read-sentence.ts";
import { ZCorrections } from "./reading.ts";
import { dictionaryOf } from "./sentence-dictionary.ts";

export const ZBuildChangeSet = ZPasteSentence.extend({
  sourceTitle: z.string().trim().max(300, { error: "At most 300 characters." }).superRefine(storableText).optional(),
  sourceUrl: z
    .url({ protocol: /^https?$/, error: "Enter an http(s) address." })
    .max(500)
    .optional(),
  /** What the editor kept, dropped and corrected on the review step; without it, every guess is kept. */
  corrections: ZCorrections.optional(),
});
export type TBuildChangeSet = z.input<typeof ZBuildChangeSet>;

/**
 * Paste → one change set: everything the sentence states and names that the atlas lacks, as
 * drafts in one transaction — new countries, people and organisations, the events, memberships,
 * missions and figures, and a source whose excerpt is the sentence (unless its [n] markers cite
 * sources the atlas has). The sentence is read again here, never trusted from the browser; the
 * editor's corrections are applied to it. What a draft still lacks is listed on the change
 * set's page. Nothing is invented: a date keeps the precision written, or stays empty.
 */
export async function buildChangeSet({ db, actor, input }: { db: Db; actor: Actor | null; input: TBuildChangeSet }) {
  assertCan(actor, "revision.create");
  const { text, sourceTitle, sourceUrl, corrections } = parseOrThrow(ZBuildChangeSet, input);
  const reading = applyCorrections(readSentence(text, await dictionaryOf(db)), corrections ?? []);

  return db.$transaction(async (tx) => {
    const changeSetId = (await tx.changeSet.create({ data: { authorId: actor.id, note: text }, select: { id: true } })).id;
    const save = (kind: EntryKind, payload: Record<string, unknown>) => saveDraftIn(tx, actor, ZSaveDraft.parse({ kind, payload, changeSetId }));
    const citations = reading.citations.length
      ? reading.citations.map((c) => ({ sourceId: c.sourceId, excerptId: null, locator: null }))
      : [await sourceFor(save, reading.text, sourceTitle, sourceUrl)];

    const ids = new Map<string, string | null>();
    // A key of the atlas's own entry is its id; a dropped guess links to nothing.
    const idOf = (key: string | null) => (key === null || reading.dropped.has(key) ? null : (ids.get(key) ?? (/^(iso|org|person):/.test(key) ? null : key)));
    const saved: Record<string, string> = {};
    for (const { key, kind, payload } of payloadsOf(reading, idOf, citations)) {
      const draft = await save(kind, payload());
      ids.set(key, draft.entryId);
      saved[key] = draft.revisionId;
    }
    return { changeSetId, revisions: saved, notes: reading.notes.filter((n) => !/source|citation/i.test(n)) };
  });
}

async function sourceFor(save: (kind: EntryKind, payload: Record<string, unknown>) => Promise<{ entryId: string }>, sentence: string, title?: string, url?: string) {
  const excerptId = `excerpt_${randomBytes(6).toString("hex")}`;
  const source = await save("SOURCE", {
    title: title ?? "",
    slug: slugFor("SOURCE", { title }),
    kind: url ? "WEB" : "REFERENCE",
    url: url ?? null,
    excerpts: [{ id: excerptId, text: sentence, position: 0 }],
  });
  return { sourceId: source.entryId, excerptId, locator: null };
}
