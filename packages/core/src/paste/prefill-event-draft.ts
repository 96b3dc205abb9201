import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { storableText } from "../text.ts";
import { parseSentence, type PastedDraft } from "./parse-sentence.ts";
import { dictionaryOf } from "./sentence-dictionary.ts";

export const ZPasteSentence = z.object({
  text: z
    .string({ error: "Paste a whole sentence." })
    .trim()
    .min(10, { error: "Paste a whole sentence." })
    .max(2000, { error: "At most 2,000 characters: paste one sentence at a time." })
    .superRefine(storableText),
});
export type TPasteSentence = z.input<typeof ZPasteSentence>;

/** A prefilled event draft from a pasted sentence. Saves nothing: the editor reviews it first. */
export async function prefillEventDraft({ db, actor, input }: { db: Db; actor: Actor | null; input: TPasteSentence }): Promise<PastedDraft> {
  assertCan(actor, "revision.create");
  const { text } = parseOrThrow(ZPasteSentence, input);
  return parseSentence(text, await dictionaryOf(db));
}
