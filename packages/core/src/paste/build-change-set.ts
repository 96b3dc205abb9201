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
import { findNewCountries, findNewPeople } from "./find-new-names.ts";
import { parseSentence } from "./parse-sentence.ts";
import { ZPasteSentence } from "./prefill-event-draft.ts";
import { dictionaryOf } from "./sentence-dictionary.ts";

export const ZBuildChangeSet = ZPasteSentence.extend({
  sourceTitle: z.string().trim().max(300, { error: "At most 300 characters." }).superRefine(storableText).optional(),
  sourceUrl: z
    .url({ protocol: /^https?$/, error: "Enter an http(s) address." })
    .max(500)
    .optional(),
});
export type TBuildChangeSet = z.input<typeof ZBuildChangeSet>;

/**
 * Paste → one change set: the event, plus drafts of what the sentence names that the atlas lacks
 * (a country from the reference dataset, a person from "title + name", and a source whose excerpt
 * is the sentence itself). Everything is a draft in one transaction; what is still missing is
 * listed on the change set's page. Nothing is invented: a date keeps the precision written.
 */
export async function buildChangeSet({ db, actor, input }: { db: Db; actor: Actor | null; input: TBuildChangeSet }) {
  assertCan(actor, "revision.create");
  const { text, sourceTitle, sourceUrl } = parseOrThrow(ZBuildChangeSet, input);
  const dictionary = await dictionaryOf(db);
  const draft = parseSentence(text, dictionary);
  const sentence = draft.payload.description;
  const newCountries = findNewCountries(sentence, dictionary.countries);
  const newPeople = findNewPeople(sentence, dictionary.people);

  return db.$transaction(async (tx) => {
    const changeSetId = (await tx.changeSet.create({ data: { authorId: actor.id, note: text }, select: { id: true } })).id;
    const save = (kind: EntryKind, payload: Record<string, unknown>) => saveDraftIn(tx, actor, ZSaveDraft.parse({ kind, payload, changeSetId }));

    let citations = draft.payload.citations as { sourceId: string; excerptId: string | null; locator: null }[];
    if (!citations.length) citations = [await sourceFor(save, sentence, sourceTitle, sourceUrl)];
    const countryIds = new Map<string, string>();
    for (const c of newCountries) {
      const saved = await save("COUNTRY", { ...c, slug: slugFor("COUNTRY", c), kind: "STATE", aliases: [], citations });
      countryIds.set(c.name, saved.entryId);
    }
    const participants = [...draft.payload.participants];
    for (const p of newPeople) {
      const countryId = p.countryName ? (countryIds.get(p.countryName) ?? idByName(dictionary.countries, p.countryName)) : null;
      const saved = await save("PERSON", { name: p.name, slug: slugFor("PERSON", p), countryId, aliases: [], citations });
      participants.push({ personId: saved.entryId, role: p.role, countryId });
    }
    const event = await save("EVENT", {
      ...draft.payload,
      countryIds: [...new Set([...countryIds.values(), ...draft.payload.countryIds, ...participants.flatMap((p) => (p.countryId ? [p.countryId] : []))])],
      participants,
      citations,
    });
    return { changeSetId, eventRevisionId: event.revisionId, notes: draft.notes.filter((n) => !/source|citation/i.test(n)) };
  });
}

const idByName = (list: { id: string; name: string }[], name: string) => list.find((c) => c.name === name)?.id ?? null;

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
