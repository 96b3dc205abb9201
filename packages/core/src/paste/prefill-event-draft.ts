import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { parseSentence, type PastedDraft } from "./parse-sentence.ts";

export const ZPasteSentence = z.object({
  text: z
    .string({ error: "Paste a whole sentence." })
    .trim()
    .min(10, { error: "Paste a whole sentence." })
    .max(2000, { error: "At most 2,000 characters: paste one sentence at a time." }),
});
export type TPasteSentence = z.input<typeof ZPasteSentence>;

const published = { entry: { status: "PUBLISHED" as const } };

/** A prefilled event draft from a pasted sentence. Saves nothing: the editor reviews it first. */
export async function prefillEventDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TPasteSentence }): Promise<PastedDraft> {
  assertCan(actor, "revision.create");
  const { text } = parseOrThrow(ZPasteSentence, input);
  const [countries, people, organizations, sources] = await Promise.all([
    db.country.findMany({ where: published, select: { id: true, name: true, aliases: true } }),
    db.person.findMany({ where: published, select: { id: true, name: true, aliases: true, countryId: true } }),
    db.organization.findMany({ where: published, select: { id: true, name: true, aliases: true, acronym: true } }),
    db.source.findMany({ where: { ...published, marker: { not: null } }, select: { id: true, marker: true, title: true } }),
  ]);
  return parseSentence(text, {
    countries,
    people,
    organizations: organizations.map((o) => ({ id: o.id, name: o.name, aliases: [...o.aliases, ...(o.acronym ? [o.acronym] : [])] })),
    sourcesByMarker: new Map(sources.map((s) => [s.marker!, { id: s.id, label: s.title }])),
  });
}
