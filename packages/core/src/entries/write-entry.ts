import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { ValidationError } from "../errors.ts";
import { kindOf, type PayloadOf } from "../kinds/registry.ts";
import { checkEntryAgainstDatabase } from "./validate-entry.ts";

/**
 * Writes a validated payload into the public read model: the kind's rows, the entry's
 * citations, label and qualifiers. Status and version are the caller's business (publishing
 * and the seed import set them). Must run inside the caller's transaction.
 */
export async function writeEntry<K extends EntryKind>(tx: Tx, input: { id: string; kind: K; payload: PayloadOf<K> }): Promise<string> {
  const { errors, names } = await checkEntryAgainstDatabase(tx, input);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const label = kindOf(input.kind).label(input.payload, names);
  await writeReadModel(tx, { ...input, label });
  return label;
}

/** The writing half of writeEntry, for payloads already checked (a restore replays published ones). */
export async function writeReadModel<K extends EntryKind>(tx: Tx, input: { id: string; kind: K; payload: PayloadOf<K>; label: string }): Promise<void> {
  const payload = input.payload;
  await tx.entry.update({
    where: { id: input.id },
    data: {
      label: input.label,
      official: "official" in payload ? payload.official : true,
      certainty: "certainty" in payload ? payload.certainty : "STATED",
      attribution: "attribution" in payload ? payload.attribution : null,
    },
  });
  await kindOf(input.kind).write(tx, input.id, payload);
  await tx.citation.deleteMany({ where: { entryId: input.id } });
  if ("citations" in payload && payload.citations.length) {
    await tx.citation.createMany({
      data: payload.citations.map((c, position) => ({ entryId: input.id, sourceId: c.sourceId, excerptId: c.excerptId, locator: c.locator, position })),
    });
  }
}
