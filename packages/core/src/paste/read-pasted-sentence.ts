import { z } from "zod";

import type { Db } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { parseOrThrow } from "../errors.ts";
import { storableText } from "../text.ts";
import { readSentence } from "./read-sentence.ts";
import type { Reading } from "./reading.ts";
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

/** The review step: what a pasted sentence is read as, every guess with its words. Saves nothing. */
export async function readPastedSentence({ db, actor, input }: { db: Db; actor: Actor | null; input: TPasteSentence }): Promise<Reading> {
  assertCan(actor, "revision.create");
  const { text } = parseOrThrow(ZPasteSentence, input);
  return readSentence(text, await dictionaryOf(db));
}
